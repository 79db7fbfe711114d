#include "routingjournal.h"

namespace ContactDesk {

void JournalBatch::clear()
{
    contacts.clear();
    agents.clear();
    affinity.clear();
    campaigns.clear();
}

} // namespace ContactDesk

#pragma once

#include "backend/agentdesk.h"
#include "store/storeresult.h"

#include <QList>

namespace ContactDesk {

class Database;

// The reply templates agents pick in the composer (table canned_responses, seeded in Korean and
// English by the "live contact centre" migration).
class CannedResponseRepository final
{
public:
    explicit CannedResponseRepository(Database &database);

    StoreResult<QList<CannedResponse>> list(); // in the order they were arranged

private:
    Database &m_database;
};

} // namespace ContactDesk

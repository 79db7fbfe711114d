#pragma once

#include "domain/channel.h"

#include <QList>
#include <QString>

namespace ContactDesk {

// A list of customers to contact proactively. The engine turns the next customer into an
// outbound contact only when an agent of the queue is idle, one per idle agent, so it never
// dials more than the agents can take (progressive pacing).
struct OutboundCampaign
{
    QString id;
    QString queueId; // whose agents make the calls
    Channel channel = Channel::Voice;
    int priority = 0; // against inbound contacts of the same agents, when a preview waits
    QList<qint64> customerIds;
    qsizetype nextIndex = 0; // customers before this one have been turned into contacts

    bool isExhausted() const { return nextIndex >= customerIds.size(); }
};

} // namespace ContactDesk

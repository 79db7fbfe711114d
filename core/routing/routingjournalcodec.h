#pragma once

#include "domain/domainerror.h"
#include "outboundcampaign.h"
#include "routedagent.h"
#include "routedcontact.h"

#include <QJsonObject>

#include <optional>
#include <variant>

namespace ContactDesk {

// The routing journal's records as JSON objects, as the store-backed journal keeps them (one
// text column per record: always read and written whole). Reading checks every field, so that a
// damaged row is reported instead of restored half right.
class RoutingJournalCodec final
{
public:
    static QJsonObject toJson(const RoutedContact &contact);
    static QJsonObject toJson(const RoutedAgent &agent);
    static QJsonObject toJson(const OutboundCampaign &campaign);

    static std::variant<RoutedContact, DomainError> contactFromJson(const QJsonObject &object);
    static std::variant<RoutedAgent, DomainError> agentFromJson(const QJsonObject &object);
    static std::variant<OutboundCampaign, DomainError> campaignFromJson(const QJsonObject &object);
};

} // namespace ContactDesk

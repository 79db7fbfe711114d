#pragma once

#include "domain/domainerror.h"
#include "offerrequest.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

enum class OfferOutcomeKind
{
    Accepted,
    Declined, // starts the offer's cool-down for this customer
    NotNow,   // no cool-down, but it counts as "not accepted" for learning
};

QString offerOutcomeKindKey(OfferOutcomeKind kind); // "accepted", "declined", "not-now"
std::optional<OfferOutcomeKind> offerOutcomeKindFromKey(QStringView key);

// How often an offer was made and accepted: in one context, for one report row ...
struct OfferCounts
{
    qint64 offered = 0;
    qint64 accepted = 0;

    bool operator==(const OfferCounts &other) const = default;
};

// What happened to one suggested offer, recorded on the interaction it was made in.
struct OfferOutcome
{
    qint64 id = 0;
    qint64 interactionId = 0;
    QString offerId;
    qint64 agentId = 0; // 0: not known
    qint64 customerId = 0;
    OfferContext context;
    OfferOutcomeKind kind = OfferOutcomeKind::Declined;
    qint64 revenueMinor = 0; // only an accepted offer has revenue
    QString currency = QStringLiteral("KRW");
    qint64 recordedMs = 0;

    bool accepted() const { return kind == OfferOutcomeKind::Accepted; }
    // `requireInteraction`: false only for the evaluation, whose contacts are not stored.
    std::optional<DomainError> validate(bool requireInteraction = true) const;
};

} // namespace ContactDesk

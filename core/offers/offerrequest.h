#pragma once

#include "domain/channel.h"
#include "domain/customer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ContactDesk {

// The situation an offer is made in, as far as learning is concerned: acceptance is estimated
// and learned per offer and per each of these (see docs/OFFERS.md).
struct OfferContext
{
    Segment segment = Segment::Consumer;
    ValueTier valueTier = ValueTier::Bronze;
    Channel channel = Channel::Voice;
    QString contactReason; // the queue id of the interaction ("billing-ko", "cancellation" ...)

    bool operator==(const OfferContext &other) const = default;
};

// What the engine knows about the customer in front of the agent. The engine never reads the
// database: the store-backed OfferAdvisor fills this in.
struct OfferCustomerProfile
{
    qint64 customerId = 0;
    Segment segment = Segment::Consumer;
    ValueTier valueTier = ValueTier::Bronze;
    QString language = QStringLiteral("ko");
    QString region; // of the primary phone number ("KR"); empty when the customer has none
    qint64 createdAtMs = 0;
    bool marketingConsent = false;
    QSet<QString> ownedProducts;
    QHash<QString, qint64> lastDeclinedMs; // by offer id: when the customer last declined it

    // Everything but owned products and declines, which live outside the Customer type. The
    // region is that of the primary phone number, or of the first one when none is primary.
    static OfferCustomerProfile fromCustomer(const Customer &customer);
    // Whole days since the customer was created; 0 for a future creation time.
    qint64 tenureDays(qint64 nowMs) const;
};

struct OfferRequest
{
    OfferCustomerProfile customer;
    Channel channel = Channel::Voice;
    QString contactReason;
    qint64 nowMs = 0;
    int limit = 3;       // how many suggestions to return at most
    bool explain = true; // build the human reasons (the evaluation does not need them)

    OfferContext context() const;
};

} // namespace ContactDesk

#pragma once

#include "offer.h"
#include "offerrequest.h"

#include <QString>

namespace ContactDesk {

// Why an offer may not be made to a customer now; None when it may. The first failing rule in
// the order below is reported.
enum class OfferIneligibility
{
    None,
    Inactive,
    NotYetValid,
    Expired,
    AlreadyOwned,
    NoConsent,
    CoolingDown, // declined less than cooldownDays ago
    Segment,
    ValueTier,
    MissingRequiredProduct, // owns none of rules.ownedAny
    OwnsExcludedProduct,    // owns one of rules.notOwned
    Channel,
    Language,
    Region,
    Tenure,
    ContactReason,
};

QString offerIneligibilityKey(OfferIneligibility reason); // "expired", "no-consent" ...

class OfferEligibility final
{
public:
    static OfferIneligibility check(const Offer &offer, const OfferRequest &request);
    static bool isEligible(const Offer &offer, const OfferRequest &request);
};

} // namespace ContactDesk

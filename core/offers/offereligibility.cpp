#include "offereligibility.h"

#include "domain/timeunits.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString offerIneligibilityKey(OfferIneligibility reason)
{
    switch (reason) {
    case OfferIneligibility::None:
        return u"eligible"_s;
    case OfferIneligibility::Inactive:
        return u"inactive"_s;
    case OfferIneligibility::NotYetValid:
        return u"not-yet-valid"_s;
    case OfferIneligibility::Expired:
        return u"expired"_s;
    case OfferIneligibility::AlreadyOwned:
        return u"already-owned"_s;
    case OfferIneligibility::NoConsent:
        return u"no-consent"_s;
    case OfferIneligibility::CoolingDown:
        return u"cooling-down"_s;
    case OfferIneligibility::Segment:
        return u"segment"_s;
    case OfferIneligibility::ValueTier:
        return u"value-tier"_s;
    case OfferIneligibility::MissingRequiredProduct:
        return u"missing-required-product"_s;
    case OfferIneligibility::OwnsExcludedProduct:
        return u"owns-excluded-product"_s;
    case OfferIneligibility::Channel:
        return u"channel"_s;
    case OfferIneligibility::Language:
        return u"language"_s;
    case OfferIneligibility::Region:
        return u"region"_s;
    case OfferIneligibility::Tenure:
        return u"tenure"_s;
    case OfferIneligibility::ContactReason:
        return u"contact-reason"_s;
    }
    Q_UNREACHABLE();
}

OfferIneligibility OfferEligibility::check(const Offer &offer, const OfferRequest &request)
{
    const OfferCustomerProfile &customer = request.customer;
    const OfferRules &rules = offer.rules;

    if (!offer.active)
        return OfferIneligibility::Inactive;
    if (request.nowMs < offer.validFromMs)
        return OfferIneligibility::NotYetValid;
    if (offer.validUntilMs != 0 && request.nowMs >= offer.validUntilMs)
        return OfferIneligibility::Expired;
    if (customer.ownedProducts.contains(offer.productId))
        return OfferIneligibility::AlreadyOwned;
    if (offer.requiredConsent == OfferConsent::Marketing && !customer.marketingConsent)
        return OfferIneligibility::NoConsent;
    if (offer.cooldownDays > 0) {
        const auto declined = customer.lastDeclinedMs.constFind(offer.id);
        if (declined != customer.lastDeclinedMs.cend()
            && request.nowMs < declined.value() + qint64(offer.cooldownDays) * MsPerDay) {
            return OfferIneligibility::CoolingDown;
        }
    }
    if (!rules.segments.isEmpty() && !rules.segments.contains(customer.segment))
        return OfferIneligibility::Segment;
    if (!rules.valueTiers.isEmpty() && !rules.valueTiers.contains(customer.valueTier))
        return OfferIneligibility::ValueTier;
    if (!rules.ownedAny.isEmpty()) {
        bool ownsOne = false;
        for (const QString &product : rules.ownedAny) {
            if (customer.ownedProducts.contains(product)) {
                ownsOne = true;
                break;
            }
        }
        if (!ownsOne)
            return OfferIneligibility::MissingRequiredProduct;
    }
    for (const QString &product : rules.notOwned) {
        if (customer.ownedProducts.contains(product))
            return OfferIneligibility::OwnsExcludedProduct;
    }
    if (!rules.channels.isEmpty() && !rules.channels.contains(request.channel))
        return OfferIneligibility::Channel;
    if (!rules.languages.isEmpty()) {
        bool speaks = false;
        for (const QString &language : rules.languages) {
            if (customer.language.startsWith(language, Qt::CaseInsensitive)) {
                speaks = true;
                break;
            }
        }
        if (!speaks)
            return OfferIneligibility::Language;
    }
    if (!rules.regions.isEmpty() && !rules.regions.contains(customer.region))
        return OfferIneligibility::Region;
    if (rules.minTenureDays > 0 && customer.tenureDays(request.nowMs) < rules.minTenureDays)
        return OfferIneligibility::Tenure;
    if (!rules.contactReasons.isEmpty() && !rules.contactReasons.contains(request.contactReason))
        return OfferIneligibility::ContactReason;
    return OfferIneligibility::None;
}

bool OfferEligibility::isEligible(const Offer &offer, const OfferRequest &request)
{
    return check(offer, request) == OfferIneligibility::None;
}

} // namespace ContactDesk

#include "offerrequest.h"

#include "domain/timeunits.h"
#include "phone/phonenumbers.h"

namespace ContactDesk {

OfferCustomerProfile OfferCustomerProfile::fromCustomer(const Customer &customer)
{
    OfferCustomerProfile profile;
    profile.customerId = customer.id;
    profile.segment = customer.segment;
    profile.valueTier = customer.valueTier;
    profile.language = customer.preferredLanguage;
    profile.createdAtMs = customer.createdAtMs;
    profile.marketingConsent = customer.marketingConsent;

    const ContactPoint *phone = nullptr;
    for (const ContactPoint &point : customer.contactPoints) {
        if (point.kind != ContactKind::Phone)
            continue;
        if (!phone || (point.primary && !phone->primary))
            phone = &point;
    }
    if (phone)
        profile.region = PhoneNumbers::regionOf(phone->value);
    return profile;
}

qint64 OfferCustomerProfile::tenureDays(qint64 nowMs) const
{
    return nowMs > createdAtMs ? (nowMs - createdAtMs) / MsPerDay : 0;
}

OfferContext OfferRequest::context() const
{
    return OfferContext{customer.segment, customer.valueTier, channel, contactReason};
}

} // namespace ContactDesk

#include "offertestsupport.h"

using namespace Qt::StringLiterals;

namespace ContactDesk::OfferTest {

QList<OfferProduct> products()
{
    return {
        {u"internet-100m"_s, u"Internet 100M"_s, u"인터넷 100M"_s},
        {u"internet-500m"_s, u"Internet 500M"_s, u"인터넷 500M"_s},
        {u"iptv-basic"_s, u"IPTV Basic"_s, u"IPTV 베이직"_s},
        {u"iptv-premium"_s, u"IPTV Premium"_s, u"IPTV 프리미엄"_s},
        {u"mobile-5g"_s, u"5G plan"_s, u"5G 요금제"_s},
        {u"home-cctv"_s, u"Home CCTV"_s, u"가정용 CCTV"_s},
        {u"retention-internet"_s, u"Internet loyalty discount"_s, u"인터넷 장기고객 할인"_s},
    };
}

Offer offer(const QString &id, const QString &product, qint64 marginMinor)
{
    Offer offer;
    offer.id = id;
    offer.nameEn = u"Offer "_s + id;
    offer.nameKo = u"오퍼 "_s + id;
    offer.category = OfferCategory::CrossSell;
    offer.productId = product;
    offer.marginMinor = marginMinor;
    offer.validFromMs = T0 - 30 * Day;
    offer.validUntilMs = T0 + 30 * Day;
    offer.requiredConsent = OfferConsent::Marketing;
    offer.cooldownDays = 30;
    offer.priorAcceptance = 0.1;
    return offer;
}

OfferRequest request()
{
    OfferRequest request;
    request.customer.customerId = 1;
    request.customer.segment = Segment::Consumer;
    request.customer.valueTier = ValueTier::Gold;
    request.customer.language = u"ko"_s;
    request.customer.region = u"KR"_s;
    request.customer.createdAtMs = T0 - 730 * Day;
    request.customer.marketingConsent = true;
    request.customer.ownedProducts = {u"internet-500m"_s};
    request.channel = Channel::Voice;
    request.contactReason = u"sales"_s;
    request.nowMs = T0;
    request.limit = 100;
    return request;
}

} // namespace ContactDesk::OfferTest

#include "offerexplanation.h"

#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static constexpr int MaxOwnedMentioned = 2;

static QString segmentLabel(Segment segment, bool korean)
{
    switch (segment) {
    case Segment::Consumer:
        return korean ? u"개인"_s : u"consumer"_s;
    case Segment::SmallBusiness:
        return korean ? u"소상공인"_s : u"small business"_s;
    case Segment::Corporate:
        return korean ? u"기업"_s : u"corporate"_s;
    case Segment::PublicSector:
        return korean ? u"공공기관"_s : u"public sector"_s;
    }
    Q_UNREACHABLE();
}

static QString tierLabel(ValueTier tier, bool korean)
{
    switch (tier) {
    case ValueTier::Bronze:
        return korean ? u"브론즈"_s : u"Bronze"_s;
    case ValueTier::Silver:
        return korean ? u"실버"_s : u"Silver"_s;
    case ValueTier::Gold:
        return korean ? u"골드"_s : u"Gold"_s;
    case ValueTier::Platinum:
        return korean ? u"플래티넘"_s : u"Platinum"_s;
    }
    Q_UNREACHABLE();
}

static QString productName(const QList<OfferProduct> &products, const QString &id, const QString &language)
{
    for (const OfferProduct &product : products) {
        if (product.id == id)
            return product.name(language);
    }
    return id;
}

// The products the reason names: those the offer builds on first, then the rest in catalogue
// order, then products the catalogue does not know, by id (QSet order must not leak out).
static QStringList ownedInOrder(const Offer &offer, const OfferCustomerProfile &customer,
                                const QList<OfferProduct> &products)
{
    QStringList ordered;
    for (const QString &id : offer.rules.ownedAny) {
        if (customer.ownedProducts.contains(id) && !ordered.contains(id))
            ordered.append(id);
    }
    for (const OfferProduct &product : products) {
        if (customer.ownedProducts.contains(product.id) && !ordered.contains(product.id))
            ordered.append(product.id);
    }
    QStringList unknown;
    for (const QString &id : customer.ownedProducts) {
        if (!ordered.contains(id))
            unknown.append(id);
    }
    std::sort(unknown.begin(), unknown.end());
    return ordered + unknown;
}

QString OfferExplanation::text(const QString &language) const
{
    return language.startsWith(u"ko") ? textKo : textEn;
}

OfferExplanation OfferExplanation::describe(const Offer &offer, const OfferCustomerProfile &customer,
                                            const QList<OfferProduct> &products, const OfferCounts &similar,
                                            double estimatedAcceptance, int similarMinimum)
{
    OfferExplanation explanation;
    explanation.similar = similar;
    explanation.quotesSimilar = similar.offered >= qMax(1, similarMinimum);
    const double rate =
        explanation.quotesSimilar ? double(similar.accepted) / double(similar.offered) : estimatedAcceptance;
    explanation.percent = qRound(100.0 * rate);

    const QStringList owned = ownedInOrder(offer, customer, products);
    explanation.ownedMentioned = owned.mid(0, MaxOwnedMentioned);
    const qsizetype more = owned.size() - explanation.ownedMentioned.size();
    const bool sellsSomethingNew = offer.category == OfferCategory::UpSell
                                   || offer.category == OfferCategory::CrossSell
                                   || offer.category == OfferCategory::PartnerPromotion;
    const QString en = u"en"_s;
    const QString ko = u"ko"_s;

    // English: "Gold tier, consumer, owns Internet 500M and Mobile 5G, no IPTV Basic — ..."
    QString english =
        tierLabel(customer.valueTier, false) + u" tier, "_s + segmentLabel(customer.segment, false);
    if (owned.isEmpty()) {
        english += u", owns none of our products"_s;
    } else {
        QStringList names;
        for (const QString &id : std::as_const(explanation.ownedMentioned))
            names.append(productName(products, id, en));
        english += u", owns "_s + names.join(more > 0 ? u", "_s : u" and "_s);
        if (more > 0)
            english += u" and %1 more"_s.arg(more);
    }
    if (sellsSomethingNew)
        english += u", no "_s + productName(products, offer.productId, en);
    if (explanation.quotesSimilar) {
        english += u" — %1% of %2 similar customers accepted"_s.arg(explanation.percent).arg(similar.offered);
    } else {
        english +=
            u" — about %1% expected to accept (few similar customers so far)"_s.arg(explanation.percent);
    }

    // Korean: "골드 등급 개인 고객, 인터넷 500M·모바일 5G 보유, IPTV 베이직 없음 — ..."
    QString korean =
        tierLabel(customer.valueTier, true) + u" 등급 "_s + segmentLabel(customer.segment, true) + u" 고객"_s;
    if (owned.isEmpty()) {
        korean += u", 보유 상품 없음"_s;
    } else {
        QStringList names;
        for (const QString &id : std::as_const(explanation.ownedMentioned))
            names.append(productName(products, id, ko));
        korean += u", "_s + names.join(u'·');
        if (more > 0)
            korean += u" 외 %1개"_s.arg(more);
        korean += u" 보유"_s;
    }
    if (sellsSomethingNew)
        korean += u", "_s + productName(products, offer.productId, ko) + u" 없음"_s;
    if (explanation.quotesSimilar) {
        korean += u" — 비슷한 고객 %1명 중 %2%가 수락"_s.arg(similar.offered).arg(explanation.percent);
    } else {
        korean += u" — 예상 수락률 약 %1% (비슷한 고객 사례 부족)"_s.arg(explanation.percent);
    }

    explanation.textEn = english;
    explanation.textKo = korean;
    return explanation;
}

} // namespace ContactDesk

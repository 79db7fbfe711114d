#include "offer.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString offerCategoryKey(OfferCategory category)
{
    switch (category) {
    case OfferCategory::UpSell:
        return u"up-sell"_s;
    case OfferCategory::CrossSell:
        return u"cross-sell"_s;
    case OfferCategory::Renewal:
        return u"renewal"_s;
    case OfferCategory::Retention:
        return u"retention"_s;
    case OfferCategory::PartnerPromotion:
        return u"partner-promotion"_s;
    }
    Q_UNREACHABLE();
}

QList<OfferCategory> allOfferCategories()
{
    return {OfferCategory::UpSell, OfferCategory::CrossSell, OfferCategory::Renewal, OfferCategory::Retention,
            OfferCategory::PartnerPromotion};
}

std::optional<OfferCategory> offerCategoryFromKey(QStringView key)
{
    for (OfferCategory category : allOfferCategories()) {
        if (key == offerCategoryKey(category))
            return category;
    }
    return std::nullopt;
}

QString offerConsentKey(OfferConsent consent)
{
    switch (consent) {
    case OfferConsent::None:
        return u"none"_s;
    case OfferConsent::Marketing:
        return u"marketing"_s;
    }
    Q_UNREACHABLE();
}

std::optional<OfferConsent> offerConsentFromKey(QStringView key)
{
    for (OfferConsent consent : {OfferConsent::None, OfferConsent::Marketing}) {
        if (key == offerConsentKey(consent))
            return consent;
    }
    return std::nullopt;
}

static QString localizedName(const QString &language, const QString &english, const QString &korean)
{
    return language.startsWith(u"ko") && !korean.isEmpty() ? korean : english;
}

QString OfferProduct::name(const QString &language) const
{
    const QString chosen = localizedName(language, nameEn, nameKo);
    return chosen.isEmpty() ? id : chosen;
}

std::optional<DomainError> OfferProduct::validate() const
{
    if (!Offer::isValidId(id)) {
        return DomainError{
            OfferErrorCode::InvalidProduct.toString(),
            u"product id '%1' must be 1 to %2 lower-case letters, digits, '.', '_' or '-'"_s.arg(
                id, QString::number(Offer::MaxIdLength))};
    }
    if (nameEn.trimmed().isEmpty() || nameKo.trimmed().isEmpty()) {
        return DomainError{OfferErrorCode::InvalidProduct.toString(),
                           u"product '%1' needs both an English and a Korean name"_s.arg(id)};
    }
    return std::nullopt;
}

QString Offer::name(const QString &language) const
{
    return localizedName(language, nameEn, nameKo);
}

bool Offer::isValidAt(qint64 nowMs) const
{
    return nowMs >= validFromMs && (validUntilMs == 0 || nowMs < validUntilMs);
}

bool Offer::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool allowed =
            (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

std::optional<DomainError> Offer::validate() const
{
    const auto invalid = [this](const QString &why) {
        return DomainError{OfferErrorCode::InvalidOffer.toString(),
                           id.isEmpty() ? why : u"offer '%1': %2"_s.arg(id, why)};
    };
    if (!isValidId(id)) {
        return invalid(
            u"the id must be 1 to %1 lower-case letters, digits, '.', '_' or '-'"_s.arg(MaxIdLength));
    }
    if (nameEn.trimmed().isEmpty() || nameKo.trimmed().isEmpty())
        return invalid(u"it needs both an English and a Korean name"_s);
    if (!isValidId(productId))
        return invalid(u"product id '%1' is not a valid id"_s.arg(productId));
    if (marginMinor < 0)
        return invalid(u"the margin must not be negative"_s);
    if (currency.size() != 3 || currency != currency.toUpper())
        return invalid(u"currency '%1' is not an ISO 4217 code such as KRW"_s.arg(currency));
    if (validFromMs < 0 || validUntilMs < 0)
        return invalid(u"validity dates must not be before 1970"_s);
    if (validUntilMs != 0 && validUntilMs <= validFromMs)
        return invalid(u"it must end after it starts"_s);
    if (cooldownDays < 0 || cooldownDays > MaxCooldownDays)
        return invalid(u"the cool-down must be 0 to %1 days"_s.arg(MaxCooldownDays));
    if (!(priorAcceptance >= 0.001 && priorAcceptance <= 0.999))
        return invalid(u"the prior acceptance must be between 0.001 and 0.999"_s);
    if (category == OfferCategory::PartnerPromotion && requiredConsent != OfferConsent::Marketing)
        return invalid(u"a partner promotion is marketing and must require marketing consent"_s);
    if (rules.minTenureDays < 0 || rules.minTenureDays > MaxTenureDays)
        return invalid(u"the minimum tenure must be 0 to %1 days"_s.arg(MaxTenureDays));
    for (const QStringList *list : {&rules.ownedAny, &rules.notOwned}) {
        for (const QString &product : *list) {
            if (!isValidId(product))
                return invalid(u"product id '%1' in its rules is not a valid id"_s.arg(product));
        }
    }
    if (rules.ownedAny.contains(productId))
        return invalid(
            u"it requires owning its own product '%1', so it could never be made"_s.arg(productId));
    for (const QString &region : rules.regions) {
        if (region.size() != 2 || region != region.toUpper())
            return invalid(u"region '%1' is not a two-letter upper-case region code"_s.arg(region));
    }
    for (const QString &language : rules.languages) {
        if (language.isEmpty() || language != language.toLower())
            return invalid(u"language '%1' is not a lower-case language code such as ko"_s.arg(language));
    }
    for (const QString &reason : rules.contactReasons) {
        if (reason.trimmed().isEmpty())
            return invalid(u"a contact reason is empty"_s);
    }
    return std::nullopt;
}

} // namespace ContactDesk

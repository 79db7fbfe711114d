#include "customer.h"

namespace ContactDesk {

QString segmentKey(Segment segment)
{
    switch (segment) {
    case Segment::Consumer:
        return QStringLiteral("consumer");
    case Segment::SmallBusiness:
        return QStringLiteral("small-business");
    case Segment::Corporate:
        return QStringLiteral("corporate");
    case Segment::PublicSector:
        return QStringLiteral("public-sector");
    }
    Q_UNREACHABLE();
}

std::optional<Segment> segmentFromKey(QStringView key)
{
    for (Segment segment :
         {Segment::Consumer, Segment::SmallBusiness, Segment::Corporate, Segment::PublicSector}) {
        if (key == segmentKey(segment))
            return segment;
    }
    return std::nullopt;
}

QString valueTierKey(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Bronze:
        return QStringLiteral("bronze");
    case ValueTier::Silver:
        return QStringLiteral("silver");
    case ValueTier::Gold:
        return QStringLiteral("gold");
    case ValueTier::Platinum:
        return QStringLiteral("platinum");
    }
    Q_UNREACHABLE();
}

std::optional<ValueTier> valueTierFromKey(QStringView key)
{
    for (ValueTier tier : {ValueTier::Bronze, ValueTier::Silver, ValueTier::Gold, ValueTier::Platinum}) {
        if (key == valueTierKey(tier))
            return tier;
    }
    return std::nullopt;
}

int currencyMinorDigits(const QString &currency)
{
    // The zero-decimal currencies a Korean or US contact centre meets; everything else has cents.
    static const QStringList zeroDecimal = {QStringLiteral("KRW"), QStringLiteral("JPY"),
                                                                                  QStringLiteral("VND")};
    return zeroDecimal.contains(currency) ? 0 : 2;
}

static bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

QString Customer::displayName() const
{
    const QString given = givenName.trimmed();
    const QString family = familyName.trimmed();
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    if (isHangul(family.front()))
        return family + given;
    return given + QLatin1Char(' ') + family;
}

std::optional<DomainError> Customer::validate() const
{
    if (givenName.trimmed().isEmpty() && familyName.trimmed().isEmpty() && company.trimmed().isEmpty()) {
        return DomainError{QStringLiteral("missing-name"), QStringLiteral("A customer needs a given name, a family name or a company")};
    }
    if (preferredLanguage.size() < 2 || preferredLanguage.size() > 8) {
        return DomainError{QStringLiteral("invalid-language"), QStringLiteral("'%1' is not a language code").arg(preferredLanguage)};
    }
    if (lifetimeValueMinor < 0) {
        return DomainError{QStringLiteral("negative-value"),
                                          QStringLiteral("Lifetime value cannot be negative")};
    }
    if (currency.size() != 3 || currency.toUpper() != currency) {
        return DomainError{QStringLiteral("invalid-currency"), QStringLiteral("'%1' is not an ISO 4217 currency code").arg(currency)};
    }
    for (const ContactPoint &point : contactPoints) {
        if (auto error = point.validate())
            return error;
    }
    return std::nullopt;
}

} // namespace ContactDesk

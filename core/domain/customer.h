#pragma once

#include "contactpoint.h"
#include "domainerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

enum class Segment
{
    Consumer,
    SmallBusiness,
    Corporate,
    PublicSector,
};

QString segmentKey(Segment segment);
std::optional<Segment> segmentFromKey(QStringView key);

enum class ValueTier
{
    Bronze,
    Silver,
    Gold,
    Platinum,
};

QString valueTierKey(ValueTier tier);
std::optional<ValueTier> valueTierFromKey(QStringView key);

// Digits after the decimal point in an ISO 4217 currency (KRW 0, USD 2); money is kept as an
// integer count of minor units so that sums are exact.
int currencyMinorDigits(const QString &currency);

struct Customer
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString company;
    QString preferredLanguage = QStringLiteral("ko"); // BCP 47 language, "ko" or "en" today
    Segment segment = Segment::Consumer;
    ValueTier valueTier = ValueTier::Bronze;
    qint64 lifetimeValueMinor = 0; // in minor units of `currency`
    QString currency = QStringLiteral("KRW");
    bool vip = false;
    bool marketingConsent = false;
    bool recordingConsent = true;
    qint64 createdAtMs = 0;
    QList<ContactPoint> contactPoints;

    // Korean names are written family name first with no space (김민준); others given name first.
    QString displayName() const;
    std::optional<DomainError> validate() const;

    bool operator==(const Customer &other) const = default;
};

} // namespace ContactDesk

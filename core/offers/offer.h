#pragma once

#include "domain/channel.h"
#include "domain/customer.h"
#include "domain/domainerror.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ContactDesk {

// Stable codes of the errors the offers room reports (DomainError::code). Errors of the store
// pass through with their own codes.
namespace OfferErrorCode {
inline constexpr QStringView InvalidOffer = u"offer-invalid";
inline constexpr QStringView InvalidProduct = u"offer-invalid-product";
inline constexpr QStringView InvalidCatalogue = u"offer-invalid-catalogue";
inline constexpr QStringView UnknownOffer = u"offer-unknown";
inline constexpr QStringView UnknownProduct = u"offer-unknown-product";
inline constexpr QStringView InvalidOutcome = u"offer-invalid-outcome";
inline constexpr QStringView AlreadyRecorded = u"offer-outcome-already-recorded";
inline constexpr QStringView InvalidOption = u"offer-invalid-option";
// An outcome for an offer that could not have been made when it is recorded.
inline constexpr QStringView Inactive = u"offer-inactive";
inline constexpr QStringView NotYetValid = u"offer-not-yet-valid";
inline constexpr QStringView Expired = u"offer-expired";
} // namespace OfferErrorCode

enum class OfferCategory
{
    UpSell,           // a better version of something the customer has
    CrossSell,        // something else from our own range
    Renewal,          // a new term for a contract that runs out
    Retention,        // a reason to stay, for a customer who thinks of leaving
    PartnerPromotion, // a partner's product; always needs marketing consent
};

inline constexpr int OfferCategoryCount = 5;

QString offerCategoryKey(OfferCategory category); // "up-sell", "cross-sell", "renewal" ...
std::optional<OfferCategory> offerCategoryFromKey(QStringView key);
QList<OfferCategory> allOfferCategories();

enum class OfferConsent
{
    None,      // service offers (renewal, retention) may be made to anyone eligible
    Marketing, // only to customers who gave marketing consent
};

QString offerConsentKey(OfferConsent consent); // "none", "marketing"
std::optional<OfferConsent> offerConsentFromKey(QStringView key);

// Something a customer can own: what "products already owned" and an offer's product refer to.
struct OfferProduct
{
    QString id; // "internet-500m"
    QString nameEn;
    QString nameKo;

    QString name(const QString &language) const; // Korean for "ko...", English otherwise
    std::optional<DomainError> validate() const;
    bool operator==(const OfferProduct &other) const = default;
};

// Who an offer may be made to. Every list that is empty means "no restriction".
struct OfferRules
{
    QList<Segment> segments;
    QList<ValueTier> valueTiers;
    // The customer must own at least one of these (an up-sell builds on what they have) ...
    QStringList ownedAny;
    // ... and none of these. The offer's own product is never offered to its owner either way.
    QStringList notOwned;
    QList<Channel> channels;
    QStringList languages;      // "ko", "en": matched against the start of the preferred language
    QStringList regions;        // "KR": the region of the customer's phone number
    QStringList contactReasons; // queue ids (the contact reason), e.g. only "cancellation"
    int minTenureDays = 0;      // days since the customer was created

    bool operator==(const OfferRules &other) const = default;
};

struct Offer
{
    static constexpr int MaxIdLength = 64;
    static constexpr int MaxCooldownDays = 3650;
    static constexpr int MaxTenureDays = 36500;

    QString id; // stable key: lower-case letters, digits, '.', '_' and '-'
    QString nameEn;
    QString nameKo;
    OfferCategory category = OfferCategory::CrossSell;
    QString productId;
    qint64 marginMinor = 0; // what the company earns when it is accepted, in minor units of currency
    QString currency = QStringLiteral("KRW");
    qint64 validFromMs = 0;  // 0: valid since ever
    qint64 validUntilMs = 0; // exclusive; 0: no end
    OfferRules rules;
    OfferConsent requiredConsent = OfferConsent::Marketing;
    int cooldownDays = 30; // after a decline, the customer is not asked again for this long
    // The acceptance rate assumed before any outcome is known: the model's prior mean.
    double priorAcceptance = 0.1;
    bool active = true;

    QString name(const QString &language) const; // Korean for "ko...", English otherwise
    bool isValidAt(qint64 nowMs) const;
    std::optional<DomainError> validate() const;
    bool operator==(const Offer &other) const = default;

    // Whether `id` is a well-formed offer or product id.
    static bool isValidId(const QString &id);
};

} // namespace ContactDesk

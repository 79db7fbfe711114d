#include "offercatalogue.h"

#include "domain/jsontype.h"
#include "domain/timeunits.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static constexpr double MaxExactInteger = 9007199254740991.0; // 2^53 - 1

static DomainError catalogueError(const QString &path, const QString &why)
{
    return DomainError{OfferErrorCode::InvalidCatalogue.toString(),
                       path.isEmpty() ? why : path + u": "_s + why};
}

static std::optional<DomainError> checkCatalogueKeys(const QJsonObject &object, const QString &path,
                                                     const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            return catalogueError(
                path, u"unknown key '%1' (expected one of %2)"_s.arg(it.key(), allowed.join(u", ")));
        }
    }
    return std::nullopt;
}

static std::optional<DomainError> readString(const QJsonObject &object, const QString &key,
                                             const QString &path, bool required, QString &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            return catalogueError(path, u"'%1' is missing"_s.arg(key));
        return std::nullopt;
    }
    if (!value.isString())
        return catalogueError(path + u'.' + key, u"must be a string, not %1"_s.arg(jsonTypeName(value)));
    out = value.toString().trimmed();
    if (required && out.isEmpty())
        return catalogueError(path + u'.' + key, u"must not be empty"_s);
    return std::nullopt;
}

static std::optional<DomainError> readInteger(const QJsonObject &object, const QString &key,
                                              const QString &path, bool required, double minimum,
                                              double maximum, qint64 &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            return catalogueError(path, u"'%1' is missing"_s.arg(key));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number))
        return catalogueError(path + u'.' + key,
                              u"must be a whole number, not %1"_s.arg(jsonTypeName(value)));
    if (number < minimum || number > maximum) {
        return catalogueError(path + u'.' + key,
                              u"%1 is out of range (%2 to %3)"_s.arg(QString::number(number, 'f', 0),
                                                                     QString::number(minimum, 'f', 0),
                                                                     QString::number(maximum, 'f', 0)));
    }
    out = qint64(number);
    return std::nullopt;
}

// "2026-03-01" (a whole day in UTC) or an ISO 8601 date-time with an offset. A date given as
// the end of validity means "through that day".
static std::optional<DomainError> readTime(const QJsonObject &object, const QString &key, const QString &path,
                                           bool endOfDay, qint64 &out)
{
    QString text;
    if (auto error = readString(object, key, path, false, text))
        return error;
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        out = date.startOfDay(Qt::UTC).toMSecsSinceEpoch() + (endOfDay ? MsPerDay : 0);
        return std::nullopt;
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    const bool hasZone = text.endsWith(u'Z') || text.lastIndexOf(u'+') > 10 || text.lastIndexOf(u'-') > 10;
    if (!time.isValid() || !hasZone) {
        return catalogueError(path + u'.' + key,
                              u"'%1' is not a date (2026-03-01) or a date-time with an offset "
                              "(2026-03-01T09:00:00+09:00)"_s.arg(text));
    }
    out = time.toMSecsSinceEpoch();
    return std::nullopt;
}

static std::optional<DomainError> readStringList(const QJsonObject &object, const QString &key,
                                                 const QString &path, QStringList &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        return catalogueError(path + u'.' + key,
                              u"must be an array of strings, not %1"_s.arg(jsonTypeName(value)));
    const QJsonArray array = value.toArray();
    out.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + u'.' + key + u'[' + QString::number(i) + u']';
        if (!array.at(i).isString())
            return catalogueError(itemPath, u"must be a string, not %1"_s.arg(jsonTypeName(array.at(i))));
        const QString item = array.at(i).toString().trimmed();
        if (item.isEmpty())
            return catalogueError(itemPath, u"must not be empty"_s);
        if (out.contains(item))
            return catalogueError(itemPath, u"'%1' is listed twice"_s.arg(item));
        out.append(item);
    }
    return std::nullopt;
}

template <typename T, typename FromKey>
static std::optional<DomainError> readKeyList(const QJsonObject &object, const QString &key,
                                              const QString &path, const QString &what,
                                              const QStringList &allowed, FromKey fromKey, QList<T> &out)
{
    QStringList keys;
    if (auto error = readStringList(object, key, path, keys))
        return error;
    out.clear();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const std::optional<T> parsed = fromKey(keys.at(i));
        if (!parsed) {
            return catalogueError(
                path + u'.' + key + u'[' + QString::number(i) + u']',
                u"unknown %1 '%2' (one of %3)"_s.arg(what, keys.at(i), allowed.join(u", ")));
        }
        out.append(*parsed);
    }
    return std::nullopt;
}

static QStringList segmentKeys()
{
    return {segmentKey(Segment::Consumer), segmentKey(Segment::SmallBusiness), segmentKey(Segment::Corporate),
            segmentKey(Segment::PublicSector)};
}

static QStringList tierKeys()
{
    return {valueTierKey(ValueTier::Bronze), valueTierKey(ValueTier::Silver), valueTierKey(ValueTier::Gold),
            valueTierKey(ValueTier::Platinum)};
}

static QStringList channelKeys()
{
    QStringList keys;
    for (Channel channel : allChannels())
        keys.append(channelKey(channel));
    return keys;
}

static QStringList categoryKeys()
{
    QStringList keys;
    for (OfferCategory category : allOfferCategories())
        keys.append(offerCategoryKey(category));
    return keys;
}

std::optional<DomainError> OfferCatalogue::rulesFromJson(const QJsonValue &value, const QString &path,
                                                         OfferRules &rules)
{
    rules = OfferRules{};
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return catalogueError(path, u"must be an object, not %1"_s.arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    if (auto error = checkCatalogueKeys(object, path,
                                        {u"segments"_s, u"value_tiers"_s, u"owned_any"_s, u"not_owned"_s,
                                         u"channels"_s, u"languages"_s, u"regions"_s, u"contact_reasons"_s,
                                         u"min_tenure_days"_s})) {
        return error;
    }
    if (auto error = readKeyList<Segment>(object, u"segments"_s, path, u"segment"_s, segmentKeys(),
                                          segmentFromKey, rules.segments)) {
        return error;
    }
    if (auto error = readKeyList<ValueTier>(object, u"value_tiers"_s, path, u"value tier"_s, tierKeys(),
                                            valueTierFromKey, rules.valueTiers)) {
        return error;
    }
    if (auto error = readKeyList<Channel>(object, u"channels"_s, path, u"channel"_s, channelKeys(),
                                          channelFromKey, rules.channels)) {
        return error;
    }
    if (auto error = readStringList(object, u"owned_any"_s, path, rules.ownedAny))
        return error;
    if (auto error = readStringList(object, u"not_owned"_s, path, rules.notOwned))
        return error;
    if (auto error = readStringList(object, u"languages"_s, path, rules.languages))
        return error;
    if (auto error = readStringList(object, u"regions"_s, path, rules.regions))
        return error;
    if (auto error = readStringList(object, u"contact_reasons"_s, path, rules.contactReasons))
        return error;
    for (const auto &[list, key] :
         {std::pair{&rules.ownedAny, u"owned_any"_s}, std::pair{&rules.notOwned, u"not_owned"_s}}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (!Offer::isValidId(list->at(i))) {
                return catalogueError(path + u'.' + key + u'[' + QString::number(i) + u']',
                                      u"'%1' is not a product id"_s.arg(list->at(i)));
            }
        }
    }
    for (qsizetype i = 0; i < rules.regions.size(); ++i) {
        const QString &region = rules.regions.at(i);
        if (region.size() != 2 || region != region.toUpper()) {
            return catalogueError(path + u".regions["_s + QString::number(i) + u']',
                                  u"'%1' is not a two-letter region code such as KR"_s.arg(region));
        }
    }
    for (qsizetype i = 0; i < rules.languages.size(); ++i) {
        const QString &language = rules.languages.at(i);
        if (language != language.toLower()) {
            return catalogueError(path + u".languages["_s + QString::number(i) + u']',
                                  u"'%1' is not a lower-case language code such as ko"_s.arg(language));
        }
    }
    qint64 tenure = 0;
    if (auto error = readInteger(object, u"min_tenure_days"_s, path, false, 0, Offer::MaxTenureDays, tenure))
        return error;
    rules.minTenureDays = int(tenure);
    return std::nullopt;
}

template <typename T, typename ToKey>
static void putKeyList(QJsonObject &object, const QString &key, const QList<T> &values, ToKey toKey)
{
    if (values.isEmpty())
        return;
    QJsonArray array;
    for (const T &value : values)
        array.append(toKey(value));
    object.insert(key, array);
}

static void putStringList(QJsonObject &object, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(key, QJsonArray::fromStringList(values));
}

QJsonObject OfferCatalogue::rulesToJson(const OfferRules &rules)
{
    QJsonObject object;
    putKeyList(object, u"segments"_s, rules.segments, segmentKey);
    putKeyList(object, u"value_tiers"_s, rules.valueTiers, valueTierKey);
    putStringList(object, u"owned_any"_s, rules.ownedAny);
    putStringList(object, u"not_owned"_s, rules.notOwned);
    putKeyList(object, u"channels"_s, rules.channels, channelKey);
    putStringList(object, u"languages"_s, rules.languages);
    putStringList(object, u"regions"_s, rules.regions);
    putStringList(object, u"contact_reasons"_s, rules.contactReasons);
    if (rules.minTenureDays > 0)
        object.insert(u"min_tenure_days"_s, rules.minTenureDays);
    return object;
}

static std::optional<DomainError> readProduct(const QJsonValue &value, const QString &path,
                                              OfferProduct &product)
{
    if (!value.isObject())
        return catalogueError(path, u"must be an object, not %1"_s.arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    if (auto error = checkCatalogueKeys(object, path, {u"id"_s, u"name_en"_s, u"name_ko"_s}))
        return error;
    for (const auto &[key, field] :
         {std::pair{u"id"_s, &product.id}, std::pair{u"name_en"_s, &product.nameEn},
          std::pair{u"name_ko"_s, &product.nameKo}}) {
        if (auto error = readString(object, key, path, true, *field))
            return error;
    }
    if (auto error = product.validate())
        return catalogueError(path, error->message);
    return std::nullopt;
}

static std::optional<DomainError> readOffer(const QJsonValue &value, const QString &path,
                                            const QString &defaultCurrency, Offer &offer)
{
    if (!value.isObject())
        return catalogueError(path, u"must be an object, not %1"_s.arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    if (auto error = checkCatalogueKeys(object, path,
                                        {u"id"_s, u"name_en"_s, u"name_ko"_s, u"category"_s, u"product"_s,
                                         u"margin_minor"_s, u"currency"_s, u"valid_from"_s, u"valid_until"_s,
                                         u"consent"_s, u"cooldown_days"_s, u"prior_acceptance"_s, u"active"_s,
                                         u"eligibility"_s})) {
        return error;
    }
    offer = Offer{};
    offer.currency = defaultCurrency;
    for (const auto &[key, field] :
         {std::pair{u"id"_s, &offer.id}, std::pair{u"name_en"_s, &offer.nameEn},
          std::pair{u"name_ko"_s, &offer.nameKo}, std::pair{u"product"_s, &offer.productId}}) {
        if (auto error = readString(object, key, path, true, *field))
            return error;
    }
    if (!Offer::isValidId(offer.id)) {
        return catalogueError(
            path + u".id"_s,
            u"'%1' is not an id (lower-case letters, digits, '.', '_' and '-')"_s.arg(offer.id));
    }
    QString category;
    if (auto error = readString(object, u"category"_s, path, true, category))
        return error;
    const auto parsedCategory = offerCategoryFromKey(category);
    if (!parsedCategory) {
        return catalogueError(path + u".category"_s, u"unknown category '%1' (one of %2)"_s.arg(
                                                         category, categoryKeys().join(u", ")));
    }
    offer.category = *parsedCategory;
    if (auto error =
            readInteger(object, u"margin_minor"_s, path, true, 0, MaxExactInteger, offer.marginMinor))
        return error;
    if (auto error = readString(object, u"currency"_s, path, false, offer.currency))
        return error;
    if (auto error = readTime(object, u"valid_from"_s, path, false, offer.validFromMs))
        return error;
    if (auto error = readTime(object, u"valid_until"_s, path, true, offer.validUntilMs))
        return error;
    // Offers are marketing unless the catalogue says otherwise: forgetting the field must not
    // reach customers who did not consent.
    QString consent = offerConsentKey(OfferConsent::Marketing);
    if (auto error = readString(object, u"consent"_s, path, false, consent))
        return error;
    const auto parsedConsent = offerConsentFromKey(consent);
    if (!parsedConsent)
        return catalogueError(path + u".consent"_s,
                              u"unknown consent '%1' (none or marketing)"_s.arg(consent));
    offer.requiredConsent = *parsedConsent;
    qint64 cooldown = offer.cooldownDays;
    if (auto error =
            readInteger(object, u"cooldown_days"_s, path, false, 0, Offer::MaxCooldownDays, cooldown))
        return error;
    offer.cooldownDays = int(cooldown);
    const QJsonValue prior = object.value(u"prior_acceptance"_s);
    if (!prior.isUndefined()) {
        if (!prior.isDouble() || prior.toDouble() < 0.001 || prior.toDouble() > 0.999) {
            return catalogueError(path + u".prior_acceptance"_s,
                                  u"must be a number from 0.001 to 0.999 (a rate, not a percentage)"_s);
        }
        offer.priorAcceptance = prior.toDouble();
    }
    const QJsonValue active = object.value(u"active"_s);
    if (!active.isUndefined()) {
        if (!active.isBool())
            return catalogueError(path + u".active"_s,
                                  u"must be true or false, not %1"_s.arg(jsonTypeName(active)));
        offer.active = active.toBool();
    }
    if (auto error = OfferCatalogue::rulesFromJson(object.value(u"eligibility"_s), path + u".eligibility"_s,
                                                   offer.rules)) {
        return error;
    }
    if (auto error = offer.validate())
        return catalogueError(path, error->message);
    return std::nullopt;
}

StoreResult<OfferCatalogue> OfferCatalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return catalogueError(
            QString(),
            u"line %1, column %2: not valid JSON: %3"_s.arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return catalogueError(QString(),
                              u"the document must be a JSON object with \"products\" and \"offers\""_s);
    const QJsonObject root = document.object();
    if (auto error = checkCatalogueKeys(root, u"(top level)"_s,
                                        {u"version"_s, u"currency"_s, u"products"_s, u"offers"_s}))
        return *error;
    qint64 version = 1;
    if (auto error = readInteger(root, u"version"_s, QString(), false, 1, 1, version))
        return *error;
    QString currency = u"KRW"_s;
    if (auto error = readString(root, u"currency"_s, QString(), false, currency))
        return *error;

    OfferCatalogue catalogue;
    const QJsonValue products = root.value(u"products"_s);
    if (!products.isUndefined() && !products.isArray())
        return catalogueError(u"products"_s, u"must be an array, not %1"_s.arg(jsonTypeName(products)));
    const QJsonArray productArray = products.toArray();
    QSet<QString> productIds;
    for (qsizetype i = 0; i < productArray.size(); ++i) {
        const QString path = u"products["_s + QString::number(i) + u']';
        OfferProduct product;
        if (auto error = readProduct(productArray.at(i), path, product))
            return *error;
        if (productIds.contains(product.id))
            return catalogueError(path + u".id"_s, u"product '%1' is listed twice"_s.arg(product.id));
        productIds.insert(product.id);
        catalogue.products.append(product);
    }

    const QJsonValue offers = root.value(u"offers"_s);
    if (!offers.isArray())
        return catalogueError(u"offers"_s, u"must be an array of offers, not %1"_s.arg(jsonTypeName(offers)));
    const QJsonArray offerArray = offers.toArray();
    QSet<QString> offerIds;
    for (qsizetype i = 0; i < offerArray.size(); ++i) {
        const QString path = u"offers["_s + QString::number(i) + u']';
        Offer offer;
        if (auto error = readOffer(offerArray.at(i), path, currency, offer))
            return *error;
        if (offerIds.contains(offer.id))
            return catalogueError(path + u".id"_s, u"offer '%1' is listed twice"_s.arg(offer.id));
        offerIds.insert(offer.id);
        catalogue.offers.append(offer);
    }
    return catalogue;
}

StoreResult<OfferCatalogue> OfferCatalogue::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return DomainError{OfferErrorCode::InvalidCatalogue.toString(),
                           u"%1: cannot be read: %2"_s.arg(path, file.errorString())};
    }
    auto catalogue = fromJson(file.readAll());
    if (!catalogue.ok())
        return DomainError{catalogue.error().code, path + u": "_s + catalogue.error().message};
    return catalogue;
}

static QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject OfferCatalogue::toJson() const
{
    QJsonArray productArray;
    for (const OfferProduct &product : products) {
        productArray.append(QJsonObject{
            {u"id"_s, product.id}, {u"name_en"_s, product.nameEn}, {u"name_ko"_s, product.nameKo}});
    }
    QJsonArray offerArray;
    for (const Offer &offer : offers) {
        QJsonObject object{{u"id"_s, offer.id},
                           {u"name_en"_s, offer.nameEn},
                           {u"name_ko"_s, offer.nameKo},
                           {u"category"_s, offerCategoryKey(offer.category)},
                           {u"product"_s, offer.productId},
                           {u"margin_minor"_s, double(offer.marginMinor)},
                           {u"currency"_s, offer.currency},
                           {u"consent"_s, offerConsentKey(offer.requiredConsent)},
                           {u"cooldown_days"_s, offer.cooldownDays},
                           {u"prior_acceptance"_s, offer.priorAcceptance},
                           {u"active"_s, offer.active}};
        if (offer.validFromMs != 0)
            object.insert(u"valid_from"_s, timeText(offer.validFromMs));
        if (offer.validUntilMs != 0)
            object.insert(u"valid_until"_s, timeText(offer.validUntilMs));
        const QJsonObject rules = rulesToJson(offer.rules);
        if (!rules.isEmpty())
            object.insert(u"eligibility"_s, rules);
        offerArray.append(object);
    }
    return QJsonObject{{u"version"_s, 1}, {u"products"_s, productArray}, {u"offers"_s, offerArray}};
}

} // namespace ContactDesk

#include "offerrepository.h"

#include "offercatalogue.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QString OfferColumns = u"id, name_en, name_ko, category, product_id, margin_minor, currency,"
                                    " valid_from_ms, valid_until_ms, rules, required_consent, cooldown_days,"
                                    " prior_acceptance, active"_s;

static qint64 idOrZero(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

static DomainError corrupt(const QString &what)
{
    return DomainError{StoreErrorCode::QueryFailed.toString(), u"stored offer data is damaged: "_s + what};
}

// One row of OfferColumns. Stored offers were validated on the way in; a row that no longer
// reads back is reported, not skipped, so that nobody sells from a half-read catalogue.
static StoreResult<Offer> offerFromRow(const QSqlQuery &query)
{
    Offer offer;
    offer.id = query.value(0).toString();
    offer.nameEn = query.value(1).toString();
    offer.nameKo = query.value(2).toString();
    const auto category = offerCategoryFromKey(query.value(3).toString());
    if (!category)
        return corrupt(u"offer '%1' has unknown category '%2'"_s.arg(offer.id, query.value(3).toString()));
    offer.category = *category;
    offer.productId = query.value(4).toString();
    offer.marginMinor = query.value(5).toLongLong();
    offer.currency = query.value(6).toString();
    offer.validFromMs = query.value(7).toLongLong();
    offer.validUntilMs = query.value(8).toLongLong();
    const QJsonDocument rules = QJsonDocument::fromJson(query.value(9).toString().toUtf8());
    if (auto error = OfferCatalogue::rulesFromJson(rules.object(), u"rules"_s, offer.rules))
        return corrupt(u"offer '%1': %2"_s.arg(offer.id, error->message));
    const auto consent = offerConsentFromKey(query.value(10).toString());
    if (!consent)
        return corrupt(u"offer '%1' has unknown consent '%2'"_s.arg(offer.id, query.value(10).toString()));
    offer.requiredConsent = *consent;
    offer.cooldownDays = query.value(11).toInt();
    offer.priorAcceptance = query.value(12).toDouble();
    offer.active = query.value(13).toInt() != 0;
    return offer;
}

OfferRepository::OfferRepository(Database &database)
    : m_database(database)
{}

StoreResult<QList<OfferProduct>> OfferRepository::products()
{
    auto found = m_database.execute(u"SELECT id, name_en, name_ko FROM offer_products ORDER BY id"_s);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<OfferProduct> products;
    while (query->next()) {
        products.append(
            OfferProduct{query->value(0).toString(), query->value(1).toString(), query->value(2).toString()});
    }
    query->finish();
    return products;
}

StoreResult<QList<Offer>> OfferRepository::offers()
{
    auto found = m_database.execute(u"SELECT "_s + OfferColumns + u" FROM offers ORDER BY id"_s);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<Offer> offers;
    while (query->next()) {
        auto offer = offerFromRow(*query);
        if (!offer) {
            query->finish();
            return offer.error();
        }
        offers.append(offer.value());
    }
    query->finish();
    return offers;
}

StoreResult<Offer> OfferRepository::findOffer(const QString &offerId)
{
    auto found = m_database.execute(u"SELECT "_s + OfferColumns + u" FROM offers WHERE id = ?"_s, {offerId});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    if (!query->next()) {
        query->finish();
        return storeNotFound(u"offer '%1'"_s.arg(offerId));
    }
    auto offer = offerFromRow(*query);
    query->finish();
    return offer;
}

std::optional<DomainError> OfferRepository::saveProduct(const OfferProduct &product)
{
    if (auto error = product.validate())
        return error;
    auto saved = m_database.execute(u"INSERT INTO offer_products (id, name_en, name_ko) VALUES (?, ?, ?)"
                                    " ON CONFLICT (id) DO UPDATE SET name_en = excluded.name_en,"
                                    " name_ko = excluded.name_ko"_s,
                                    {product.id, product.nameEn, product.nameKo});
    if (!saved)
        return saved.error();
    saved.value()->finish();
    return std::nullopt;
}

StoreResult<bool> OfferRepository::productExists(const QString &productId)
{
    auto found = m_database.execute(u"SELECT 1 FROM offer_products WHERE id = ?"_s, {productId});
    if (!found)
        return found.error();
    const bool exists = found.value()->next();
    found.value()->finish();
    return exists;
}

StoreResult<bool> OfferRepository::offerExists(const QString &offerId)
{
    auto found = m_database.execute(u"SELECT 1 FROM offers WHERE id = ?"_s, {offerId});
    if (!found)
        return found.error();
    const bool exists = found.value()->next();
    found.value()->finish();
    return exists;
}

std::optional<DomainError> OfferRepository::saveOffer(const Offer &offer, qint64 nowMs)
{
    if (auto error = offer.validate())
        return error;
    auto product = productExists(offer.productId);
    if (!product)
        return product.error();
    if (!product.value()) {
        return DomainError{
            OfferErrorCode::UnknownProduct.toString(),
            u"offer '%1': product '%2' is not in the catalogue"_s.arg(offer.id, offer.productId)};
    }
    const QString rules = QString::fromUtf8(
        QJsonDocument(OfferCatalogue::rulesToJson(offer.rules)).toJson(QJsonDocument::Compact));
    auto saved = m_database.execute(
        u"INSERT INTO offers ("_s + OfferColumns
            + u", updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
              u"UPDATE SET"
              " name_en = excluded.name_en, name_ko = excluded.name_ko, category = excluded.category,"
              " product_id = excluded.product_id, margin_minor = excluded.margin_minor,"
              " currency = excluded.currency, valid_from_ms = excluded.valid_from_ms,"
              " valid_until_ms = excluded.valid_until_ms, rules = excluded.rules,"
              " required_consent = excluded.required_consent, cooldown_days = excluded.cooldown_days,"
              " prior_acceptance = excluded.prior_acceptance, active = excluded.active,"
              " updated_ms = excluded.updated_ms"_s,
        {offer.id, offer.nameEn, offer.nameKo, offerCategoryKey(offer.category), offer.productId,
         offer.marginMinor, offer.currency, offer.validFromMs, offer.validUntilMs, rules,
         offerConsentKey(offer.requiredConsent), offer.cooldownDays, offer.priorAcceptance,
         offer.active ? 1 : 0, nowMs});
    if (!saved)
        return saved.error();
    saved.value()->finish();
    return std::nullopt;
}

std::optional<DomainError> OfferRepository::setOfferActive(const QString &offerId, bool active, qint64 nowMs)
{
    auto exists = offerExists(offerId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return storeNotFound(u"offer '%1'"_s.arg(offerId));
    auto updated = m_database.execute(u"UPDATE offers SET active = ?, updated_ms = ? WHERE id = ?"_s,
                                      {active ? 1 : 0, nowMs, offerId});
    if (!updated)
        return updated.error();
    updated.value()->finish();
    return std::nullopt;
}

StoreResult<QList<std::pair<QString, AcceptanceModel>>> OfferRepository::models()
{
    auto found = m_database.execute(u"SELECT offer_id, model FROM offer_model ORDER BY offer_id"_s);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<std::pair<QString, AcceptanceModel>> models;
    while (query->next()) {
        const QString offerId = query->value(0).toString();
        QString why;
        const auto model = AcceptanceModel::fromJson(
            QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object(), &why);
        if (!model) {
            query->finish();
            return corrupt(u"the model of offer '%1': %2"_s.arg(offerId, why));
        }
        models.append({offerId, *model});
    }
    query->finish();
    return models;
}

std::optional<DomainError> OfferRepository::saveDelta(const OfferModelDelta &delta, qint64 nowMs)
{
    const QString model =
        QString::fromUtf8(QJsonDocument(delta.model.toJson()).toJson(QJsonDocument::Compact));
    auto saved = m_database.execute(u"INSERT INTO offer_model (offer_id, model, observations, updated_ms)"
                                    " VALUES (?, ?, ?, ?) ON CONFLICT (offer_id) DO UPDATE SET"
                                    " model = excluded.model, observations = excluded.observations,"
                                    " updated_ms = excluded.updated_ms"_s,
                                    {delta.offerId, model, delta.model.observations(), nowMs});
    if (!saved)
        return saved.error();
    saved.value()->finish();
    return std::nullopt;
}

std::optional<DomainError> OfferRepository::insertOutcome(OfferOutcome &outcome)
{
    if (outcome.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"offer outcome %1 is already stored"_s.arg(outcome.id)};
    }
    if (auto error = outcome.validate())
        return error;
    auto existing =
        m_database.execute(u"SELECT id FROM offer_outcomes WHERE interaction_id = ? AND offer_id = ?"_s,
                           {outcome.interactionId, outcome.offerId});
    if (!existing)
        return existing.error();
    const bool recorded = existing.value()->next();
    existing.value()->finish();
    if (recorded) {
        return DomainError{
            OfferErrorCode::AlreadyRecorded.toString(),
            u"the outcome of offer '%1' on interaction %2 is already recorded"_s.arg(outcome.offerId)
                .arg(outcome.interactionId)};
    }
    auto inserted = m_database.execute(
        u"INSERT INTO offer_outcomes (interaction_id, offer_id, agent_id, customer_id, segment, value_tier,"
        " channel, contact_reason, outcome, revenue_minor, currency, recorded_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {outcome.interactionId, outcome.offerId, SqlValues::nullableId(outcome.agentId),
         SqlValues::nullableId(outcome.customerId), segmentKey(outcome.context.segment),
         valueTierKey(outcome.context.valueTier), channelKey(outcome.context.channel),
         outcome.context.contactReason, offerOutcomeKindKey(outcome.kind), outcome.revenueMinor,
         outcome.currency, outcome.recordedMs});
    if (!inserted)
        return inserted.error();
    QSqlQuery *query = inserted.value();
    if (!query->next()) {
        query->finish();
        return Database::queryError(*query, u"offer outcome id"_s);
    }
    outcome.id = query->value(0).toLongLong();
    query->finish();
    return std::nullopt;
}

StoreResult<QList<OfferOutcome>> OfferRepository::outcomesForInteraction(qint64 interactionId)
{
    auto found = m_database.execute(
        u"SELECT id, interaction_id, offer_id, agent_id, customer_id, segment, value_tier, channel,"
        " contact_reason, outcome, revenue_minor, currency, recorded_ms FROM offer_outcomes"
        " WHERE interaction_id = ? ORDER BY recorded_ms, id"_s,
        {interactionId});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<OfferOutcome> outcomes;
    while (query->next()) {
        OfferOutcome outcome;
        outcome.id = query->value(0).toLongLong();
        outcome.interactionId = query->value(1).toLongLong();
        outcome.offerId = query->value(2).toString();
        outcome.agentId = idOrZero(query->value(3));
        outcome.customerId = idOrZero(query->value(4));
        const auto segment = segmentFromKey(query->value(5).toString());
        const auto tier = valueTierFromKey(query->value(6).toString());
        const auto channel = channelFromKey(query->value(7).toString());
        const auto kind = offerOutcomeKindFromKey(query->value(9).toString());
        if (!segment || !tier || !channel || !kind) {
            query->finish();
            return corrupt(u"offer outcome %1 has unknown keys"_s.arg(outcome.id));
        }
        outcome.context = OfferContext{*segment, *tier, *channel, query->value(8).toString()};
        outcome.kind = *kind;
        outcome.revenueMinor = query->value(10).toLongLong();
        outcome.currency = query->value(11).toString();
        outcome.recordedMs = query->value(12).toLongLong();
        outcomes.append(outcome);
    }
    query->finish();
    return outcomes;
}

StoreResult<QHash<QString, qint64>> OfferRepository::lastDeclines(qint64 customerId)
{
    auto found = m_database.execute(u"SELECT offer_id, MAX(recorded_ms) FROM offer_outcomes"
                                    " WHERE customer_id = ? AND outcome = 'declined' GROUP BY offer_id"_s,
                                    {customerId});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QHash<QString, qint64> declines;
    while (query->next())
        declines.insert(query->value(0).toString(), query->value(1).toLongLong());
    query->finish();
    return declines;
}

} // namespace ContactDesk

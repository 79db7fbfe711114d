#include "offeradvisor.h"

#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

OfferAdvisor::OfferAdvisor(Database &database, quint64 seed, const OfferEngineSettings &settings)
    : m_database(database)
    , m_offers(database)
    , m_customerProducts(database)
    , m_engine(seed, settings)
{}

std::optional<DomainError> OfferAdvisor::reloadCatalogue()
{
    auto products = m_offers.products();
    if (!products)
        return products.error();
    auto offers = m_offers.offers();
    if (!offers)
        return offers.error();
    return m_engine.setCatalogue(products.value(), offers.value());
}

std::optional<DomainError> OfferAdvisor::load()
{
    // Learned state first, so that offers new to the catalogue can borrow from their siblings.
    auto models = m_offers.models();
    if (!models)
        return models.error();
    for (const auto &[offerId, model] : std::as_const(models.value()))
        m_engine.restoreModel(offerId, model);
    return reloadCatalogue();
}

StoreResult<OfferRequest> OfferAdvisor::requestFor(qint64 customerId, Channel channel,
                                                   const QString &contactReason, qint64 nowMs, int limit)
{
    CustomerRepository customers(m_database);
    auto customer = customers.findById(customerId);
    if (!customer)
        return customer.error();
    auto owned = m_customerProducts.owned(customerId);
    if (!owned)
        return owned.error();
    auto declines = m_offers.lastDeclines(customerId);
    if (!declines)
        return declines.error();

    OfferRequest request;
    request.customer = OfferCustomerProfile::fromCustomer(customer.value());
    for (const QString &product : std::as_const(owned.value()))
        request.customer.ownedProducts.insert(product);
    request.customer.lastDeclinedMs = declines.value();
    request.channel = channel;
    request.contactReason = contactReason;
    request.nowMs = nowMs;
    request.limit = limit;
    return request;
}

StoreResult<QList<OfferSuggestion>> OfferAdvisor::suggest(qint64 customerId, Channel channel,
                                                          const QString &contactReason, qint64 nowMs,
                                                          int limit)
{
    auto request = requestFor(customerId, channel, contactReason, nowMs, limit);
    if (!request)
        return request.error();
    return m_engine.suggest(request.value());
}

StoreResult<QList<OfferSuggestion>> OfferAdvisor::suggestForInteraction(qint64 interactionId, qint64 nowMs,
                                                                        int limit)
{
    InteractionRepository interactions(m_database);
    auto interaction = interactions.findById(interactionId);
    if (!interaction)
        return interaction.error();
    if (interaction->customerId == 0) {
        return DomainError{
            OfferErrorCode::InvalidOutcome.toString(),
            u"interaction %1 has no identified customer to make an offer to"_s.arg(interactionId)};
    }
    return suggest(interaction->customerId, interaction->channel, interaction->queueId, nowMs, limit);
}

StoreResult<OfferOutcome> OfferAdvisor::recordOutcome(qint64 interactionId, const QString &offerId,
                                                      OfferOutcomeKind kind,
                                                      std::optional<qint64> revenueMinor, qint64 nowMs,
                                                      qint64 agentId)
{
    const Offer *offer = m_engine.offer(offerId);
    if (!offer) {
        return DomainError{OfferErrorCode::UnknownOffer.toString(),
                           u"offer '%1' is not in the catalogue"_s.arg(offerId)};
    }
    // An offer that may not be made now cannot have an answer now (a paused or ended offer still
    // on an agent's screen): nothing is written or learned.
    if (!offer->active) {
        return DomainError{OfferErrorCode::Inactive.toString(),
                           u"offer '%1' is paused, so it cannot be made now"_s.arg(offerId)};
    }
    if (nowMs < offer->validFromMs) {
        return DomainError{OfferErrorCode::NotYetValid.toString(),
                           u"offer '%1' is not valid yet, so it cannot be made now"_s.arg(offerId)};
    }
    if (offer->validUntilMs != 0 && nowMs >= offer->validUntilMs) {
        return DomainError{OfferErrorCode::Expired.toString(),
                           u"offer '%1' has expired, so it cannot be made now"_s.arg(offerId)};
    }
    InteractionRepository interactions(m_database);
    auto interaction = interactions.findById(interactionId);
    if (!interaction)
        return interaction.error();
    if (interaction->customerId == 0) {
        return DomainError{
            OfferErrorCode::InvalidOutcome.toString(),
            u"interaction %1 has no identified customer, so no offer was made on it"_s.arg(interactionId)};
    }
    CustomerRepository customers(m_database);
    auto customer = customers.findById(interaction->customerId);
    if (!customer)
        return customer.error();

    OfferOutcome outcome;
    outcome.interactionId = interactionId;
    outcome.offerId = offerId;
    outcome.agentId = agentId != 0 ? agentId : interaction->agentId;
    outcome.customerId = interaction->customerId;
    outcome.context =
        OfferContext{customer->segment, customer->valueTier, interaction->channel, interaction->queueId};
    outcome.kind = kind;
    outcome.revenueMinor = kind == OfferOutcomeKind::Accepted ? revenueMinor.value_or(offer->marginMinor)
                                                              : revenueMinor.value_or(0);
    outcome.currency = offer->currency;
    outcome.recordedMs = nowMs;
    if (auto error = outcome.validate())
        return *error;

    OfferModelDelta delta;
    if (auto error = m_engine.planOutcome(outcome, delta))
        return *error;
    const auto written = m_database.transaction([&]() -> std::optional<DomainError> {
        if (auto error = m_offers.insertOutcome(outcome))
            return error;
        // The customer has it now: it is never suggested to them again, and offers that build on
        // it (an upgrade of what they just took) become eligible.
        if (outcome.accepted()) {
            if (auto error = m_customerProducts.add(outcome.customerId, offer->productId, nowMs))
                return error;
        }
        return m_offers.saveDelta(delta, nowMs);
    });
    if (written) {
        outcome.id = 0;
        return *written;
    }
    m_engine.apply(std::move(delta));
    return outcome;
}

StoreResult<QList<OfferOutcome>> OfferAdvisor::outcomesForInteraction(qint64 interactionId)
{
    return m_offers.outcomesForInteraction(interactionId);
}

StoreResult<OfferImportSummary> OfferAdvisor::importCatalogue(const OfferCatalogue &catalogue, qint64 nowMs)
{
    OfferImportSummary summary;
    const auto written = m_database.transaction([&]() -> std::optional<DomainError> {
        for (qsizetype i = 0; i < catalogue.products.size(); ++i) {
            const OfferProduct &product = catalogue.products.at(i);
            auto exists = m_offers.productExists(product.id);
            if (!exists)
                return exists.error();
            if (auto error = m_offers.saveProduct(product))
                return DomainError{error->code, u"products[%1]: %2"_s.arg(i).arg(error->message)};
            ++(exists.value() ? summary.productsUpdated : summary.productsAdded);
        }
        for (qsizetype i = 0; i < catalogue.offers.size(); ++i) {
            const Offer &offer = catalogue.offers.at(i);
            auto exists = m_offers.offerExists(offer.id);
            if (!exists)
                return exists.error();
            if (auto error = m_offers.saveOffer(offer, nowMs))
                return DomainError{error->code, u"offers[%1]: %2"_s.arg(i).arg(error->message)};
            ++(exists.value() ? summary.offersUpdated : summary.offersAdded);
        }
        return std::nullopt;
    });
    if (written)
        return *written;
    if (auto error = reloadCatalogue())
        return *error;
    return summary;
}

std::optional<DomainError> OfferAdvisor::saveProduct(const OfferProduct &product)
{
    if (auto error = m_offers.saveProduct(product))
        return error;
    return reloadCatalogue();
}

std::optional<DomainError> OfferAdvisor::saveOffer(const Offer &offer, qint64 nowMs)
{
    if (auto error = m_offers.saveOffer(offer, nowMs))
        return error;
    return reloadCatalogue();
}

std::optional<DomainError> OfferAdvisor::setOfferActive(const QString &offerId, bool active, qint64 nowMs)
{
    if (auto error = m_offers.setOfferActive(offerId, active, nowMs))
        return error;
    return reloadCatalogue();
}

} // namespace ContactDesk

#pragma once

#include "customerproducts.h"
#include "offercatalogue.h"
#include "offerengine.h"
#include "offerrepository.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

struct OfferImportSummary
{
    int productsAdded = 0;
    int productsUpdated = 0;
    int offersAdded = 0;
    int offersUpdated = 0;

    bool operator==(const OfferImportSummary &other) const = default;
};

// The offer engine with its memory in the database: what the agent workspace, the server and
// the CLI use. load() reads the catalogue and the learned state; every outcome is written (the
// outcome row, the touched beliefs and counts, in one transaction) before the engine in memory
// learns from it, so a restart loses nothing and a failed write changes nothing.
//
// Callers pass the time (`nowMs`, from their clock) into every call that needs one.
class OfferAdvisor final
{
public:
    explicit OfferAdvisor(Database &database, quint64 seed = 1, const OfferEngineSettings &settings = {});
    Q_DISABLE_COPY_MOVE(OfferAdvisor)

    std::optional<DomainError> load();
    const OfferEngine &engine() const { return m_engine; }

    // The engine's input for a stored customer: profile, owned products and past declines.
    StoreResult<OfferRequest> requestFor(qint64 customerId, Channel channel, const QString &contactReason,
                                         qint64 nowMs, int limit = 3);
    StoreResult<QList<OfferSuggestion>> suggest(qint64 customerId, Channel channel,
                                                const QString &contactReason, qint64 nowMs, int limit = 3);
    // For the contact in front of the agent: its customer, channel and queue (the contact reason).
    StoreResult<QList<OfferSuggestion>> suggestForInteraction(qint64 interactionId, qint64 nowMs,
                                                              int limit = 3);

    // Records what happened to an offer made on an interaction, and learns from it at once. The
    // context is the interaction's (its customer's segment and tier, its channel and queue).
    // `revenueMinor`: for an accepted offer, what it earned (default: the offer's margin); must be
    // empty or 0 otherwise. `agentId` 0 means the interaction's agent. Refused for an offer that
    // cannot be made at `nowMs`: paused (OfferErrorCode::Inactive), not valid yet (NotYetValid)
    // or past its valid-until (Expired).
    StoreResult<OfferOutcome> recordOutcome(qint64 interactionId, const QString &offerId,
                                            OfferOutcomeKind kind, std::optional<qint64> revenueMinor,
                                            qint64 nowMs, qint64 agentId = 0);
    StoreResult<QList<OfferOutcome>> outcomesForInteraction(qint64 interactionId);

    // Catalogue editing (the admin UI) and import: each call is all or nothing, and the engine
    // sees the new catalogue when it returns.
    StoreResult<OfferImportSummary> importCatalogue(const OfferCatalogue &catalogue, qint64 nowMs);
    std::optional<DomainError> saveProduct(const OfferProduct &product);
    // Inserts a new offer or replaces the stored one with the same id.
    std::optional<DomainError> saveOffer(const Offer &offer, qint64 nowMs);
    std::optional<DomainError> setOfferActive(const QString &offerId, bool active, qint64 nowMs);

private:
    std::optional<DomainError> reloadCatalogue();

    Database &m_database;
    OfferRepository m_offers;
    CustomerProducts m_customerProducts;
    OfferEngine m_engine;
};

} // namespace ContactDesk

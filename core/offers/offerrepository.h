#pragma once

#include "acceptancemodel.h"
#include "offer.h"
#include "offerengine.h"
#include "offeroutcome.h"
#include "store/storeresult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ContactDesk {

class Database;

// The offers room's tables: the catalogue, the learned model, and offer outcomes. Plain SQL on
// Database; OfferAdvisor decides what goes together in one transaction.
class OfferRepository final
{
public:
    explicit OfferRepository(Database &database);

    // Catalogue
    StoreResult<QList<OfferProduct>> products(); // by id
    StoreResult<QList<Offer>> offers();          // by id, inactive ones too
    StoreResult<Offer> findOffer(const QString &offerId);
    std::optional<DomainError> saveProduct(const OfferProduct &product); // insert or update by id
    // Insert or update by id (validated; its product must be stored). `nowMs` is kept as the
    // time of the last change.
    std::optional<DomainError> saveOffer(const Offer &offer, qint64 nowMs);
    std::optional<DomainError> setOfferActive(const QString &offerId, bool active, qint64 nowMs);
    StoreResult<bool> productExists(const QString &productId);
    StoreResult<bool> offerExists(const QString &offerId);

    // Learned state
    StoreResult<QList<std::pair<QString, AcceptanceModel>>> models(); // by offer id
    std::optional<DomainError> saveDelta(const OfferModelDelta &delta, qint64 nowMs);

    // Outcomes
    // Writes a validated outcome and sets outcome.id; a second outcome of the same offer on the
    // same interaction is refused with OfferErrorCode::AlreadyRecorded.
    std::optional<DomainError> insertOutcome(OfferOutcome &outcome);
    StoreResult<QList<OfferOutcome>> outcomesForInteraction(qint64 interactionId); // oldest first
    // When the customer last declined each offer they ever declined: the cool-down's input.
    StoreResult<QHash<QString, qint64>> lastDeclines(qint64 customerId);

private:
    Database &m_database;
};

} // namespace ContactDesk

#pragma once

#include "store/storeresult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk {

class Database;

struct OwnedProduct
{
    QString productId;
    qint64 sinceMs = 0;

    bool operator==(const OwnedProduct &other) const = default;
};

// Which products each customer owns: what the offer engine must never sell them again, and what
// up-sell and cross-sell rules build on. Product ids are the catalogue's (OfferProduct::id), but
// a customer may own a product the catalogue no longer lists.
class CustomerProducts final
{
public:
    explicit CustomerProducts(Database &database);

    StoreResult<QList<OwnedProduct>> list(qint64 customerId); // by product id
    StoreResult<QStringList> owned(qint64 customerId);        // product ids, sorted

    // Adding a product the customer already owns changes nothing (it keeps its first date).
    std::optional<DomainError> add(qint64 customerId, const QString &productId, qint64 sinceMs);
    std::optional<DomainError> remove(qint64 customerId, const QString &productId);
    // Makes `productIds` exactly what the customer owns, in one transaction; products kept keep
    // their dates, new ones get `sinceMs`.
    std::optional<DomainError> replace(qint64 customerId, const QStringList &productIds, qint64 sinceMs);

private:
    std::optional<DomainError> checkCustomer(qint64 customerId);

    Database &m_database;
};

} // namespace ContactDesk

#include "customerproducts.h"

#include "offer.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

CustomerProducts::CustomerProducts(Database &database)
    : m_database(database)
{}

std::optional<DomainError> CustomerProducts::checkCustomer(qint64 customerId)
{
    auto found = m_database.execute(u"SELECT 1 FROM customers WHERE id = ?"_s, {customerId});
    if (!found)
        return found.error();
    const bool exists = found.value()->next();
    found.value()->finish();
    if (!exists)
        return DomainError{StoreErrorCode::NotFound.toString(),
                           u"customer %1 does not exist"_s.arg(customerId)};
    return std::nullopt;
}

StoreResult<QList<OwnedProduct>> CustomerProducts::list(qint64 customerId)
{
    auto found = m_database.execute(
        u"SELECT product_id, since_ms FROM customer_products WHERE customer_id = ? ORDER BY product_id"_s,
        {customerId});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<OwnedProduct> products;
    while (query->next())
        products.append(OwnedProduct{query->value(0).toString(), query->value(1).toLongLong()});
    query->finish();
    return products;
}

StoreResult<QStringList> CustomerProducts::owned(qint64 customerId)
{
    auto products = list(customerId);
    if (!products)
        return products.error();
    QStringList ids;
    for (const OwnedProduct &product : products.value())
        ids.append(product.productId);
    return ids;
}

std::optional<DomainError> CustomerProducts::add(qint64 customerId, const QString &productId, qint64 sinceMs)
{
    if (!Offer::isValidId(productId)) {
        return DomainError{OfferErrorCode::InvalidProduct.toString(),
                           u"'%1' is not a product id"_s.arg(productId)};
    }
    if (auto error = checkCustomer(customerId))
        return error;
    auto inserted = m_database.execute(u"INSERT INTO customer_products (customer_id, product_id, since_ms)"
                                       " VALUES (?, ?, ?) ON CONFLICT (customer_id, product_id) DO NOTHING"_s,
                                       {customerId, productId, sinceMs});
    if (!inserted)
        return inserted.error();
    inserted.value()->finish();
    return std::nullopt;
}

std::optional<DomainError> CustomerProducts::remove(qint64 customerId, const QString &productId)
{
    auto removed = m_database.execute(
        u"DELETE FROM customer_products WHERE customer_id = ? AND product_id = ?"_s, {customerId, productId});
    if (!removed)
        return removed.error();
    removed.value()->finish();
    return std::nullopt;
}

std::optional<DomainError> CustomerProducts::replace(qint64 customerId, const QStringList &productIds,
                                                     qint64 sinceMs)
{
    for (const QString &productId : productIds) {
        if (!Offer::isValidId(productId)) {
            return DomainError{OfferErrorCode::InvalidProduct.toString(),
                               u"'%1' is not a product id"_s.arg(productId)};
        }
    }
    return m_database.transaction([&]() -> std::optional<DomainError> {
        if (auto error = checkCustomer(customerId))
            return error;
        auto current = owned(customerId);
        if (!current)
            return current.error();
        for (const QString &productId : std::as_const(current.value())) {
            if (!productIds.contains(productId)) {
                if (auto error = remove(customerId, productId))
                    return error;
            }
        }
        for (const QString &productId : productIds) {
            if (auto error = add(customerId, productId, sinceMs))
                return error;
        }
        return std::nullopt;
    });
}

} // namespace ContactDesk

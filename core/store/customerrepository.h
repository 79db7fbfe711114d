#pragma once

#include "domain/customer.h"
#include "storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// Customers and their contact points. Contact points are stored normalised (phone numbers in
// E.164, e-mail in lower case), and lookups normalise the same way, so "010-1234-5678",
// "+82 10 1234 5678" and "(010) 1234 5678" all find the customer stored as +821012345678.
//
// `defaultRegion` is the two-letter region assumed for numbers written without a country code;
// empty means PhoneNumbers::DefaultRegion (KR).
class CustomerRepository final
{
public:
    explicit CustomerRepository(Database &database);

    // Normalises and validates `customer`, then writes it and its contact points in one
    // transaction and sets the new ids (customer.id and each point's id and customerId).
    // A customer that already has an id is refused (use update()).
    std::optional<DomainError> insert(Customer &customer, const QString &defaultRegion = QString());
    // Replaces the stored fields and contact points of customer.id (points get new ids).
    std::optional<DomainError> update(Customer &customer, const QString &defaultRegion = QString());

    StoreResult<Customer> findById(qint64 id);
    // The oldest customer who has this contact point (a shared family number finds the first).
    StoreResult<Customer> findByContactPoint(ContactKind kind, const QString &rawValue,
                                             const QString &defaultRegion = QString());
    // Every customer who has it, oldest first.
    StoreResult<QList<Customer>> findAllByContactPoint(ContactKind kind, const QString &rawValue,
                                                       const QString &defaultRegion = QString());
    // Customers whose name, company, e-mail or phone number (in E.164 or national digits)
    // contains `text`, case-insensitively; ordered by name, at most `limit`.
    StoreResult<QList<Customer>> search(const QString &text, int limit = 50);
    StoreResult<qint64> count();

    // The value `rawValue` is stored as for `kind`, or an error (an unparseable phone number).
    static StoreResult<QString> normalizedContactValue(ContactKind kind, const QString &rawValue,
                                                       const QString &defaultRegion = QString());

private:
    std::optional<DomainError> normalizeAndValidate(Customer &customer, const QString &defaultRegion) const;
    // `replace`: delete the stored points first (an update); a new customer has none.
    std::optional<DomainError> writeContactPoints(Customer &customer, bool replace);
    StoreResult<QList<Customer>> loadContactPoints(QList<Customer> customers);
    static QString searchTextFor(const Customer &customer);

    Database &m_database;
};

} // namespace ContactDesk

#include "customerrepository.h"

#include "database.h"
#include "phone/phonenumbers.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String customerColumns(
    "c.id, c.given_name, c.family_name, c.company, c.preferred_language, c.segment, c.value_tier,"
    " c.lifetime_value_minor, c.currency, c.vip, c.marketing_consent, c.recording_consent, c.created_ms");

static Customer readCustomer(const QSqlQuery &query)
{
    Customer customer;
    customer.id = query.value(0).toLongLong();
    customer.givenName = query.value(1).toString();
    customer.familyName = query.value(2).toString();
    customer.company = query.value(3).toString();
    customer.preferredLanguage = query.value(4).toString();
    customer.segment = segmentFromKey(query.value(5).toString()).value_or(Segment::Consumer);
    customer.valueTier = valueTierFromKey(query.value(6).toString()).value_or(ValueTier::Bronze);
    customer.lifetimeValueMinor = query.value(7).toLongLong();
    customer.currency = query.value(8).toString();
    customer.vip = query.value(9).toInt() != 0;
    customer.marketingConsent = query.value(10).toInt() != 0;
    customer.recordingConsent = query.value(11).toInt() != 0;
    customer.createdAtMs = query.value(12).toLongLong();
    return customer;
}

static QVariantList customerValues(const Customer &customer, const QString &searchText)
{
    return {customer.givenName,
            customer.familyName,
            customer.company,
            customer.preferredLanguage,
            segmentKey(customer.segment),
            valueTierKey(customer.valueTier),
            qlonglong(customer.lifetimeValueMinor),
            customer.currency,
            SqlValues::flag(customer.vip),
            SqlValues::flag(customer.marketingConsent),
            SqlValues::flag(customer.recordingConsent),
            qlonglong(customer.createdAtMs),
            searchText};
}

static QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// True for text a person types when looking for a phone number: digits with the usual
// separators, so that "010-1234" searches digits and "Kim 2" searches names.
static bool looksLikePhoneDigits(const QString &text)
{
    bool hasDigit = false;
    for (QChar c : text) {
        if (c.isDigit())
            hasDigit = true;
        else if (!(c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'+' || c == u'.'))
            return false;
    }
    return hasDigit;
}

CustomerRepository::CustomerRepository(Database &database)
    : m_database(database)
{}

StoreResult<QString> CustomerRepository::normalizedContactValue(ContactKind kind, const QString &rawValue,
                                                                const QString &defaultRegion)
{
    if (kind != ContactKind::Phone)
        return ContactPoint::normalize(kind, rawValue);
    // libphonenumber calls some very short digit strings "possible" ("123" -> +82123); they are
    // not numbers a customer can be reached at, so they count as unreadable here.
    if (auto e164 = PhoneNumbers::toE164(rawValue, defaultRegion); e164 && ContactPoint::isE164(*e164))
        return *e164;
    const QString region =
        defaultRegion.isEmpty() ? QString::fromUtf16(PhoneNumbers::DefaultRegion) : defaultRegion;
    return DomainError{StoreErrorCode::InvalidPhone.toString(),
                       u"'%1' is not a phone number (read with default region %2)"_s.arg(rawValue, region)};
}

std::optional<DomainError> CustomerRepository::normalizeAndValidate(Customer &customer,
                                                                    const QString &defaultRegion) const
{
    for (ContactPoint &point : customer.contactPoints) {
        auto value = normalizedContactValue(point.kind, point.value, defaultRegion);
        if (!value)
            return value.error();
        point.value = value.value();
    }
    return customer.validate();
}

QString CustomerRepository::searchTextFor(const Customer &customer)
{
    QStringList parts{customer.displayName(), customer.givenName, customer.familyName, customer.company};
    for (const ContactPoint &point : customer.contactPoints) {
        if (point.kind == ContactKind::Phone) {
            // Both the international digits (821012345678) and the national ones (01012345678),
            // so that a partial number matches however the agent starts typing it.
            parts << digitsOf(point.value);
            const QString national = digitsOf(PhoneNumbers::parse(point.value).national);
            if (!national.isEmpty())
                parts << national;
        } else {
            parts << point.value;
        }
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' ')).toLower();
}

std::optional<DomainError> CustomerRepository::writeContactPoints(Customer &customer, bool replace)
{
    if (replace) {
        auto removed = m_database.execute(u"DELETE FROM contact_points WHERE customer_id = ?"_s,
                                          {qlonglong(customer.id)});
        if (!removed)
            return removed.error();
        removed.value()->finish();
    }

    for (ContactPoint &point : customer.contactPoints) {
        auto inserted =
            m_database.execute(u"INSERT INTO contact_points (customer_id, kind, value, label, is_primary)"
                               " VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                               {qlonglong(customer.id), contactKindKey(point.kind), point.value, point.label,
                                SqlValues::flag(point.primary)});
        if (!inserted)
            return inserted.error();
        QSqlQuery *query = inserted.value();
        query->next();
        point.id = query->value(0).toLongLong();
        point.customerId = customer.id;
        query->finish();
    }
    return std::nullopt;
}

std::optional<DomainError> CustomerRepository::insert(Customer &customer, const QString &defaultRegion)
{
    if (customer.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"Customer %1 is already stored; update it instead"_s.arg(customer.id)};
    }
    Customer candidate = customer;
    if (auto error = normalizeAndValidate(candidate, defaultRegion))
        return error;

    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        auto inserted = m_database.execute(
            u"INSERT INTO customers (given_name, family_name, company, preferred_language, segment,"
            " value_tier, lifetime_value_minor, currency, vip, marketing_consent, recording_consent,"
            " created_ms, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            customerValues(candidate, searchTextFor(candidate)));
        if (!inserted)
            return inserted.error();
        QSqlQuery *query = inserted.value();
        query->next();
        candidate.id = query->value(0).toLongLong();
        query->finish();
        return writeContactPoints(candidate, false);
    });
    if (error)
        return error;
    customer = candidate;
    return std::nullopt;
}

std::optional<DomainError> CustomerRepository::update(Customer &customer, const QString &defaultRegion)
{
    Customer candidate = customer;
    if (auto error = normalizeAndValidate(candidate, defaultRegion))
        return error;

    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        QVariantList values = customerValues(candidate, searchTextFor(candidate));
        values << qlonglong(candidate.id);
        auto updated = m_database.execute(
            u"UPDATE customers SET given_name = ?, family_name = ?, company = ?, preferred_language = ?,"
            " segment = ?, value_tier = ?, lifetime_value_minor = ?, currency = ?, vip = ?,"
            " marketing_consent = ?, recording_consent = ?, created_ms = ?, search_text = ?"
            " WHERE id = ?"_s,
            values);
        if (!updated)
            return updated.error();
        const int rows = updated.value()->numRowsAffected();
        updated.value()->finish();
        if (rows != 1)
            return SqlValues::notFound(u"Customer %1"_s.arg(candidate.id));
        return writeContactPoints(candidate, true);
    });
    if (error)
        return error;
    customer = candidate;
    return std::nullopt;
}

StoreResult<QList<Customer>> CustomerRepository::loadContactPoints(QList<Customer> customers)
{
    for (Customer &customer : customers) {
        auto points = m_database.execute(u"SELECT id, kind, value, label, is_primary"
                                         " FROM contact_points WHERE customer_id = ? ORDER BY id"_s,
                                         {qlonglong(customer.id)});
        if (!points)
            return points.error();
        QSqlQuery *query = points.value();
        customer.contactPoints.clear();
        while (query->next()) {
            ContactPoint point;
            point.id = query->value(0).toLongLong();
            point.customerId = customer.id;
            point.kind = contactKindFromKey(query->value(1).toString()).value_or(ContactKind::Phone);
            point.value = query->value(2).toString();
            point.label = query->value(3).toString();
            point.primary = query->value(4).toInt() != 0;
            customer.contactPoints.append(point);
        }
        query->finish();
    }
    return customers;
}

static StoreResult<QList<Customer>> readCustomers(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<Customer> customers;
    while (query->next())
        customers.append(readCustomer(*query));
    query->finish();
    return customers;
}

StoreResult<Customer> CustomerRepository::findById(qint64 id)
{
    auto found = readCustomers(m_database.execute(
        u"SELECT "_s + customerColumns + u" FROM customers c WHERE c.id = ?"_s, {qlonglong(id)}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"Customer %1"_s.arg(id));
    auto loaded = loadContactPoints(found.value());
    if (!loaded)
        return loaded.error();
    return loaded->constFirst();
}

StoreResult<Customer> CustomerRepository::findByContactPoint(ContactKind kind, const QString &rawValue,
                                                             const QString &defaultRegion)
{
    auto value = normalizedContactValue(kind, rawValue, defaultRegion);
    if (!value)
        return value.error();
    auto found = readCustomers(
        m_database.execute(u"SELECT "_s + customerColumns
                               + u" FROM contact_points cp JOIN customers c ON c.id = cp.customer_id"
                                 " WHERE cp.kind = ? AND cp.value = ? ORDER BY c.id LIMIT 1"_s,
                           {contactKindKey(kind), value.value()}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return SqlValues::notFound(u"A customer with %1 %2"_s.arg(contactKindKey(kind), value.value()));
    auto loaded = loadContactPoints(found.value());
    if (!loaded)
        return loaded.error();
    return loaded->constFirst();
}

StoreResult<QList<Customer>> CustomerRepository::findAllByContactPoint(ContactKind kind,
                                                                       const QString &rawValue,
                                                                       const QString &defaultRegion)
{
    auto value = normalizedContactValue(kind, rawValue, defaultRegion);
    if (!value)
        return value.error();
    auto found = readCustomers(m_database.execute(
        u"SELECT "_s + customerColumns
            + u" FROM customers c WHERE c.id IN"
              " (SELECT cp.customer_id FROM contact_points cp WHERE cp.kind = ? AND cp.value = ?)"
              " ORDER BY c.id"_s,
        {contactKindKey(kind), value.value()}));
    if (!found)
        return found.error();
    return loadContactPoints(found.value());
}

StoreResult<QList<Customer>> CustomerRepository::search(const QString &text, int limit)
{
    const QString trimmed = text.trimmed();
    const QString term = looksLikePhoneDigits(trimmed) ? digitsOf(trimmed) : trimmed;
    auto found =
        readCustomers(m_database.execute(u"SELECT "_s + customerColumns
                                             + u" FROM customers c WHERE c.search_text LIKE ? ESCAPE '\\'"
                                               " ORDER BY c.family_name, c.given_name, c.id LIMIT ?"_s,
                                         {SqlValues::containsPattern(term), qBound(1, limit, 1000)}));
    if (!found)
        return found.error();
    return loadContactPoints(found.value());
}

StoreResult<qint64> CustomerRepository::count()
{
    auto counted = m_database.execute(u"SELECT COUNT(*) FROM customers"_s);
    if (!counted)
        return counted.error();
    QSqlQuery *query = counted.value();
    const qint64 total = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return total;
}

} // namespace ContactDesk

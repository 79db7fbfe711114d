#include "demoofferportfolio.h"

#include "customerproducts.h"
#include "domain/timeunits.h"
#include "offeradvisor.h"
#include "offercatalogue.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QStringList>

namespace ContactDesk {

namespace {

// A small, well-mixed hash of the customer id: the portfolio is a pure function of it.
quint64 mix(quint64 value)
{
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdULL;
    value ^= value >> 33;
    value *= 0xc4ceb9fe1a85ec53ULL;
    value ^= value >> 33;
    return value;
}

// A share in [0, 100) from bits `slot` of the hash.
int percent(quint64 hash, int slot)
{
    return int((hash >> (slot * 8)) % 100);
}

QStringList portfolioFor(qint64 customerId, const QString &segment)
{
    const quint64 hash = mix(quint64(customerId));
    QStringList products;
    if (segment != u"consumer") {
        if (percent(hash, 0) < 70)
            products << QStringLiteral("business-internet");
        if (percent(hash, 1) < 25)
            products << QStringLiteral("business-phone");
        return products;
    }
    const int internet = percent(hash, 0);
    if (internet < 40)
        products << QStringLiteral("internet-100m");
    else if (internet < 65)
        products << QStringLiteral("internet-500m");
    else if (internet < 80)
        products << QStringLiteral("internet-1g");
    const int mobile = percent(hash, 1);
    if (mobile < 40)
        products << QStringLiteral("mobile-lte");
    else if (mobile < 65)
        products << QStringLiteral("mobile-5g");
    else if (mobile < 75)
        products << QStringLiteral("mobile-5g-unlimited");
    if (internet < 80 && percent(hash, 2) < 45)
        products << (percent(hash, 3) < 70 ? QStringLiteral("iptv-basic") : QStringLiteral("iptv-premium"));
    return products;
}

} // namespace

std::optional<DomainError> DemoOfferPortfolio::seed(Database &database, qint64 nowMs)
{
    auto catalogue = OfferCatalogue::readFile(QStringLiteral(":/demo/offers.json"));
    if (!catalogue)
        return catalogue.error();

    return database.transaction([&]() -> std::optional<DomainError> {
        OfferAdvisor advisor(database);
        if (auto imported = advisor.importCatalogue(*catalogue, nowMs); !imported)
            return imported.error();

        QList<std::pair<qint64, QString>> customers;
        {
            auto query = database.execute(QStringLiteral("SELECT id, segment FROM customers ORDER BY id"));
            if (!query)
                return query.error();
            while ((*query)->next())
                customers.append({(*query)->value(0).toLongLong(), (*query)->value(1).toString()});
            (*query)->finish();
        }
        CustomerProducts owned(database);
        for (const auto &[id, segment] : std::as_const(customers)) {
            const QStringList products = portfolioFor(id, segment);
            if (products.isEmpty())
                continue;
            // Customers have had their plans for a while: between one month and four years.
            const qint64 sinceMs = nowMs - (30 + qint64(mix(quint64(id) + 1) % 1430)) * MsPerDay;
            if (auto error = owned.replace(id, products, sinceMs))
                return error;
        }
        return std::nullopt;
    });
}

} // namespace ContactDesk

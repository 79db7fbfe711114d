#include "offerreports.h"

#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString offerReportGroupingKey(OfferReportGrouping grouping)
{
    switch (grouping) {
    case OfferReportGrouping::Offer:
        return u"offer"_s;
    case OfferReportGrouping::Agent:
        return u"agent"_s;
    case OfferReportGrouping::Segment:
        return u"segment"_s;
    }
    Q_UNREACHABLE();
}

std::optional<OfferReportGrouping> offerReportGroupingFromKey(QStringView key)
{
    for (OfferReportGrouping grouping :
         {OfferReportGrouping::Offer, OfferReportGrouping::Agent, OfferReportGrouping::Segment}) {
        if (key == offerReportGroupingKey(grouping))
            return grouping;
    }
    return std::nullopt;
}

double OfferReportRow::acceptanceRate() const
{
    return offered > 0 ? double(accepted) / double(offered) : 0.0;
}

OfferReports::OfferReports(Database &database)
    : m_database(database)
{}

// The sums every grouping shares, and their currency (every grouping groups by it too: revenue is
// never added across currencies). SUM over BIGINT is NUMERIC on PostgreSQL: cast back, so that
// both back ends hand over integers.
static const QString Sums =
    u"COUNT(*),"
    " CAST(SUM(CASE WHEN o.outcome = 'accepted' THEN 1 ELSE 0 END) AS BIGINT),"
    " CAST(SUM(CASE WHEN o.outcome = 'declined' THEN 1 ELSE 0 END) AS BIGINT),"
    " CAST(SUM(CASE WHEN o.outcome = 'not-now' THEN 1 ELSE 0 END) AS BIGINT),"
    " CAST(SUM(CASE WHEN o.outcome = 'accepted' THEN o.revenue_minor ELSE 0 END) AS BIGINT)"
    " AS revenue, o.currency"_s;

StoreResult<QList<OfferReportRow>> OfferReports::report(OfferReportGrouping grouping, qint64 fromMs,
                                                        qint64 toMs)
{
    QString sql;
    switch (grouping) {
    case OfferReportGrouping::Offer:
        sql = u"SELECT o.offer_id, COALESCE(f.name_en, o.offer_id), COALESCE(f.name_ko, o.offer_id), "_s
              + Sums
              + u" FROM offer_outcomes o LEFT JOIN offers f ON f.id = o.offer_id"
                " WHERE o.recorded_ms >= ? AND o.recorded_ms < ?"
                " GROUP BY o.offer_id, f.name_en, f.name_ko, o.currency"
                " ORDER BY o.currency, revenue DESC, o.offer_id"_s;
        break;
    case OfferReportGrouping::Agent:
        sql = u"SELECT COALESCE(CAST(o.agent_id AS TEXT), ''), COALESCE(a.display_name, ''),"
              " COALESCE(a.display_name, ''), "_s
              + Sums
              + u" FROM offer_outcomes o LEFT JOIN agents a ON a.id = o.agent_id"
                " WHERE o.recorded_ms >= ? AND o.recorded_ms < ?"
                " GROUP BY o.agent_id, a.display_name, o.currency"
                " ORDER BY o.currency, revenue DESC, o.agent_id"_s;
        break;
    case OfferReportGrouping::Segment:
        sql = u"SELECT o.segment, o.segment, o.segment, "_s + Sums
              + u" FROM offer_outcomes o WHERE o.recorded_ms >= ? AND o.recorded_ms < ?"
                " GROUP BY o.segment, o.currency ORDER BY o.currency, revenue DESC, o.segment"_s;
        break;
    }
    auto found = m_database.execute(sql, {fromMs, toMs});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<OfferReportRow> rows;
    while (query->next()) {
        OfferReportRow row;
        row.key = query->value(0).toString();
        row.label = query->value(1).toString();
        row.labelKo = query->value(2).toString();
        row.offered = query->value(3).toLongLong();
        row.accepted = query->value(4).toLongLong();
        row.declined = query->value(5).toLongLong();
        row.notNow = query->value(6).toLongLong();
        row.revenueMinor = query->value(7).toLongLong();
        row.currency = query->value(8).toString();
        rows.append(row);
    }
    query->finish();
    return rows;
}

StoreResult<QList<OfferReportRow>> OfferReports::byOffer(qint64 fromMs, qint64 toMs)
{
    return report(OfferReportGrouping::Offer, fromMs, toMs);
}

StoreResult<QList<OfferReportRow>> OfferReports::byAgent(qint64 fromMs, qint64 toMs)
{
    return report(OfferReportGrouping::Agent, fromMs, toMs);
}

StoreResult<QList<OfferReportRow>> OfferReports::bySegment(qint64 fromMs, qint64 toMs)
{
    return report(OfferReportGrouping::Segment, fromMs, toMs);
}

} // namespace ContactDesk

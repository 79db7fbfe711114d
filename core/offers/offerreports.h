#pragma once

#include "store/storeresult.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

class Database;

enum class OfferReportGrouping
{
    Offer,
    Agent,
    Segment,
};

QString offerReportGroupingKey(OfferReportGrouping grouping); // "offer", "agent", "segment"
std::optional<OfferReportGrouping> offerReportGroupingFromKey(QStringView key);

// One row of a supervisor's offer report: how one offer, agent or segment did.
struct OfferReportRow
{
    QString key;        // offer id, agent id (as text; "" for outcomes without an agent), segment key
    QString label;      // offer's English name, agent's display name, segment key
    QString labelKo;    // offer's Korean name; the same as label for agents and segments
    qint64 offered = 0; // outcomes recorded (accepted + declined + not now)
    qint64 accepted = 0;
    qint64 declined = 0;
    qint64 notNow = 0;
    qint64 revenueMinor = 0; // accepted offers only, in minor units of `currency`
    // Rows never add up money across currencies: a group with outcomes in two currencies is two
    // rows, one per currency.
    QString currency = QStringLiteral("KRW");

    double acceptanceRate() const; // accepted / offered; 0 when nothing was offered
    bool operator==(const OfferReportRow &other) const = default;
};

// Offer outcomes summed for supervisors and coaching: by offer, by agent and by customer segment,
// and by currency (the offer's at the time of the outcome), over a time range. Rows are ordered
// by currency, then by revenue, highest first, then by key.
class OfferReports final
{
public:
    explicit OfferReports(Database &database);

    // Outcomes recorded in [fromMs, toMs).
    StoreResult<QList<OfferReportRow>> report(OfferReportGrouping grouping, qint64 fromMs, qint64 toMs);
    StoreResult<QList<OfferReportRow>> byOffer(qint64 fromMs, qint64 toMs);
    StoreResult<QList<OfferReportRow>> byAgent(qint64 fromMs, qint64 toMs);
    StoreResult<QList<OfferReportRow>> bySegment(qint64 fromMs, qint64 toMs);

private:
    Database &m_database;
};

} // namespace ContactDesk

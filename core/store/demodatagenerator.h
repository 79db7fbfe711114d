#pragma once

#include "domain/channel.h"
#include "storeresult.h"

#include <QMap>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace ContactDesk {

class Database;

// Stable codes of the errors DemoDataGenerator reports (DomainError::code); errors of the store
// pass through with their own codes.
namespace DemoDataErrorCode {
inline constexpr QStringView InvalidOption = u"demo-invalid-option";
inline constexpr QStringView DatabaseNotEmpty = u"demo-database-not-empty";
inline constexpr QStringView Cancelled = u"demo-cancelled";
inline constexpr QStringView ResourcesInvalid = u"demo-resources-invalid";
} // namespace DemoDataErrorCode

struct DemoDataOptions
{
    quint64 seed = 1;
    int customers = 300;
    int interactions = 3000;
    int agents = 0; // 0: scaled to the number of customers (see effectiveAgents())
    // Extra interactions, on top of `interactions`, all for the first customer: a deep timeline
    // for timeline tests and benchmarks. Their id is DemoDataSummary::heavyCustomerId.
    int heavyCustomerInteractions = 0;
    int koreanPercent = 60; // share of Korean customers; the rest are US customers writing English
    int historyDays = 180;  // the history covers the days before nowMs
    // The instant the history ends, in ms since the epoch. Required: the same seed and the same
    // nowMs give the same database, row for row.
    qint64 nowMs = 0;

    static constexpr int MinAgents = 10; // one per queue and language, so every contact can be served
    static constexpr int MaxAgents = 5000;
    static constexpr int MaxCustomers = 10'000'000;
    static constexpr int MaxInteractions = 100'000'000;
    // The slowest contacts (e-mail, back-office work) take up to a day and a half to finish, and
    // every contact is over by nowMs: a week leaves room for all of them.
    static constexpr int MinHistoryDays = 7;
    static constexpr int MaxHistoryDays = 3650;

    std::optional<DomainError> validate() const;
    int effectiveAgents() const;
};

struct DemoDataProgress
{
    enum class Phase
    {
        Preparing,    // skills, queues, agents
        Customers,    // done/total count customers
        Interactions, // done/total count interactions
        Committing,
    };

    Phase phase = Phase::Preparing;
    qint64 done = 0;
    qint64 total = 0;
};

QString demoDataPhaseKey(DemoDataProgress::Phase phase); // "preparing", "customers" ...

// Called every few hundred rows and at each phase change. Return false to cancel: the generator
// then rolls everything back and reports DemoDataErrorCode::Cancelled.
using DemoDataProgressCallback = std::function<bool(const DemoDataProgress &)>;

struct DemoDataSummary
{
    quint64 seed = 0;
    qint64 fromMs = 0; // the history covers [fromMs, nowMs]
    qint64 nowMs = 0;

    qint64 skills = 0;
    qint64 queues = 0;
    qint64 agents = 0;
    qint64 customers = 0;
    qint64 koreanCustomers = 0;
    qint64 englishCustomers = 0;
    qint64 vipCustomers = 0;
    qint64 contactPoints = 0;
    qint64 interactions = 0;
    QMap<Channel, qint64> interactionsByChannel;
    qint64 abandonedInteractions = 0;
    qint64 messages = 0;
    qint64 workItems = 0;
    qint64 openWorkItems = 0;   // open or in progress
    qint64 heavyCustomerId = 0; // 0 unless heavyCustomerInteractions > 0
};

// Writes a realistic, deterministic demo data set into an empty ContactDesk database: skills,
// queues, Korean- and English-speaking agents and customers, and an interaction history over
// every channel with messages, dispositions, CSAT scores and work items.
//
// Determinism: the same options give the same rows, ids included, on every platform. The
// generator draws from its own std::mt19937_64 streams (whose output the standard fixes) and
// uses no std distributions, no wall clock and no hash-ordered iteration.
//
// Everything is written in one transaction: a failure or a cancellation leaves the database as
// it was. A database that already holds customers or agents is refused.
class DemoDataGenerator final
{
public:
    explicit DemoDataGenerator(Database &database);
    Q_DISABLE_COPY_MOVE(DemoDataGenerator)

    void setProgressCallback(DemoDataProgressCallback callback);

    StoreResult<DemoDataSummary> generate(const DemoDataOptions &options);

private:
    Database &m_database;
    DemoDataProgressCallback m_progress;
};

} // namespace ContactDesk

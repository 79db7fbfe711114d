#pragma once

#include "domain/channel.h"
#include "domain/interaction.h"
#include "storeresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

class Database;

// What part of a customer's history to show. Pages are cut by keyset, not by offset: pass the
// (createdMs, id) of the last entry of one page as the cursor of the next, and every page costs
// the same however deep it is.
struct TimelineQuery
{
    QList<Channel> channels; // empty: every channel
    QString text;            // case-insensitive substring of subject, notes or any message body
    int limit = 50;
    std::optional<qint64> beforeCreatedMs; // cursor: only entries strictly older than
    qint64 beforeId = 0;                   // (beforeCreatedMs, beforeId) in (created, id) order
};

struct TimelineEntry
{
    Interaction interaction;
    int messageCount = 0;
    QString agentDisplayName; // empty when no agent handled it
};

struct TimelinePage
{
    QList<TimelineEntry> entries; // newest first
    bool hasMore = false;         // another page follows this one
    // The query for the next page: the same filters with the cursor after the last entry.
    TimelineQuery next;
};

class InteractionRepository final
{
public:
    explicit InteractionRepository(Database &database);

    // Validates and writes a new interaction, sets interaction.id. On its own (outside a
    // transaction) the row is durable on disk when this returns; inside Database::transaction()
    // it is durable when that commits.
    std::optional<DomainError> insert(Interaction &interaction);
    // Writes every field of interaction.id: state, times, agent, disposition, notes, CSAT ...
    std::optional<DomainError> update(const Interaction &interaction);

    StoreResult<Interaction> findById(qint64 id);
    // The newest interaction with this id in the telephony or messaging system.
    StoreResult<Interaction> findByExternalRef(const QString &externalRef);
    // Interactions not yet in a terminal state (what a restarted routing core picks up), oldest first.
    StoreResult<QList<Interaction>> unfinished();

    StoreResult<TimelinePage> timeline(qint64 customerId, const TimelineQuery &query);
    // How many interactions match the filters of `query` (its cursor and limit are ignored).
    StoreResult<qint64> countForCustomer(qint64 customerId, const TimelineQuery &query = {});

    // The database's plan for the timeline query (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
    // PostgreSQL), one line per step: for diagnostics and for the test that guards the index.
    StoreResult<QString> timelinePlan(qint64 customerId, const TimelineQuery &query);

private:
    Database &m_database;
};

} // namespace ContactDesk

#include "coachingsessionrepository.h"

#include "evaluation.h"
#include "evaluationerrors.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QString SessionColumns =
    u"id, agent_id, lead_user_id, title, notes, due_ms, status, created_ms, updated_ms"_s;

// Open first, soonest due first with "no date" (0) after every date, then by when they were made.
static const QString SessionOrder = u" ORDER BY CASE status WHEN 'open' THEN 0 ELSE 1 END,"
                                    " CASE WHEN due_ms = 0 THEN 1 ELSE 0 END, due_ms, id"_s;

static DomainError invalidSessionRequest(const QString &why)
{
    return DomainError{EvaluationErrorCode::InvalidSession.toString(), why};
}

static QVariant nullId()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

CoachingSessionRepository::CoachingSessionRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> CoachingSessionRepository::checkLinks(const CoachingSession &session)
{
    for (qint64 evaluationId : session.evaluationIds) {
        auto found = m_database.execute(u"SELECT agent_id, status FROM evaluations WHERE id = ?"_s,
                                        {qlonglong(evaluationId)});
        if (!found)
            return found.error();
        QSqlQuery *query = found.value();
        if (!query->next()) {
            query->finish();
            return storeNotFound(u"evaluation %1"_s.arg(evaluationId));
        }
        const qint64 agentId = query->value(0).toLongLong();
        const QString status = query->value(1).toString();
        query->finish();
        if (agentId != session.agentId) {
            return invalidSessionRequest(
                u"Evaluation %1 is of agent %2, not of agent %3 whom this session coaches"_s.arg(
                    QString::number(evaluationId), QString::number(agentId),
                    QString::number(session.agentId)));
        }
        if (status == evaluationStatusKey(EvaluationStatus::Draft))
            return invalidSessionRequest(
                u"Evaluation %1 is still a draft; submit it before coaching with it"_s.arg(evaluationId));
    }
    for (const CoachingClip &clip : session.clips) {
        auto found =
            m_database.execute(u"SELECT 1 FROM interactions WHERE id = ?"_s, {qlonglong(clip.interactionId)});
        if (!found)
            return found.error();
        const bool exists = found.value()->next();
        found.value()->finish();
        if (!exists)
            return storeNotFound(u"interaction %1"_s.arg(clip.interactionId));
    }
    return std::nullopt;
}

std::optional<DomainError> CoachingSessionRepository::writeItems(const CoachingSession &session)
{
    auto removed = m_database.execute(u"DELETE FROM coaching_session_items WHERE session_id = ?"_s,
                                      {qlonglong(session.id)});
    if (!removed)
        return removed.error();
    removed.value()->finish();

    const QString insert =
        u"INSERT INTO coaching_session_items (session_id, sort_order, kind, evaluation_id, interaction_id,"
        " start_ms, end_ms, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
    int order = 0;
    for (qint64 evaluationId : session.evaluationIds) {
        auto inserted =
            m_database.execute(insert, {qlonglong(session.id), order++, u"evaluation"_s,
                                        qlonglong(evaluationId), nullId(), nullId(), nullId(), QString()});
        if (!inserted)
            return inserted.error();
        inserted.value()->finish();
    }
    for (const CoachingClip &clip : session.clips) {
        auto inserted = m_database.execute(insert, {qlonglong(session.id), order++, u"clip"_s, nullId(),
                                                    qlonglong(clip.interactionId), qlonglong(clip.startMs),
                                                    qlonglong(clip.endMs), clip.note});
        if (!inserted)
            return inserted.error();
        inserted.value()->finish();
    }
    return std::nullopt;
}

std::optional<DomainError> CoachingSessionRepository::create(const Principal &who, CoachingSession &session,
                                                             qint64 nowMs)
{
    if (auto refused = Permissions::check(who, Action::WriteEvaluation, Resource::ofAgent(session.agentId)))
        return refused;
    CoachingSession candidate = session;
    candidate.id = 0;
    if (candidate.leadUserId == 0)
        candidate.leadUserId = who.userId;
    candidate.title = candidate.title.trimmed();
    candidate.createdMs = nowMs;
    candidate.updatedMs = nowMs;
    if (auto error = candidate.validate())
        return error;

    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        if (auto error = checkLinks(candidate))
            return error;
        auto inserted = m_database.execute(u"INSERT INTO coaching_sessions (agent_id, lead_user_id, title, "
                                           u"notes, due_ms, status, created_ms,"
                                           " updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                           {qlonglong(candidate.agentId), qlonglong(candidate.leadUserId),
                                            candidate.title, candidate.notes, qlonglong(candidate.dueMs),
                                            coachingSessionStatusKey(candidate.status), qlonglong(nowMs),
                                            qlonglong(nowMs)});
        if (!inserted)
            return inserted.error();
        QSqlQuery *query = inserted.value();
        query->next();
        candidate.id = query->value(0).toLongLong();
        query->finish();
        return writeItems(candidate);
    });
    if (error)
        return error;
    session = candidate;
    return std::nullopt;
}

std::optional<DomainError> CoachingSessionRepository::update(const Principal &who, CoachingSession &session,
                                                             qint64 nowMs)
{
    CoachingSession candidate = session;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        auto stored = read(u"id = ?"_s, session.id);
        if (!stored)
            return stored.error();
        if (stored->isEmpty())
            return storeNotFound(u"coaching session %1"_s.arg(session.id));
        const CoachingSession &before = stored->constFirst();
        if (auto refused =
                Permissions::check(who, Action::WriteEvaluation, Resource::ofAgent(before.agentId)))
            return refused;
        if (candidate.agentId != before.agentId) {
            return invalidSessionRequest(
                u"Coaching session %1 is with agent %2; it cannot move to another agent"_s.arg(
                    QString::number(before.id), QString::number(before.agentId)));
        }
        candidate.title = candidate.title.trimmed();
        candidate.createdMs = before.createdMs;
        candidate.updatedMs = nowMs;
        if (auto error = candidate.validate())
            return error;
        if (auto error = checkLinks(candidate))
            return error;
        auto updated = m_database.execute(
            u"UPDATE coaching_sessions SET lead_user_id = ?, title = ?, notes = ?,"
            " due_ms = ?, status = ?, updated_ms = ? WHERE id = ?"_s,
            {qlonglong(candidate.leadUserId), candidate.title, candidate.notes, qlonglong(candidate.dueMs),
             coachingSessionStatusKey(candidate.status), qlonglong(nowMs), qlonglong(candidate.id)});
        if (!updated)
            return updated.error();
        updated.value()->finish();
        return writeItems(candidate);
    });
    if (error)
        return error;
    session = candidate;
    return std::nullopt;
}

StoreResult<QList<CoachingSession>> CoachingSessionRepository::read(const QString &where, qint64 id)
{
    auto found = m_database.execute(u"SELECT "_s + SessionColumns + u" FROM coaching_sessions WHERE "_s
                                        + where + SessionOrder,
                                    {qlonglong(id)});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<CoachingSession> sessions;
    while (query->next()) {
        CoachingSession session;
        session.id = query->value(0).toLongLong();
        session.agentId = query->value(1).toLongLong();
        session.leadUserId = query->value(2).toLongLong();
        session.title = query->value(3).toString();
        session.notes = query->value(4).toString();
        session.dueMs = query->value(5).toLongLong();
        // The table's CHECK admits only the two statuses.
        session.status =
            coachingSessionStatusFromKey(query->value(6).toString()).value_or(CoachingSessionStatus::Open);
        session.createdMs = query->value(7).toLongLong();
        session.updatedMs = query->value(8).toLongLong();
        sessions.append(session);
    }
    query->finish();

    // Items after the sessions are read: the statements share one connection.
    for (CoachingSession &session : sessions) {
        auto items =
            m_database.execute(u"SELECT kind, evaluation_id, interaction_id, start_ms, end_ms, note"
                               " FROM coaching_session_items WHERE session_id = ? ORDER BY sort_order"_s,
                               {qlonglong(session.id)});
        if (!items)
            return items.error();
        QSqlQuery *item = items.value();
        while (item->next()) {
            if (item->value(0).toString() == u"evaluation"_s) {
                session.evaluationIds.append(item->value(1).toLongLong());
            } else {
                session.clips.append(CoachingClip{item->value(2).toLongLong(), item->value(3).toLongLong(),
                                                  item->value(4).toLongLong(), item->value(5).toString()});
            }
        }
        item->finish();
    }
    return sessions;
}

StoreResult<CoachingSession> CoachingSessionRepository::findById(const Principal &who, qint64 sessionId)
{
    auto found = read(u"id = ?"_s, sessionId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return storeNotFound(u"coaching session %1"_s.arg(sessionId));
    const CoachingSession &session = found->constFirst();
    if (auto refused = Permissions::check(who, Action::ReadEvaluation, Resource::ofAgent(session.agentId)))
        return *refused;
    return session;
}

StoreResult<QList<CoachingSession>> CoachingSessionRepository::listForAgent(const Principal &who,
                                                                            qint64 agentId)
{
    if (auto refused = Permissions::check(who, Action::ReadEvaluation, Resource::ofAgent(agentId)))
        return *refused;
    return read(u"agent_id = ?"_s, agentId);
}

StoreResult<QList<CoachingSession>> CoachingSessionRepository::listForLead(const Principal &who,
                                                                           qint64 leadUserId)
{
    if (auto refused = Permissions::check(who, Action::WriteEvaluation))
        return *refused;
    return read(u"lead_user_id = ?"_s, leadUserId);
}

} // namespace ContactDesk

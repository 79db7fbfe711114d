#pragma once

#include "coachingsession.h"
#include "security/permissions.h"
#include "store/storeresult.h"

#include <QList>

#include <optional>

namespace ContactDesk {

class Database;

// Coaching sessions (tables `coaching_sessions` and `coaching_session_items`, the linked
// evaluations and clips in their order). Creating and changing one needs
// Action::WriteEvaluation; reading one needs Action::ReadEvaluation on its agent, so an agent
// sees only their own. Refusals are AccountErrorCode::Forbidden.
class CoachingSessionRepository final
{
public:
    explicit CoachingSessionRepository(Database &database);
    Q_DISABLE_COPY_MOVE(CoachingSessionRepository)

    // Writes a new session and sets id and times; leadUserId 0 becomes who.userId. Linked
    // evaluations must be submitted evaluations of the session's agent (a draft would show the
    // agent what its evaluator has not released).
    std::optional<DomainError> create(const Principal &who, CoachingSession &session, qint64 nowMs);
    // Replaces everything but the agent and createdMs, linked items included.
    std::optional<DomainError> update(const Principal &who, CoachingSession &session, qint64 nowMs);

    StoreResult<CoachingSession> findById(const Principal &who, qint64 sessionId);
    // Open sessions first, soonest due first (no due date last), then done ones.
    StoreResult<QList<CoachingSession>> listForAgent(const Principal &who, qint64 agentId);
    // The sessions a team lead holds, in the same order; needs Action::WriteEvaluation.
    StoreResult<QList<CoachingSession>> listForLead(const Principal &who, qint64 leadUserId);

private:
    std::optional<DomainError> checkLinks(const CoachingSession &session);
    std::optional<DomainError> writeItems(const CoachingSession &session);
    StoreResult<QList<CoachingSession>> read(const QString &where, qint64 id);

    Database &m_database;
};

} // namespace ContactDesk

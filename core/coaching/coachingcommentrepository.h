#pragma once

#include "coachingcomment.h"
#include "security/permissions.h"
#include "store/storeresult.h"

#include <QList>

#include <optional>

namespace ContactDesk {

class Database;

// Timestamped coaching comments (table `evaluation_comments`). Adding one needs
// Action::WriteEvaluation; reading them needs Action::ReadEvaluation on the agent who handled
// the interaction (an agent reads the comments on their own contacts); only its author deletes
// a comment. Refusals are AccountErrorCode::Forbidden.
class CoachingCommentRepository final
{
public:
    explicit CoachingCommentRepository(Database &database);
    Q_DISABLE_COPY_MOVE(CoachingCommentRepository)

    // Writes a new comment by `who` (authorUserId becomes who.userId) and sets id and createdMs.
    // A message anchor must be a message of the same interaction.
    std::optional<DomainError> add(const Principal &who, CoachingComment &comment, qint64 nowMs);
    // In anchor order: comments on the recording by position, then comments on the transcript in
    // the order its messages were sent; comments on one anchor oldest first.
    StoreResult<QList<CoachingComment>> forInteraction(const Principal &who, qint64 interactionId);
    std::optional<DomainError> remove(const Principal &who, qint64 commentId);

private:
    // The agent who handled the interaction (0: none), or not found.
    StoreResult<qint64> handlingAgent(qint64 interactionId);

    Database &m_database;
};

} // namespace ContactDesk

#include "coachingcommentrepository.h"

#include "evaluationerrors.h"
#include "security/accounterrors.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static QVariant nullable(qint64 value, bool present)
{
    return present ? QVariant(qlonglong(value)) : QVariant(QMetaType::fromType<qlonglong>());
}

CoachingCommentRepository::CoachingCommentRepository(Database &database)
    : m_database(database)
{}

StoreResult<qint64> CoachingCommentRepository::handlingAgent(qint64 interactionId)
{
    auto found =
        m_database.execute(u"SELECT agent_id FROM interactions WHERE id = ?"_s, {qlonglong(interactionId)});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    if (!query->next()) {
        query->finish();
        return storeNotFound(u"interaction %1"_s.arg(interactionId));
    }
    const qint64 agentId = query->value(0).isNull() ? 0 : query->value(0).toLongLong();
    query->finish();
    return agentId;
}

std::optional<DomainError> CoachingCommentRepository::add(const Principal &who, CoachingComment &comment,
                                                          qint64 nowMs)
{
    CoachingComment candidate = comment;
    candidate.id = 0;
    candidate.authorUserId = who.userId;
    candidate.authorName = candidate.authorName.trimmed();
    candidate.createdMs = nowMs;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        auto agentId = handlingAgent(candidate.interactionId);
        if (!agentId)
            return agentId.error();
        if (auto refused =
                Permissions::check(who, Action::WriteEvaluation, Resource::ofAgent(agentId.value())))
            return refused;
        if (auto invalid = candidate.validate())
            return invalid;
        const bool onMessage = candidate.anchor.kind == CommentAnchorKind::TranscriptMessage;
        if (onMessage) {
            auto message = m_database.execute(u"SELECT interaction_id FROM messages WHERE id = ?"_s,
                                              {qlonglong(candidate.anchor.messageId)});
            if (!message)
                return message.error();
            QSqlQuery *query = message.value();
            const bool found = query->next();
            const qint64 owner = found ? query->value(0).toLongLong() : 0;
            query->finish();
            if (owner != candidate.interactionId) {
                return DomainError{EvaluationErrorCode::InvalidComment.toString(),
                                   u"Message %1 is not part of interaction %2's transcript"_s.arg(
                                       QString::number(candidate.anchor.messageId),
                                       QString::number(candidate.interactionId))};
            }
        }
        auto inserted = m_database.execute(
            u"INSERT INTO evaluation_comments (interaction_id, author_user_id, author_name, body, "
            u"anchor_kind,"
            " position_ms, message_id, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {qlonglong(candidate.interactionId), qlonglong(candidate.authorUserId), candidate.authorName,
             candidate.body, commentAnchorKindKey(candidate.anchor.kind),
             nullable(candidate.anchor.positionMs, !onMessage),
             nullable(candidate.anchor.messageId, onMessage), qlonglong(nowMs)});
        if (!inserted)
            return inserted.error();
        QSqlQuery *query = inserted.value();
        query->next();
        candidate.id = query->value(0).toLongLong();
        query->finish();
        return std::nullopt;
    });
    if (error)
        return error;
    comment = candidate;
    return std::nullopt;
}

StoreResult<QList<CoachingComment>> CoachingCommentRepository::forInteraction(const Principal &who,
                                                                              qint64 interactionId)
{
    auto agentId = handlingAgent(interactionId);
    if (!agentId)
        return agentId.error();
    if (auto refused = Permissions::check(who, Action::ReadEvaluation, Resource::ofAgent(agentId.value())))
        return *refused;
    auto found = m_database.execute(
        u"SELECT c.id, c.interaction_id, c.author_user_id, c.author_name, c.body, c.anchor_kind, "
        u"c.position_ms,"
        " c.message_id, c.created_ms FROM evaluation_comments c LEFT JOIN messages m ON m.id = c.message_id"
        " WHERE c.interaction_id = ?"
        " ORDER BY CASE c.anchor_kind WHEN 'recording' THEN 0 ELSE 1 END, c.position_ms, m.sent_ms, m.id,"
        " c.created_ms, c.id"_s,
        {qlonglong(interactionId)});
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<CoachingComment> comments;
    while (query->next()) {
        CoachingComment comment;
        comment.id = query->value(0).toLongLong();
        comment.interactionId = query->value(1).toLongLong();
        comment.authorUserId = query->value(2).toLongLong();
        comment.authorName = query->value(3).toString();
        comment.body = query->value(4).toString();
        // The table's CHECK admits only the two kinds.
        comment.anchor.kind = commentAnchorKindFromKey(query->value(5).toString())
                                  .value_or(CommentAnchorKind::RecordingPosition);
        comment.anchor.positionMs = query->value(6).isNull() ? 0 : query->value(6).toLongLong();
        comment.anchor.messageId = query->value(7).isNull() ? 0 : query->value(7).toLongLong();
        comment.createdMs = query->value(8).toLongLong();
        comments.append(comment);
    }
    query->finish();
    return comments;
}

std::optional<DomainError> CoachingCommentRepository::remove(const Principal &who, qint64 commentId)
{
    return m_database.transaction([&]() -> std::optional<DomainError> {
        auto found = m_database.execute(u"SELECT author_user_id FROM evaluation_comments WHERE id = ?"_s,
                                        {qlonglong(commentId)});
        if (!found)
            return found.error();
        QSqlQuery *query = found.value();
        if (!query->next()) {
            query->finish();
            return storeNotFound(u"coaching comment %1"_s.arg(commentId));
        }
        const qint64 author = query->value(0).toLongLong();
        query->finish();
        if (author != who.userId || who.userId == 0) {
            return DomainError{AccountErrorCode::Forbidden.toString(),
                               u"Only its author (user %1) may delete coaching comment %2"_s.arg(
                                   QString::number(author), QString::number(commentId))};
        }
        auto deleted =
            m_database.execute(u"DELETE FROM evaluation_comments WHERE id = ?"_s, {qlonglong(commentId)});
        if (!deleted)
            return deleted.error();
        deleted.value()->finish();
        return std::nullopt;
    });
}

} // namespace ContactDesk

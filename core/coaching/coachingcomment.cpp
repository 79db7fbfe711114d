#include "coachingcomment.h"

#include "evaluationerrors.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString commentAnchorKindKey(CommentAnchorKind kind)
{
    switch (kind) {
    case CommentAnchorKind::RecordingPosition:
        return u"recording"_s;
    case CommentAnchorKind::TranscriptMessage:
        return u"message"_s;
    }
    Q_UNREACHABLE();
}

std::optional<CommentAnchorKind> commentAnchorKindFromKey(QStringView key)
{
    for (CommentAnchorKind kind :
         {CommentAnchorKind::RecordingPosition, CommentAnchorKind::TranscriptMessage}) {
        if (key == commentAnchorKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

CommentAnchor CommentAnchor::atPosition(qint64 positionMs)
{
    CommentAnchor anchor;
    anchor.kind = CommentAnchorKind::RecordingPosition;
    anchor.positionMs = positionMs;
    return anchor;
}

CommentAnchor CommentAnchor::atMessage(qint64 messageId)
{
    CommentAnchor anchor;
    anchor.kind = CommentAnchorKind::TranscriptMessage;
    anchor.messageId = messageId;
    return anchor;
}

static DomainError invalidComment(const QString &why)
{
    return DomainError{EvaluationErrorCode::InvalidComment.toString(), why};
}

std::optional<DomainError> CoachingComment::validate() const
{
    if (interactionId <= 0)
        return invalidComment(u"A coaching comment needs the interaction it is about"_s);
    if (authorUserId <= 0 || authorName.trimmed().isEmpty())
        return invalidComment(u"A coaching comment needs its author and the author's name"_s);
    if (body.trimmed().isEmpty())
        return invalidComment(u"A coaching comment needs a text"_s);
    if (body.size() > MaxBodyLength)
        return invalidComment(u"A coaching comment may be at most %1 characters"_s.arg(MaxBodyLength));
    switch (anchor.kind) {
    case CommentAnchorKind::RecordingPosition:
        if (anchor.positionMs < 0)
            return invalidComment(
                u"A recording position cannot be negative (%1 ms)"_s.arg(anchor.positionMs));
        break;
    case CommentAnchorKind::TranscriptMessage:
        if (anchor.messageId <= 0)
            return invalidComment(u"A comment on the transcript needs the message it is about"_s);
        break;
    }
    return std::nullopt;
}

} // namespace ContactDesk

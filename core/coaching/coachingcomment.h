#pragma once

#include "domain/domainerror.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

enum class CommentAnchorKind
{
    RecordingPosition, // a moment of the call recording
    TranscriptMessage, // one message of a chat, SMS, social or e-mail transcript
};

QString commentAnchorKindKey(CommentAnchorKind kind); // "recording", "message"
std::optional<CommentAnchorKind> commentAnchorKindFromKey(QStringView key);

// Where in the interaction a comment points.
struct CommentAnchor
{
    CommentAnchorKind kind = CommentAnchorKind::RecordingPosition;
    qint64 positionMs = 0; // RecordingPosition: from the start of the recording
    qint64 messageId = 0;  // TranscriptMessage: a message of the same interaction

    static CommentAnchor atPosition(qint64 positionMs);
    static CommentAnchor atMessage(qint64 messageId);
    bool operator==(const CommentAnchor &other) const = default;
};

// A team lead's remark on a moment of a recorded interaction ("here: the card number was read
// back"), shown on the playback timeline or beside the transcript message.
struct CoachingComment
{
    static constexpr int MaxBodyLength = 4000;

    qint64 id = 0;
    qint64 interactionId = 0;
    qint64 authorUserId = 0;
    QString authorName;
    QString body;
    CommentAnchor anchor;
    qint64 createdMs = 0;

    // Refused (EvaluationErrorCode::InvalidComment): no interaction, author or body, a body
    // longer than MaxBodyLength, a negative position, a message anchor without a message.
    std::optional<DomainError> validate() const;
};

} // namespace ContactDesk

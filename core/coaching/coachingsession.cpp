#include "coachingsession.h"

#include "evaluationerrors.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString coachingSessionStatusKey(CoachingSessionStatus status)
{
    switch (status) {
    case CoachingSessionStatus::Open:
        return u"open"_s;
    case CoachingSessionStatus::Done:
        return u"done"_s;
    }
    Q_UNREACHABLE();
}

std::optional<CoachingSessionStatus> coachingSessionStatusFromKey(QStringView key)
{
    for (CoachingSessionStatus status : {CoachingSessionStatus::Open, CoachingSessionStatus::Done}) {
        if (key == coachingSessionStatusKey(status))
            return status;
    }
    return std::nullopt;
}

static DomainError invalidSession(const QString &why)
{
    return DomainError{EvaluationErrorCode::InvalidSession.toString(), why};
}

std::optional<DomainError> CoachingSession::validate() const
{
    if (agentId <= 0)
        return invalidSession(u"A coaching session needs the agent it coaches"_s);
    if (leadUserId <= 0)
        return invalidSession(u"A coaching session needs the team lead who holds it"_s);
    if (title.trimmed().isEmpty())
        return invalidSession(u"A coaching session needs a title"_s);
    if (title.size() > MaxTitleLength)
        return invalidSession(
            u"A coaching session's title may be at most %1 characters"_s.arg(MaxTitleLength));
    if (notes.size() > MaxNotesLength)
        return invalidSession(
            u"A coaching session's notes may be at most %1 characters"_s.arg(MaxNotesLength));
    if (dueMs < 0)
        return invalidSession(u"A coaching session's due time cannot be negative"_s);
    QSet<qint64> seen;
    for (qint64 evaluationId : evaluationIds) {
        if (evaluationId <= 0)
            return invalidSession(u"A linked evaluation needs its id"_s);
        if (seen.contains(evaluationId))
            return invalidSession(u"Evaluation %1 is linked twice"_s.arg(evaluationId));
        seen.insert(evaluationId);
    }
    for (qsizetype i = 0; i < clips.size(); ++i) {
        const CoachingClip &clip = clips.at(i);
        if (clip.interactionId <= 0)
            return invalidSession(u"Clip %1 needs the interaction it is cut from"_s.arg(i + 1));
        if (clip.startMs < 0 || clip.endMs <= clip.startMs) {
            return invalidSession(u"Clip %1 must end after it starts (%2 to %3 ms)"_s.arg(
                QString::number(i + 1), QString::number(clip.startMs), QString::number(clip.endMs)));
        }
        if (clip.note.size() > MaxTitleLength * 10)
            return invalidSession(u"The note of clip %1 is too long"_s.arg(i + 1));
    }
    return std::nullopt;
}

} // namespace ContactDesk

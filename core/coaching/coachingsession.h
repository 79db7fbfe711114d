#pragma once

#include "domain/domainerror.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

enum class CoachingSessionStatus
{
    Open,
    Done,
};

QString coachingSessionStatusKey(CoachingSessionStatus status); // "open", "done"
std::optional<CoachingSessionStatus> coachingSessionStatusFromKey(QStringView key);

// A stretch of a recorded interaction to go through together.
struct CoachingClip
{
    qint64 interactionId = 0;
    qint64 startMs = 0; // from the start of the recording
    qint64 endMs = 0;   // exclusive; after startMs
    QString note;

    bool operator==(const CoachingClip &other) const = default;
};

// A team lead's coaching appointment with one agent, built from evaluations and clips.
struct CoachingSession
{
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxNotesLength = 20000;

    qint64 id = 0;
    qint64 agentId = 0;
    qint64 leadUserId = 0; // the team lead who holds it
    QString title;
    QString notes;
    qint64 dueMs = 0; // 0: no date set
    CoachingSessionStatus status = CoachingSessionStatus::Open;
    QList<qint64> evaluationIds; // evaluations of this agent, in the order to discuss them
    QList<CoachingClip> clips;   // in the order to play them
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    // Refused (EvaluationErrorCode::InvalidSession): no agent, lead or title, over-long text, a
    // negative due time, an evaluation listed twice, a clip without an interaction or whose end
    // is not after its start.
    std::optional<DomainError> validate() const;
};

} // namespace ContactDesk

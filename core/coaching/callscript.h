#pragma once

#include <QList>
#include <QString>

namespace ContactDesk {

enum class CallEventKind
{
    Clip,      // a voice clip (by id) starts playing; the clip says who speaks
    Silence,   // nobody speaks for durationMs: no clip may overlap it
    HoldStart, // the customer is put on hold (hold music until HoldEnd)
    HoldEnd,
    Transfer,         // the call is handed to another agent or queue
    RecordingPaused,  // the agent pauses recording (card details, PCI DSS) ...
    RecordingResumed, // ... and resumes it
};

// Something that happens on a call, at a time on the call's own timeline: milliseconds since the
// call was answered, paused stretches included.
struct CallEvent
{
    CallEventKind kind = CallEventKind::Clip;
    qint64 atMs = 0;
    QString clipId;        // Clip
    qint64 durationMs = 0; // Silence

    bool operator==(const CallEvent &other) const = default;
};

// What happens on one call, for CallAudioAssembler to turn into a recording. The appenders keep
// a script readable as the conversation it is; events may come in any order (the assembler sorts
// them by time, keeping the given order for equal times).
struct CallScript
{
    QString language;
    // From the answer to the hang-up. 0: until the last clip, silence or event ends.
    qint64 durationMs = 0;
    QList<CallEvent> events;

    CallScript &clip(qint64 atMs, const QString &clipId);
    CallScript &silence(qint64 atMs, qint64 durationMs);
    CallScript &holdStart(qint64 atMs);
    CallScript &holdEnd(qint64 atMs);
    CallScript &transfer(qint64 atMs);
    CallScript &pauseRecording(qint64 atMs);
    CallScript &resumeRecording(qint64 atMs);

    bool operator==(const CallScript &other) const = default;
};

} // namespace ContactDesk

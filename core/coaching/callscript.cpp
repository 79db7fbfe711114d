#include "callscript.h"

namespace ContactDesk {

CallScript &CallScript::clip(qint64 atMs, const QString &clipId)
{
    events.append(CallEvent{CallEventKind::Clip, atMs, clipId, 0});
    return *this;
}

CallScript &CallScript::silence(qint64 atMs, qint64 durationMs)
{
    events.append(CallEvent{CallEventKind::Silence, atMs, {}, durationMs});
    return *this;
}

CallScript &CallScript::holdStart(qint64 atMs)
{
    events.append(CallEvent{CallEventKind::HoldStart, atMs, {}, 0});
    return *this;
}

CallScript &CallScript::holdEnd(qint64 atMs)
{
    events.append(CallEvent{CallEventKind::HoldEnd, atMs, {}, 0});
    return *this;
}

CallScript &CallScript::transfer(qint64 atMs)
{
    events.append(CallEvent{CallEventKind::Transfer, atMs, {}, 0});
    return *this;
}

CallScript &CallScript::pauseRecording(qint64 atMs)
{
    events.append(CallEvent{CallEventKind::RecordingPaused, atMs, {}, 0});
    return *this;
}

CallScript &CallScript::resumeRecording(qint64 atMs)
{
    events.append(CallEvent{CallEventKind::RecordingResumed, atMs, {}, 0});
    return *this;
}

} // namespace ContactDesk

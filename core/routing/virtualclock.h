#pragma once

#include "clock.h"
#include "timerqueue.h"

#include <limits>
#include <optional>

namespace ContactDesk {

// A clock that only moves when told to. advanceTo() fires every timer due on the way, each at its
// own due time and in order, so a simulated day takes as long as its events take to process.
class VirtualClock final : public Clock
{
public:
    explicit VirtualClock(qint64 startMs = 0);

    qint64 nowMs() const override { return m_nowMs; }
    TimerId schedule(qint64 dueMs, std::function<void()> callback) override;
    void cancel(TimerId id) override;

    // Fires the timers due up to `targetMs` (including those they schedule on the way), then
    // leaves the time at `targetMs`. A target in the past changes nothing.
    void advanceTo(qint64 targetMs);
    void advanceBy(qint64 deltaMs) { advanceTo(m_nowMs + deltaMs); }

    // Moves to the next timer due at or before `limitMs` and fires it. False when there is none.
    bool runNext(qint64 limitMs = std::numeric_limits<qint64>::max());

    std::optional<qint64> nextDueMs() { return m_timers.nextDueMs(); }
    int pendingTimers() const { return m_timers.size(); }

private:
    TimerQueue m_timers;
    qint64 m_nowMs;
};

} // namespace ContactDesk

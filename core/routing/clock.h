#pragma once

#include <QtGlobal>

#include <functional>

namespace ContactDesk {

// Identifies a scheduled timer; 0 never names one, so it can mean "no timer".
using TimerId = quint64;

// Where the routing core gets its time from, and where it schedules what must happen later
// (offer timeouts, affinity waits, escalation steps). Production uses WallClock; tests and the
// simulator use VirtualClock, where timers fire in order without anyone sleeping.
//
// Time is milliseconds since the Unix epoch (UTC). nowMs() never goes backwards.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual qint64 nowMs() const = 0;

    // Runs `callback` once, at `dueMs` or as soon as possible after it (a time already past fires
    // on the next opportunity). Timers due at the same millisecond fire in the order they were
    // scheduled, which is what keeps a simulation repeatable.
    virtual TimerId schedule(qint64 dueMs, std::function<void()> callback) = 0;

    // Forgets a timer. Harmless for 0 and for timers that already fired or were cancelled.
    virtual void cancel(TimerId id) = 0;
};

} // namespace ContactDesk

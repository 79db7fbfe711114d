#include "virtualclock.h"

#include <algorithm>

namespace ContactDesk {

VirtualClock::VirtualClock(qint64 startMs)
    : m_nowMs(startMs)
{}

TimerId VirtualClock::schedule(qint64 dueMs, std::function<void()> callback)
{
    return m_timers.add(std::max(dueMs, m_nowMs), std::move(callback));
}

void VirtualClock::cancel(TimerId id)
{
    m_timers.cancel(id);
}

bool VirtualClock::runNext(qint64 limitMs)
{
    qint64 dueMs = 0;
    std::function<void()> callback;
    if (!m_timers.takeDue(limitMs, dueMs, callback))
        return false;
    m_nowMs = std::max(m_nowMs, dueMs);
    callback();
    return true;
}

void VirtualClock::advanceTo(qint64 targetMs)
{
    while (runNext(targetMs)) {}
    m_nowMs = std::max(m_nowMs, targetMs);
}

} // namespace ContactDesk

#include "wallclock.h"

#include <QDateTime>

#include <algorithm>

namespace ContactDesk {

namespace {
// QTimer takes an int: long waits are cut into pieces, each wake-up re-arming the next.
constexpr qint64 longestSingleWaitMs = 3600 * 1000;
} // namespace

WallClock::WallClock(QObject *parent)
    : QObject(parent)
{
    m_wakeUp.setSingleShot(true);
    m_wakeUp.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeUp, &QTimer::timeout, this, &WallClock::fireDue);
}

qint64 WallClock::nowMs() const
{
    m_lastMs = std::max(m_lastMs, QDateTime::currentMSecsSinceEpoch());
    return m_lastMs;
}

TimerId WallClock::schedule(qint64 dueMs, std::function<void()> callback)
{
    const TimerId id = m_timers.add(dueMs, std::move(callback));
    rearm();
    return id;
}

void WallClock::cancel(TimerId id)
{
    m_timers.cancel(id);
    rearm();
}

void WallClock::fireDue()
{
    qint64 dueMs = 0;
    std::function<void()> callback;
    while (m_timers.takeDue(nowMs(), dueMs, callback))
        callback();
    rearm();
}

void WallClock::rearm()
{
    const std::optional<qint64> next = m_timers.nextDueMs();
    if (!next) {
        m_wakeUp.stop();
        return;
    }
    const qint64 waitMs = std::clamp<qint64>(*next - nowMs(), 0, longestSingleWaitMs);
    m_wakeUp.start(int(waitMs));
}

} // namespace ContactDesk

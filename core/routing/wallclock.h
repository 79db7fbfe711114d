#pragma once

#include "clock.h"
#include "timerqueue.h"

#include <QObject>
#include <QTimer>

namespace ContactDesk {

// The production clock: real time, with timers fired from the Qt event loop of the thread that
// owns it. nowMs() never goes backwards even when the system clock is set back, because the
// interactions it stamps refuse times earlier than their last change.
class WallClock final
    : public QObject
    , public Clock
{
    Q_OBJECT

public:
    explicit WallClock(QObject *parent = nullptr);

    qint64 nowMs() const override;
    TimerId schedule(qint64 dueMs, std::function<void()> callback) override;
    void cancel(TimerId id) override;

    // Fires every timer that is due now. The event loop calls it; a caller without an event loop
    // (a command-line tool polling stdin) may call it itself.
    void fireDue();

    int pendingTimers() const { return m_timers.size(); }

private:
    void rearm();

    TimerQueue m_timers;
    QTimer m_wakeUp;
    mutable qint64 m_lastMs = 0;
};

} // namespace ContactDesk

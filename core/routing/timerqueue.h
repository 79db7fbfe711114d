#pragma once

#include "clock.h"

#include <QtGlobal>

#include <functional>
#include <optional>
#include <vector>

namespace ContactDesk {

// The timers of one clock: a binary heap ordered by (due time, order of scheduling). Cancelling
// is O(1): the slot is freed and its heap entry is skipped when it reaches the top, so that the
// millions of offer timeouts a simulated day schedules and cancels cost next to nothing.
class TimerQueue final
{
public:
    TimerId add(qint64 dueMs, std::function<void()> callback);
    void cancel(TimerId id);

    // Due time of the earliest live timer.
    std::optional<qint64> nextDueMs();

    // Takes the earliest live timer if it is due at or before `limitMs`: its slot is freed before
    // the caller runs it, so the callback may schedule or cancel timers freely.
    bool takeDue(qint64 limitMs, qint64 &dueMs, std::function<void()> &callback);

    int size() const { return m_live; }
    bool isEmpty() const { return m_live == 0; }

private:
    struct Entry
    {
        qint64 dueMs;
        quint64 sequence;
        quint32 slot;
        quint32 generation;
    };
    struct Slot
    {
        std::function<void()> callback;
        quint32 generation = 1;
        bool live = false;
    };
    static bool later(const Entry &a, const Entry &b);
    bool isStale(const Entry &entry) const;
    void dropStaleTop();
    void compact();
    void release(quint32 slot);

    std::vector<Entry> m_heap;
    std::vector<Slot> m_slots;
    std::vector<quint32> m_freeSlots;
    quint64 m_nextSequence = 0;
    int m_live = 0;
};

} // namespace ContactDesk

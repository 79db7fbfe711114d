#include "timerqueue.h"

#include <algorithm>

namespace ContactDesk {

bool TimerQueue::later(const Entry &a, const Entry &b)
{
    if (a.dueMs != b.dueMs)
        return a.dueMs > b.dueMs;
    return a.sequence > b.sequence;
}

TimerId TimerQueue::add(qint64 dueMs, std::function<void()> callback)
{
    quint32 slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = quint32(m_slots.size());
        m_slots.emplace_back();
    }
    Slot &target = m_slots[slot];
    target.callback = std::move(callback);
    target.live = true;
    ++m_live;

    m_heap.push_back(Entry{dueMs, m_nextSequence++, slot, target.generation});
    std::push_heap(m_heap.begin(), m_heap.end(), later);
    return (TimerId(target.generation) << 32) | (TimerId(slot) + 1);
}

void TimerQueue::release(quint32 slot)
{
    Slot &target = m_slots[slot];
    target.callback = nullptr;
    target.live = false;
    ++target.generation;
    if (target.generation == 0) // a generation of 0 would make a TimerId of 0 possible
        target.generation = 1;
    m_freeSlots.push_back(slot);
    --m_live;
}

void TimerQueue::cancel(TimerId id)
{
    if (id == 0)
        return;
    const quint64 slotPlusOne = id & 0xffffffffu;
    const auto generation = quint32(id >> 32);
    if (slotPlusOne == 0 || slotPlusOne > m_slots.size())
        return;
    const auto slot = quint32(slotPlusOne - 1);
    if (!m_slots[slot].live || m_slots[slot].generation != generation)
        return;
    release(slot);
    // Offer timeouts are mostly cancelled long before they are due: without this the heap would
    // keep every one of them until its time came.
    if (m_heap.size() > 1024 && m_heap.size() > 4 * std::size_t(m_live))
        compact();
}

bool TimerQueue::isStale(const Entry &entry) const
{
    const Slot &slot = m_slots[entry.slot];
    return !slot.live || slot.generation != entry.generation;
}

void TimerQueue::dropStaleTop()
{
    while (!m_heap.empty() && isStale(m_heap.front())) {
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        m_heap.pop_back();
    }
}

void TimerQueue::compact()
{
    std::erase_if(m_heap, [this](const Entry &entry) { return isStale(entry); });
    std::make_heap(m_heap.begin(), m_heap.end(), later);
}

std::optional<qint64> TimerQueue::nextDueMs()
{
    dropStaleTop();
    if (m_heap.empty())
        return std::nullopt;
    return m_heap.front().dueMs;
}

bool TimerQueue::takeDue(qint64 limitMs, qint64 &dueMs, std::function<void()> &callback)
{
    dropStaleTop();
    if (m_heap.empty() || m_heap.front().dueMs > limitMs)
        return false;
    const Entry entry = m_heap.front();
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    m_heap.pop_back();
    dueMs = entry.dueMs;
    callback = std::move(m_slots[entry.slot].callback);
    release(entry.slot);
    return true;
}

} // namespace ContactDesk

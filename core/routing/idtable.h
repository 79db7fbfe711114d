#pragma once

#include <QtGlobal>

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace ContactDesk {

// Positive 64-bit ids (contacts, agents, customers) to small integers. Ids are mostly handed out
// in sequence, so each id gets the place `id mod capacity` in one flat array: a window of recent
// ids sits in one stretch of memory, and a lookup is one read. An id whose place is taken by
// another goes to a small node map. Keys must be > 0.
class IdTable final
{
public:
    struct Entry
    {
        qint64 first = 0; // the id; 0 marks a free place
        int second = -1;  // its value
    };

    // nullptr when absent (compare with end()).
    const Entry *find(qint64 id) const;
    const Entry *end() const { return nullptr; }
    bool emplace(qint64 id, int value); // false when the id is already there
    std::size_t erase(qint64 id);
    std::size_t count(qint64 id) const { return find(id) ? 1 : 0; }
    int at(qint64 id) const { return find(id)->second; }
    int value(qint64 id, int fallback = -1) const
    {
        const Entry *found = find(id);
        return found ? found->second : fallback;
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    void clear();

    template <typename Function>
    void forEach(Function function) const
    {
        for (const Entry &entry : m_places) {
            if (entry.first != 0)
                function(entry.first, entry.second);
        }
        for (const auto &[id, entry] : m_overflow)
            function(entry.first, entry.second);
    }

private:
    void grow();

    std::vector<Entry> m_places;
    std::unordered_map<qint64, Entry> m_overflow;
    std::size_t m_size = 0;
};

} // namespace ContactDesk

#include "idtable.h"

namespace ContactDesk {

const IdTable::Entry *IdTable::find(qint64 id) const
{
    if (m_places.empty() || id <= 0)
        return nullptr;
    const Entry &place = m_places[std::size_t(id) & (m_places.size() - 1)];
    if (place.first == id)
        return &place;
    if (m_overflow.empty())
        return nullptr;
    const auto found = m_overflow.find(id);
    return found == m_overflow.end() ? nullptr : &found->second;
}

bool IdTable::emplace(qint64 id, int value)
{
    Q_ASSERT(id > 0);
    if (find(id))
        return false;
    if ((m_size + 1) * 2 > m_places.size())
        grow();
    Entry &place = m_places[std::size_t(id) & (m_places.size() - 1)];
    if (place.first == 0)
        place = Entry{id, value};
    else
        m_overflow.emplace(id, Entry{id, value});
    ++m_size;
    return true;
}

std::size_t IdTable::erase(qint64 id)
{
    if (m_places.empty() || id <= 0)
        return 0;
    Entry &place = m_places[std::size_t(id) & (m_places.size() - 1)];
    if (place.first == id) {
        place = Entry{};
        // An id waiting in the overflow for this place moves in, so that the overflow stays small.
        for (auto it = m_overflow.begin(); it != m_overflow.end() && m_overflow.size() < 8; ++it) {
            if ((std::size_t(it->first) & (m_places.size() - 1))
                == (std::size_t(id) & (m_places.size() - 1))) {
                place = it->second;
                m_overflow.erase(it);
                break;
            }
        }
        --m_size;
        return 1;
    }
    if (m_overflow.erase(id) == 0)
        return 0;
    --m_size;
    return 1;
}

void IdTable::clear()
{
    m_places.clear();
    m_overflow.clear();
    m_size = 0;
}

void IdTable::grow()
{
    std::vector<Entry> old = std::move(m_places);
    std::unordered_map<qint64, Entry> overflow = std::move(m_overflow);
    m_overflow.clear();
    m_places.assign(old.empty() ? 16 : old.size() * 2, Entry{});
    m_size = 0;
    for (const Entry &entry : old) {
        if (entry.first != 0)
            emplace(entry.first, entry.second);
    }
    for (const auto &[id, entry] : overflow)
        emplace(entry.first, entry.second);
}

} // namespace ContactDesk

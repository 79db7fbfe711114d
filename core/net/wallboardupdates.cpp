#include "wallboardupdates.h"

#include "protocolcodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace ContactDesk {

namespace {

// Occupancy moves on with the clock for everyone logged in; the rest of a row only at the agent's
// events. A client carries occupancy on itself (wallboardAgentTime), so it does not make a change.
bool sameRowButOccupancy(const WallboardAgent &a, const WallboardAgent &b)
{
    if (a.occupancy == b.occupancy)
        return a == b;
    WallboardAgent c = b;
    c.occupancy = a.occupancy;
    return a == c;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

WallboardRevisions::WallboardRevisions()
    : m_epoch(QString::number(QDateTime::currentMSecsSinceEpoch(), 36) + QLatin1Char('-')
              + QString::number(QRandomGenerator::global()->generate(), 36))
{}

QString WallboardRevisions::revision() const
{
    return m_epoch + QLatin1Char('.') + QString::number(m_serial);
}

void WallboardRevisions::update(const WallboardSnapshot &snapshot)
{
    ++m_serial;
    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(snapshot.agents.size());
    for (qsizetype i = 0; i < snapshot.agents.size(); ++i) {
        const WallboardAgent &row = snapshot.agents.at(i);
        rowOf.insert(row.agentId, i);
        const auto before = m_rowOf.constFind(row.agentId);
        if (before == m_rowOf.cend() || !sameRowButOccupancy(m_snapshot.agents.at(*before), row))
            m_changedAt.insert(row.agentId, m_serial);
    }
    for (auto it = m_rowOf.cbegin(); it != m_rowOf.cend(); ++it) {
        if (!rowOf.contains(it.key())) {
            m_removedAt.insert(it.key(), m_serial);
            m_changedAt.remove(it.key());
        }
    }
    m_snapshot = snapshot;
    m_rowOf = std::move(rowOf);
    m_whole.clear();
    m_sinceCache.clear();
}

std::optional<quint64> WallboardRevisions::serialOf(const QString &token) const
{
    const qsizetype dot = token.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || QStringView(token).left(dot) != m_epoch)
        return std::nullopt;
    bool ok = false;
    const quint64 serial = QStringView(token).mid(dot + 1).toULongLong(&ok);
    if (!ok || serial == 0 || serial > m_serial)
        return std::nullopt;
    return serial;
}

QByteArray WallboardRevisions::answer(const QString &since)
{
    Q_ASSERT(hasSnapshot());
    const std::optional<quint64> serial = since.isEmpty() ? std::nullopt : serialOf(since);
    if (!serial) {
        if (m_whole.isEmpty())
            m_whole = encodeWhole();
        return m_whole;
    }
    auto cached = m_sinceCache.constFind(*serial);
    if (cached == m_sinceCache.cend())
        cached = m_sinceCache.insert(*serial, encodeSince(*serial));
    return *cached;
}

QByteArray WallboardRevisions::encodeWhole() const
{
    QJsonObject payload = Protocol::encode(m_snapshot).toObject();
    payload.insert(QLatin1String("revision"), revision());
    return compact(payload);
}

QByteArray WallboardRevisions::encodeSince(quint64 serial) const
{
    WallboardSnapshot changes = m_snapshot;
    changes.agents.clear();
    for (const WallboardAgent &row : m_snapshot.agents) {
        if (m_changedAt.value(row.agentId) > serial)
            changes.agents.append(row);
    }
    QList<qint64> removed;
    for (auto it = m_removedAt.cbegin(); it != m_removedAt.cend(); ++it) {
        if (it.value() > serial)
            removed.append(it.key());
    }
    std::sort(removed.begin(), removed.end());
    QJsonObject payload = Protocol::encode(changes).toObject();
    payload.insert(QLatin1String("revision"), revision());
    payload.insert(QLatin1String("since"), QString(m_epoch + QLatin1Char('.') + QString::number(serial)));
    payload.insert(QLatin1String("removedAgentIds"), Protocol::encode(removed));
    return compact(payload);
}

std::variant<WallboardUpdate, Protocol::Error> decodeWallboardUpdate(const QJsonObject &payload)
{
    WallboardUpdate update;
    auto snapshot = Protocol::decode<WallboardSnapshot>(payload, QStringLiteral("payload"));
    if (auto *error = std::get_if<Protocol::Error>(&snapshot))
        return *error;
    update.snapshot = std::get<WallboardSnapshot>(std::move(snapshot));
    auto revision = Protocol::decode<std::optional<QString>>(payload.value(QLatin1String("revision")),
                                                             QStringLiteral("payload.revision"));
    auto since = Protocol::decode<std::optional<QString>>(payload.value(QLatin1String("since")),
                                                          QStringLiteral("payload.since"));
    auto removed = Protocol::decode<std::optional<QList<qint64>>>(
        payload.value(QLatin1String("removedAgentIds")), QStringLiteral("payload.removedAgentIds"));
    for (auto *error : {std::get_if<Protocol::Error>(&revision), std::get_if<Protocol::Error>(&since),
                        std::get_if<Protocol::Error>(&removed)}) {
        if (error)
            return *error;
    }
    update.revision = std::get<std::optional<QString>>(revision).value_or(QString());
    update.since = std::get<std::optional<QString>>(since).value_or(QString());
    update.removedAgentIds = std::get<std::optional<QList<qint64>>>(removed).value_or(QList<qint64>());
    return update;
}

bool applyWallboardUpdate(WallboardSnapshot &base, QString &baseRevision, const WallboardUpdate &update)
{
    if (update.since.isEmpty()) {
        base = update.snapshot;
        baseRevision = update.revision;
        return true;
    }
    if (update.since != baseRevision)
        return false;

    // Rows by id, as the server lists them: the old ones that stay and the changed ones merged.
    QList<qint64> removed = update.removedAgentIds;
    std::sort(removed.begin(), removed.end());
    QList<WallboardAgent> changed = update.snapshot.agents;
    std::sort(changed.begin(), changed.end(),
              [](const WallboardAgent &a, const WallboardAgent &b) { return a.agentId < b.agentId; });
    QList<WallboardAgent> rows;
    rows.reserve(base.agents.size() + changed.size());
    auto next = changed.cbegin();
    for (WallboardAgent &row : base.agents) {
        while (next != changed.cend() && next->agentId < row.agentId)
            rows.append(*next++);
        if (next != changed.cend() && next->agentId == row.agentId) {
            rows.append(*next++);
            continue;
        }
        if (std::binary_search(removed.cbegin(), removed.cend(), row.agentId))
            continue;
        row.occupancy = wallboardAgentTime(row, update.snapshot.nowMs).occupancy();
        rows.append(std::move(row));
    }
    while (next != changed.cend())
        rows.append(*next++);

    base = update.snapshot;
    base.agents = std::move(rows);
    baseRevision = update.revision;
    return true;
}

} // namespace ContactDesk

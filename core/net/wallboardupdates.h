#pragma once

#include "backend/wallboard.h"
#include "protocol.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <variant>

namespace ContactDesk {

// Protocol v1's `wallboard` answer as revisions (docs/PROTOCOL.md, "wallboard"). A wallboard of
// 2,000 agents is some 700 KiB of JSON, and twenty supervisors ask for it after every notice; but
// between two notices only the agents who had an event change. So every snapshot the server
// takes is a revision, and a supervisor who names the revision they have (`since`) gets the
// agent rows that changed after it, the rows that went, and the queues and totals whole.
//
// The server's side: one per server, fed every new snapshot.
class WallboardRevisions final
{
    Q_DISABLE_COPY_MOVE(WallboardRevisions)

public:
    WallboardRevisions();

    // `snapshot` becomes the next revision.
    void update(const WallboardSnapshot &snapshot);
    bool hasSnapshot() const { return m_serial > 0; }
    QString revision() const;
    // The result payload as compact JSON: the changes since `since` when that names a revision of
    // this server (this process) — the latest included — and the whole snapshot otherwise
    // (empty, unknown, from before a restart). Encoded once per revision and base.
    QByteArray answer(const QString &since);

private:
    QByteArray encodeWhole() const;
    QByteArray encodeSince(quint64 serial) const;
    std::optional<quint64> serialOf(const QString &token) const;

    QString m_epoch; // tells this process's revisions from another's
    quint64 m_serial = 0;
    WallboardSnapshot m_snapshot;
    QHash<qint64, qsizetype> m_rowOf;        // agent id -> index in m_snapshot.agents
    QHash<qint64, quint64> m_changedAt;      // agent id -> the revision its row last changed in
    QHash<qint64, quint64> m_removedAt;      // agent id -> the revision it last left the wallboard in
    QByteArray m_whole;                      // cache of encodeWhole() for this revision
    QHash<quint64, QByteArray> m_sinceCache; // cache of encodeSince() for this revision
};

// The client's side: one answer decoded.
struct WallboardUpdate
{
    // The whole wallboard; or, for changes (`since` set), every queue and total and only the
    // agent rows that changed.
    WallboardSnapshot snapshot;
    QString revision; // empty from a server without revisions
    QString since;    // empty: the whole wallboard
    QList<qint64> removedAgentIds;
};

std::variant<WallboardUpdate, Protocol::Error> decodeWallboardUpdate(const QJsonObject &payload);

// Brings `base`, at `baseRevision`, to the update's revision, and the agents' occupancy to its
// nowMs. False, with both left as they were, for changes from another revision than baseRevision
// (then ask for the whole wallboard).
bool applyWallboardUpdate(WallboardSnapshot &base, QString &baseRevision, const WallboardUpdate &update);

} // namespace ContactDesk

#pragma once

#include "permissions.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

class Database;

enum class AuditOutcome
{
    Done,   // the action happened
    Denied, // the permission matrix refused it
    Failed, // allowed, but it could not be done (a missing file, a legal hold ...)
};

QString auditOutcomeKey(AuditOutcome outcome); // "done", "denied", "failed"
std::optional<AuditOutcome> auditOutcomeFromKey(QStringView key);

// Who did it, as the entry keeps it: the login and role at the time, so that the entry still
// says who it was after the account is renamed, changes role or is gone.
struct AuditActor
{
    qint64 userId = 0; // 0: ContactDesk itself
    QString login;
    QString role; // roleKey(), or "system"

    static AuditActor of(const Principal &who, const QString &login);
    // ContactDesk acting on its own (retention): user 0, role "system".
    static AuditActor system(const QString &login);
};

struct AuditEvent
{
    qint64 atMs = 0;
    AuditActor actor;
    QString action;   // Permissions::actionKey()
    QString resource; // what it was done to: "recording:42"
    AuditOutcome outcome = AuditOutcome::Done;
    QString detail; // why it was refused or failed, a reason given, where an export went
};

struct AuditEntry
{
    qint64 id = 0; // 1, 2, 3 ... without gaps
    qint64 atMs = 0;
    qint64 userId = 0;
    QString login;
    QString role;
    QString action;
    QString resource;
    QString outcome; // auditOutcomeKey(); kept as stored, so that a changed value shows as it is
    QString detail;
    QString prevHash; // the previous entry's hash; 64 zeros for the first entry
    QString hash;
};

// What the read-only view shows; every filter left empty matches everything.
struct AuditFilter
{
    std::optional<qint64> userId;
    QString action;
    QString resource;
    std::optional<AuditOutcome> outcome;
    qint64 fromMs = 0;   // at_ms >= fromMs (0: no bound)
    qint64 toMs = 0;     // at_ms < toMs (0: no bound)
    qint64 beforeId = 0; // the next page: entries older than this id (0: from the newest)
};

// The last entry of the chain, to keep somewhere else (a report, a printout, another system).
// verify(head) then also detects entries removed from the end, which leaves no gap.
struct AuditHead
{
    qint64 id = 0;
    QString hash;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 brokenId = 0; // the first entry that is not what was written (or where entries are missing)
    QString problem;     // what is wrong with it, in English
    AuditHead head;      // the last entry checked
};

// The audit log: append-only, and a hash chain. Each entry's hash is BLAKE2b-256 over the
// previous entry's hash and every field of the entry (docs/STORAGE.md), so an entry changed,
// removed or inserted by anyone writing to the database around ContactDesk breaks the chain at
// that entry, and verify() names it. There is deliberately no update or delete here.
//
// What the chain cannot do by itself: someone who rewrites the whole chain from the changed entry
// on, recomputing every hash, or who cuts entries off its end, leaves a consistent chain. Keep
// head() elsewhere from time to time and pass it to verify() to detect both up to that point.
class AuditLog final
{
public:
    explicit AuditLog(Database &database);
    Q_DISABLE_COPY_MOVE(AuditLog)

    static QString genesisHash(); // the prevHash of entry 1

    // Writes the next entry (in a savepoint when the caller is in a transaction, so that the
    // entry commits or rolls back with the caller's work). Two writers on one PostgreSQL
    // database never fork the chain: the id is the primary key, and the loser tries again.
    StoreResult<AuditEntry> append(const AuditEvent &event);

    // The actor for a signed-in principal, with the login read from the users table (empty when
    // the user no longer exists).
    StoreResult<AuditActor> actorFor(const Principal &who);

    // Newest first, at most `limit` (1 to 1000).
    StoreResult<QList<AuditEntry>> entries(const AuditFilter &filter, int limit);

    StoreResult<AuditHead> head(); // id 0 and the genesis hash when the log is empty

    // Walks the whole chain from entry 1 and reports the first entry that breaks it. With
    // `anchor`, that entry must still be in the chain with that hash.
    StoreResult<AuditVerification> verify(const std::optional<AuditHead> &anchor = std::nullopt);

    // The hash an entry with these fields has (for verify, and for tests that forge entries).
    static QString hashOf(const AuditEntry &entry);

private:
    Database &m_database;
};

} // namespace ContactDesk

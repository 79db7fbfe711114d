#include "auditlog.h"

#include "role.h"
#include "sodiumruntime.h"
#include "store/database.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

#include <array>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String
    entryColumns("id, at_ms, user_id, login, role, action, resource, outcome, detail, prev_hash, hash");

// How many times append() reads the head again after another writer took the next id.
static constexpr int AppendAttempts = 8;
static constexpr int VerifyBatch = 500;

QString auditOutcomeKey(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Done:
        return u"done"_s;
    case AuditOutcome::Denied:
        return u"denied"_s;
    case AuditOutcome::Failed:
        return u"failed"_s;
    }
    Q_UNREACHABLE();
}

std::optional<AuditOutcome> auditOutcomeFromKey(QStringView key)
{
    for (AuditOutcome outcome : {AuditOutcome::Done, AuditOutcome::Denied, AuditOutcome::Failed}) {
        if (key == auditOutcomeKey(outcome))
            return outcome;
    }
    return std::nullopt;
}

AuditActor AuditActor::of(const Principal &who, const QString &login)
{
    return AuditActor{who.userId, login, roleKey(who.role)};
}

AuditActor AuditActor::system(const QString &login)
{
    return AuditActor{0, login, u"system"_s};
}

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

QString AuditLog::genesisHash()
{
    return QString(crypto_generichash_BYTES * 2, u'0');
}

// PostgreSQL refuses NUL in text, and what is stored must be exactly what was hashed.
static QString storable(const QString &text)
{
    QString cleaned = text;
    cleaned.remove(QChar(u'\0'));
    return cleaned;
}

static void hashField(crypto_generichash_state &state, const QByteArray &bytes)
{
    unsigned char length[8];
    qToBigEndian<quint64>(quint64(bytes.size()), length);
    crypto_generichash_update(&state, length, sizeof length);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                              quint64(bytes.size()));
}

QString AuditLog::hashOf(const AuditEntry &entry)
{
    (void)SodiumRuntime::ready();
    // Every field length-prefixed, so that no two different entries hash the same bytes
    // ("ab"+"c" and "a"+"bc"); the tag keeps the hash to this use and this layout.
    static const QByteArray Tag = QByteArrayLiteral("contactdesk-audit-log-v1");
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    hashField(state, Tag);
    hashField(state, entry.prevHash.toUtf8());
    hashField(state, QByteArray::number(entry.id));
    hashField(state, QByteArray::number(entry.atMs));
    hashField(state, QByteArray::number(entry.userId));
    for (const QString *text :
         {&entry.login, &entry.role, &entry.action, &entry.resource, &entry.outcome, &entry.detail})
        hashField(state, text->toUtf8());
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())).toHex());
}

static AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.atMs = query.value(1).toLongLong();
    entry.userId = query.value(2).toLongLong();
    entry.login = query.value(3).toString();
    entry.role = query.value(4).toString();
    entry.action = query.value(5).toString();
    entry.resource = query.value(6).toString();
    entry.outcome = query.value(7).toString();
    entry.detail = query.value(8).toString();
    entry.prevHash = query.value(9).toString();
    entry.hash = query.value(10).toString();
    return entry;
}

static StoreResult<QList<AuditEntry>> readEntries(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<AuditEntry> entries;
    while (query->next())
        entries.append(readEntry(*query));
    query->finish();
    return entries;
}

StoreResult<AuditHead> AuditLog::head()
{
    auto last = readEntries(
        m_database.execute(u"SELECT "_s + entryColumns + u" FROM audit_log ORDER BY id DESC LIMIT 1"_s));
    if (!last)
        return last.error();
    if (last->isEmpty())
        return AuditHead{0, genesisHash()};
    return AuditHead{last->constFirst().id, last->constFirst().hash};
}

StoreResult<AuditEntry> AuditLog::append(const AuditEvent &event)
{
    if (!SodiumRuntime::ready()) {
        return DomainError{StoreErrorCode::QueryFailed.toString(),
                           u"The audit log cannot be written: libsodium could not be initialised"_s};
    }
    AuditEntry entry;
    entry.atMs = event.atMs;
    entry.userId = event.actor.userId;
    entry.login = storable(event.actor.login);
    entry.role = storable(event.actor.role);
    entry.action = storable(event.action);
    entry.resource = storable(event.resource);
    entry.outcome = auditOutcomeKey(event.outcome);
    entry.detail = storable(event.detail);

    std::optional<DomainError> error;
    for (int attempt = 0; attempt < AppendAttempts; ++attempt) {
        error = m_database.transaction([&]() -> std::optional<DomainError> {
            auto last = head();
            if (!last)
                return last.error();
            entry.id = last->id + 1;
            entry.prevHash = last->hash;
            entry.hash = hashOf(entry);
            auto inserted = m_database.execute(
                u"INSERT INTO audit_log (id, at_ms, user_id, login, role, action, resource, outcome, detail,"
                " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {qlonglong(entry.id), qlonglong(entry.atMs), qlonglong(entry.userId), entry.login, entry.role,
                 entry.action, entry.resource, entry.outcome, entry.detail, entry.prevHash, entry.hash});
            if (!inserted)
                return inserted.error();
            inserted.value()->finish();
            return std::nullopt;
        });
        if (!error)
            return entry;
    }
    return DomainError{error->code, u"The audit log cannot be written: "_s + error->message};
}

StoreResult<AuditActor> AuditLog::actorFor(const Principal &who)
{
    auto user = UserRepository(m_database).findById(who.userId);
    if (user)
        return AuditActor::of(who, user->login);
    if (user.isNotFound())
        return AuditActor::of(who, QString());
    return user.error();
}

StoreResult<QList<AuditEntry>> AuditLog::entries(const AuditFilter &filter, int limit)
{
    QString sql = u"SELECT "_s + entryColumns + u" FROM audit_log WHERE 1 = 1"_s;
    QVariantList bindings;
    if (filter.userId) {
        sql += u" AND user_id = ?"_s;
        bindings << qlonglong(*filter.userId);
    }
    if (!filter.action.isEmpty()) {
        sql += u" AND action = ?"_s;
        bindings << filter.action;
    }
    if (!filter.resource.isEmpty()) {
        sql += u" AND resource = ?"_s;
        bindings << filter.resource;
    }
    if (filter.outcome) {
        sql += u" AND outcome = ?"_s;
        bindings << auditOutcomeKey(*filter.outcome);
    }
    if (filter.fromMs > 0) {
        sql += u" AND at_ms >= ?"_s;
        bindings << qlonglong(filter.fromMs);
    }
    if (filter.toMs > 0) {
        sql += u" AND at_ms < ?"_s;
        bindings << qlonglong(filter.toMs);
    }
    if (filter.beforeId > 0) {
        sql += u" AND id < ?"_s;
        bindings << qlonglong(filter.beforeId);
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    bindings << qBound(1, limit, 1000);
    return readEntries(m_database.execute(sql, bindings));
}

StoreResult<AuditVerification> AuditLog::verify(const std::optional<AuditHead> &anchor)
{
    AuditVerification result;
    result.head = AuditHead{0, genesisHash()};
    bool anchorSeen = !anchor || anchor->id == 0;
    auto broken = [&result](qint64 id, const QString &problem) {
        result.intact = false;
        result.brokenId = id;
        result.problem = problem;
        return result;
    };
    for (;;) {
        auto batch = readEntries(m_database.execute(
            u"SELECT "_s + entryColumns + u" FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"_s,
            {qlonglong(result.head.id), VerifyBatch}));
        if (!batch)
            return batch.error();
        for (const AuditEntry &entry : std::as_const(*batch)) {
            const qint64 expectedId = result.head.id + 1;
            if (entry.id != expectedId) {
                return broken(entry.id,
                              u"entry %1 follows entry %2: entries %3 to %4 are missing"_s.arg(entry.id)
                                  .arg(result.head.id)
                                  .arg(expectedId)
                                  .arg(entry.id - 1));
            }
            if (entry.prevHash != result.head.hash) {
                return broken(entry.id,
                              u"entry %1 does not follow the entry before it: an entry was removed, inserted "
                              "or rewritten there"_s.arg(entry.id));
            }
            if (hashOf(entry) != entry.hash)
                return broken(entry.id, u"entry %1 was changed after it was written"_s.arg(entry.id));
            if (anchor && entry.id == anchor->id) {
                if (entry.hash != anchor->hash) {
                    return broken(entry.id,
                                  u"entry %1 is not the entry recorded as the head (hash %2): the log was "
                                  "rewritten up to there"_s.arg(entry.id)
                                      .arg(anchor->hash));
                }
                anchorSeen = true;
            }
            result.head = AuditHead{entry.id, entry.hash};
            ++result.entriesChecked;
        }
        if (batch->size() < VerifyBatch)
            break;
    }
    if (!anchorSeen) {
        return broken(result.head.id + 1, u"the log ends at entry %1, but entry %2 was recorded as its head: "
                                          "entries were removed from its end"_s.arg(result.head.id)
                                              .arg(anchor->id));
    }
    return result;
}

} // namespace ContactDesk

#include "recordingrepository.h"

#include "recordingerrors.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static const QLatin1String recordingColumns(
    "id, interaction_id, agent_id, team, queue_id, customer_id, channel, disposition_code, csat, started_ms,"
    " duration_ms, kind, checksum, size_bytes, file_name, consent, pauses, markers, legal_hold, deleted_ms");

static QVariant nullBigint()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

// A row that does not read back as a recording was written around ContactDesk: say which.
static StoreResult<Recording> readRecording(const QSqlQuery &query)
{
    Recording recording;
    recording.id = query.value(0).toLongLong();
    recording.interactionId = query.value(1).toLongLong();
    recording.agentId = query.value(2).toLongLong();
    recording.team = query.value(3).toString();
    recording.queueId = query.value(4).toString();
    recording.customerId = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
    const auto channel = channelFromKey(query.value(6).toString());
    const auto kind = recordingKindFromKey(query.value(11).toString());
    if (!channel || !kind) {
        return DomainError{RecordingErrorCode::InvalidRecording.toString(),
                           u"Recording %1 has the unknown channel '%2' or kind '%3'"_s.arg(recording.id)
                               .arg(query.value(6).toString(), query.value(11).toString())};
    }
    recording.channel = *channel;
    recording.dispositionCode = query.value(7).toString();
    if (!query.value(8).isNull())
        recording.csat = query.value(8).toInt();
    recording.startedMs = query.value(9).toLongLong();
    recording.durationMs = query.value(10).toLongLong();
    recording.kind = *kind;
    recording.checksum = query.value(12).toString();
    recording.sizeBytes = query.value(13).toLongLong();
    recording.fileName = query.value(14).toString();
    recording.consent = query.value(15).toInt() != 0;
    auto pauses = Recording::pausesFromJson(query.value(16).toString());
    if (!pauses)
        return DomainError{pauses.error().code,
                           u"Recording %1: %2"_s.arg(recording.id).arg(pauses.error().message)};
    recording.pauses = pauses.value();
    auto markers = Recording::markersFromJson(query.value(17).toString());
    if (!markers)
        return DomainError{markers.error().code,
                           u"Recording %1: %2"_s.arg(recording.id).arg(markers.error().message)};
    recording.markers = markers.value();
    recording.legalHold = query.value(18).toInt() != 0;
    if (!query.value(19).isNull())
        recording.deletedMs = query.value(19).toLongLong();
    return recording;
}

static StoreResult<QList<Recording>> readRecordings(StoreResult<QSqlQuery *> executed)
{
    if (!executed)
        return executed.error();
    QSqlQuery *query = executed.value();
    QList<Recording> recordings;
    while (query->next()) {
        auto recording = readRecording(*query);
        if (!recording) {
            query->finish();
            return recording.error();
        }
        recordings.append(std::move(recording).value());
    }
    query->finish();
    return recordings;
}

static StoreResult<Recording> firstOf(StoreResult<QList<Recording>> found, const QString &what)
{
    if (!found)
        return found.error();
    if (found->isEmpty())
        return storeNotFound(what);
    return found->constFirst();
}

RecordingRepository::RecordingRepository(Database &database)
    : m_database(database)
{}

std::optional<DomainError> RecordingRepository::insert(Recording &recording)
{
    if (recording.id != 0) {
        return DomainError{StoreErrorCode::AlreadyStored.toString(),
                           u"Recording %1 is already stored"_s.arg(recording.id)};
    }
    if (auto invalid = recording.validate())
        return invalid;
    qint64 newId = 0;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        // Checked first for a clear answer; the UNIQUE constraint still stops a writer racing us.
        auto existing = findByInteraction(recording.interactionId);
        if (existing.ok()) {
            return DomainError{
                StoreErrorCode::AlreadyStored.toString(),
                u"Interaction %1 already has recording %2"_s.arg(recording.interactionId).arg(existing->id)};
        }
        if (!existing.isNotFound())
            return existing.error();
        auto inserted = m_database.execute(
            u"INSERT INTO recordings (interaction_id, agent_id, team, queue_id, customer_id, channel,"
            " disposition_code, csat, started_ms, duration_ms, kind, checksum, size_bytes, file_name, "
            "consent,"
            " pauses, markers, legal_hold, deleted_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {qlonglong(recording.interactionId), qlonglong(recording.agentId), recording.team,
             recording.queueId,
             recording.customerId == 0 ? nullBigint() : QVariant(qlonglong(recording.customerId)),
             channelKey(recording.channel), recording.dispositionCode,
             recording.csat ? QVariant(*recording.csat) : QVariant(QMetaType::fromType<int>()),
             qlonglong(recording.startedMs), qlonglong(recording.durationMs),
             recordingKindKey(recording.kind), recording.checksum, qlonglong(recording.sizeBytes),
             recording.fileName, recording.consent ? 1 : 0, Recording::pausesToJson(recording.pauses),
             Recording::markersToJson(recording.markers), recording.legalHold ? 1 : 0,
             recording.deletedMs ? QVariant(qlonglong(*recording.deletedMs)) : nullBigint()});
        if (!inserted)
            return inserted.error();
        QSqlQuery *query = inserted.value();
        query->next();
        newId = query->value(0).toLongLong();
        query->finish();
        return std::nullopt;
    });
    if (error)
        return error;
    recording.id = newId;
    return std::nullopt;
}

static std::optional<DomainError> updateOne(Database &database, qint64 recordingId, const QString &sql,
                                            const QVariantList &bindings)
{
    auto updated = database.execute(sql, bindings);
    if (!updated)
        return updated.error();
    const int rows = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (rows != 1)
        return storeNotFound(u"Recording %1"_s.arg(recordingId));
    return std::nullopt;
}

std::optional<DomainError> RecordingRepository::setContent(qint64 recordingId, const QString &fileName,
                                                           const QString &checksum, qint64 sizeBytes)
{
    return updateOne(
        m_database, recordingId,
        u"UPDATE recordings SET file_name = ?, checksum = ?, size_bytes = ? WHERE id = ? AND consent = 1"_s,
        {fileName, checksum, qlonglong(sizeBytes), qlonglong(recordingId)});
}

StoreResult<Recording> RecordingRepository::findById(qint64 id)
{
    return firstOf(
        readRecordings(m_database.execute(
            u"SELECT "_s + recordingColumns + u" FROM recordings WHERE id = ?"_s, {qlonglong(id)})),
        u"Recording %1"_s.arg(id));
}

StoreResult<Recording> RecordingRepository::findByInteraction(qint64 interactionId)
{
    return firstOf(readRecordings(m_database.execute(u"SELECT "_s + recordingColumns
                                                         + u" FROM recordings WHERE interaction_id = ?"_s,
                                                     {qlonglong(interactionId)})),
                   u"A recording of interaction %1"_s.arg(interactionId));
}

// The evaluated interactions as one bound JSON list rather than one placeholder each: a centre
// evaluates tens of thousands of contacts a year, more than either back end binds at once.
static QString idsInJson(Database &database)
{
    if (database.backend() == DatabaseBackend::PostgreSql)
        return u"SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS BIGINT)"_s;
    return u"SELECT value FROM json_each(?)"_s;
}

StoreResult<RecordingPage> RecordingRepository::search(const RecordingQuery &query)
{
    const int limit = qBound(1, query.limit, 500);
    QString sql = u"SELECT "_s + recordingColumns + u" FROM recordings WHERE 1 = 1"_s;
    QVariantList bindings;
    if (!query.includeDeleted)
        sql += u" AND deleted_ms IS NULL"_s;
    if (query.agentId != 0) {
        sql += u" AND agent_id = ?"_s;
        bindings << qlonglong(query.agentId);
    }
    if (!query.team.isEmpty()) {
        sql += u" AND team = ?"_s;
        bindings << query.team;
    }
    if (!query.queueId.isEmpty()) {
        sql += u" AND queue_id = ?"_s;
        bindings << query.queueId;
    }
    if (!query.channels.isEmpty()) {
        QStringList marks;
        for (Channel channel : query.channels) {
            marks << u"?"_s;
            bindings << channelKey(channel);
        }
        sql += u" AND channel IN ("_s + marks.join(u", "_s) + u')';
    }
    if (!query.dispositionCodes.isEmpty()) {
        QStringList marks;
        for (const QString &code : query.dispositionCodes) {
            marks << u"?"_s;
            bindings << code;
        }
        sql += u" AND disposition_code IN ("_s + marks.join(u", "_s) + u')';
    }
    if (query.startedFromMs > 0) {
        sql += u" AND started_ms >= ?"_s;
        bindings << qlonglong(query.startedFromMs);
    }
    if (query.startedBeforeMs > 0) {
        sql += u" AND started_ms < ?"_s;
        bindings << qlonglong(query.startedBeforeMs);
    }
    if (query.minCsat) {
        sql += u" AND csat >= ?"_s;
        bindings << *query.minCsat;
    }
    if (query.maxCsat) {
        sql += u" AND csat <= ?"_s;
        bindings << *query.maxCsat;
    }
    if (query.minDurationMs) {
        sql += u" AND duration_ms >= ?"_s;
        bindings << qlonglong(*query.minDurationMs);
    }
    if (query.maxDurationMs) {
        sql += u" AND duration_ms <= ?"_s;
        bindings << qlonglong(*query.maxDurationMs);
    }
    if (query.evaluation != RecordingQuery::Evaluation::Any) {
        QList<qint64> ids(query.evaluatedInteractionIds.cbegin(), query.evaluatedInteractionIds.cend());
        std::sort(ids.begin(), ids.end());
        QJsonArray list;
        for (qint64 id : std::as_const(ids))
            list.append(id);
        const bool evaluated = query.evaluation == RecordingQuery::Evaluation::Evaluated;
        sql += (evaluated ? u" AND interaction_id IN ("_s : u" AND interaction_id NOT IN ("_s)
               + idsInJson(m_database) + u')';
        bindings << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    if (query.beforeStartedMs) {
        // Written so that both planners start the index range at the cursor.
        sql += u" AND started_ms <= ? AND (started_ms < ? OR id < ?)"_s;
        bindings << qlonglong(*query.beforeStartedMs) << qlonglong(*query.beforeStartedMs)
                 << qlonglong(query.beforeId);
    }
    sql += u" ORDER BY started_ms DESC, id DESC LIMIT ?"_s;
    bindings << limit + 1;

    auto found = readRecordings(m_database.execute(sql, bindings));
    if (!found)
        return found.error();
    RecordingPage page;
    page.recordings = std::move(found).value();
    page.hasMore = page.recordings.size() > limit;
    if (page.hasMore)
        page.recordings.resize(limit);
    page.next = query;
    page.next.limit = limit;
    if (!page.recordings.isEmpty()) {
        page.next.beforeStartedMs = page.recordings.constLast().startedMs;
        page.next.beforeId = page.recordings.constLast().id;
    }
    return page;
}

std::optional<DomainError> RecordingRepository::markDeleted(qint64 recordingId, qint64 atMs)
{
    auto updated =
        m_database.execute(u"UPDATE recordings SET deleted_ms = ? WHERE id = ? AND deleted_ms IS NULL"_s,
                           {qlonglong(atMs), qlonglong(recordingId)});
    if (!updated)
        return updated.error();
    const int rows = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (rows == 1)
        return std::nullopt;
    auto existing = findById(recordingId);
    if (!existing)
        return existing.error();
    return DomainError{RecordingErrorCode::Deleted.toString(),
                       u"Recording %1 is already deleted"_s.arg(recordingId)};
}

std::optional<DomainError> RecordingRepository::setLegalHold(qint64 recordingId, bool hold)
{
    return updateOne(m_database, recordingId, u"UPDATE recordings SET legal_hold = ? WHERE id = ?"_s,
                     {hold ? 1 : 0, qlonglong(recordingId)});
}

std::optional<DomainError> RecordingRepository::setCsat(qint64 interactionId, int csat)
{
    if (csat < 1 || csat > 5) {
        return DomainError{
            RecordingErrorCode::InvalidRecording.toString(),
            u"The recording of interaction %1 cannot have CSAT %2; it is 1 to 5"_s.arg(interactionId)
                .arg(csat)};
    }
    auto updated = m_database.execute(u"UPDATE recordings SET csat = ? WHERE interaction_id = ?"_s,
                                      {csat, qlonglong(interactionId)});
    if (!updated)
        return updated.error();
    const int rows = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (rows == 0)
        return storeNotFound(u"A recording of interaction %1"_s.arg(interactionId));
    return std::nullopt;
}

std::optional<DomainError> RecordingRepository::setDisposition(qint64 interactionId,
                                                               const QString &dispositionCode)
{
    auto updated =
        m_database.execute(u"UPDATE recordings SET disposition_code = ? WHERE interaction_id = ?"_s,
                           {dispositionCode, qlonglong(interactionId)});
    if (!updated)
        return updated.error();
    const int rows = updated.value()->numRowsAffected();
    updated.value()->finish();
    if (rows == 0)
        return storeNotFound(u"A recording of interaction %1"_s.arg(interactionId));
    return std::nullopt;
}

StoreResult<QList<Recording>> RecordingRepository::expiredBefore(qint64 cutoffMs)
{
    // The predicate repeats the partial index's, so that both planners use it.
    return readRecordings(
        m_database.execute(u"SELECT "_s + recordingColumns
                               + u" FROM recordings WHERE deleted_ms IS NULL AND legal_hold = 0"
                                 " AND started_ms < ? AND consent = 1 ORDER BY started_ms, id"_s,
                           {qlonglong(cutoffMs)}));
}

} // namespace ContactDesk

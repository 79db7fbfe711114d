#pragma once

#include "domain/channel.h"
#include "recording.h"
#include "store/storeresult.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ContactDesk {

class Database;

// The recording library's search. Every filter left empty matches everything; filters combine
// with AND. Pages are cut by keyset, newest first, like the customer timeline: the next page is
// `next` of the page before, and costs the same however deep it is.
struct RecordingQuery
{
    enum class Evaluation
    {
        Any,
        Evaluated,    // interactionId in evaluatedInteractionIds
        NotEvaluated, // interactionId not in evaluatedInteractionIds
    };

    qint64 agentId = 0; // 0: every agent
    QString team;
    QString queueId;
    QList<Channel> channels;      // any of
    QStringList dispositionCodes; // any of
    qint64 startedFromMs = 0;     // started at or after (0: no bound)
    qint64 startedBeforeMs = 0;   // started before (0: no bound)
    std::optional<int> minCsat;   // a CSAT bound leaves out recordings without CSAT
    std::optional<int> maxCsat;
    std::optional<qint64> minDurationMs;
    std::optional<qint64> maxDurationMs;
    // Evaluations live with the scorecards; the caller passes the interactions evaluated.
    Evaluation evaluation = Evaluation::Any;
    QSet<qint64> evaluatedInteractionIds;
    bool includeDeleted = false;           // tombstones too
    int limit = 50;                        // 1 to 500
    std::optional<qint64> beforeStartedMs; // cursor: only recordings strictly after
    qint64 beforeId = 0;                   // (beforeStartedMs, beforeId) in newest-first order
};

struct RecordingPage
{
    QList<Recording> recordings; // newest first
    bool hasMore = false;
    RecordingQuery next; // the same filters, the cursor after the last recording
};

// The recordings table. Content lives in RecordingVault; RecordingArchive writes both, and
// RecordingAccess and RecordingRetention are the ways to read and delete them.
class RecordingRepository final
{
public:
    explicit RecordingRepository(Database &database);

    // Validates and writes a new recording row (content fields as given); sets recording.id.
    // One recording per interaction: a second is store-already-stored.
    std::optional<DomainError> insert(Recording &recording);
    // Where the content went, once the vault has it.
    std::optional<DomainError> setContent(qint64 recordingId, const QString &fileName,
                                          const QString &checksum, qint64 sizeBytes);

    StoreResult<Recording> findById(qint64 id);
    StoreResult<Recording> findByInteraction(qint64 interactionId);
    StoreResult<RecordingPage> search(const RecordingQuery &query);

    // Makes the row a tombstone. store-not-found for an unknown id; recording-deleted when it
    // already is one (the first deletion's time stays).
    std::optional<DomainError> markDeleted(qint64 recordingId, qint64 atMs);
    std::optional<DomainError> setLegalHold(qint64 recordingId, bool hold);
    // The survey answer (1..5) that came after the interaction was recorded; store-not-found
    // when the interaction has no recording.
    std::optional<DomainError> setCsat(qint64 interactionId, int csat);
    // The disposition the wrap-up gave, for a recording stored before it (the telephony switch's
    // audio of a call, reported during the wrap-up); store-not-found when the interaction has no
    // recording.
    std::optional<DomainError> setDisposition(qint64 interactionId, const QString &dispositionCode);

    // What retention may delete: recorded (consented), not deleted, no legal hold, started
    // before `cutoffMs`; oldest first.
    StoreResult<QList<Recording>> expiredBefore(qint64 cutoffMs);

private:
    Database &m_database;
};

} // namespace ContactDesk

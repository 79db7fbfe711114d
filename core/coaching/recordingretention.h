#pragma once

#include "recording.h"
#include "security/permissions.h"
#include "store/storeresult.h"

#include <QList>
#include <QSet>
#include <QStringView>

#include <optional>

namespace ContactDesk {

class Clock;
class Database;
class RecordingVault;

struct RetentionFailure
{
    qint64 recordingId = 0;
    DomainError error;
};

struct RetentionReport
{
    QList<Recording> deleted; // now tombstones, oldest first
    // Recordings that were due but could not be deleted (a file the disk would not remove ...):
    // each is audited as failed and comes up again at the next purge.
    QList<RetentionFailure> failed;
};

// How long recordings are kept, and the legal hold that stops the clock.
class RecordingRetention final
{
public:
    // The audit log's name for ContactDesk deleting on its own: user 0, role "system".
    static constexpr QStringView SystemLogin = u"retention";

    RecordingRetention(Database &database, RecordingVault &vault, const Clock &clock);
    Q_DISABLE_COPY_MOVE(RecordingRetention)

    // Deletes (file gone, row a tombstone, one audit entry each) exactly the recordings that
    // started more than `retentionDays` days before `nowMs`, are not under legal hold and whose
    // interaction is not in `interactionsUnderEvaluation` (an evaluation in progress still needs
    // them). Rows without consent hold no content and are left as they are; tombstones too.
    // retentionDays must be at least 1 (recording-invalid-retention).
    StoreResult<RetentionReport> purge(qint64 nowMs, int retentionDays,
                                       const QSet<qint64> &interactionsUnderEvaluation);

    // Puts a recording under legal hold or lifts it, audited. It needs the DeleteRecording grant:
    // a hold decides whether a recording may be deleted, so it belongs to whoever may delete one.
    // (ConfigureCentre is granted to the same roles, admins only, so neither is looser.)
    std::optional<DomainError> setLegalHold(const Principal &who, qint64 recordingId, bool hold);

private:
    Database &m_database;
    RecordingVault &m_vault;
    const Clock &m_clock;
};

} // namespace ContactDesk

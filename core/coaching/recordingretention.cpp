#include "recordingretention.h"

#include "domain/timeunits.h"
#include "recordingerrors.h"
#include "recordingrepository.h"
#include "recordingvault.h"
#include "routing/clock.h"
#include "security/auditlog.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

RecordingRetention::RecordingRetention(Database &database, RecordingVault &vault, const Clock &clock)
    : m_database(database)
    , m_vault(vault)
    , m_clock(clock)
{}

StoreResult<RetentionReport> RecordingRetention::purge(qint64 nowMs, int retentionDays,
                                                       const QSet<qint64> &interactionsUnderEvaluation)
{
    if (retentionDays < 1) {
        return DomainError{RecordingErrorCode::InvalidRetention.toString(),
                           u"Recordings are kept at least one day, not %1"_s.arg(retentionDays)};
    }
    const qint64 cutoffMs = nowMs - qint64(retentionDays) * MsPerDay;
    RecordingRepository repository(m_database);
    auto due = repository.expiredBefore(cutoffMs);
    if (!due)
        return due.error();

    const AuditActor system = AuditActor::system(SystemLogin.toString());
    const QString action = Permissions::actionKey(Action::DeleteRecording);
    const QString detail = u"retention: started more than %1 days before %2"_s.arg(retentionDays).arg(nowMs);
    AuditLog log(m_database);
    RetentionReport report;
    for (Recording recording : std::as_const(due.value())) {
        if (interactionsUnderEvaluation.contains(recording.interactionId))
            continue;
        // One transaction per recording: what was deleted stays deleted when a later one fails.
        auto error = m_database.transaction([&]() -> std::optional<DomainError> {
            if (auto failed = repository.markDeleted(recording.id, nowMs))
                return failed;
            auto entry = log.append(
                AuditEvent{nowMs, system, action, recording.auditResource(), AuditOutcome::Done, detail});
            if (!entry)
                return entry.error();
            return m_vault.remove(recording.id);
        });
        if (error) {
            (void)log.append(AuditEvent{nowMs, system, action, recording.auditResource(),
                                        AuditOutcome::Failed, detail + u"; "_s + describeError(*error)});
            report.failed.append(RetentionFailure{recording.id, *error});
            continue;
        }
        recording.deletedMs = nowMs;
        report.deleted.append(recording);
    }
    return report;
}

std::optional<DomainError> RecordingRetention::setLegalHold(const Principal &who, qint64 recordingId,
                                                            bool hold)
{
    constexpr Action action = Action::DeleteRecording;
    AuditLog log(m_database);
    auto actor = log.actorFor(who);
    if (!actor)
        return actor.error();
    const QString detail = hold ? u"legal hold: on"_s : u"legal hold: off"_s;
    auto record = [&](AuditOutcome outcome, const QString &text) {
        return log.append(AuditEvent{m_clock.nowMs(), actor.value(), Permissions::actionKey(action),
                                     Recording::auditResourceOf(recordingId), outcome, text});
    };
    auto refuse = [&](AuditOutcome outcome, const DomainError &why) -> DomainError {
        auto entry = record(outcome, detail + u"; "_s + describeError(why));
        if (!entry) {
            return DomainError{why.code, why.message + u" (and the audit log could not record it: "_s
                                             + entry.error().message + u')'};
        }
        return why;
    };

    RecordingRepository repository(m_database);
    auto recording = repository.findById(recordingId);
    if (!recording)
        return refuse(AuditOutcome::Failed, recording.error());
    if (auto denied = Permissions::check(who, action, Resource::ofAgent(recording->agentId)))
        return refuse(AuditOutcome::Denied, *denied);
    if (recording->isDeleted()) {
        return refuse(AuditOutcome::Failed,
                      DomainError{RecordingErrorCode::Deleted.toString(),
                                  u"Recording %1 is already deleted"_s.arg(recordingId)});
    }
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        if (auto failed = repository.setLegalHold(recordingId, hold))
            return failed;
        auto entry = record(AuditOutcome::Done, detail);
        if (!entry)
            return entry.error();
        return std::nullopt;
    });
    if (error)
        return refuse(AuditOutcome::Failed, *error);
    return std::nullopt;
}

} // namespace ContactDesk

#include "recordingaccess.h"

#include "evaluationrepository.h"
#include "recordingerrors.h"
#include "recordingvault.h"
#include "routing/clock.h"
#include "security/auditlog.h"
#include "store/database.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ContactDesk {

static std::optional<DomainError> audit(Database &database, const Clock &clock, const Principal &who,
                                        Action action, qint64 recordingId, AuditOutcome outcome,
                                        const QString &detail)
{
    AuditLog log(database);
    auto actor = log.actorFor(who);
    if (!actor)
        return actor.error();
    auto entry = log.append(AuditEvent{clock.nowMs(), actor.value(), Permissions::actionKey(action),
                                       Recording::auditResourceOf(recordingId), outcome, detail});
    if (!entry)
        return entry.error();
    return std::nullopt;
}

// A refused or failed attempt: audited, and then the refusal itself is the answer. Should the
// audit entry not be written either, the answer says so too.
static DomainError refuse(Database &database, const Clock &clock, const Principal &who, Action action,
                          qint64 recordingId, AuditOutcome outcome, const DomainError &why)
{
    if (auto failed = audit(database, clock, who, action, recordingId, outcome, describeError(why)))
        return DomainError{why.code, why.message + u" (and the audit log could not record it: "_s
                                         + failed->message + u')'};
    return why;
}

static QString contentDetail(const Recording &recording)
{
    return u"%1, %2 bytes"_s.arg(recordingKindKey(recording.kind)).arg(recording.sizeBytes);
}

RecordingAccess::RecordingAccess(Database &database, RecordingVault &vault, const Clock &clock)
    : m_database(database)
    , m_vault(vault)
    , m_clock(clock)
{}

StoreResult<Recording> RecordingAccess::permitted(const Principal &who, Action action, qint64 recordingId)
{
    auto recording = RecordingRepository(m_database).findById(recordingId);
    if (!recording)
        return refuse(m_database, m_clock, who, action, recordingId, AuditOutcome::Failed, recording.error());
    if (auto denied = Permissions::check(who, action, Resource::ofAgent(recording->agentId)))
        return refuse(m_database, m_clock, who, action, recordingId, AuditOutcome::Denied, *denied);
    return recording;
}

StoreResult<OpenedRecording> RecordingAccess::open(const Principal &who, qint64 recordingId)
{
    constexpr Action action = Action::PlayRecording;
    auto recording = permitted(who, action, recordingId);
    if (!recording)
        return recording.error();
    auto content = m_vault.read(recording.value());
    if (!content)
        return refuse(m_database, m_clock, who, action, recordingId, AuditOutcome::Failed, content.error());
    if (auto failed = audit(m_database, m_clock, who, action, recordingId, AuditOutcome::Done,
                            contentDetail(recording.value())))
        return *failed;
    return OpenedRecording{std::move(recording).value(), std::move(content).value()};
}

std::optional<DomainError> RecordingAccess::exportTo(const Principal &who, qint64 recordingId,
                                                     const QString &path)
{
    constexpr Action action = Action::ExportRecording;
    auto recording = permitted(who, action, recordingId);
    if (!recording)
        return recording.error();
    const QString target = QFileInfo(path).absoluteFilePath();
    if (auto failed = m_vault.exportTo(recording.value(), target))
        return refuse(m_database, m_clock, who, action, recordingId, AuditOutcome::Failed, *failed);
    if (auto failed = audit(m_database, m_clock, who, action, recordingId, AuditOutcome::Done,
                            contentDetail(recording.value()) + u", to "_s + target)) {
        // Unaudited, the copy must not stay.
        QFile::remove(target);
        return failed;
    }
    return std::nullopt;
}

StoreResult<QByteArray> RecordingAccess::exportContent(const Principal &who, qint64 recordingId,
                                                       const QString &destination)
{
    constexpr Action action = Action::ExportRecording;
    auto recording = permitted(who, action, recordingId);
    if (!recording)
        return recording.error();
    auto content = m_vault.read(recording.value());
    if (!content)
        return refuse(m_database, m_clock, who, action, recordingId, AuditOutcome::Failed, content.error());
    const QString where = destination.trimmed().left(512);
    if (auto failed = audit(m_database, m_clock, who, action, recordingId, AuditOutcome::Done,
                            contentDetail(recording.value()) + u", to the client's "_s
                                + (where.isEmpty() ? u"file"_s : where)))
        return *failed;
    return std::move(content).value();
}

std::optional<DomainError> RecordingAccess::remove(const Principal &who, qint64 recordingId,
                                                   const QString &reason)
{
    constexpr Action action = Action::DeleteRecording;
    auto recording = permitted(who, action, recordingId);
    if (!recording)
        return recording.error();
    const QString why = reason.trimmed();
    std::optional<DomainError> refusal;
    if (why.isEmpty()) {
        refusal = DomainError{RecordingErrorCode::ReasonRequired.toString(),
                              u"Deleting recording %1 needs a reason"_s.arg(recordingId)};
    } else if (recording->isDeleted()) {
        refusal = DomainError{RecordingErrorCode::Deleted.toString(),
                              u"Recording %1 is already deleted"_s.arg(recordingId)};
    } else if (recording->legalHold) {
        refusal = DomainError{
            RecordingErrorCode::LegalHold.toString(),
            u"Recording %1 is under legal hold; lift the hold before deleting it"_s.arg(recordingId)};
    } else {
        // Work still open on it (a draft, a submitted or a disputed evaluation) keeps it, as it
        // keeps it from retention: an evaluation must be able to play what it scores.
        auto open = EvaluationRepository(m_database).isUnderEvaluation(recording->interactionId);
        if (!open) {
            refusal = open.error();
        } else if (open.value()) {
            refusal = DomainError{
                RecordingErrorCode::UnderEvaluation.toString(),
                u"Recording %1 is under evaluation (a draft, submitted or disputed "
                "evaluation); it can be deleted once that is acknowledged or discarded"_s.arg(recordingId)};
        }
    }
    if (refusal)
        return refuse(m_database, m_clock, who, action, recordingId, AuditOutcome::Failed, *refusal);

    const qint64 nowMs = m_clock.nowMs();
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        if (auto failed = RecordingRepository(m_database).markDeleted(recordingId, nowMs))
            return failed;
        if (auto failed =
                audit(m_database, m_clock, who, action, recordingId, AuditOutcome::Done, u"reason: "_s + why))
            return failed;
        // Last, so that a refused commit before it leaves the file; a refused commit after it
        // leaves a row without its file, which reads as recording-file-missing, never as content.
        return m_vault.remove(recordingId);
    });
    if (error)
        return refuse(m_database, m_clock, who, action, recordingId, AuditOutcome::Failed, *error);
    return std::nullopt;
}

StoreResult<RecordingPage> RecordingAccess::search(const Principal &who, const RecordingQuery &query)
{
    constexpr Action action = Action::PlayRecording;
    RecordingQuery allowed = query;
    switch (Permissions::grant(who.role, action)) {
    case Grant::Any:
        break;
    case Grant::Own:
        if (auto denied = Permissions::check(
                who, action, Resource::ofAgent(query.agentId == 0 ? who.agentId : query.agentId)))
            return *denied;
        allowed.agentId = who.agentId;
        break;
    case Grant::No:
        return *Permissions::check(who, action);
    }
    return RecordingRepository(m_database).search(allowed);
}

} // namespace ContactDesk

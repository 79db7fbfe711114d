#include "centrehost.h"

#include "centre/contactcentre.h"
#include "centre/wallboardbuilder.h"
#include "coaching/contactrecorder.h"
#include "coaching/evaluationrepository.h"
#include "coaching/recordingarchive.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingvault.h"
#include "coaching/voicecliplibrary.h"
#include "domain/timeunits.h"
#include "offers/offeradvisor.h"
#include "store/customerrepository.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "store/settingsrepository.h"
#include "store/workitemrepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecordings, "contactdesk.recordings")

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

DomainError unavailable(const DomainError &why)
{
    return DomainError{why.code, u"Calls and conversations are not recorded here. %1"_s.arg(why.message)};
}

} // namespace

CentreHost::CentreHost(Database &database, ContactCentre &centre, std::optional<DomainError> centreError)
    : m_database(database)
    , m_centre(centre)
    , m_centreError(std::move(centreError))
    , m_customers(std::make_unique<CustomerRepository>(database))
    , m_interactions(std::make_unique<InteractionRepository>(database))
    , m_messages(std::make_unique<MessageRepository>(database))
    , m_workItems(std::make_unique<WorkItemRepository>(database))
    , m_recordingsUnavailable(
          DomainError{u"recordings-not-set-up"_s,
                      u"Calls and conversations are not recorded here: recording was not set up"_s})
{
    if (!m_centreError)
        m_wallboard = std::make_unique<WallboardBuilder>(centre);
}

CentreHost::~CentreHost()
{
    m_centre.clock().cancel(m_retentionTimer);
}

OfferAdvisor *CentreHost::offers(DomainError &error)
{
    if (!m_offers) {
        auto advisor = std::make_unique<OfferAdvisor>(m_database);
        if (auto loadError = advisor->load()) {
            error = *loadError;
            return nullptr;
        }
        m_offers = std::move(advisor);
    }
    return m_offers.get();
}

void CentreHost::setDefaultRegion(const QString &region)
{
    m_defaultRegion = region;
    m_centre.setDefaultRegion(region);
}

void CentreHost::setUpRecordings(const QString &folder,
                                 const StoreResult<std::shared_ptr<const RecordingKeyring>> &keyring)
{
    if (m_recorder)
        return;
    if (m_centreError) {
        m_recordingsUnavailable = unavailable(*m_centreError);
        return;
    }
    if (!keyring) {
        m_recordingsUnavailable = unavailable(keyring.error());
        return;
    }
    auto clips = VoiceClipLibrary::load();
    if (!clips) {
        m_recordingsUnavailable = unavailable(clips.error());
        return;
    }
    m_vault = std::make_unique<RecordingVault>(folder, keyring.value());
    m_archive = std::make_unique<RecordingArchive>(m_database, *m_vault);
    m_recorder = std::make_unique<ContactRecorder>(m_centre, *m_archive, std::move(clips).value());
    m_recordingsUnavailable.reset();
    qCInfo(lcRecordings) << "recording contacts into" << folder;
    (void)purgeRecordings();
    scheduleRetention();
}

std::optional<DomainError> CentreHost::recordingsUnavailable() const
{
    return m_recordingsUnavailable;
}

StoreResult<int> CentreHost::retentionDays()
{
    auto stored = SettingsRepository(m_database).value(RetentionDaysSetting.toString());
    if (!stored)
        return stored.error();
    if (stored->trimmed().isEmpty())
        return DefaultRetentionDays;
    bool ok = false;
    const int days = stored->trimmed().toInt(&ok);
    if (!ok || days < 1) {
        return DomainError{u"recording-invalid-retention"_s,
                           u"The setting %1 is '%2'; it is a whole number of days, at least 1"_s.arg(
                               RetentionDaysSetting.toString(), *stored)};
    }
    return days;
}

StoreResult<RetentionReport> CentreHost::purgeRecordings()
{
    if (m_recordingsUnavailable)
        return *m_recordingsUnavailable;
    const auto refused = [](const DomainError &error) {
        qCWarning(lcRecordings) << "retention did not run:" << error.message;
        return error;
    };
    auto days = retentionDays();
    if (!days)
        return refused(days.error());
    // An evaluation still open on an interaction needs its recording.
    auto evaluated = EvaluationRepository(m_database).interactionsUnderEvaluation();
    if (!evaluated)
        return refused(evaluated.error());
    const QSet<qint64> underEvaluation(evaluated->cbegin(), evaluated->cend());
    auto report = RecordingRetention(m_database, *m_vault, m_centre.clock())
                      .purge(m_centre.clock().nowMs(), *days, underEvaluation);
    if (!report)
        return refused(report.error());
    if (!report->deleted.isEmpty())
        qCInfo(lcRecordings) << "retention deleted" << report->deleted.size() << "recordings older than"
                             << *days << "days";
    for (const RetentionFailure &failure : std::as_const(report->failed))
        qCWarning(lcRecordings) << "recording" << failure.recordingId
                                << "is due for deletion but stays:" << failure.error.message;
    return report;
}

void CentreHost::scheduleRetention()
{
    // On the centre's clock, so that a simulated day purges as a real one does.
    m_retentionTimer = m_centre.clock().schedule(m_centre.clock().nowMs() + MsPerDay, [this] {
        m_retentionTimer = 0;
        (void)purgeRecordings();
        scheduleRetention();
    });
}

} // namespace ContactDesk

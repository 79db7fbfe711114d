#pragma once

#include "coaching/recordingretention.h"
#include "domain/domainerror.h"
#include "routing/clock.h"
#include "store/storeresult.h"

#include <QString>

#include <memory>
#include <optional>

namespace ContactDesk {

class ContactCentre;
class ContactRecorder;
class CustomerRepository;
class Database;
class InteractionRepository;
class MessageRepository;
class OfferAdvisor;
class RecordingArchive;
class RecordingKeyring;
class RecordingVault;
class WallboardBuilder;
class WorkItemRepository;

// What every desk of one contact centre shares: the store, its repositories, the live centre,
// the wallboard builder, the offer engine, and the recordings (vault, recorder, retention). The embedded
// desktop has one host and one desk; contactdesk-server has one host and a desk (an EmbeddedBackend) per
// connection, so a request means the same on both.
class CentreHost final
{
    Q_DISABLE_COPY_MOVE(CentreHost)

public:
    // The database and the centre stay the caller's and must outlive the host. `centreError`:
    // why the centre is not running (the directory and timelines still work without it).
    CentreHost(Database &database, ContactCentre &centre,
               std::optional<DomainError> centreError = std::nullopt);
    ~CentreHost();

    Database &database() { return m_database; }
    ContactCentre &centre() { return m_centre; }
    const std::optional<DomainError> &centreError() const { return m_centreError; }

    CustomerRepository &customers() { return *m_customers; }
    InteractionRepository &interactions() { return *m_interactions; }
    MessageRepository &messages() { return *m_messages; }
    WorkItemRepository &workItems() { return *m_workItems; }
    // Null while the centre is not running.
    WallboardBuilder *wallboard() { return m_wallboard.get(); }

    // The offer engine, loaded on first use; null with the reason when it cannot load. A load
    // that failed (a busy or broken database) is tried again on the next call.
    OfferAdvisor *offers(DomainError &error);

    // Region assumed for phone numbers written without a country code (default KR).
    void setDefaultRegion(const QString &region);
    QString defaultRegion() const { return m_defaultRegion; }

    // --- recordings (docs/ARCHITECTURE.md, "Coaching") ---------------------------------------
    // Records every contact the centre closes (ContactRecorder) into an encrypted vault at
    // `folder` (created 0700 at the first recording), with `keyring`'s key, and runs retention
    // now and then once a day on the centre's clock. When there is no key (`keyring` holds the
    // error that kept it: no keychain, an insecure key file ...) nothing is recorded and
    // recordingsUnavailable() says why: there is no fallback to a key kept anywhere else. Call
    // once, with the centre running.
    void setUpRecordings(const QString &folder,
                         const StoreResult<std::shared_ptr<const RecordingKeyring>> &keyring);
    // Why nothing is recorded here and no recording can be opened, as a sentence; empty when
    // recordings work. Before setUpRecordings() it says that they were not set up.
    std::optional<DomainError> recordingsUnavailable() const;
    // Null while recordings are unavailable.
    RecordingVault *recordingVault() { return m_vault.get(); }
    RecordingArchive *recordingArchive() { return m_archive.get(); }
    ContactRecorder *recorder() { return m_recorder.get(); }

    // How many days recordings are kept: the installation setting RetentionDaysSetting, a whole
    // number of at least 1, DefaultRetentionDays when not set.
    static constexpr int DefaultRetentionDays = 365;
    static constexpr QStringView RetentionDaysSetting = u"recordings.retention-days";
    StoreResult<int> retentionDays();
    // Deletes the recordings retention says are due (RecordingRetention::purge, with the
    // configured days, keeping those whose interaction is still under evaluation): what runs at
    // setUpRecordings() and then daily. Refused while recordings are unavailable.
    StoreResult<RetentionReport> purgeRecordings();

private:
    Database &m_database;
    ContactCentre &m_centre;
    std::optional<DomainError> m_centreError;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<WorkItemRepository> m_workItems;
    std::unique_ptr<WallboardBuilder> m_wallboard;
    std::unique_ptr<OfferAdvisor> m_offers;
    QString m_defaultRegion = QStringLiteral("KR");

    void scheduleRetention();

    // Declared so that the recorder goes before the archive and the vault it writes to.
    std::unique_ptr<RecordingVault> m_vault;
    std::unique_ptr<RecordingArchive> m_archive;
    std::unique_ptr<ContactRecorder> m_recorder;
    std::optional<DomainError> m_recordingsUnavailable;
    TimerId m_retentionTimer = 0;
};

} // namespace ContactDesk

// Recordings in the database and the vault together: the repository and library search,
// playback, export and deletion through the permission matrix with every attempt in the audit
// log, the audit log's hash chain, retention and legal hold. Run twice like the store suite:
// tst_recordings_sqlite on SQLite files, tst_recordings_postgres (CONTACTDESK_STORE_TEST_BACKEND=postgres)
// on the server named by CONTACTDESK_TEST_POSTGRES. Each test opens its own fresh database.
#include "coaching/recording.h"
#include "coaching/recordingaccess.h"
#include "coaching/recordingarchive.h"
#include "coaching/recordingerrors.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingrepository.h"
#include "coaching/recordingretention.h"
#include "coaching/recordingvault.h"
#include "domain/agent.h"
#include "domain/interaction.h"
#include "recordingtestcontent.h"
#include "routing/virtualclock.h"
#include "security/accounterrors.h"
#include "security/auditlog.h"
#include "security/permissions.h"
#include "security/user.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "storetestdatabase.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static const DatabaseBackend TestBackend = storeTestBackend();

// 2026-01-01 00:00:00 UTC: every time in these tests is an offset from it.
static constexpr qint64 T0 = 1767225600000;
static constexpr qint64 Minute = 60 * 1000;
static constexpr qint64 Day = 24 * 60 * Minute;

static QByteArray describe(const std::optional<DomainError> &error)
{
    return error ? (error->code + u": "_s + error->message).toUtf8() : QByteArray();
}

#define VERIFY_OK(expression)                                   \
    do {                                                        \
        const std::optional<DomainError> error_ = (expression); \
        QVERIFY2(!error_, describe(error_).constData());        \
    } while (false)

// Each evaluates its expression once: several append to the audit log.
#define VERIFY_RESULT(expression)                                                                  \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        QVERIFY2(result_.ok(),                                                                     \
                 (result_.error().code + u": "_s + result_.error().message).toUtf8().constData()); \
    } while (false)

#define VERIFY_REFUSED(expression, expectedCode)                      \
    do {                                                              \
        const std::optional<DomainError> error_ = (expression);       \
        QVERIFY2(error_, "expected " #expectedCode ", got success");  \
        QCOMPARE(error_->code, QStringView(expectedCode).toString()); \
    } while (false)

#define VERIFY_ERROR(expression, expectedCode)                                \
    do {                                                                      \
        const auto &result_ = (expression);                                   \
        QVERIFY2(!result_.ok(), "expected " #expectedCode ", got a value");   \
        QCOMPARE(result_.error().code, QStringView(expectedCode).toString()); \
    } while (false)

// What one test's recording looks like: the library fixture is a table of these.
struct Fixture
{
    QString name;
    QString agent; // login of the agent
    QString team;
    QString queue;
    Channel channel;
    QString disposition;
    std::optional<int> csat;
    qint64 startedMs;
    qint64 durationMs;
};

class TestRecordings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void freshDatabaseHasTheTables();
    void recordingRoundTrip();
    void oneRecordingPerInteraction();
    void wrongContentIsRefused();
    void failedFileWriteLeavesNoRow();
    void withoutConsentThereIsNothingToPlay();

    void agentCannotOpenAnotherAgentsRecording();
    void exportAndDeleteFollowTheMatrix();
    void auditChainDetectsRawEdits();
    void auditChainDetectsRemovedEntries();
    void auditEntriesAreFiltered();

    void retentionDeletesExactlyExpiredUnheld();
    void legalHold();

    void librarySearchFilters_data();
    void librarySearchFilters();
    void libraryPaging();
    void librarySearchIsLimitedToOwnForAgents();

private:
    qint64 addAgent(const QString &login, const QString &team);
    qint64 addUser(const QString &login, Role role, qint64 agentId);
    Principal principalOf(const QString &login);
    qint64 addInteraction(Channel channel, qint64 agentId, qint64 createdMs);
    // A stored recording of a new interaction; audio for voice, a transcript otherwise.
    Recording record(const QString &agentLogin, Channel channel, qint64 startedMs,
                     qint64 durationMs = 5 * Minute, const QString &team = QString());
    QList<AuditEntry> auditEntries(const AuditFilter &filter = {});
    QStringList namesOf(const QList<Recording> &recordings) const;
    QList<Recording> searchAll(RecordingQuery query);
    void addLibrary();
    QString rawString(const QString &sql);

    std::unique_ptr<StoreTestDatabase> m_databases;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<RecordingVault> m_vault;
    std::unique_ptr<VirtualClock> m_clock;
    QHash<QString, qint64> m_agents;     // login -> agent id
    QHash<QString, Principal> m_users;   // login -> principal
    QHash<qint64, QString> m_names;      // recording id -> fixture name
    QHash<QString, Recording> m_library; // fixture name -> recording
};

void TestRecordings::initTestCase()
{
    m_databases = std::make_unique<StoreTestDatabase>(TestBackend);
    if (!m_databases->unavailableReason().isEmpty())
        QFAIL(m_databases->unavailableReason().toUtf8().constData());
}

void TestRecordings::init()
{
    m_database = std::make_unique<Database>();
    VERIFY_OK(m_database->open(m_databases->freshConnectionString(u"recordings"_s)));
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    QByteArray key(RecordingKeyring::KeyBytes, Qt::Uninitialized);
    for (char &byte : key)
        byte = char(QRandomGenerator::global()->bounded(256));
    auto keyring = RecordingKeyring::fromBytes(key);
    VERIFY_RESULT(keyring);
    m_vault = std::make_unique<RecordingVault>(m_folder->filePath(u"vault"_s), keyring.value());
    m_clock = std::make_unique<VirtualClock>(T0 + 400 * Day);
    m_agents.clear();
    m_users.clear();
    m_names.clear();
    m_library.clear();
}

void TestRecordings::cleanup()
{
    m_vault.reset();
    m_folder.reset();
    m_database.reset();
}

void TestRecordings::cleanupTestCase()
{
    m_database.reset();
    m_databases.reset();
}

qint64 TestRecordings::addAgent(const QString &login, const QString &team)
{
    Agent agent;
    agent.login = login;
    agent.displayName = login;
    agent.team = team;
    if (auto error = AgentRepository(*m_database).insert(agent))
        qWarning() << "cannot add agent" << login << describe(error);
    m_agents.insert(login, agent.id);
    return agent.id;
}

qint64 TestRecordings::addUser(const QString &login, Role role, qint64 agentId)
{
    User user;
    user.login = login;
    user.displayName = login;
    user.role = role;
    user.agentId = agentId;
    // Never used to sign in here: any stored hash will do.
    user.passwordHash = u"$argon2id$v=19$m=65536,t=2,p=1$not-used-here"_s;
    user.createdMs = T0;
    user.passwordChangedMs = T0;
    if (auto error = UserRepository(*m_database).add(user))
        qWarning() << "cannot add user" << login << describe(error);
    m_users.insert(login, Principal{user.id, role, agentId});
    return user.id;
}

Principal TestRecordings::principalOf(const QString &login)
{
    return m_users.value(login);
}

qint64 TestRecordings::addInteraction(Channel channel, qint64 agentId, qint64 createdMs)
{
    Interaction interaction = Interaction::create(channel, Direction::Inbound, createdMs);
    interaction.agentId = agentId;
    if (auto error = InteractionRepository(*m_database).insert(interaction))
        qWarning() << "cannot add interaction" << describe(error);
    return interaction.id;
}

Recording TestRecordings::record(const QString &agentLogin, Channel channel, qint64 startedMs,
                                 qint64 durationMs, const QString &team)
{
    Recording recording;
    recording.agentId = m_agents.value(agentLogin);
    recording.interactionId = addInteraction(channel, recording.agentId, startedMs);
    recording.team = team.isEmpty() ? u"north"_s : team;
    recording.queueId = u"billing-ko"_s;
    recording.channel = channel;
    recording.dispositionCode = u"resolved"_s;
    recording.startedMs = startedMs;
    recording.durationMs = durationMs;
    recording.kind = channel == Channel::Voice ? RecordingKind::Audio : RecordingKind::Transcript;
    const QByteArray content = channel == Channel::Voice
                                   ? RecordingTestContent::wav(3000)
                                   : RecordingTestContent::transcript(recording.interactionId);
    if (auto error = RecordingArchive(*m_database, *m_vault).store(recording, content))
        qWarning() << "cannot store a recording" << describe(error);
    return recording;
}

QList<AuditEntry> TestRecordings::auditEntries(const AuditFilter &filter)
{
    auto entries = AuditLog(*m_database).entries(filter, 1000);
    if (!entries)
        qWarning() << "cannot read the audit log" << describe(entries.error());
    return entries ? entries.value() : QList<AuditEntry>();
}

QString TestRecordings::rawString(const QString &sql)
{
    auto executed = m_database->execute(sql);
    if (!executed || !executed.value()->next())
        return QString();
    const QString value = executed.value()->value(0).toString();
    executed.value()->finish();
    return value;
}

// --- The repository and the archive -----------------------------------------------------

void TestRecordings::freshDatabaseHasTheTables()
{
    auto version = m_database->schemaVersion();
    VERIFY_RESULT(version);
    QVERIFY(version.value() >= 6);
    QCOMPARE(rawString(u"SELECT COUNT(*) FROM recordings"_s), u"0"_s);
    QCOMPARE(rawString(u"SELECT COUNT(*) FROM audit_log"_s), u"0"_s);
    auto head = AuditLog(*m_database).head();
    VERIFY_RESULT(head);
    QCOMPARE(head->id, qint64(0));
    QCOMPARE(head->hash, AuditLog::genesisHash());
    auto verified = AuditLog(*m_database).verify();
    VERIFY_RESULT(verified);
    QVERIFY(verified->intact);
    QCOMPARE(verified->entriesChecked, qint64(0));
}

void TestRecordings::recordingRoundTrip()
{
    const qint64 agentId = addAgent(u"ana"_s, u"north"_s);
    Recording recording;
    recording.agentId = agentId;
    recording.interactionId = addInteraction(Channel::Voice, agentId, T0);
    recording.team = u"north"_s;
    recording.queueId = u"tech-ko"_s;
    recording.channel = Channel::Voice;
    recording.dispositionCode = u"escalated"_s;
    recording.csat = 4;
    recording.startedMs = T0 + 1000;
    recording.durationMs = 7 * Minute;
    recording.kind = RecordingKind::Audio;
    recording.pauses = {{60'000, 95'000}};
    recording.markers = {{RecordingMarkerKind::Hold, 20'000, 15'000},
                         {RecordingMarkerKind::Pause, 60'000, 35'000}};
    const QByteArray wav = RecordingTestContent::wav(40'000);
    VERIFY_OK(RecordingArchive(*m_database, *m_vault).store(recording, wav));
    QVERIFY(recording.id > 0);
    QCOMPARE(recording.fileName, RecordingVault::fileNameOf(recording.id));
    QCOMPARE(recording.checksum, RecordingVault::checksumOf(wav));
    QCOMPARE(recording.sizeBytes, qint64(wav.size()));
    QVERIFY(m_vault->contains(recording.id));

    RecordingRepository repository(*m_database);
    auto found = repository.findById(recording.id);
    VERIFY_RESULT(found);
    QCOMPARE(found->interactionId, recording.interactionId);
    QCOMPARE(found->agentId, agentId);
    QCOMPARE(found->team, u"north"_s);
    QCOMPARE(found->queueId, u"tech-ko"_s);
    QCOMPARE(found->customerId, qint64(0));
    QCOMPARE(found->channel, Channel::Voice);
    QCOMPARE(found->dispositionCode, u"escalated"_s);
    QCOMPARE(found->csat, std::optional<int>(4));
    QCOMPARE(found->startedMs, T0 + 1000);
    QCOMPARE(found->durationMs, 7 * Minute);
    QCOMPARE(found->kind, RecordingKind::Audio);
    QVERIFY(found->consent);
    QCOMPARE(found->checksum, recording.checksum);
    QCOMPARE(found->sizeBytes, recording.sizeBytes);
    QCOMPARE(found->fileName, recording.fileName);
    QCOMPARE(found->pauses, recording.pauses);
    QCOMPARE(found->markers, recording.markers);
    QVERIFY(!found->legalHold);
    QVERIFY(!found->deletedMs);
    QVERIFY(found->hasContent());

    auto byInteraction = repository.findByInteraction(recording.interactionId);
    VERIFY_RESULT(byInteraction);
    QCOMPARE(byInteraction->id, recording.id);
    QVERIFY(repository.findById(recording.id + 1000).isNotFound());
    QVERIFY(repository.findByInteraction(recording.interactionId + 1000).isNotFound());

    auto content = m_vault->read(found.value());
    VERIFY_RESULT(content);
    QCOMPARE(content.value(), wav);
}

void TestRecordings::oneRecordingPerInteraction()
{
    addAgent(u"ana"_s, u"north"_s);
    const Recording first = record(u"ana"_s, Channel::Chat, T0);
    QVERIFY(first.id > 0);
    Recording second = first;
    second.id = 0;
    VERIFY_REFUSED(RecordingArchive(*m_database, *m_vault).store(second, RecordingTestContent::transcript(1)),
                   StoreErrorCode::AlreadyStored);
    QCOMPARE(second.id, qint64(0));
    QCOMPARE(rawString(u"SELECT COUNT(*) FROM recordings"_s), u"1"_s);
    QCOMPARE(QDir(m_vault->folder()).entryList(QDir::Files | QDir::Hidden), QStringList{first.fileName});
}

void TestRecordings::wrongContentIsRefused()
{
    const qint64 agentId = addAgent(u"ana"_s, u"north"_s);
    Recording audio;
    audio.agentId = agentId;
    audio.interactionId = addInteraction(Channel::Voice, agentId, T0);
    audio.startedMs = T0;
    audio.kind = RecordingKind::Audio;
    VERIFY_REFUSED(RecordingArchive(*m_database, *m_vault).store(audio, "ID3 an mp3, not a wav"_ba),
                   RecordingErrorCode::InvalidContent);
    Recording transcript = audio;
    transcript.kind = RecordingKind::Transcript;
    VERIFY_REFUSED(RecordingArchive(*m_database, *m_vault).store(transcript, RecordingTestContent::wav(100)),
                   RecordingErrorCode::InvalidContent);
    Recording invalid = audio;
    invalid.agentId = 0;
    VERIFY_REFUSED(RecordingArchive(*m_database, *m_vault).store(invalid, RecordingTestContent::wav(100)),
                   RecordingErrorCode::InvalidRecording);
    QCOMPARE(rawString(u"SELECT COUNT(*) FROM recordings"_s), u"0"_s);
    QVERIFY(!QDir(m_vault->folder()).exists() || QDir(m_vault->folder()).isEmpty());
}

void TestRecordings::failedFileWriteLeavesNoRow()
{
    const qint64 agentId = addAgent(u"ana"_s, u"north"_s);
    // The vault's folder cannot be created where a file is.
    const QString blocked = m_folder->filePath(u"not-a-folder"_s);
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    RecordingVault vault(blocked + u"/vault"_s, RecordingKeyring::fromBytes(QByteArray(32, 'k')).value());
    Recording recording;
    recording.agentId = agentId;
    recording.interactionId = addInteraction(Channel::Voice, agentId, T0);
    recording.startedMs = T0;
    VERIFY_REFUSED(RecordingArchive(*m_database, vault).store(recording, RecordingTestContent::wav(100)),
                   RecordingErrorCode::FileError);
    QCOMPARE(recording.id, qint64(0));
    QCOMPARE(rawString(u"SELECT COUNT(*) FROM recordings"_s), u"0"_s);
}

void TestRecordings::withoutConsentThereIsNothingToPlay()
{
    const qint64 agentId = addAgent(u"ana"_s, u"north"_s);
    addUser(u"lee"_s, Role::TeamLead, addAgent(u"lee"_s, u"north"_s));
    Recording recording;
    recording.agentId = agentId;
    recording.interactionId = addInteraction(Channel::Voice, agentId, T0);
    recording.startedMs = T0;
    recording.durationMs = 3 * Minute;
    VERIFY_OK(RecordingArchive(*m_database, *m_vault).storeWithoutConsent(recording));
    QVERIFY(recording.id > 0);
    auto found = RecordingRepository(*m_database).findById(recording.id);
    VERIFY_RESULT(found);
    QVERIFY(!found->consent);
    QVERIFY(!found->hasContent());
    QVERIFY(found->fileName.isEmpty() && found->checksum.isEmpty() && found->sizeBytes == 0);
    QVERIFY(!m_vault->contains(recording.id));

    RecordingAccess access(*m_database, *m_vault, *m_clock);
    auto opened = access.open(principalOf(u"lee"_s), recording.id);
    VERIFY_ERROR(opened, RecordingErrorCode::NoContent);
    const QList<AuditEntry> entries = auditEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().outcome, u"failed"_s);
    QCOMPARE(entries.constFirst().resource, recording.auditResource());
}

// --- Access and the audit log -----------------------------------------------------------

void TestRecordings::agentCannotOpenAnotherAgentsRecording()
{
    const qint64 anaAgent = addAgent(u"ana"_s, u"north"_s);
    const qint64 bomAgent = addAgent(u"bom"_s, u"north"_s);
    addUser(u"ana"_s, Role::Agent, anaAgent);
    addUser(u"bom"_s, Role::Agent, bomAgent);
    addUser(u"lee"_s, Role::TeamLead, addAgent(u"lee"_s, u"north"_s));
    const Recording anas = record(u"ana"_s, Channel::Voice, T0);
    const Recording boms = record(u"bom"_s, Channel::Chat, T0 + Minute);
    RecordingAccess access(*m_database, *m_vault, *m_clock);

    // Her own: played, and audited.
    auto own = access.open(principalOf(u"ana"_s), anas.id);
    VERIFY_RESULT(own);
    QCOMPARE(own->recording.id, anas.id);
    QCOMPARE(own->content, RecordingTestContent::wav(3000));

    // Another agent's: refused by the core, and audited as denied.
    auto others = access.open(principalOf(u"ana"_s), boms.id);
    VERIFY_ERROR(others, AccountErrorCode::Forbidden);
    QVERIFY(others.error().message.contains(u"recording.play"_s));

    // A team lead plays anyone's.
    auto lead = access.open(principalOf(u"lee"_s), boms.id);
    VERIFY_RESULT(lead);
    QCOMPARE(lead->content, RecordingTestContent::transcript(boms.interactionId));

    // A recording that does not exist: the attempt is audited too.
    VERIFY_ERROR(access.open(principalOf(u"lee"_s), boms.id + 99), StoreErrorCode::NotFound);

    const QList<AuditEntry> entries = auditEntries(); // newest first
    QCOMPARE(entries.size(), 4);
    const AuditEntry &first = entries.at(3);
    QCOMPARE(first.id, qint64(1));
    QCOMPARE(first.login, u"ana"_s);
    QCOMPARE(first.role, u"agent"_s);
    QCOMPARE(first.userId, principalOf(u"ana"_s).userId);
    QCOMPARE(first.action, u"recording.play"_s);
    QCOMPARE(first.resource, u"recording:%1"_s.arg(anas.id));
    QCOMPARE(first.outcome, u"done"_s);
    QCOMPARE(first.atMs, m_clock->nowMs());
    QCOMPARE(first.prevHash, AuditLog::genesisHash());
    const AuditEntry &denied = entries.at(2);
    QCOMPARE(denied.login, u"ana"_s);
    QCOMPARE(denied.resource, u"recording:%1"_s.arg(boms.id));
    QCOMPARE(denied.outcome, u"denied"_s);
    QVERIFY(denied.detail.contains(u"forbidden"_s));
    QCOMPARE(denied.prevHash, first.hash);
    QCOMPARE(entries.at(1).login, u"lee"_s);
    QCOMPARE(entries.at(1).role, u"team-lead"_s);
    QCOMPARE(entries.at(1).outcome, u"done"_s);
    QCOMPARE(entries.at(0).outcome, u"failed"_s);
    QVERIFY(entries.at(0).detail.contains(StoreErrorCode::NotFound.toString()));

    auto verified = AuditLog(*m_database).verify();
    VERIFY_RESULT(verified);
    QVERIFY2(verified->intact, verified->problem.toUtf8().constData());
    QCOMPARE(verified->entriesChecked, qint64(4));
    QCOMPARE(verified->head.id, qint64(4));
    QCOMPARE(verified->head.hash, entries.at(0).hash);

    // The denial changed into a playback with raw SQL, around ContactDesk: verify() names it.
    auto edited =
        m_database->execute(u"UPDATE audit_log SET outcome = 'done' WHERE id = ?"_s, {qlonglong(denied.id)});
    VERIFY_RESULT(edited);
    edited.value()->finish();
    verified = AuditLog(*m_database).verify();
    VERIFY_RESULT(verified);
    QVERIFY(!verified->intact);
    QCOMPARE(verified->brokenId, denied.id);
    QVERIFY(verified->problem.contains(u"changed"_s));
    QCOMPARE(verified->entriesChecked, qint64(1));
}

void TestRecordings::exportAndDeleteFollowTheMatrix()
{
    const qint64 anaAgent = addAgent(u"ana"_s, u"north"_s);
    addUser(u"ana"_s, Role::Agent, anaAgent);
    addUser(u"lee"_s, Role::TeamLead, addAgent(u"lee"_s, u"north"_s));
    addUser(u"sue"_s, Role::Supervisor, 0);
    addUser(u"adm"_s, Role::Admin, 0);
    const Recording recording = record(u"ana"_s, Channel::Voice, T0);
    RecordingAccess access(*m_database, *m_vault, *m_clock);
    const QString exported = m_folder->filePath(u"exported.wav"_s);

    // Export: supervisors and admins; not the agent herself, not a team lead.
    VERIFY_REFUSED(access.exportTo(principalOf(u"ana"_s), recording.id, exported),
                   AccountErrorCode::Forbidden);
    VERIFY_REFUSED(access.exportTo(principalOf(u"lee"_s), recording.id, exported),
                   AccountErrorCode::Forbidden);
    QVERIFY(!QFile::exists(exported));
    VERIFY_OK(access.exportTo(principalOf(u"sue"_s), recording.id, exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), RecordingTestContent::wav(3000));

    // Delete: admins only, with a reason.
    VERIFY_REFUSED(access.remove(principalOf(u"sue"_s), recording.id, u"asked by the customer"_s),
                   AccountErrorCode::Forbidden);
    VERIFY_REFUSED(access.remove(principalOf(u"adm"_s), recording.id, u"  "_s),
                   RecordingErrorCode::ReasonRequired);
    QVERIFY(m_vault->contains(recording.id));
    m_clock->advanceBy(Minute);
    VERIFY_OK(access.remove(principalOf(u"adm"_s), recording.id, u"erasure request #1207"_s));
    QVERIFY(!m_vault->contains(recording.id));
    auto tombstone = RecordingRepository(*m_database).findById(recording.id);
    VERIFY_RESULT(tombstone);
    QCOMPARE(tombstone->deletedMs, std::optional<qint64>(m_clock->nowMs()));
    QCOMPARE(tombstone->checksum, recording.checksum); // the record of what there was stays
    VERIFY_REFUSED(access.remove(principalOf(u"adm"_s), recording.id, u"again"_s),
                   RecordingErrorCode::Deleted);
    VERIFY_ERROR(access.open(principalOf(u"lee"_s), recording.id), RecordingErrorCode::Deleted);

    struct Expected
    {
        QString login;
        QString action;
        QString outcome;
    };
    const QList<Expected> expected = {
        {u"ana"_s, u"recording.export"_s, u"denied"_s}, {u"lee"_s, u"recording.export"_s, u"denied"_s},
        {u"sue"_s, u"recording.export"_s, u"done"_s},   {u"sue"_s, u"recording.delete"_s, u"denied"_s},
        {u"adm"_s, u"recording.delete"_s, u"failed"_s}, {u"adm"_s, u"recording.delete"_s, u"done"_s},
        {u"adm"_s, u"recording.delete"_s, u"failed"_s}, {u"lee"_s, u"recording.play"_s, u"failed"_s},
    };
    QList<AuditEntry> entries = auditEntries();
    std::reverse(entries.begin(), entries.end());
    QCOMPARE(entries.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(entries.at(i).login, expected.at(i).login);
        QCOMPARE(entries.at(i).action, expected.at(i).action);
        QCOMPARE(entries.at(i).outcome, expected.at(i).outcome);
        QCOMPARE(entries.at(i).resource, recording.auditResource());
    }
    QVERIFY(entries.at(2).detail.contains(exported));
    QVERIFY(entries.at(4).detail.contains(RecordingErrorCode::ReasonRequired.toString()));
    QVERIFY(entries.at(5).detail.contains(u"erasure request #1207"_s));
    auto verified = AuditLog(*m_database).verify();
    VERIFY_RESULT(verified);
    QVERIFY2(verified->intact, verified->problem.toUtf8().constData());
}

void TestRecordings::auditChainDetectsRawEdits()
{
    AuditLog log(*m_database);
    for (int i = 1; i <= 6; ++i) {
        auto entry =
            log.append(AuditEvent{T0 + i, AuditActor{7, u"lee"_s, u"team-lead"_s}, u"recording.play"_s,
                                  u"recording:%1"_s.arg(i), AuditOutcome::Done, u"audio, 100 bytes"_s});
        VERIFY_RESULT(entry);
        QCOMPARE(entry->id, qint64(i));
    }
    auto verified = log.verify();
    VERIFY_RESULT(verified);
    QVERIFY(verified->intact);
    QCOMPARE(verified->entriesChecked, qint64(6));

    // Rewriting an entry and its hash, as someone who knows the formula would: the next entry no
    // longer follows it.
    auto entries = log.entries({}, 10);
    VERIFY_RESULT(entries);
    AuditEntry forged = entries->at(3); // id 3
    QCOMPARE(forged.id, qint64(3));
    forged.login = u"someone-else"_s;
    forged.hash = AuditLog::hashOf(forged);
    auto edited = m_database->execute(u"UPDATE audit_log SET login = ?, hash = ? WHERE id = 3"_s,
                                      {forged.login, forged.hash});
    VERIFY_RESULT(edited);
    edited.value()->finish();
    verified = log.verify();
    VERIFY_RESULT(verified);
    QVERIFY(!verified->intact);
    QCOMPARE(verified->brokenId, qint64(4));
    QVERIFY(verified->problem.contains(u"does not follow"_s));

    // Put back; then only a time changed, hash left alone: that entry itself is named.
    edited = m_database->execute(u"UPDATE audit_log SET login = 'lee', hash = ? WHERE id = 3"_s,
                                 {entries->at(3).hash});
    VERIFY_RESULT(edited);
    edited.value()->finish();
    QVERIFY(log.verify()->intact);
    edited = m_database->execute(u"UPDATE audit_log SET at_ms = at_ms + 1 WHERE id = 5"_s);
    VERIFY_RESULT(edited);
    edited.value()->finish();
    verified = log.verify();
    QVERIFY(!verified->intact);
    QCOMPARE(verified->brokenId, qint64(5));
}

void TestRecordings::auditChainDetectsRemovedEntries()
{
    AuditLog log(*m_database);
    for (int i = 1; i <= 5; ++i) {
        VERIFY_RESULT(log.append(AuditEvent{T0 + i, AuditActor::system(u"retention"_s), u"recording.delete"_s,
                                            u"recording:%1"_s.arg(i), AuditOutcome::Done, u"retention"_s}));
    }
    auto head = log.head();
    VERIFY_RESULT(head);
    QCOMPARE(head->id, qint64(5));

    // The last entry removed: the chain alone cannot tell, the head kept elsewhere can.
    auto removed = m_database->execute(u"DELETE FROM audit_log WHERE id = 5"_s);
    VERIFY_RESULT(removed);
    removed.value()->finish();
    QVERIFY(log.verify()->intact);
    auto verified = log.verify(head.value());
    VERIFY_RESULT(verified);
    QVERIFY(!verified->intact);
    QVERIFY(verified->problem.contains(u"removed from its end"_s));

    // An entry removed from the middle: a gap, named by the entry after it.
    removed = m_database->execute(u"DELETE FROM audit_log WHERE id = 2"_s);
    VERIFY_RESULT(removed);
    removed.value()->finish();
    verified = log.verify();
    VERIFY_RESULT(verified);
    QVERIFY(!verified->intact);
    QCOMPARE(verified->brokenId, qint64(3));
    QVERIFY(verified->problem.contains(u"missing"_s));
}

void TestRecordings::auditEntriesAreFiltered()
{
    AuditLog log(*m_database);
    const AuditActor lee{7, u"lee"_s, u"team-lead"_s};
    const AuditActor ana{8, u"ana"_s, u"agent"_s};
    VERIFY_RESULT(log.append({T0 + 1, lee, u"recording.play"_s, u"recording:1"_s, AuditOutcome::Done, {}}));
    VERIFY_RESULT(log.append({T0 + 2, ana, u"recording.play"_s, u"recording:1"_s, AuditOutcome::Denied, {}}));
    VERIFY_RESULT(log.append({T0 + 3, ana, u"recording.play"_s, u"recording:2"_s, AuditOutcome::Done, {}}));
    VERIFY_RESULT(
        log.append({T0 + 4, lee, u"recording.export"_s, u"recording:2"_s, AuditOutcome::Denied, {}}));
    // NUL cannot be stored by PostgreSQL; it is dropped, and the chain still holds.
    VERIFY_RESULT(
        log.append({T0 + 5, lee, u"recording.play"_s, u"recording:3"_s, AuditOutcome::Done, u"with\0nul"_s}));

    auto ids = [&](const AuditFilter &filter, int limit = 100) {
        QList<qint64> found;
        const auto entries = log.entries(filter, limit);
        for (const AuditEntry &entry : entries.value())
            found << entry.id;
        return found;
    };
    QCOMPARE(ids({}), (QList<qint64>{5, 4, 3, 2, 1}));
    QCOMPARE(ids({}, 2), (QList<qint64>{5, 4}));
    AuditFilter filter;
    filter.beforeId = 4;
    QCOMPARE(ids(filter, 2), (QList<qint64>{3, 2}));
    filter = {};
    filter.userId = 8;
    QCOMPARE(ids(filter), (QList<qint64>{3, 2}));
    filter = {};
    filter.resource = u"recording:1"_s;
    QCOMPARE(ids(filter), (QList<qint64>{2, 1}));
    filter = {};
    filter.outcome = AuditOutcome::Denied;
    QCOMPARE(ids(filter), (QList<qint64>{4, 2}));
    filter = {};
    filter.action = u"recording.export"_s;
    QCOMPARE(ids(filter), (QList<qint64>{4}));
    filter = {};
    filter.fromMs = T0 + 2;
    filter.toMs = T0 + 4;
    QCOMPARE(ids(filter), (QList<qint64>{3, 2}));
    QCOMPARE(log.entries({}, 1).value().constFirst().detail, u"withnul"_s);
    QVERIFY(log.verify()->intact);
}

// --- Retention and legal hold -----------------------------------------------------------

void TestRecordings::retentionDeletesExactlyExpiredUnheld()
{
    addAgent(u"ana"_s, u"north"_s);
    addUser(u"adm"_s, Role::Admin, 0);
    // Retention runs ten days after the clock the earlier deletion was stamped with.
    const qint64 now = m_clock->nowMs() + 10 * Day;
    const int retentionDays = 90;
    const qint64 cutoff = now - retentionDays * Day;

    struct Row
    {
        QString name;
        qint64 startedMs;
        bool legalHold;
        bool underEvaluation;
        bool alreadyDeleted;
        bool consent;
        bool expectDeleted;
    };
    const QList<Row> rows = {
        {u"expired"_s, cutoff - Day, false, false, false, true, true},
        {u"long expired transcript"_s, cutoff - 200 * Day, false, false, false, true, true},
        {u"expired by one ms"_s, cutoff - 1, false, false, false, true, true},
        {u"exactly at the cutoff"_s, cutoff, false, false, false, true, false},
        {u"expired, legal hold"_s, cutoff - Day, true, false, false, true, false},
        {u"expired, under evaluation"_s, cutoff - Day, false, true, false, true, false},
        {u"fresh"_s, now - Day, false, false, false, true, false},
        {u"already deleted"_s, cutoff - 10 * Day, false, false, true, true, false},
        {u"expired, no consent"_s, cutoff - Day, false, false, false, false, false},
    };
    RecordingAccess access(*m_database, *m_vault, *m_clock);
    RecordingRetention retention(*m_database, *m_vault, *m_clock);
    QHash<QString, Recording> stored;
    QSet<qint64> underEvaluation;
    for (const Row &row : rows) {
        Recording recording;
        if (row.consent) {
            recording = record(u"ana"_s, row.name.contains(u"transcript"_s) ? Channel::Email : Channel::Voice,
                               row.startedMs);
        } else {
            recording.agentId = m_agents.value(u"ana"_s);
            recording.interactionId = addInteraction(Channel::Voice, recording.agentId, row.startedMs);
            recording.startedMs = row.startedMs;
            VERIFY_OK(RecordingArchive(*m_database, *m_vault).storeWithoutConsent(recording));
        }
        QVERIFY2(recording.id > 0, row.name.toUtf8().constData());
        if (row.legalHold)
            VERIFY_OK(retention.setLegalHold(principalOf(u"adm"_s), recording.id, true));
        if (row.underEvaluation)
            underEvaluation.insert(recording.interactionId);
        if (row.alreadyDeleted)
            VERIFY_OK(access.remove(principalOf(u"adm"_s), recording.id, u"duplicate upload"_s));
        stored.insert(row.name, recording);
    }
    const qint64 auditBefore = AuditLog(*m_database).head()->id;
    const qint64 earlierDeletion = m_clock->nowMs();

    VERIFY_ERROR(retention.purge(now, 0, underEvaluation), RecordingErrorCode::InvalidRetention);
    auto report = retention.purge(now, retentionDays, underEvaluation);
    VERIFY_RESULT(report);
    QVERIFY(report->failed.isEmpty());

    QSet<qint64> deletedIds;
    for (const Recording &recording : report->deleted) {
        deletedIds.insert(recording.id);
        QCOMPARE(recording.deletedMs, std::optional<qint64>(now));
    }
    QSet<qint64> expectedIds;
    for (const Row &row : rows) {
        if (row.expectDeleted)
            expectedIds.insert(stored.value(row.name).id);
    }
    QCOMPARE(deletedIds, expectedIds);

    RecordingRepository repository(*m_database);
    for (const Row &row : rows) {
        const QByteArray name = row.name.toUtf8();
        const Recording &recording = stored.value(row.name);
        auto found = repository.findById(recording.id);
        VERIFY_RESULT(found);
        if (row.expectDeleted) {
            QVERIFY2(!m_vault->contains(recording.id), name.constData());
            QVERIFY2(found->deletedMs == now, name.constData());
        } else if (row.alreadyDeleted) {
            QVERIFY2(found->deletedMs == earlierDeletion, name.constData()); // untouched
        } else {
            QVERIFY2(!found->deletedMs, name.constData());
            QVERIFY2(m_vault->contains(recording.id) == row.consent, name.constData());
        }
    }
    // Exactly the kept recordings' files remain.
    QCOMPARE(QDir(m_vault->folder()).entryList(QDir::Files | QDir::Hidden).size(), 4);

    // One audit entry per deletion, by the system.
    AuditFilter filter;
    filter.userId = 0;
    const QList<AuditEntry> entries = auditEntries(filter);
    QCOMPARE(entries.size(), expectedIds.size());
    QSet<QString> resources;
    for (const AuditEntry &entry : entries) {
        QVERIFY(entry.id > auditBefore);
        QCOMPARE(entry.login, u"retention"_s);
        QCOMPARE(entry.role, u"system"_s);
        QCOMPARE(entry.action, u"recording.delete"_s);
        QCOMPARE(entry.outcome, u"done"_s);
        QCOMPARE(entry.atMs, now);
        resources.insert(entry.resource);
    }
    QSet<QString> expectedResources;
    for (qint64 id : std::as_const(expectedIds))
        expectedResources.insert(Recording::auditResourceOf(id));
    QCOMPARE(resources, expectedResources);

    // Nothing is due twice.
    auto again = retention.purge(now, retentionDays, underEvaluation);
    VERIFY_RESULT(again);
    QVERIFY(again->deleted.isEmpty());
    // The evaluation finished: now that one goes too.
    again = retention.purge(now, retentionDays, {});
    VERIFY_RESULT(again);
    QCOMPARE(again->deleted.size(), 1);
    QCOMPARE(again->deleted.constFirst().id, stored.value(u"expired, under evaluation"_s).id);
    QVERIFY(AuditLog(*m_database).verify()->intact);
}

void TestRecordings::legalHold()
{
    addAgent(u"ana"_s, u"north"_s);
    addUser(u"lee"_s, Role::TeamLead, addAgent(u"lee"_s, u"north"_s));
    addUser(u"sue"_s, Role::Supervisor, 0);
    addUser(u"adm"_s, Role::Admin, 0);
    const Recording recording = record(u"ana"_s, Channel::Voice, T0);
    RecordingRetention retention(*m_database, *m_vault, *m_clock);
    RecordingAccess access(*m_database, *m_vault, *m_clock);

    // DeleteRecording's grant: admins only.
    VERIFY_REFUSED(retention.setLegalHold(principalOf(u"lee"_s), recording.id, true),
                   AccountErrorCode::Forbidden);
    VERIFY_REFUSED(retention.setLegalHold(principalOf(u"sue"_s), recording.id, true),
                   AccountErrorCode::Forbidden);
    QVERIFY(!RecordingRepository(*m_database).findById(recording.id)->legalHold);
    VERIFY_OK(retention.setLegalHold(principalOf(u"adm"_s), recording.id, true));
    QVERIFY(RecordingRepository(*m_database).findById(recording.id)->legalHold);

    // Held: neither an admin nor retention deletes it.
    VERIFY_REFUSED(access.remove(principalOf(u"adm"_s), recording.id, u"tidy up"_s),
                   RecordingErrorCode::LegalHold);
    auto report = retention.purge(T0 + 1000 * Day, 30, {});
    VERIFY_RESULT(report);
    QVERIFY(report->deleted.isEmpty());
    QVERIFY(m_vault->contains(recording.id));

    VERIFY_OK(retention.setLegalHold(principalOf(u"adm"_s), recording.id, false));
    VERIFY_OK(access.remove(principalOf(u"adm"_s), recording.id, u"case closed"_s));
    VERIFY_REFUSED(retention.setLegalHold(principalOf(u"adm"_s), recording.id, true),
                   RecordingErrorCode::Deleted);
    VERIFY_REFUSED(retention.setLegalHold(principalOf(u"adm"_s), recording.id + 50, true),
                   StoreErrorCode::NotFound);

    QList<AuditEntry> entries = auditEntries();
    std::reverse(entries.begin(), entries.end());
    QStringList seen;
    for (const AuditEntry &entry : std::as_const(entries))
        seen << entry.login + u' ' + entry.outcome + u' ' + entry.detail.section(u';', 0, 0);
    QCOMPARE(seen,
             (QStringList{
                 u"lee denied legal hold: on"_s, u"sue denied legal hold: on"_s, u"adm done legal hold: on"_s,
                 u"adm failed recording-legal-hold: Recording %1 is under legal hold"_s.arg(recording.id),
                 u"adm done legal hold: off"_s, u"adm done reason: case closed"_s,
                 u"adm failed legal hold: on"_s, u"adm failed legal hold: on"_s}));
    QVERIFY(AuditLog(*m_database).verify()->intact);
}

// --- The library --------------------------------------------------------------------------

void TestRecordings::addLibrary()
{
    addAgent(u"ana"_s, u"north"_s);
    addAgent(u"bom"_s, u"north"_s);
    addAgent(u"cho"_s, u"south"_s);
    // a3 and b1 start at the same millisecond: the id decides their order.
    const QList<Fixture> fixtures = {
        {u"a1"_s, u"ana"_s, u"north"_s, u"billing"_s, Channel::Voice, u"resolved"_s, 5, T0 + 1 * Day,
         3 * Minute},
        {u"a2"_s, u"ana"_s, u"north"_s, u"billing"_s, Channel::Chat, u"follow-up"_s, 2, T0 + 2 * Day,
         10 * Minute},
        {u"a3"_s,
         u"ana"_s,
         u"north"_s,
         u"tech"_s,
         Channel::Voice,
         u"escalated"_s,
         {},
         T0 + 4 * Day,
         25 * Minute},
        {u"b1"_s, u"bom"_s, u"north"_s, u"tech"_s, Channel::Email, u"resolved"_s, 4, T0 + 4 * Day,
         1 * Minute},
        {u"b2"_s, u"bom"_s, u"north"_s, u"billing"_s, Channel::Voice, u"complaint"_s, 1, T0 + 5 * Day,
         40 * Minute},
        {u"c1"_s, u"cho"_s, u"south"_s, u"billing"_s, Channel::Voice, u"resolved"_s, 3, T0 + 6 * Day,
         7 * Minute},
        {u"c2"_s, u"cho"_s, u"south"_s, u"tech"_s, Channel::Sms, u"sale"_s, 5, T0 + 7 * Day, 12 * Minute},
        {u"c3"_s,
         u"cho"_s,
         u"south"_s,
         u"billing"_s,
         Channel::Voice,
         u"resolved"_s,
         {},
         T0 + 8 * Day,
         5 * Minute},
    };
    for (const Fixture &fixture : fixtures) {
        Recording recording;
        recording.agentId = m_agents.value(fixture.agent);
        recording.interactionId = addInteraction(fixture.channel, recording.agentId, fixture.startedMs);
        recording.team = fixture.team;
        recording.queueId = fixture.queue;
        recording.channel = fixture.channel;
        recording.dispositionCode = fixture.disposition;
        recording.csat = fixture.csat;
        recording.startedMs = fixture.startedMs;
        recording.durationMs = fixture.durationMs;
        recording.kind = fixture.channel == Channel::Voice ? RecordingKind::Audio : RecordingKind::Transcript;
        const QByteArray content = recording.kind == RecordingKind::Audio
                                       ? RecordingTestContent::wav(200)
                                       : RecordingTestContent::transcript(recording.interactionId);
        if (auto error = RecordingArchive(*m_database, *m_vault).store(recording, content))
            QFAIL(describe(error).constData());
        m_names.insert(recording.id, fixture.name);
        m_library.insert(fixture.name, recording);
    }
    // c3 is a tombstone.
    addUser(u"adm"_s, Role::Admin, 0);
    if (auto error = RecordingAccess(*m_database, *m_vault, *m_clock)
                         .remove(principalOf(u"adm"_s), m_library.value(u"c3"_s).id, u"test"_s))
        QFAIL(describe(error).constData());
}

QStringList TestRecordings::namesOf(const QList<Recording> &recordings) const
{
    QStringList names;
    for (const Recording &recording : recordings)
        names << m_names.value(recording.id, u"?"_s);
    return names;
}

QList<Recording> TestRecordings::searchAll(RecordingQuery query)
{
    QList<Recording> all;
    RecordingRepository repository(*m_database);
    for (int page = 0; page < 100; ++page) {
        auto found = repository.search(query);
        if (!found) {
            qWarning() << "search failed" << describe(found.error());
            return {};
        }
        all += found->recordings;
        if (!found->hasMore)
            break;
        query = found->next;
    }
    return all;
}

void TestRecordings::librarySearchFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    using L = QStringList;
    QTest::newRow("everything, newest first")
        << u"all"_s << L{u"c2"_s, u"c1"_s, u"b2"_s, u"b1"_s, u"a3"_s, u"a2"_s, u"a1"_s};
    QTest::newRow("with tombstones") << u"deleted"_s << L{u"c3"_s, u"c2"_s, u"c1"_s, u"b2"_s,
                                                          u"b1"_s, u"a3"_s, u"a2"_s, u"a1"_s};
    QTest::newRow("agent") << u"agent"_s << L{u"a3"_s, u"a2"_s, u"a1"_s};
    QTest::newRow("team") << u"team"_s << L{u"c2"_s, u"c1"_s};
    QTest::newRow("queue") << u"queue"_s << L{u"c2"_s, u"b1"_s, u"a3"_s};
    QTest::newRow("channel") << u"voice"_s << L{u"c1"_s, u"b2"_s, u"a3"_s, u"a1"_s};
    QTest::newRow("channels") << u"voice+sms"_s << L{u"c2"_s, u"c1"_s, u"b2"_s, u"a3"_s, u"a1"_s};
    QTest::newRow("date range") << u"dates"_s << L{u"b1"_s, u"a3"_s, u"a2"_s};
    QTest::newRow("disposition") << u"resolved"_s << L{u"c1"_s, u"b1"_s, u"a1"_s};
    QTest::newRow("dispositions") << u"resolved+sale"_s << L{u"c2"_s, u"c1"_s, u"b1"_s, u"a1"_s};
    QTest::newRow("CSAT 4 to 5") << u"csat45"_s << L{u"c2"_s, u"b1"_s, u"a1"_s};
    QTest::newRow("CSAT at most 2") << u"csat2"_s << L{u"b2"_s, u"a2"_s};
    QTest::newRow("duration 5 to 12 minutes") << u"duration"_s << L{u"c2"_s, u"c1"_s, u"a2"_s};
    QTest::newRow("evaluated") << u"evaluated"_s << L{u"c2"_s, u"b2"_s, u"a1"_s};
    QTest::newRow("not evaluated") << u"not-evaluated"_s << L{u"c1"_s, u"b1"_s, u"a3"_s, u"a2"_s};
    QTest::newRow("evaluated, none are") << u"evaluated-empty"_s << L{};
    QTest::newRow("not evaluated, none are")
        << u"not-evaluated-empty"_s << L{u"c2"_s, u"c1"_s, u"b2"_s, u"b1"_s, u"a3"_s, u"a2"_s, u"a1"_s};
    QTest::newRow("north voice evaluated") << u"combined1"_s << L{u"b2"_s, u"a1"_s};
    QTest::newRow("billing CSAT >= 3 not evaluated") << u"combined2"_s << L{u"c1"_s};
    QTest::newRow("agent and another team") << u"combined3"_s << L{};
}

void TestRecordings::librarySearchFilters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    addLibrary();
    const QSet<qint64> evaluated{m_library.value(u"a1"_s).interactionId,
                                 m_library.value(u"b2"_s).interactionId,
                                 m_library.value(u"c2"_s).interactionId};
    RecordingQuery query;
    query.limit = 2; // every filter also pages
    if (filter == u"deleted") {
        query.includeDeleted = true;
    } else if (filter == u"agent") {
        query.agentId = m_agents.value(u"ana"_s);
    } else if (filter == u"team") {
        query.team = u"south"_s;
    } else if (filter == u"queue") {
        query.queueId = u"tech"_s;
    } else if (filter == u"voice") {
        query.channels = {Channel::Voice};
    } else if (filter == u"voice+sms") {
        query.channels = {Channel::Voice, Channel::Sms};
    } else if (filter == u"dates") {
        query.startedFromMs = T0 + 2 * Day;
        query.startedBeforeMs = T0 + 5 * Day;
    } else if (filter == u"resolved") {
        query.dispositionCodes = {u"resolved"_s};
    } else if (filter == u"resolved+sale") {
        query.dispositionCodes = {u"resolved"_s, u"sale"_s};
    } else if (filter == u"csat45") {
        query.minCsat = 4;
        query.maxCsat = 5;
    } else if (filter == u"csat2") {
        query.maxCsat = 2;
    } else if (filter == u"duration") {
        query.minDurationMs = 5 * Minute;
        query.maxDurationMs = 12 * Minute;
    } else if (filter == u"evaluated") {
        query.evaluation = RecordingQuery::Evaluation::Evaluated;
        query.evaluatedInteractionIds = evaluated;
    } else if (filter == u"not-evaluated") {
        query.evaluation = RecordingQuery::Evaluation::NotEvaluated;
        query.evaluatedInteractionIds = evaluated;
    } else if (filter == u"evaluated-empty") {
        query.evaluation = RecordingQuery::Evaluation::Evaluated;
    } else if (filter == u"not-evaluated-empty") {
        query.evaluation = RecordingQuery::Evaluation::NotEvaluated;
    } else if (filter == u"combined1") {
        query.team = u"north"_s;
        query.channels = {Channel::Voice};
        query.evaluation = RecordingQuery::Evaluation::Evaluated;
        query.evaluatedInteractionIds = evaluated;
    } else if (filter == u"combined2") {
        query.queueId = u"billing"_s;
        query.minCsat = 3;
        query.evaluation = RecordingQuery::Evaluation::NotEvaluated;
        query.evaluatedInteractionIds = evaluated;
    } else if (filter == u"combined3") {
        query.agentId = m_agents.value(u"ana"_s);
        query.team = u"south"_s;
    } else {
        QCOMPARE(filter, u"all"_s);
    }
    QCOMPARE(namesOf(searchAll(query)), expected);
}

void TestRecordings::libraryPaging()
{
    addLibrary();
    RecordingRepository repository(*m_database);
    RecordingQuery query;
    query.limit = 4;
    auto first = repository.search(query);
    VERIFY_RESULT(first);
    QCOMPARE(namesOf(first->recordings), (QStringList{u"c2"_s, u"c1"_s, u"b2"_s, u"b1"_s}));
    QVERIFY(first->hasMore);

    // A recording arriving meanwhile, newer than everything, does not shift the next page.
    m_names.insert(record(u"ana"_s, Channel::Voice, T0 + 30 * Day).id, u"new"_s);
    auto second = repository.search(first->next);
    VERIFY_RESULT(second);
    // a3 started at the same millisecond as b1, the last of the first page.
    QCOMPARE(namesOf(second->recordings), (QStringList{u"a3"_s, u"a2"_s, u"a1"_s}));
    QVERIFY(!second->hasMore);

    query.limit = 3;
    auto page = repository.search(query);
    VERIFY_RESULT(page);
    QCOMPARE(namesOf(page->recordings), (QStringList{u"new"_s, u"c2"_s, u"c1"_s}));
    page = repository.search(page->next);
    QCOMPARE(namesOf(page->recordings), (QStringList{u"b2"_s, u"b1"_s, u"a3"_s}));
    QVERIFY(page->hasMore);
    page = repository.search(page->next);
    QCOMPARE(namesOf(page->recordings), (QStringList{u"a2"_s, u"a1"_s}));
    QVERIFY(!page->hasMore);
    page = repository.search(page->next);
    QVERIFY(page->recordings.isEmpty());
}

void TestRecordings::librarySearchIsLimitedToOwnForAgents()
{
    addLibrary();
    addUser(u"ana"_s, Role::Agent, m_agents.value(u"ana"_s));
    addUser(u"lee"_s, Role::TeamLead, addAgent(u"lee"_s, u"north"_s));
    RecordingAccess access(*m_database, *m_vault, *m_clock);
    RecordingQuery query;
    auto own = access.search(principalOf(u"ana"_s), query);
    VERIFY_RESULT(own);
    QCOMPARE(namesOf(own->recordings), (QStringList{u"a3"_s, u"a2"_s, u"a1"_s}));
    query.agentId = m_agents.value(u"bom"_s);
    VERIFY_ERROR(access.search(principalOf(u"ana"_s), query), AccountErrorCode::Forbidden);
    auto lead = access.search(principalOf(u"lee"_s), query);
    VERIFY_RESULT(lead);
    QCOMPARE(namesOf(lead->recordings), (QStringList{u"b2"_s, u"b1"_s}));
}

QTEST_APPLESS_MAIN(TestRecordings)
#include "tst_recordings.moc"

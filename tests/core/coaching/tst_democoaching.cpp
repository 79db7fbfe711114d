#include "coaching/coachingcommentrepository.h"
#include "coaching/democoaching.h"
#include "coaching/demoscorecard.h"
#include "coaching/evaluationrepository.h"
#include "coaching/recordingarchive.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingrepository.h"
#include "coaching/recordingvault.h"
#include "coaching/scorecardrepository.h"
#include "security/passwordhasher.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/database.h"
#include "store/demodatagenerator.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 NowMs = 1'767'571'200'000; // 2026-01-05T09:00:00+09:00

} // namespace

// The coaching a new desktop starts with: accounts for the demo agents, the demo scorecard, and
// recordings of other agents' contacts with evaluations and comments.
class TestDemoCoaching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewInstallationHasALiveCoachingView();
    void withoutAVaultAccountsAndTheScorecardOnly();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Database> m_database;
};

void TestDemoCoaching::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(!m_database->open(m_folder->filePath(u"demo.sqlite"_s)));
    DemoDataOptions options;
    options.customers = 80;
    options.interactions = 800;
    options.historyDays = 30;
    options.nowMs = NowMs;
    auto generated = DemoDataGenerator(*m_database).generate(options);
    QVERIFY2(generated, qPrintable(generated.error().message));
}

void TestDemoCoaching::cleanup()
{
    m_database.reset();
    m_folder.reset();
}

void TestDemoCoaching::aNewInstallationHasALiveCoachingView()
{
    auto keyring = RecordingKeyring::fromBytes(QByteArray(RecordingKeyring::KeyBytes, 'k'));
    QVERIFY(keyring);
    RecordingVault vault(m_folder->filePath(u"vault"_s), keyring.value());
    RecordingArchive archive(*m_database, vault);
    auto seeded = DemoCoaching::seedIfNoUsers(*m_database, &archive, NowMs);
    QVERIFY2(seeded, qPrintable(seeded.error().message));

    // An account per agent; the first agent (whom the desktop signs in as) leads the team.
    auto agents = AgentRepository(*m_database).list();
    QVERIFY(agents);
    QList<Agent> byId = *agents;
    std::sort(byId.begin(), byId.end(), [](const Agent &a, const Agent &b) { return a.id < b.id; });
    auto users = UserRepository(*m_database).list();
    QVERIFY(users);
    QCOMPARE(users->size(), byId.size());
    QCOMPARE(seeded->users, qint64(byId.size()));
    QCOMPARE(seeded->leadAgentId, byId.constFirst().id);
    const PasswordHasher hasher;
    for (const User &user : std::as_const(*users)) {
        QCOMPARE(user.role, user.agentId == byId.constFirst().id ? Role::TeamLead : Role::Agent);
        QVERIFY(user.agentId != 0);
        QVERIFY(user.passwordHash.startsWith(u"$argon2id$"_s));
        // Nobody knows the password: not the login, not nothing.
        QVERIFY(!hasher.verify(user.passwordHash, user.login));
        QVERIFY(!hasher.verify(user.passwordHash, QString()));
    }
    const auto hashes = [&] {
        QStringList list;
        for (const User &user : std::as_const(*users))
            list.append(user.passwordHash);
        list.removeDuplicates();
        return list;
    }();
    QCOMPARE(hashes.size(), users->size());

    auto form = ScorecardRepository(*m_database).latest(DemoScorecard::Id.toString());
    QVERIFY(form);
    QCOMPARE(form->version, 1);

    // Recordings of other agents' calls and chats, each with its content in the vault.
    QCOMPARE(seeded->recordings, qint64(DemoCoaching::CallRecordings + DemoCoaching::ChatRecordings));
    RecordingQuery everything;
    everything.limit = 100;
    auto page = RecordingRepository(*m_database).search(everything);
    QVERIFY(page);
    QCOMPARE(page->recordings.size(), DemoCoaching::CallRecordings + DemoCoaching::ChatRecordings);
    int calls = 0;
    bool pausedPayment = false;
    qint64 pausedCall = 0;
    for (const Recording &recording : std::as_const(page->recordings)) {
        QVERIFY(recording.agentId != seeded->leadAgentId);
        QVERIFY(recording.hasContent());
        auto content = vault.read(recording);
        QVERIFY2(content, qPrintable(content.error().message));
        if (recording.kind == RecordingKind::Audio) {
            ++calls;
            pausedPayment = pausedPayment || !recording.pauses.isEmpty();
            if (!recording.pauses.isEmpty())
                pausedCall = recording.interactionId;
        }
    }
    QCOMPARE(calls, DemoCoaching::CallRecordings);
    QVERIFY(pausedPayment);

    // The team lead submitted evaluations of most of them, left one draft, and commented.
    const Principal lead{seeded->leadUserId, Role::TeamLead, seeded->leadAgentId};
    auto evaluations = EvaluationRepository(*m_database).listByEvaluator(lead, seeded->leadUserId);
    QVERIFY(evaluations);
    QCOMPARE(evaluations->size(), seeded->evaluations + seeded->drafts);
    QCOMPARE(seeded->drafts, 1);
    QCOMPARE(seeded->evaluations, qint64(page->recordings.size() - 2));
    const auto submitted = std::count_if(evaluations->cbegin(), evaluations->cend(), [](const Evaluation &e) {
        return e.status == EvaluationStatus::Submitted;
    });
    QCOMPARE(qint64(submitted), seeded->evaluations);
    // The draft, what `--view coaching` shows in progress, is the call with the paused payment.
    const auto draft = std::find_if(evaluations->cbegin(), evaluations->cend(),
                                    [](const Evaluation &e) { return e.status == EvaluationStatus::Draft; });
    QVERIFY(draft != evaluations->cend());
    QCOMPARE(draft->interactionId, pausedCall);
    qint64 comments = 0;
    for (const Evaluation &evaluation : std::as_const(*evaluations)) {
        QVERIFY(evaluation.agentId != seeded->leadAgentId);
        auto onIt = CoachingCommentRepository(*m_database).forInteraction(lead, evaluation.interactionId);
        QVERIFY(onIt);
        comments += onIt->size();
    }
    QVERIFY(comments >= 1);
    QCOMPARE(comments, seeded->comments);

    // Once there are accounts, they are someone's: a second start adds nothing.
    auto again = DemoCoaching::seedIfNoUsers(*m_database, &archive, NowMs + 1000);
    QVERIFY(again);
    QCOMPARE(again->users, 0);
    QCOMPARE(again->recordings, 0);
    QCOMPARE(UserRepository(*m_database).list()->size(), users->size());
}

void TestDemoCoaching::withoutAVaultAccountsAndTheScorecardOnly()
{
    auto seeded = DemoCoaching::seedIfNoUsers(*m_database, nullptr, NowMs);
    QVERIFY2(seeded, qPrintable(seeded.error().message));
    QVERIFY(seeded->users > 0);
    QCOMPARE(seeded->recordings, 0);
    QCOMPARE(seeded->evaluations, 0);
    QVERIFY(ScorecardRepository(*m_database).latest(DemoScorecard::Id.toString()));
    auto page = RecordingRepository(*m_database).search(RecordingQuery());
    QVERIFY(page);
    QVERIFY(page->recordings.isEmpty());
}

QTEST_APPLESS_MAIN(TestDemoCoaching)

#include "tst_democoaching.moc"

#include "backend/centrehost.h"
#include "backend/embeddedbackend.h"
#include "backend/embeddedcoachingbackend.h"
#include "centretestsupport.h"
#include "coaching/demoscorecard.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingrepository.h"
#include "coaching/recordingvault.h"
#include "coaching/wavfile.h"
#include "routing/virtualclock.h"
#include "security/userrepository.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ContactDesk;
using namespace ContactDesk::CentreTest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3'600'000;

StoreResult<std::shared_ptr<const RecordingKeyring>> testKey()
{
    return RecordingKeyring::fromBytes(QByteArray(RecordingKeyring::KeyBytes, 'k'));
}

// The desk and the coaching view of an embedded centre on the test store, with accounts for its
// agents: human.kim an agent, colleague.lee a team lead, sam.smith an admin (unless left out).
struct Fixture
{
    Store store;
    VirtualClock clock{StartMs};
    QTemporaryDir folder;
    std::unique_ptr<EmbeddedBackend> desk;
    std::unique_ptr<EmbeddedCoachingBackend> coaching;

    bool setUp(const StoreResult<std::shared_ptr<const RecordingKeyring>> &keyring = testKey(),
               bool adminAccount = true)
    {
        if (auto error = store.create()) {
            qWarning("%s", qPrintable(error->message));
            return false;
        }
        {
            auto database = store.open();
            if (!database)
                return false;
            QList<std::tuple<QString, Role, qint64>> accounts = {
                {u"human.kim"_s, Role::Agent, store.humanId},
                {u"colleague.lee"_s, Role::TeamLead, store.colleagueId}};
            if (adminAccount)
                accounts.append({u"sam.smith"_s, Role::Admin, store.englishAgentId});
            for (const auto &[login, role, agentId] : std::as_const(accounts)) {
                User user;
                user.login = login;
                user.displayName = login;
                user.role = role;
                user.agentId = agentId;
                user.passwordHash = u"$argon2id$v=19$m=65536,t=2,p=1$not-used-here"_s;
                user.createdMs = StartMs;
                user.passwordChangedMs = StartMs;
                if (auto error = UserRepository(*database).add(user)) {
                    qWarning("%s", qPrintable(error->message));
                    return false;
                }
            }
        }
        EmbeddedBackendOptions options;
        options.clock = &clock;
        options.durableRouting = false;
        desk = std::make_unique<EmbeddedBackend>(store.open(), options);
        if (desk->centreError()) {
            qWarning("%s", qPrintable(desk->centreError()->message));
            return false;
        }
        if (!folder.isValid())
            return false;
        desk->host().setUpRecordings(folder.filePath(u"vault"_s), keyring);
        coaching = std::make_unique<EmbeddedCoachingBackend>(desk->host(), *desk);
        return true;
    }

    ContactCentre &centre() { return desk->centre(); }

    template <typename T, typename Request>
    static BackendResult<T> ask(Request request)
    {
        std::optional<BackendResult<T>> answer;
        request([&answer](const BackendResult<T> &result) { answer = result; });
        if (!answer)
            return BackendError{u"no-answer"_s, u"the embedded backend did not answer at once"_s};
        return *answer;
    }

    bool signInAs(const QString &login)
    {
        if (desk->session() && !ask<bool>([&](auto reply) { desk->signOut(reply); }).ok())
            return false;
        const auto session = ask<AgentSession>([&](auto reply) { desk->signIn(login, QString(), reply); });
        return session.ok();
    }

    // A call the agent takes and closes, `talkMs` long; the agent is Not Ready afterwards, so the
    // next customer goes to whoever the test means.
    qint64 closedCall(qint64 agentId, const QString &from, qint64 talkMs = 30 * SecondMs)
    {
        if (centre().setAgentState(agentId, AgentState::Ready))
            return 0;
        InboundContact contact;
        contact.channel = Channel::Voice;
        contact.queueId = u"sales"_s;
        contact.from = from;
        const ArrivalResult arrival = centre().contactArrived(contact);
        if (arrival.error || arrival.agentId != agentId
            || centre().acceptOffer(agentId, arrival.interactionId))
            return 0;
        clock.advanceBy(talkMs);
        if (centre().endContact(agentId, arrival.interactionId))
            return 0;
        WrapUp wrapUp;
        wrapUp.interactionId = arrival.interactionId;
        wrapUp.dispositionCode = u"resolved"_s;
        if (centre().finishWrapUp(agentId, wrapUp)
            || centre().setAgentState(agentId, AgentState::NotReady, u"break"_s))
            return 0;
        return arrival.interactionId;
    }

    qint64 recordingIdOf(qint64 interactionId)
    {
        auto found = RecordingRepository(desk->database()).findByInteraction(interactionId);
        return found ? found->id : 0;
    }

    Evaluation evaluationOf(qint64 interactionId, qint64 agentId, const Scorecard &form, bool complete)
    {
        Evaluation evaluation;
        evaluation.interactionId = interactionId;
        evaluation.agentId = agentId;
        evaluation.scorecardId = form.id;
        evaluation.scorecardVersion = form.version;
        for (const ScorecardSection &section : form.sections) {
            for (const ScorecardQuestion &question : section.questions) {
                if (complete || evaluation.answers.isEmpty())
                    evaluation.answers.append(ScorecardAnswer::of(question.id, question.maximumValue()));
            }
        }
        return evaluation;
    }
};

QList<qint64> interactionsOf(const RecordingPage &page)
{
    QList<qint64> ids;
    for (const Recording &recording : page.recordings)
        ids.append(recording.interactionId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestCoachingBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userIsTheAccountOfTheSignedInAgent();
    void agentSeesOnlyTheirOwnAndTheLeadEveryone();
    void retentionKeepsHeldAndEvaluatedRecordings();
    void withoutAKeyNothingIsRecorded();
};

void TestCoachingBackend::userIsTheAccountOfTheSignedInAgent()
{
    Fixture f;
    QVERIFY(f.setUp(testKey(), false));
    QVERIFY(!f.coaching->user());
    QCOMPARE(
        (Fixture::ask<QList<Scorecard>>([&](auto reply) { f.coaching->scorecards(reply); })).error().code,
        u"not-signed-in"_s);

    QSignalSpy changed(f.coaching.get(), &CoachingBackend::userChanged);
    QVERIFY(f.signInAs(u"colleague.lee"_s));
    QCOMPARE(changed.size(), 1);
    QVERIFY(f.coaching->user());
    QCOMPARE(f.coaching->user()->login, u"colleague.lee"_s);
    QCOMPARE(f.coaching->user()->role, Role::TeamLead); // the account's role, not the desk's
    QCOMPARE(f.coaching->user()->agentId, f.store.colleagueId);

    // An agent nobody's account is linked to works at the desk, but does not coach.
    QVERIFY(f.signInAs(u"sam.smith"_s));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!f.coaching->user());
    const auto refused =
        Fixture::ask<QList<CoachableAgent>>([&](auto reply) { f.coaching->coachableAgents(reply); });
    QCOMPARE(refused.error().code, u"not-signed-in"_s);
    QVERIFY2(refused.error().message.contains(u"no user account"_s), qPrintable(refused.error().message));
    QVERIFY(!f.coaching->recordingsUnavailable());
}

void TestCoachingBackend::agentSeesOnlyTheirOwnAndTheLeadEveryone()
{
    Fixture f;
    QVERIFY(f.setUp());
    QSignalSpy added(f.coaching.get(), &CoachingBackend::recordingAdded);
    const qint64 humansCall = f.closedCall(f.store.humanId, f.store.koreanPhone);
    const qint64 samsCall = f.closedCall(f.store.englishAgentId, f.store.englishPhone);
    QVERIFY(humansCall != 0 && samsCall != 0);
    QCOMPARE(added.size(), 2);
    const qint64 humansRecording = f.recordingIdOf(humansCall);
    const qint64 samsRecording = f.recordingIdOf(samsCall);
    QCOMPARE(added.at(0).at(0).toLongLong(), humansRecording);

    // The agent: only their own recordings, and only their own playback.
    QVERIFY(f.signInAs(u"human.kim"_s));
    QCOMPARE(f.coaching->user()->role, Role::Agent);
    auto page = Fixture::ask<RecordingPage>([&](auto reply) { f.coaching->searchRecordings({}, reply); });
    QVERIFY(page.ok());
    QCOMPARE(interactionsOf(page.value()), QList<qint64>({humansCall}));
    RecordingQuery others;
    others.agentId = f.store.englishAgentId;
    QCOMPARE((Fixture::ask<RecordingPage>([&](auto reply) { f.coaching->searchRecordings(others, reply); }))
                 .error()
                 .code,
             u"forbidden"_s);
    QCOMPARE(
        (Fixture::ask<OpenedRecording>([&](auto reply) { f.coaching->openRecording(samsRecording, reply); }))
            .error()
            .code,
        u"forbidden"_s);
    auto own =
        Fixture::ask<OpenedRecording>([&](auto reply) { f.coaching->openRecording(humansRecording, reply); });
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
    QCOMPARE(own.value().recording.interactionId, humansCall);
    QCOMPARE(WavFile::decode(own.value().content)->durationMs(), 30 * SecondMs);
    auto agents =
        Fixture::ask<QList<CoachableAgent>>([&](auto reply) { f.coaching->coachableAgents(reply); });
    QCOMPARE(agents.value().size(), 1);
    QCOMPARE(agents.value().first().agentId, f.store.humanId);

    // The team lead: everyone's, and evaluates them.
    QVERIFY(f.signInAs(u"colleague.lee"_s));
    page = Fixture::ask<RecordingPage>([&](auto reply) { f.coaching->searchRecordings({}, reply); });
    QCOMPARE(interactionsOf(page.value()), QList<qint64>({humansCall, samsCall}));
    QVERIFY((Fixture::ask<OpenedRecording>([&](auto reply) {
                f.coaching->openRecording(samsRecording, reply);
            })).ok());
    QCOMPARE((Fixture::ask<QList<CoachableAgent>>([&](auto reply) { f.coaching->coachableAgents(reply); }))
                 .value()
                 .size(),
             3);
    QSignalSpy coachingChanged(f.coaching.get(), &CoachingBackend::coachingChanged);
    auto form = Fixture::ask<Scorecard>(
        [&](auto reply) { f.coaching->saveScorecard(DemoScorecard::customerServiceCall(), reply); });
    QVERIFY2(form.ok(), qPrintable(form.ok() ? QString() : form.error().message));
    QCOMPARE(form.value().version, 1);
    auto draft = Fixture::ask<Evaluation>([&](auto reply) {
        f.coaching->saveEvaluationDraft(f.evaluationOf(humansCall, f.store.humanId, form.value(), true),
                                        reply);
    });
    QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().message));
    QCOMPARE(draft.value().evaluatorName, u"colleague.lee"_s);
    auto submitted =
        Fixture::ask<Evaluation>([&](auto reply) { f.coaching->submitEvaluation(draft.value().id, reply); });
    QCOMPARE(submitted.value().status, EvaluationStatus::Submitted);
    // A second one on Sam's call stays a draft.
    QVERIFY((Fixture::ask<Evaluation>([&](auto reply) {
                f.coaching->saveEvaluationDraft(
                    f.evaluationOf(samsCall, f.store.englishAgentId, form.value(), false), reply);
            })).ok());
    QCOMPARE(coachingChanged.size(), 4); // the form, two drafts, a submission
    RecordingQuery evaluated;
    evaluated.evaluation = RecordingQuery::Evaluation::Evaluated;
    page = Fixture::ask<RecordingPage>([&](auto reply) { f.coaching->searchRecordings(evaluated, reply); });
    QCOMPARE(interactionsOf(page.value()), QList<qint64>({humansCall}));
    evaluated.evaluation = RecordingQuery::Evaluation::NotEvaluated;
    page = Fixture::ask<RecordingPage>([&](auto reply) { f.coaching->searchRecordings(evaluated, reply); });
    QCOMPARE(interactionsOf(page.value()), QList<qint64>({samsCall}));
    QCOMPARE((Fixture::ask<QList<AuditEntry>>(
                  [&](auto reply) { f.coaching->auditEntries(AuditFilter(), 50, reply); }))
                 .error()
                 .code,
             u"forbidden"_s);

    // Back to the agent: their evaluation, submitted, not the draft about Sam; not Sam's.
    QVERIFY(f.signInAs(u"human.kim"_s));
    auto mine = Fixture::ask<QList<Evaluation>>(
        [&](auto reply) { f.coaching->evaluationsForAgent(f.store.humanId, reply); });
    QCOMPARE(mine.value().size(), 1);
    QCOMPARE(mine.value().first().id, draft.value().id);
    QCOMPARE((Fixture::ask<QList<Evaluation>>(
                  [&](auto reply) { f.coaching->evaluationsForAgent(f.store.englishAgentId, reply); }))
                 .error()
                 .code,
             u"forbidden"_s);
    auto acknowledged = Fixture::ask<Evaluation>(
        [&](auto reply) { f.coaching->acknowledgeEvaluation(draft.value().id, u"Thanks"_s, reply); });
    QCOMPARE(acknowledged.value().status, EvaluationStatus::Acknowledged);

    // The admin reads the audit log: who tried to play Sam's recording, and who did.
    QVERIFY(f.signInAs(u"sam.smith"_s));
    AuditFilter filter;
    filter.resource = Recording::auditResourceOf(samsRecording);
    auto entries =
        Fixture::ask<QList<AuditEntry>>([&](auto reply) { f.coaching->auditEntries(filter, 50, reply); });
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 2); // newest first
    QCOMPARE(entries.value().at(0).login, u"colleague.lee"_s);
    QCOMPARE(entries.value().at(0).action, u"recording.play"_s);
    QCOMPARE(entries.value().at(0).outcome, u"done"_s);
    QCOMPARE(entries.value().at(1).login, u"human.kim"_s);
    QCOMPARE(entries.value().at(1).outcome, u"denied"_s);
}

void TestCoachingBackend::retentionKeepsHeldAndEvaluatedRecordings()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(!SettingsRepository(f.desk->database())
                 .setValue(CentreHost::RetentionDaysSetting.toString(), u"1"_s));
    const qint64 held = f.closedCall(f.store.humanId, f.store.koreanPhone);
    const qint64 evaluated = f.closedCall(f.store.humanId, f.store.koreanPhone);
    const qint64 due = f.closedCall(f.store.humanId, f.store.koreanPhone);
    QVERIFY(held != 0 && evaluated != 0 && due != 0);

    QVERIFY(f.signInAs(u"sam.smith"_s));
    QVERIFY((Fixture::ask<bool>([&](auto reply) {
                f.coaching->setLegalHold(f.recordingIdOf(held), true, reply);
            })).ok());
    QVERIFY(f.signInAs(u"colleague.lee"_s));
    // A team lead may not put a hold on a recording.
    QCOMPARE(
        (Fixture::ask<bool>([&](auto reply) { f.coaching->setLegalHold(f.recordingIdOf(due), true, reply); }))
            .error()
            .code,
        u"forbidden"_s);
    auto form = Fixture::ask<Scorecard>(
        [&](auto reply) { f.coaching->saveScorecard(DemoScorecard::customerServiceCall(), reply); });
    QVERIFY((Fixture::ask<Evaluation>([&](auto reply) {
                f.coaching->saveEvaluationDraft(
                    f.evaluationOf(evaluated, f.store.humanId, form.value(), false), reply);
            })).ok());

    // Retention runs daily on the centre's clock: the first run a day after the start finds
    // nothing a day old yet, the second deletes what is neither held nor under evaluation.
    f.clock.advanceBy(25 * HourMs);
    RecordingRepository recordings(f.desk->database());
    QVERIFY(!recordings.findById(f.recordingIdOf(due))->isDeleted());
    f.clock.advanceBy(24 * HourMs);
    QVERIFY(recordings.findById(f.recordingIdOf(due))->isDeleted());
    QVERIFY(!f.desk->host().recordingVault()->contains(f.recordingIdOf(due)));
    QVERIFY(!recordings.findById(f.recordingIdOf(held))->isDeleted());
    QVERIFY(!recordings.findById(f.recordingIdOf(evaluated))->isDeleted());
    QVERIFY(f.desk->host().recordingVault()->contains(f.recordingIdOf(evaluated)));

    // The admin sees the system's deletion in the log, after the team lead's refused hold.
    QVERIFY(f.signInAs(u"sam.smith"_s));
    // Nor may an admin delete by hand what is still being evaluated or held.
    QCOMPARE((Fixture::ask<bool>([&](auto reply) {
                 f.coaching->deleteRecording(f.recordingIdOf(evaluated), u"tidy up"_s, reply);
             }))
                 .error()
                 .code,
             u"recording-under-evaluation"_s);
    QCOMPARE((Fixture::ask<bool>([&](auto reply) {
                 f.coaching->deleteRecording(f.recordingIdOf(held), u"tidy up"_s, reply);
             }))
                 .error()
                 .code,
             u"recording-legal-hold"_s);
    QVERIFY(!recordings.findById(f.recordingIdOf(evaluated))->isDeleted());
    AuditFilter filter;
    filter.resource = Recording::auditResourceOf(f.recordingIdOf(due));
    auto entries =
        Fixture::ask<QList<AuditEntry>>([&](auto reply) { f.coaching->auditEntries(filter, 10, reply); });
    QCOMPARE(entries.value().size(), 2);
    QCOMPARE(entries.value().at(0).role, u"system"_s);
    QCOMPARE(entries.value().at(0).action, u"recording.delete"_s);
    QCOMPARE(entries.value().at(0).outcome, u"done"_s);
    QCOMPARE(entries.value().at(1).login, u"colleague.lee"_s);
    QCOMPARE(entries.value().at(1).outcome, u"denied"_s);

    // Run by hand with the setting broken: refused, and nothing else is deleted.
    QVERIFY(!SettingsRepository(f.desk->database())
                 .setValue(CentreHost::RetentionDaysSetting.toString(), u"a week"_s));
    QCOMPARE(f.desk->host().purgeRecordings().error().code, u"recording-invalid-retention"_s);
}

void TestCoachingBackend::withoutAKeyNothingIsRecorded()
{
    // A key file others may read is refused, so there is no key: no recording, and no fallback.
    QTemporaryDir keys;
    const QString keyPath = keys.filePath(u"recording.key"_s);
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(QByteArray(RecordingKeyring::KeyBytes, 'k'));
    keyFile.close();
    QVERIFY(
        keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    auto keyring = RecordingKeyring::fromKeyFile(keyPath);
    QVERIFY(!keyring);

    Fixture f;
    QVERIFY(f.setUp(keyring));
    const std::optional<BackendError> why = f.coaching->recordingsUnavailable();
    QVERIFY(why);
    QCOMPARE(why->code, u"unavailable"_s);
    QVERIFY2(why->message.contains(u"not recorded"_s) && why->message.contains(u"chmod 600"_s),
             qPrintable(why->message));
    QVERIFY(!f.desk->host().recorder());

    QSignalSpy changes(&f.centre(), &ContactCentre::contactChanged);
    const qint64 call = f.closedCall(f.store.humanId, f.store.koreanPhone);
    QVERIFY(call != 0);
    // The agent was not told the call was recorded, and it was not.
    for (const QList<QVariant> &change : std::as_const(changes))
        QCOMPARE(change.at(0).value<ContactSummary>().recording, RecordingState::None);
    QVERIFY(RecordingRepository(f.desk->database()).findByInteraction(call).isNotFound());

    QVERIFY(f.signInAs(u"colleague.lee"_s));
    QCOMPARE((Fixture::ask<RecordingPage>([&](auto reply) { f.coaching->searchRecordings({}, reply); }))
                 .error()
                 .code,
             u"unavailable"_s);
    // Scorecards and evaluations do not need the vault.
    QVERIFY((Fixture::ask<Scorecard>([&](auto reply) {
                f.coaching->saveScorecard(DemoScorecard::customerServiceCall(), reply);
            })).ok());
}

QTEST_GUILESS_MAIN(TestCoachingBackend)

#include "tst_coachingbackend.moc"

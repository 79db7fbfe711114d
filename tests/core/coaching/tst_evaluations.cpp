// Scorecard versions, evaluations, timestamped comments, calibration and coaching sessions on a
// real database (core/coaching), run twice like the store suite: tst_evaluations_sqlite on
// SQLite files and tst_evaluations_postgres (CONTACTDESK_STORE_TEST_BACKEND=postgres) on the server named
// by CONTACTDESK_TEST_POSTGRES. Every test opens its own fresh database. Who may do what is
// checked here through the repositories, as a client would meet it.
#include "coaching/calibration.h"
#include "coaching/coachingcommentrepository.h"
#include "coaching/coachingsessionrepository.h"
#include "coaching/demoscorecard.h"
#include "coaching/evaluationerrors.h"
#include "coaching/evaluationrepository.h"
#include "coaching/scorecardrepository.h"
#include "domain/agent.h"
#include "domain/interaction.h"
#include "domain/message.h"
#include "security/accounterrors.h"
#include "security/permissions.h"
#include "security/user.h"
#include "security/userrepository.h"
#include "store/agentrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/messagerepository.h"
#include "storetestdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static const DatabaseBackend TestBackend = storeTestBackend();

// 2026-01-01 00:00:00 UTC: every time in these tests is an offset from it.
static constexpr qint64 T0 = 1767225600000;
static constexpr qint64 Hour = 60 * 60 * 1000;

static QByteArray describe(const std::optional<DomainError> &error)
{
    return error ? (error->code + u": "_s + error->message).toUtf8() : QByteArray();
}

#define VERIFY_OK(expression)                                   \
    do {                                                        \
        const std::optional<DomainError> error_ = (expression); \
        QVERIFY2(!error_, describe(error_).constData());        \
    } while (false)

#define VERIFY_RESULT(expression)                                                                  \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        QVERIFY2(result_.ok(),                                                                     \
                 (result_.error().code + u": "_s + result_.error().message).toUtf8().constData()); \
    } while (false)

#define VERIFY_REFUSED(expression, expectedCode)                                           \
    do {                                                                                   \
        const std::optional<DomainError> error_ = (expression);                            \
        QVERIFY2(error_, "expected " #expectedCode ", got success");                       \
        QVERIFY2(error_->code == QStringView(expectedCode), describe(error_).constData()); \
    } while (false)

#define VERIFY_ERROR(expression, expectedCode)                                                     \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        QVERIFY2(!result_.ok(), "expected " #expectedCode ", got a value");                        \
        QVERIFY2(result_.error().code == QStringView(expectedCode),                                \
                 (result_.error().code + u": "_s + result_.error().message).toUtf8().constData()); \
    } while (false)

static const QStringView Forbidden = AccountErrorCode::Forbidden;

static ScorecardQuestion yesNo(const QString &id, bool critical = false, bool naAllowed = false)
{
    ScorecardQuestion question;
    question.id = id;
    question.textEn = u"Did "_s + id;
    question.textKo = id + u" 했는가"_s;
    question.critical = critical;
    question.notApplicableAllowed = naAllowed;
    return question;
}

// Ten yes/no questions of weight 1: each "yes" is worth exactly 10 points.
static Scorecard tenQuestions()
{
    Scorecard form;
    form.id = u"ten"_s;
    form.nameEn = u"Ten questions"_s;
    form.nameKo = u"열 문항"_s;
    ScorecardSection first{u"first"_s, u"First"_s, u"첫째"_s, {}};
    ScorecardSection second{u"second"_s, u"Second"_s, u"둘째"_s, {}};
    for (int i = 1; i <= 10; ++i)
        (i <= 5 ? first : second).questions.append(yesNo(u"q%1"_s.arg(i)));
    form.sections = {first, second};
    return form;
}

// The first `yes` questions answered yes, the rest no.
static QList<ScorecardAnswer> yesToFirst(int yes)
{
    QList<ScorecardAnswer> answers;
    for (int i = 1; i <= 10; ++i)
        answers.append(ScorecardAnswer::of(u"q%1"_s.arg(i), i <= yes ? 1 : 0));
    return answers;
}

class TestEvaluations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void freshDatabaseHasCoachingTables();
    void scorecardVersions();
    void evaluationKeepsItsFormVersion();
    void draftThenSubmitStoresTheScore();
    void onlyTheEvaluatorChangesADraft();
    void agentReadsOnlyOwnSubmittedEvaluations();
    void acknowledgeAndDispute();
    void interactionsUnderEvaluation();
    void commentsOrderedByAnchor();
    void commentPermissions();
    void calibrationSpread();
    void calibrationRefusesWhatCannotBeCompared();
    void coachingSessionsVisibleToTheirAgentAndLeads();
    void coachingSessionLinksAreChecked();
    void scoreTrendInSubmissionOrder();

private:
    qint64 addAgent(const QString &login);
    qint64 addUser(const QString &login, Role role, qint64 agentId);
    qint64 addInteraction(qint64 agentId, Channel channel = Channel::Voice);
    qint64 addMessage(qint64 interactionId, qint64 sentMs, const QString &body);
    Scorecard storeForm(Scorecard form);
    // A draft by `lead` of `interactionId` (handled by `agentId`) with `answers`.
    Evaluation draft(const Principal &lead, qint64 interactionId, qint64 agentId, const Scorecard &form,
                     const QList<ScorecardAnswer> &answers, qint64 atMs = T0);
    // A draft submitted at once; returns it as stored.
    Evaluation submitted(const Principal &lead, qint64 interactionId, qint64 agentId, const Scorecard &form,
                         const QList<ScorecardAnswer> &answers, qint64 atMs = T0);

    std::unique_ptr<StoreTestDatabase> m_databases;
    std::unique_ptr<Database> m_database;
    // Agents Ahn and Baek, their users, two team leads and a supervisor, in every test's database.
    qint64 m_agentA = 0;
    qint64 m_agentB = 0;
    Principal m_ahn;
    Principal m_baek;
    Principal m_lead;
    Principal m_otherLead;
    Principal m_supervisor;
};

void TestEvaluations::initTestCase()
{
    m_databases = std::make_unique<StoreTestDatabase>(TestBackend);
    if (!m_databases->unavailableReason().isEmpty())
        QFAIL(m_databases->unavailableReason().toUtf8().constData());
}

void TestEvaluations::init()
{
    m_database = std::make_unique<Database>();
    VERIFY_OK(m_database->open(m_databases->freshConnectionString(u"coaching"_s)));
    m_agentA = addAgent(u"ahn"_s);
    m_agentB = addAgent(u"baek"_s);
    m_ahn = Principal{addUser(u"ahn"_s, Role::Agent, m_agentA), Role::Agent, m_agentA};
    m_baek = Principal{addUser(u"baek"_s, Role::Agent, m_agentB), Role::Agent, m_agentB};
    m_lead = Principal{addUser(u"lead.choi"_s, Role::TeamLead, 0), Role::TeamLead, 0};
    m_otherLead = Principal{addUser(u"lead.jung"_s, Role::TeamLead, 0), Role::TeamLead, 0};
    m_supervisor = Principal{addUser(u"sup.kang"_s, Role::Supervisor, 0), Role::Supervisor, 0};
    QVERIFY(m_ahn.userId > 0 && m_baek.userId > 0 && m_lead.userId > 0 && m_otherLead.userId > 0
            && m_supervisor.userId > 0);
}

void TestEvaluations::cleanup()
{
    m_database.reset();
}

void TestEvaluations::cleanupTestCase()
{
    m_database.reset();
    m_databases.reset();
}

qint64 TestEvaluations::addAgent(const QString &login)
{
    Agent agent;
    agent.login = login;
    agent.displayName = login;
    if (auto error = AgentRepository(*m_database).insert(agent))
        qWarning("agent: %s", describe(error).constData());
    return agent.id;
}

qint64 TestEvaluations::addUser(const QString &login, Role role, qint64 agentId)
{
    User user;
    user.login = login;
    user.displayName = login;
    user.role = role;
    user.agentId = agentId;
    // Nobody signs in here: any stored hash will do, and Argon2id would only slow the suite.
    user.passwordHash = u"$argon2id$v=19$m=65536,t=2,p=1$not-used"_s;
    user.createdMs = T0;
    user.passwordChangedMs = T0;
    if (auto error = UserRepository(*m_database).add(user))
        qWarning("user: %s", describe(error).constData());
    return user.id;
}

qint64 TestEvaluations::addInteraction(qint64 agentId, Channel channel)
{
    Interaction interaction = Interaction::create(channel, Direction::Inbound, T0);
    interaction.queueId = u"support"_s;
    interaction.agentId = agentId;
    if (auto error = InteractionRepository(*m_database).insert(interaction))
        qWarning("interaction: %s", describe(error).constData());
    return interaction.id;
}

qint64 TestEvaluations::addMessage(qint64 interactionId, qint64 sentMs, const QString &body)
{
    Message message;
    message.interactionId = interactionId;
    message.sender = SenderRole::Customer;
    message.senderName = u"Customer"_s;
    message.body = body;
    message.sentAtMs = sentMs;
    if (auto error = MessageRepository(*m_database).append(message))
        qWarning("message: %s", describe(error).constData());
    return message.id;
}

Scorecard TestEvaluations::storeForm(Scorecard form)
{
    if (auto error = ScorecardRepository(*m_database).save(m_lead, form, T0))
        qWarning("scorecard: %s", describe(error).constData());
    return form;
}

Evaluation TestEvaluations::draft(const Principal &lead, qint64 interactionId, qint64 agentId,
                                  const Scorecard &form, const QList<ScorecardAnswer> &answers, qint64 atMs)
{
    Evaluation evaluation;
    evaluation.interactionId = interactionId;
    evaluation.agentId = agentId;
    evaluation.evaluatorName = u"Lead %1"_s.arg(lead.userId);
    evaluation.scorecardId = form.id;
    evaluation.scorecardVersion = form.version;
    evaluation.answers = answers;
    if (auto error = EvaluationRepository(*m_database).saveDraft(lead, evaluation, atMs))
        qWarning("draft: %s", describe(error).constData());
    return evaluation;
}

Evaluation TestEvaluations::submitted(const Principal &lead, qint64 interactionId, qint64 agentId,
                                      const Scorecard &form, const QList<ScorecardAnswer> &answers,
                                      qint64 atMs)
{
    const Evaluation evaluation = draft(lead, interactionId, agentId, form, answers, atMs);
    auto result = EvaluationRepository(*m_database).submit(lead, evaluation.id, atMs);
    if (!result) {
        qWarning("submit: %s", describe(result.error()).constData());
        return evaluation;
    }
    return result.value();
}

// --- Forms ---------------------------------------------------------------------------------

void TestEvaluations::freshDatabaseHasCoachingTables()
{
    auto version = m_database->schemaVersion();
    VERIFY_RESULT(version);
    QVERIFY(version.value() >= 7);
    for (const QString &table : {u"scorecards"_s, u"evaluations"_s, u"evaluation_comments"_s,
                                 u"coaching_sessions"_s, u"coaching_session_items"_s}) {
        auto counted = m_database->execute(u"SELECT COUNT(*) FROM "_s + table);
        VERIFY_RESULT(counted);
        QVERIFY(counted.value()->next());
        QCOMPARE(counted.value()->value(0).toLongLong(), 0);
        counted.value()->finish();
    }
}

void TestEvaluations::scorecardVersions()
{
    ScorecardRepository forms(*m_database);
    Scorecard form = DemoScorecard::customerServiceCall();
    VERIFY_REFUSED(forms.save(m_ahn, form, T0), Forbidden); // agents do not edit forms
    VERIFY_OK(forms.save(m_lead, form, T0));
    QCOMPARE(form.version, 1);

    // Saved again unchanged (texts with stray spaces are the same text): still version 1.
    Scorecard same = DemoScorecard::customerServiceCall();
    same.nameEn = u"  Customer service call "_s;
    VERIFY_OK(forms.save(m_lead, same, T0 + 1));
    QCOMPARE(same.version, 1);

    Scorecard edited = form;
    edited.sections[0].questions[0].weight = 2;
    VERIFY_OK(forms.save(m_supervisor, edited, T0 + 2));
    QCOMPARE(edited.version, 2);

    auto versions = forms.versions(form.id);
    VERIFY_RESULT(versions);
    QCOMPARE(versions.value(), (QList<int>{1, 2}));
    auto first = forms.find(form.id, 1);
    VERIFY_RESULT(first);
    QVERIFY(first->sameContent(DemoScorecard::customerServiceCall()));
    QCOMPARE(first->version, 1);
    auto latest = forms.latest(form.id);
    VERIFY_RESULT(latest);
    QCOMPARE(latest->version, 2);
    QCOMPARE(latest->sections[0].questions[0].weight, 2.0);
    QCOMPARE(latest->question(u"no-card-number-read-back"_s)->textKo,
             DemoScorecard::customerServiceCall().question(u"no-card-number-read-back"_s)->textKo);

    Scorecard other = tenQuestions();
    VERIFY_OK(forms.save(m_lead, other, T0));
    auto all = forms.listLatest();
    VERIFY_RESULT(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, form.id);
    QCOMPARE(all->at(0).version, 2);
    QCOMPARE(all->at(1).id, u"ten"_s);

    VERIFY_ERROR(forms.find(form.id, 3), StoreErrorCode::NotFound);
    VERIFY_ERROR(forms.latest(u"missing"_s), StoreErrorCode::NotFound);
    Scorecard broken = tenQuestions();
    broken.sections[1].questions.clear();
    VERIFY_REFUSED(forms.save(m_lead, broken, T0), EvaluationErrorCode::InvalidScorecard);
}

void TestEvaluations::evaluationKeepsItsFormVersion()
{
    const Scorecard v1 = storeForm(tenQuestions());
    const qint64 interaction = addInteraction(m_agentA);
    const Evaluation drafted = draft(m_lead, interaction, m_agentA, v1, yesToFirst(6));
    QVERIFY(drafted.id > 0);

    // The form changes while the draft is open: q1 now weighs 11, so yes-to-six would be 80 %.
    Scorecard v2 = v1;
    v2.sections[0].questions[0].weight = 11;
    v2 = storeForm(v2);
    QCOMPARE(v2.version, 2);

    auto result = EvaluationRepository(*m_database).submit(m_lead, drafted.id, T0 + Hour);
    VERIFY_RESULT(result);
    QCOMPARE(result->scorecardVersion, 1);
    QCOMPARE(result->score->percent.value_or(-1), 60.0);

    // A new evaluation with version 2 scores with its weights.
    const Evaluation withV2 = submitted(m_lead, addInteraction(m_agentA), m_agentA, v2, yesToFirst(6));
    QCOMPARE(withV2.score->percent.value_or(-1), 80.0);

    // An evaluation must name a stored version.
    Evaluation unknown;
    unknown.interactionId = interaction;
    unknown.agentId = m_agentA;
    unknown.evaluatorName = u"Choi"_s;
    unknown.scorecardId = v1.id;
    unknown.scorecardVersion = 3;
    VERIFY_REFUSED(EvaluationRepository(*m_database).saveDraft(m_lead, unknown, T0),
                   StoreErrorCode::NotFound);
}

// --- Evaluations ---------------------------------------------------------------------------

void TestEvaluations::draftThenSubmitStoresTheScore()
{
    EvaluationRepository evaluations(*m_database);
    const Scorecard form = storeForm(tenQuestions());
    const qint64 interaction = addInteraction(m_agentA);

    // A draft may be incomplete, and keeps comments on questions not scored yet.
    QList<ScorecardAnswer> partial = yesToFirst(7).mid(0, 8);
    partial.append(ScorecardAnswer{u"q9"_s, std::nullopt, false, u"listen again at 2:10"_s});
    Evaluation evaluation = draft(m_lead, interaction, m_agentA, form, partial, T0);
    QVERIFY(evaluation.id > 0);
    QCOMPARE(evaluation.status, EvaluationStatus::Draft);
    QCOMPARE(evaluation.evaluatorUserId, m_lead.userId);
    QCOMPARE(evaluation.createdMs, T0);
    QVERIFY(!evaluation.score);

    auto incomplete = evaluations.submit(m_lead, evaluation.id, T0 + 10);
    VERIFY_ERROR(incomplete, EvaluationErrorCode::Incomplete);
    QVERIFY2(incomplete.error().message.contains(u"q9, q10"_s), qPrintable(incomplete.error().message));

    // Answers that the form refuses are refused in a draft too.
    Evaluation wrong = evaluation;
    wrong.answers = {ScorecardAnswer::of(u"q1"_s, 5)};
    VERIFY_REFUSED(evaluations.saveDraft(m_lead, wrong, T0 + 20), EvaluationErrorCode::InvalidAnswer);
    wrong.answers = {ScorecardAnswer::na(u"q1"_s)};
    VERIFY_REFUSED(evaluations.saveDraft(m_lead, wrong, T0 + 20), EvaluationErrorCode::NotApplicableRefused);

    evaluation.answers = yesToFirst(7);
    evaluation.answers[8].comment = u"listen again at 2:10"_s;
    evaluation.overallComment = u"Good call; verify earlier."_s;
    VERIFY_OK(evaluations.saveDraft(m_lead, evaluation, T0 + 30));
    QCOMPARE(evaluation.updatedMs, T0 + 30);
    QCOMPARE(evaluation.createdMs, T0);

    auto result = evaluations.submit(m_lead, evaluation.id, T0 + 40);
    VERIFY_RESULT(result);
    QCOMPARE(result->status, EvaluationStatus::Submitted);
    QCOMPARE(result->submittedMs, T0 + 40);
    QVERIFY(result->score.has_value());
    QCOMPARE(result->score->outcome, ScoreOutcome::Scored);
    QCOMPARE(result->score->percent.value_or(-1), 70.0);
    QCOMPARE(result->score->sections.at(0).percent.value_or(-1), 100.0); // q1..q5 yes
    QCOMPARE(result->score->sections.at(1).percent.value_or(-1), 40.0);  // q6, q7 yes of q6..q10

    // What is stored reads back whole, and the percentage column holds the score.
    auto stored = evaluations.findById(m_lead, evaluation.id);
    VERIFY_RESULT(stored);
    QCOMPARE(stored->status, EvaluationStatus::Submitted);
    QCOMPARE(stored->score.value(), result->score.value());
    QCOMPARE(stored->answers, evaluation.answers);
    QCOMPARE(stored->answer(u"q9"_s)->comment, u"listen again at 2:10"_s);
    QCOMPARE(stored->overallComment, u"Good call; verify earlier."_s);
    auto column = m_database->execute(u"SELECT score_percent FROM evaluations WHERE id = ?"_s,
                                      {qlonglong(evaluation.id)});
    VERIFY_RESULT(column);
    QVERIFY(column.value()->next());
    QCOMPARE(column.value()->value(0).toDouble(), 70.0);
    column.value()->finish();

    // Submitted is final for the evaluator.
    VERIFY_ERROR(evaluations.submit(m_lead, evaluation.id, T0 + 50), EvaluationErrorCode::WrongStatus);
    evaluation.answers = yesToFirst(10);
    VERIFY_REFUSED(evaluations.saveDraft(m_lead, evaluation, T0 + 50), EvaluationErrorCode::WrongStatus);
    VERIFY_REFUSED(evaluations.discardDraft(m_lead, evaluation.id), EvaluationErrorCode::WrongStatus);

    // A failed critical question is stored as 0 with the question named.
    Scorecard critical = tenQuestions();
    critical.id = u"ten-critical"_s;
    critical.sections[1].questions[4].critical = true; // q10
    critical = storeForm(critical);
    const Evaluation failed = submitted(m_lead, interaction, m_agentA, critical, yesToFirst(9));
    QCOMPARE(failed.status, EvaluationStatus::Submitted);
    QCOMPARE(failed.score->outcome, ScoreOutcome::CriticalFailed);
    QCOMPARE(failed.score->percent.value_or(-1), 0.0);
    QCOMPARE(failed.score->weightedPercent.value_or(-1), 90.0);
    QCOMPARE(failed.score->failedCriticalQuestions, QStringList{u"q10"_s});
}

void TestEvaluations::onlyTheEvaluatorChangesADraft()
{
    EvaluationRepository evaluations(*m_database);
    const Scorecard form = storeForm(tenQuestions());
    const qint64 interaction = addInteraction(m_agentA);
    Evaluation evaluation = draft(m_lead, interaction, m_agentA, form, yesToFirst(5));
    QVERIFY(evaluation.id > 0);

    Evaluation byOther = evaluation;
    byOther.answers = yesToFirst(10);
    VERIFY_REFUSED(evaluations.saveDraft(m_otherLead, byOther, T0 + 1), Forbidden);
    VERIFY_ERROR(evaluations.submit(m_otherLead, evaluation.id, T0 + 1), Forbidden);
    VERIFY_REFUSED(evaluations.discardDraft(m_otherLead, evaluation.id), Forbidden);
    // Agents write no evaluations, not even of a colleague.
    VERIFY_REFUSED(evaluations.saveDraft(m_baek, byOther, T0 + 1), Forbidden);
    Evaluation fresh;
    fresh.interactionId = interaction;
    fresh.agentId = m_agentA;
    fresh.evaluatorName = u"Baek"_s;
    fresh.scorecardId = form.id;
    fresh.scorecardVersion = form.version;
    VERIFY_REFUSED(evaluations.saveDraft(m_baek, fresh, T0), Forbidden);

    // A team lead who also takes contacts does not evaluate their own.
    const qint64 leadAgent = addAgent(u"lead.han"_s);
    const Principal playingLead{addUser(u"lead.han"_s, Role::TeamLead, leadAgent), Role::TeamLead, leadAgent};
    Evaluation own = fresh;
    own.interactionId = addInteraction(leadAgent);
    own.agentId = leadAgent;
    own.evaluatorName = u"Han"_s;
    VERIFY_REFUSED(evaluations.saveDraft(playingLead, own, T0), Forbidden);

    // The draft cannot be moved to another agent.
    Evaluation moved = evaluation;
    moved.agentId = m_agentB;
    VERIFY_REFUSED(evaluations.saveDraft(m_lead, moved, T0 + 2), EvaluationErrorCode::InvalidEvaluation);

    // Its evaluator discards it, and it is gone.
    VERIFY_OK(evaluations.discardDraft(m_lead, evaluation.id));
    VERIFY_ERROR(evaluations.findById(m_lead, evaluation.id), StoreErrorCode::NotFound);
}

void TestEvaluations::agentReadsOnlyOwnSubmittedEvaluations()
{
    EvaluationRepository evaluations(*m_database);
    const Scorecard form = storeForm(tenQuestions());
    const qint64 ofA = addInteraction(m_agentA);
    const qint64 ofB = addInteraction(m_agentB);
    const Evaluation aSubmitted = submitted(m_lead, ofA, m_agentA, form, yesToFirst(8), T0);
    const Evaluation aDraft = draft(m_lead, ofA, m_agentA, form, yesToFirst(3), T0 + 1);
    const Evaluation bSubmitted = submitted(m_otherLead, ofB, m_agentB, form, yesToFirst(9), T0 + 2);
    QVERIFY(aSubmitted.id > 0 && aDraft.id > 0 && bSubmitted.id > 0);

    // Ahn reads their own submitted evaluation, not Baek's, and not a draft about them.
    VERIFY_RESULT(evaluations.findById(m_ahn, aSubmitted.id));
    VERIFY_ERROR(evaluations.findById(m_ahn, bSubmitted.id), Forbidden);
    VERIFY_ERROR(evaluations.findById(m_ahn, aDraft.id), Forbidden);
    VERIFY_ERROR(evaluations.listForAgent(m_ahn, m_agentB), Forbidden);
    VERIFY_ERROR(evaluations.scoreTrend(m_ahn, m_agentB), Forbidden);

    auto own = evaluations.listForAgent(m_ahn, m_agentA);
    VERIFY_RESULT(own);
    QCOMPARE(own->size(), 1);
    QCOMPARE(own->at(0).id, aSubmitted.id);

    auto byInteraction = evaluations.listForInteraction(m_baek, ofA);
    VERIFY_RESULT(byInteraction);
    QVERIFY(byInteraction->isEmpty());
    auto byEvaluator = evaluations.listByEvaluator(m_ahn, m_otherLead.userId);
    VERIFY_RESULT(byEvaluator);
    QVERIFY(byEvaluator->isEmpty());

    // Team leads and supervisors read all of it, drafts included.
    auto forLead = evaluations.listForAgent(m_otherLead, m_agentA);
    VERIFY_RESULT(forLead);
    QCOMPARE(forLead->size(), 2);
    QCOMPARE(forLead->at(0).id, aDraft.id); // newest first
    QCOMPARE(forLead->at(1).id, aSubmitted.id);
    VERIFY_RESULT(evaluations.findById(m_supervisor, bSubmitted.id));
    auto onA = evaluations.listForInteraction(m_supervisor, ofA);
    VERIFY_RESULT(onA);
    QCOMPARE(onA->size(), 2);
    QCOMPARE(onA->at(0).id, aSubmitted.id); // oldest first
    auto byLead = evaluations.listByEvaluator(m_supervisor, m_lead.userId);
    VERIFY_RESULT(byLead);
    QCOMPARE(byLead->size(), 2);

    // Nobody's missing evaluation is anyone's.
    VERIFY_ERROR(evaluations.findById(m_lead, bSubmitted.id + 100), StoreErrorCode::NotFound);
}

void TestEvaluations::acknowledgeAndDispute()
{
    EvaluationRepository evaluations(*m_database);
    const Scorecard form = storeForm(tenQuestions());
    const Evaluation first = submitted(m_lead, addInteraction(m_agentA), m_agentA, form, yesToFirst(8));
    const Evaluation second = submitted(m_lead, addInteraction(m_agentA), m_agentA, form, yesToFirst(4));
    const Evaluation open = draft(m_lead, addInteraction(m_agentA), m_agentA, form, yesToFirst(4));

    // Only the evaluated agent answers: not a colleague, not a team lead.
    VERIFY_ERROR(evaluations.acknowledge(m_baek, first.id, QString(), T0 + Hour), Forbidden);
    VERIFY_ERROR(evaluations.acknowledge(m_lead, first.id, QString(), T0 + Hour), Forbidden);
    VERIFY_ERROR(evaluations.dispute(m_supervisor, first.id, u"no"_s, T0 + Hour), Forbidden);
    // A draft is not theirs to see yet.
    VERIFY_ERROR(evaluations.acknowledge(m_ahn, open.id, QString(), T0 + Hour), Forbidden);

    auto acknowledged = evaluations.acknowledge(m_ahn, first.id, u"  Thanks, noted. "_s, T0 + Hour);
    VERIFY_RESULT(acknowledged);
    QCOMPARE(acknowledged->status, EvaluationStatus::Acknowledged);
    QCOMPARE(acknowledged->agentComment, u"Thanks, noted."_s);
    QCOMPARE(acknowledged->respondedMs, T0 + Hour);
    QCOMPARE(acknowledged->score->percent.value_or(-1), 80.0); // the score stays as submitted
    VERIFY_ERROR(evaluations.acknowledge(m_ahn, first.id, QString(), T0 + Hour),
                 EvaluationErrorCode::WrongStatus);
    VERIFY_ERROR(evaluations.dispute(m_ahn, first.id, u"changed my mind"_s, T0 + Hour),
                 EvaluationErrorCode::WrongStatus);

    VERIFY_ERROR(evaluations.dispute(m_ahn, second.id, u"   "_s, T0 + 2 * Hour),
                 EvaluationErrorCode::InvalidEvaluation);
    const QString why = u"The customer had verified in the IVR; see 0:45."_s;
    auto disputed = evaluations.dispute(m_ahn, second.id, why, T0 + 2 * Hour);
    VERIFY_RESULT(disputed);
    QCOMPARE(disputed->status, EvaluationStatus::Disputed);

    auto stored = evaluations.findById(m_lead, second.id);
    VERIFY_RESULT(stored);
    QCOMPARE(stored->status, EvaluationStatus::Disputed);
    QCOMPARE(stored->agentComment, why);
    QCOMPARE(stored->respondedMs, T0 + 2 * Hour);
    // The agent still reads what they disputed.
    VERIFY_RESULT(evaluations.findById(m_ahn, second.id));
}

void TestEvaluations::interactionsUnderEvaluation()
{
    EvaluationRepository evaluations(*m_database);
    const Scorecard form = storeForm(tenQuestions());
    const qint64 drafted = addInteraction(m_agentA);
    const qint64 waiting = addInteraction(m_agentA);
    const qint64 acknowledged = addInteraction(m_agentA);
    const qint64 disputed = addInteraction(m_agentA);
    const qint64 untouched = addInteraction(m_agentA);
    const qint64 mixed = addInteraction(m_agentA);
    Q_UNUSED(untouched)

    auto none = evaluations.interactionsUnderEvaluation();
    VERIFY_RESULT(none);
    QVERIFY(none->isEmpty());

    draft(m_lead, drafted, m_agentA, form, yesToFirst(1));
    submitted(m_lead, waiting, m_agentA, form, yesToFirst(2));
    const Evaluation done = submitted(m_lead, acknowledged, m_agentA, form, yesToFirst(3));
    VERIFY_RESULT(evaluations.acknowledge(m_ahn, done.id, QString(), T0 + 1));
    const Evaluation argued = submitted(m_lead, disputed, m_agentA, form, yesToFirst(4));
    VERIFY_RESULT(evaluations.dispute(m_ahn, argued.id, u"disagree"_s, T0 + 1));
    const Evaluation mixedDone = submitted(m_lead, mixed, m_agentA, form, yesToFirst(5));
    VERIFY_RESULT(evaluations.acknowledge(m_ahn, mixedDone.id, QString(), T0 + 1));
    draft(m_otherLead, mixed, m_agentA, form, yesToFirst(6));

    auto open = evaluations.interactionsUnderEvaluation();
    VERIFY_RESULT(open);
    QCOMPARE(open.value(), (QList<qint64>{drafted, waiting, disputed, mixed}));
}

// --- Timestamped comments ------------------------------------------------------------------

void TestEvaluations::commentsOrderedByAnchor()
{
    CoachingCommentRepository comments(*m_database);
    const qint64 call = addInteraction(m_agentA, Channel::Voice);
    const qint64 chat = addInteraction(m_agentA, Channel::Chat);
    const qint64 m1 = addMessage(chat, T0 + 1000, u"Hello"_s);
    const qint64 m2 = addMessage(chat, T0 + 2000, u"My card number is ..."_s);
    const qint64 m3 = addMessage(chat, T0 + 3000, u"Thanks"_s);

    auto add = [&](qint64 interaction, const CommentAnchor &anchor, const QString &body, qint64 atMs) {
        CoachingComment comment;
        comment.interactionId = interaction;
        comment.authorName = u"Choi"_s;
        comment.body = body;
        comment.anchor = anchor;
        const auto error = comments.add(m_lead, comment, atMs);
        if (error)
            qWarning("comment: %s", describe(error).constData());
        return comment;
    };
    add(call, CommentAnchor::atPosition(30000), u"closing"_s, T0 + 1);
    const CoachingComment first = add(call, CommentAnchor::atPosition(5000), u"greeting"_s, T0 + 2);
    add(call, CommentAnchor::atPosition(12000), u"verification"_s, T0 + 3);
    add(call, CommentAnchor::atPosition(5000), u"greeting, again"_s, T0 + 4);
    QVERIFY(first.id > 0);
    QCOMPARE(first.authorUserId, m_lead.userId);
    QCOMPARE(first.createdMs, T0 + 2);

    auto onCall = comments.forInteraction(m_lead, call);
    VERIFY_RESULT(onCall);
    QStringList bodies;
    QList<qint64> positions;
    for (const CoachingComment &comment : onCall.value()) {
        bodies.append(comment.body);
        positions.append(comment.anchor.positionMs);
        QCOMPARE(comment.anchor.kind, CommentAnchorKind::RecordingPosition);
    }
    QCOMPARE(bodies, (QStringList{u"greeting"_s, u"greeting, again"_s, u"verification"_s, u"closing"_s}));
    QCOMPARE(positions, (QList<qint64>{5000, 5000, 12000, 30000}));

    // On a transcript: in the order the messages were sent, whatever order the comments came in;
    // a comment on the chat's recording (a screen recording) comes before them.
    add(chat, CommentAnchor::atMessage(m3), u"good close"_s, T0 + 5);
    add(chat, CommentAnchor::atMessage(m1), u"greet by name"_s, T0 + 6);
    add(chat, CommentAnchor::atMessage(m2), u"stop the customer from typing the card number"_s, T0 + 7);
    add(chat, CommentAnchor::atPosition(0), u"overall"_s, T0 + 8);
    auto onChat = comments.forInteraction(m_lead, chat);
    VERIFY_RESULT(onChat);
    QCOMPARE(onChat->size(), 4);
    QCOMPARE(onChat->at(0).anchor, CommentAnchor::atPosition(0));
    QCOMPARE(onChat->at(1).anchor, CommentAnchor::atMessage(m1));
    QCOMPARE(onChat->at(2).anchor, CommentAnchor::atMessage(m2));
    QCOMPARE(onChat->at(3).anchor, CommentAnchor::atMessage(m3));
    QCOMPARE(onChat->at(2).body, u"stop the customer from typing the card number"_s);

    // A message of another interaction, a negative position, an empty body: refused.
    const qint64 otherChat = addInteraction(m_agentA, Channel::Chat);
    const qint64 foreign = addMessage(otherChat, T0 + 500, u"elsewhere"_s);
    CoachingComment wrong;
    wrong.interactionId = chat;
    wrong.authorName = u"Choi"_s;
    wrong.body = u"x"_s;
    wrong.anchor = CommentAnchor::atMessage(foreign);
    VERIFY_REFUSED(comments.add(m_lead, wrong, T0), EvaluationErrorCode::InvalidComment);
    wrong.anchor = CommentAnchor::atPosition(-1);
    VERIFY_REFUSED(comments.add(m_lead, wrong, T0), EvaluationErrorCode::InvalidComment);
    wrong.anchor = CommentAnchor::atPosition(1);
    wrong.body = u"  "_s;
    VERIFY_REFUSED(comments.add(m_lead, wrong, T0), EvaluationErrorCode::InvalidComment);
    wrong.body = u"x"_s;
    wrong.interactionId = chat + 1000;
    VERIFY_REFUSED(comments.add(m_lead, wrong, T0), StoreErrorCode::NotFound);
}

void TestEvaluations::commentPermissions()
{
    CoachingCommentRepository comments(*m_database);
    const qint64 call = addInteraction(m_agentA);
    CoachingComment comment;
    comment.interactionId = call;
    comment.authorName = u"Choi"_s;
    comment.body = u"Read back the card number here"_s;
    comment.anchor = CommentAnchor::atPosition(61000);

    CoachingComment byAgent = comment;
    VERIFY_REFUSED(comments.add(m_ahn, byAgent, T0), Forbidden);
    VERIFY_OK(comments.add(m_lead, comment, T0));

    // The handling agent reads the comments on their contact; a colleague does not.
    auto forAhn = comments.forInteraction(m_ahn, call);
    VERIFY_RESULT(forAhn);
    QCOMPARE(forAhn->size(), 1);
    VERIFY_ERROR(comments.forInteraction(m_baek, call), Forbidden);
    VERIFY_RESULT(comments.forInteraction(m_supervisor, call));

    // Only its author deletes a comment.
    VERIFY_REFUSED(comments.remove(m_otherLead, comment.id), Forbidden);
    VERIFY_REFUSED(comments.remove(m_ahn, comment.id), Forbidden);
    VERIFY_OK(comments.remove(m_lead, comment.id));
    auto after = comments.forInteraction(m_lead, call);
    VERIFY_RESULT(after);
    QVERIFY(after->isEmpty());
    VERIFY_REFUSED(comments.remove(m_lead, comment.id), StoreErrorCode::NotFound);
}

// --- Calibration ---------------------------------------------------------------------------

void TestEvaluations::calibrationSpread()
{
    const Scorecard form = storeForm(tenQuestions());
    const qint64 interaction = addInteraction(m_agentA);
    // Three evaluators: 70, 80 and 90 %. They disagree on q8 (no, yes, yes) and q9 (no, no, yes).
    const Evaluation byLead = submitted(m_lead, interaction, m_agentA, form, yesToFirst(7), T0);
    const Evaluation byOther = submitted(m_otherLead, interaction, m_agentA, form, yesToFirst(8), T0 + 1);
    const Evaluation bySupervisor =
        submitted(m_supervisor, interaction, m_agentA, form, yesToFirst(9), T0 + 2);

    auto listed = EvaluationRepository(*m_database).listForInteraction(m_lead, interaction);
    VERIFY_RESULT(listed);
    QCOMPARE(listed->size(), 3);
    auto report = Calibration::compare(form, listed.value());
    VERIFY_RESULT(report);

    QCOMPARE(report->interactionId, interaction);
    QCOMPARE(report->scores.size(), 3);
    QCOMPARE(report->scores.at(0).evaluationId, byLead.id);
    QCOMPARE(report->scores.at(0).evaluatorUserId, m_lead.userId);
    QCOMPARE(report->scores.at(0).percent.value_or(-1), 70.0);
    QCOMPARE(report->scores.at(1).percent.value_or(-1), 80.0);
    QCOMPARE(report->scores.at(2).evaluationId, bySupervisor.id);
    QCOMPARE(report->scores.at(2).percent.value_or(-1), 90.0);
    QCOMPARE(report->scoredCount, 3);
    QCOMPARE(report->mean.value_or(-1), 80.0);
    QCOMPARE(report->minimum.value_or(-1), 70.0);
    QCOMPARE(report->maximum.value_or(-1), 90.0);
    QCOMPARE(report->spread.value_or(-1), 20.0);
    // Population standard deviation: √((10² + 0² + 10²) / 3) = 8.16496...
    QCOMPARE(report->standardDeviation.value_or(-1), std::sqrt(200.0 / 3.0));

    QCOMPARE(report->disagreements.size(), 2);
    const QuestionDisagreement &q8 = report->disagreements.at(0);
    QCOMPARE(q8.questionId, u"q8"_s);
    QCOMPARE(q8.sectionId, u"second"_s);
    QCOMPARE(q8.distinctAnswers, 2);
    QCOMPARE(q8.valueSpread.value_or(-1), 1);
    QCOMPARE(q8.answers.size(), 3);
    QCOMPARE(q8.answers.at(0).evaluationId, byLead.id);
    QCOMPARE(q8.answers.at(0).value.value_or(-1), 0);
    QCOMPARE(q8.answers.at(1).evaluationId, byOther.id);
    QCOMPARE(q8.answers.at(1).value.value_or(-1), 1);
    QCOMPARE(q8.answers.at(2).value.value_or(-1), 1);
    QCOMPARE(report->disagreements.at(1).questionId, u"q9"_s);

    // Two who agree on everything: no spread, no disagreement.
    const qint64 calm = addInteraction(m_agentA);
    const Evaluation one = submitted(m_lead, calm, m_agentA, form, yesToFirst(6));
    const Evaluation two = submitted(m_otherLead, calm, m_agentA, form, yesToFirst(6));
    auto agreed = Calibration::compare(form, {one, two});
    VERIFY_RESULT(agreed);
    QCOMPARE(agreed->spread.value_or(-1), 0.0);
    QCOMPARE(agreed->standardDeviation.value_or(-1), 0.0);
    QVERIFY(agreed->disagreements.isEmpty());
}

void TestEvaluations::calibrationRefusesWhatCannotBeCompared()
{
    const Scorecard form = storeForm(tenQuestions());
    const qint64 interaction = addInteraction(m_agentA);
    const Evaluation byLead = submitted(m_lead, interaction, m_agentA, form, yesToFirst(7));
    const Evaluation pending = draft(m_otherLead, interaction, m_agentA, form, yesToFirst(8));
    const Evaluation elsewhere =
        submitted(m_otherLead, addInteraction(m_agentA), m_agentA, form, yesToFirst(8));
    const Evaluation again = submitted(m_lead, interaction, m_agentA, form, yesToFirst(9));

    const QStringView invalid = EvaluationErrorCode::InvalidCalibration;
    VERIFY_ERROR(Calibration::compare(form, {byLead}), invalid);
    VERIFY_ERROR(Calibration::compare(form, {byLead, pending}), invalid);
    VERIFY_ERROR(Calibration::compare(form, {byLead, elsewhere}), invalid);
    VERIFY_ERROR(Calibration::compare(form, {byLead, again}), invalid);
    Scorecard otherVersion = form;
    otherVersion.version = form.version + 1;
    Evaluation sameInteraction = submitted(m_supervisor, interaction, m_agentA, form, yesToFirst(9));
    VERIFY_ERROR(Calibration::compare(otherVersion, {byLead, sameInteraction}), invalid);
    VERIFY_RESULT(Calibration::compare(form, {byLead, sameInteraction}));
}

// --- Coaching sessions ---------------------------------------------------------------------

void TestEvaluations::coachingSessionsVisibleToTheirAgentAndLeads()
{
    CoachingSessionRepository sessions(*m_database);
    const Scorecard form = storeForm(tenQuestions());
    const qint64 call = addInteraction(m_agentA);
    const Evaluation evaluation = submitted(m_lead, call, m_agentA, form, yesToFirst(6));

    CoachingSession session;
    session.agentId = m_agentA;
    session.title = u"Verification before account details"_s;
    session.notes = u"Listen to the first minute together."_s;
    session.dueMs = T0 + 48 * Hour;
    session.evaluationIds = {evaluation.id};
    session.clips = {CoachingClip{call, 45000, 75000, u"identity check skipped"_s},
                     CoachingClip{call, 5000, 9000, u"greeting"_s}};
    CoachingSession byAgent = session;
    VERIFY_REFUSED(sessions.create(m_ahn, byAgent, T0), Forbidden);
    VERIFY_OK(sessions.create(m_lead, session, T0));
    QVERIFY(session.id > 0);
    QCOMPARE(session.leadUserId, m_lead.userId);

    CoachingSession forB;
    forB.agentId = m_agentB;
    forB.title = u"Hold etiquette"_s;
    VERIFY_OK(sessions.create(m_otherLead, forB, T0));

    // Ahn sees their own session, whole and in order; Baek sees none of Ahn's.
    auto mine = sessions.listForAgent(m_ahn, m_agentA);
    VERIFY_RESULT(mine);
    QCOMPARE(mine->size(), 1);
    const CoachingSession &read = mine->constFirst();
    QCOMPARE(read.title, session.title);
    QCOMPARE(read.notes, session.notes);
    QCOMPARE(read.dueMs, T0 + 48 * Hour);
    QCOMPARE(read.status, CoachingSessionStatus::Open);
    QCOMPARE(read.evaluationIds, QList<qint64>{evaluation.id});
    QCOMPARE(read.clips, session.clips);
    VERIFY_RESULT(sessions.findById(m_ahn, session.id));
    VERIFY_ERROR(sessions.findById(m_baek, session.id), Forbidden);
    VERIFY_ERROR(sessions.listForAgent(m_baek, m_agentA), Forbidden);
    VERIFY_ERROR(sessions.listForLead(m_ahn, m_lead.userId), Forbidden);

    // Leads see the sessions they hold; any lead or supervisor reads an agent's.
    auto held = sessions.listForLead(m_lead, m_lead.userId);
    VERIFY_RESULT(held);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->at(0).id, session.id);
    auto heldByOther = sessions.listForLead(m_supervisor, m_otherLead.userId);
    VERIFY_RESULT(heldByOther);
    QCOMPARE(heldByOther->size(), 1);
    QCOMPARE(heldByOther->at(0).agentId, m_agentB);
    VERIFY_RESULT(sessions.findById(m_otherLead, session.id));

    // Done, with the clips cut down to one: the items are replaced.
    session.status = CoachingSessionStatus::Done;
    session.clips = {CoachingClip{call, 45000, 60000, u"identity check skipped"_s}};
    VERIFY_REFUSED(sessions.update(m_ahn, session, T0 + Hour), Forbidden);
    VERIFY_OK(sessions.update(m_lead, session, T0 + Hour));
    auto updated = sessions.findById(m_ahn, session.id);
    VERIFY_RESULT(updated);
    QCOMPARE(updated->status, CoachingSessionStatus::Done);
    QCOMPARE(updated->clips, session.clips);
    QCOMPARE(updated->evaluationIds, QList<qint64>{evaluation.id});
    QCOMPARE(updated->createdMs, T0);
    QCOMPARE(updated->updatedMs, T0 + Hour);

    // Open ones first, the soonest due first, those without a date after them, then done ones.
    auto add = [&](const QString &title, qint64 dueMs) {
        CoachingSession more;
        more.agentId = m_agentA;
        more.title = title;
        more.dueMs = dueMs;
        if (auto error = sessions.create(m_lead, more, T0))
            qWarning("session: %s", describe(error).constData());
    };
    add(u"no date"_s, 0);
    add(u"later"_s, T0 + 72 * Hour);
    add(u"sooner"_s, T0 + 24 * Hour);
    auto ordered = sessions.listForAgent(m_ahn, m_agentA);
    VERIFY_RESULT(ordered);
    QStringList titles;
    for (const CoachingSession &each : ordered.value())
        titles.append(each.title);
    QCOMPARE(titles, (QStringList{u"sooner"_s, u"later"_s, u"no date"_s, session.title}));
}

void TestEvaluations::coachingSessionLinksAreChecked()
{
    CoachingSessionRepository sessions(*m_database);
    const Scorecard form = storeForm(tenQuestions());
    const Evaluation ofB = submitted(m_lead, addInteraction(m_agentB), m_agentB, form, yesToFirst(6));
    const Evaluation pending = draft(m_lead, addInteraction(m_agentA), m_agentA, form, yesToFirst(6));

    CoachingSession session;
    session.agentId = m_agentA;
    session.title = u"Links"_s;
    session.evaluationIds = {ofB.id};
    VERIFY_REFUSED(sessions.create(m_lead, session, T0), EvaluationErrorCode::InvalidSession);
    session.evaluationIds = {pending.id};
    VERIFY_REFUSED(sessions.create(m_lead, session, T0), EvaluationErrorCode::InvalidSession);
    session.evaluationIds = {pending.id + 1000};
    VERIFY_REFUSED(sessions.create(m_lead, session, T0), StoreErrorCode::NotFound);
    session.evaluationIds.clear();
    session.clips = {CoachingClip{addInteraction(m_agentA), 5000, 5000, QString()}};
    VERIFY_REFUSED(sessions.create(m_lead, session, T0), EvaluationErrorCode::InvalidSession);
    session.clips = {CoachingClip{999999, 0, 1000, QString()}};
    VERIFY_REFUSED(sessions.create(m_lead, session, T0), StoreErrorCode::NotFound);
    session.clips.clear();
    session.title = u"   "_s;
    VERIFY_REFUSED(sessions.create(m_lead, session, T0), EvaluationErrorCode::InvalidSession);

    // Nothing refused was written.
    auto none = sessions.listForAgent(m_lead, m_agentA);
    VERIFY_RESULT(none);
    QVERIFY(none->isEmpty());

    // A session stays with its agent.
    session.title = u"Links"_s;
    VERIFY_OK(sessions.create(m_lead, session, T0));
    session.agentId = m_agentB;
    VERIFY_REFUSED(sessions.update(m_lead, session, T0 + 1), EvaluationErrorCode::InvalidSession);
}

// --- Trend ---------------------------------------------------------------------------------

void TestEvaluations::scoreTrendInSubmissionOrder()
{
    EvaluationRepository evaluations(*m_database);
    // "safe" is critical, and both questions may not apply.
    Scorecard form;
    form.id = u"trend"_s;
    form.nameEn = u"Trend"_s;
    form.sections = {ScorecardSection{
        u"all"_s, u"All"_s, u"전체"_s, {yesNo(u"safe"_s, true, true), yesNo(u"polite"_s, false, true)}}};
    form = storeForm(form);

    // Drafted in one order, submitted in another: the trend follows the submissions.
    const Evaluation half =
        draft(m_lead, addInteraction(m_agentA), m_agentA, form,
              {ScorecardAnswer::of(u"safe"_s, 1), ScorecardAnswer::of(u"polite"_s, 0)}, T0);
    const Evaluation full =
        draft(m_lead, addInteraction(m_agentA), m_agentA, form,
              {ScorecardAnswer::of(u"safe"_s, 1), ScorecardAnswer::of(u"polite"_s, 1)}, T0 + 1);
    const Evaluation unsafe =
        draft(m_lead, addInteraction(m_agentA), m_agentA, form,
              {ScorecardAnswer::of(u"safe"_s, 0), ScorecardAnswer::of(u"polite"_s, 1)}, T0 + 2);
    const Evaluation nothing =
        draft(m_lead, addInteraction(m_agentA), m_agentA, form,
              {ScorecardAnswer::na(u"safe"_s), ScorecardAnswer::na(u"polite"_s)}, T0 + 3);
    const Evaluation notYet =
        draft(m_lead, addInteraction(m_agentA), m_agentA, form,
              {ScorecardAnswer::of(u"safe"_s, 1), ScorecardAnswer::of(u"polite"_s, 1)}, T0 + 4);
    const Evaluation ofB =
        draft(m_lead, addInteraction(m_agentB), m_agentB, form,
              {ScorecardAnswer::of(u"safe"_s, 1), ScorecardAnswer::of(u"polite"_s, 1)}, T0 + 5);
    Q_UNUSED(notYet)
    VERIFY_RESULT(evaluations.submit(m_lead, full.id, T0 + 3 * Hour));
    VERIFY_RESULT(evaluations.submit(m_lead, half.id, T0 + 1 * Hour));
    VERIFY_RESULT(evaluations.submit(m_lead, unsafe.id, T0 + 2 * Hour));
    auto notApplicable = evaluations.submit(m_lead, nothing.id, T0 + 4 * Hour);
    VERIFY_RESULT(notApplicable);
    QCOMPARE(notApplicable->score->outcome, ScoreOutcome::NotApplicable);
    QVERIFY(!notApplicable->score->percent.has_value());
    VERIFY_RESULT(evaluations.submit(m_lead, ofB.id, T0 + 90 * 60 * 1000));
    VERIFY_RESULT(evaluations.dispute(m_ahn, unsafe.id, u"I did verify"_s, T0 + 5 * Hour));

    auto trend = evaluations.scoreTrend(m_ahn, m_agentA);
    VERIFY_RESULT(trend);
    QCOMPARE(trend->size(), 3);
    QCOMPARE(trend->at(0).evaluationId, half.id);
    QCOMPARE(trend->at(0).submittedMs, T0 + 1 * Hour);
    QCOMPARE(trend->at(0).percent, 50.0);
    QVERIFY(!trend->at(0).criticalFailed);
    QCOMPARE(trend->at(1).evaluationId, unsafe.id); // disputed, still a score given
    QCOMPARE(trend->at(1).percent, 0.0);
    QVERIFY(trend->at(1).criticalFailed);
    QCOMPARE(trend->at(2).evaluationId, full.id);
    QCOMPARE(trend->at(2).percent, 100.0);
    QCOMPARE(trend->at(2).scorecardId, u"trend"_s);
    QCOMPARE(trend->at(2).scorecardVersion, 1);

    // A window [from, until).
    auto window = evaluations.scoreTrend(m_lead, m_agentA, T0 + 2 * Hour, T0 + 3 * Hour);
    VERIFY_RESULT(window);
    QCOMPARE(window->size(), 1);
    QCOMPARE(window->at(0).evaluationId, unsafe.id);
}

QTEST_APPLESS_MAIN(TestEvaluations)
#include "tst_evaluations.moc"

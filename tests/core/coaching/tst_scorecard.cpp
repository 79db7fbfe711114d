// Scorecards and their arithmetic (core/coaching, docs/KPIS.md "Evaluation score"): weights,
// every question type, "not applicable", critical questions, incomplete evaluations, section
// subtotals, the form's validation and its JSON. No database: forms and answers are values.
#include "coaching/demoscorecard.h"
#include "coaching/evaluationerrors.h"
#include "coaching/scorecard.h"
#include "coaching/scorecardscoring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ContactDesk::Scorecard)

static ScorecardQuestion question(const QString &id, QuestionType type, double weight, bool critical = false,
                                  bool naAllowed = false, int maxPoints = 0)
{
    ScorecardQuestion question;
    question.id = id;
    question.textEn = u"Question "_s + id;
    question.textKo = u"질문 "_s + id;
    question.type = type;
    question.weight = weight;
    question.critical = critical;
    question.notApplicableAllowed = naAllowed;
    question.maxPoints = maxPoints;
    return question;
}

// Two sections, every type, weights other than 1, a critical question of every type, and
// questions that allow "not applicable" (one of them critical). Every weight is 9 in total.
//   opening:    yes (yes-no, 1), scale (1-5, 2), points (0-4, 1)
//   compliance: identity (yes-no, 2, critical, N.A.), tone (1-5, 1, critical),
//               extra (yes-no, 1, N.A.), card (0-10, 1, critical)
static Scorecard testForm()
{
    using enum QuestionType;
    Scorecard form;
    form.id = u"test-form"_s;
    form.version = 1;
    form.nameEn = u"Test form"_s;
    form.nameKo = u"시험 양식"_s;
    form.sections = {
        ScorecardSection{u"opening"_s,
                         u"Opening"_s,
                         u"오프닝"_s,
                         {question(u"yes"_s, YesNo, 1), question(u"scale"_s, Scale1to5, 2),
                          question(u"points"_s, Points, 1, false, false, 4)}},
        ScorecardSection{
            u"compliance"_s,
            u"Compliance"_s,
            u"준법"_s,
            {question(u"identity"_s, YesNo, 2, true, true), question(u"tone"_s, Scale1to5, 1, true),
             question(u"extra"_s, YesNo, 1, false, true), question(u"card"_s, Points, 1, true, false, 10)}},
    };
    return form;
}

// "yes=1 scale=3 identity=na scale-comment" → answers; a bare id is an answer without a value.
static QList<ScorecardAnswer> answers(const QString &spec)
{
    QList<ScorecardAnswer> list;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u'=');
        ScorecardAnswer answer;
        answer.questionId = parts.at(0);
        if (parts.size() > 1) {
            if (parts.at(1) == u"na"_s)
                answer.notApplicable = true;
            else
                answer.value = parts.at(1).toInt();
        } else {
            answer.comment = u"not scored yet"_s;
        }
        list.append(answer);
    }
    return list;
}

static const QString AllPerfect = u"yes=1 scale=5 points=4 identity=1 tone=5 extra=1 card=10"_s;

static QByteArray describe(const DomainError &error)
{
    return (error.code + u": "_s + error.message).toUtf8();
}

class TestScorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fractionOfEveryType_data();
    void fractionOfEveryType();
    void scoring_data();
    void scoring();
    void sectionSubtotals();
    void allNotApplicable();
    void refusedAnswers_data();
    void refusedAnswers();
    void invalidFormsAreRefused_data();
    void invalidFormsAreRefused();
    void jsonRoundTripKeepsVersionAndContent();
    void jsonImportIsStrict_data();
    void jsonImportIsStrict();
    void editingMakesADifferentContent();
    void demoScorecardIsBilingualWithCriticalCompliance();
};

void TestScorecard::fractionOfEveryType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("value");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("failsCritical");

    const int yesNo = int(QuestionType::YesNo);
    const int scale = int(QuestionType::Scale1to5);
    const int points = int(QuestionType::Points);
    QTest::newRow("no") << yesNo << 0 << 0 << 0.0 << true;
    QTest::newRow("yes") << yesNo << 0 << 1 << 1.0 << false;
    QTest::newRow("scale 1") << scale << 0 << 1 << 0.0 << true;
    QTest::newRow("scale 2") << scale << 0 << 2 << 0.25 << false;
    QTest::newRow("scale 3") << scale << 0 << 3 << 0.5 << false;
    QTest::newRow("scale 4") << scale << 0 << 4 << 0.75 << false;
    QTest::newRow("scale 5") << scale << 0 << 5 << 1.0 << false;
    QTest::newRow("0 of 4 points") << points << 4 << 0 << 0.0 << true;
    QTest::newRow("1 of 4 points") << points << 4 << 1 << 0.25 << false;
    QTest::newRow("4 of 4 points") << points << 4 << 4 << 1.0 << false;
    QTest::newRow("1 of 1 point") << points << 1 << 1 << 1.0 << false;
}

void TestScorecard::fractionOfEveryType()
{
    QFETCH(int, type);
    QFETCH(int, maxPoints);
    QFETCH(int, value);
    QFETCH(double, fraction);
    QFETCH(bool, failsCritical);
    const ScorecardQuestion asked = question(u"q"_s, QuestionType(type), 1, true, false, maxPoints);
    QCOMPARE(ScorecardScoring::fraction(asked, value), fraction);
    QCOMPARE(ScorecardScoring::fails(asked, value), failsCritical);
}

void TestScorecard::scoring_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<double>("percent");         // -1: none
    QTest::addColumn<double>("weightedPercent"); // -1: none
    QTest::addColumn<QStringList>("failedCritical");
    QTest::addColumn<QStringList>("unanswered");

    const QString scored = scoreOutcomeKey(ScoreOutcome::Scored);
    const QString failed = scoreOutcomeKey(ScoreOutcome::CriticalFailed);
    const QString incomplete = scoreOutcomeKey(ScoreOutcome::Incomplete);

    QTest::newRow("all perfect") << AllPerfect << scored << 100.0 << 100.0 << QStringList() << QStringList();
    // yes 0×1 + scale 0.5×2 + points 0.5×1 + identity 1×2 + tone 1×1 + extra 1×1 + card 1×1 = 6.5 of 9
    QTest::newRow("weights") << u"yes=0 scale=3 points=2 identity=1 tone=5 extra=1 card=10"_s << scored
                             << 650.0 / 9 << 650.0 / 9 << QStringList() << QStringList();
    // The same without identity (weight 2) and extra (weight 1): 3.5 of 6. A critical question
    // answered "not applicable" fails nothing.
    QTest::newRow("N.A. leaves numerator and denominator")
        << u"yes=0 scale=3 points=2 identity=na tone=5 extra=na card=10"_s << scored << 350.0 / 6 << 350.0 / 6
        << QStringList() << QStringList();
    QTest::newRow("N.A. of a perfect answer changes nothing")
        << u"yes=1 scale=5 points=4 identity=na tone=5 extra=na card=10"_s << scored << 100.0 << 100.0
        << QStringList() << QStringList();
    QTest::newRow("critical yes-no answered no")
        << u"yes=1 scale=5 points=4 identity=0 tone=5 extra=1 card=10"_s << failed << 0.0 << 700.0 / 9
        << QStringList{u"identity"_s} << QStringList();
    QTest::newRow("critical scale 1 fails")
        << u"yes=1 scale=5 points=4 identity=1 tone=1 extra=1 card=10"_s << failed << 0.0 << 800.0 / 9
        << QStringList{u"tone"_s} << QStringList();
    QTest::newRow("critical scale 2 passes")
        << u"yes=1 scale=5 points=4 identity=1 tone=2 extra=1 card=10"_s << scored << 825.0 / 9 << 825.0 / 9
        << QStringList() << QStringList();
    QTest::newRow("critical 0 points fails")
        << u"yes=1 scale=5 points=4 identity=1 tone=5 extra=1 card=0"_s << failed << 0.0 << 800.0 / 9
        << QStringList{u"card"_s} << QStringList();
    QTest::newRow("critical 1 point passes")
        << u"yes=1 scale=5 points=4 identity=1 tone=5 extra=1 card=1"_s << scored << 810.0 / 9 << 810.0 / 9
        << QStringList() << QStringList();
    QTest::newRow("two criticals failed, named in form order")
        << u"card=0 yes=1 scale=5 points=4 identity=0 tone=5 extra=1"_s << failed << 0.0 << 600.0 / 9
        << QStringList{u"identity"_s, u"card"_s} << QStringList();
    QTest::newRow("non-critical no does not fail")
        << u"yes=0 scale=1 points=0 identity=1 tone=5 extra=0 card=10"_s << scored << 400.0 / 9 << 400.0 / 9
        << QStringList() << QStringList();
    QTest::newRow("unanswered questions")
        << u"yes=1 points=4 identity=1 tone=5 card=10"_s << incomplete << -1.0 << -1.0 << QStringList()
        << QStringList{u"scale"_s, u"extra"_s};
    QTest::newRow("an answer with only a comment is unanswered")
        << u"yes=1 scale points=4 identity=1 tone=5 extra=1 card=10"_s << incomplete << -1.0 << -1.0
        << QStringList() << QStringList{u"scale"_s};
    QTest::newRow("nothing answered")
        << QString() << incomplete << -1.0 << -1.0 << QStringList()
        << QStringList{u"yes"_s, u"scale"_s, u"points"_s, u"identity"_s, u"tone"_s, u"extra"_s, u"card"_s};
    // Failing a critical question is reported at once, but there is no score until all is answered.
    QTest::newRow("incomplete with a failed critical")
        << u"identity=0"_s << incomplete << -1.0 << -1.0 << QStringList{u"identity"_s}
        << QStringList{u"yes"_s, u"scale"_s, u"points"_s, u"tone"_s, u"extra"_s, u"card"_s};
}

static void compareOptional(const std::optional<double> &actual, double expected)
{
    if (expected < 0) {
        QVERIFY2(!actual, qPrintable(u"expected none, got %1"_s.arg(actual.value_or(0))));
        return;
    }
    QVERIFY(actual.has_value());
    QCOMPARE(*actual, expected);
}

void TestScorecard::scoring()
{
    QFETCH(QString, given);
    QFETCH(QString, outcome);
    QFETCH(double, percent);
    QFETCH(double, weightedPercent);
    QFETCH(QStringList, failedCritical);
    QFETCH(QStringList, unanswered);

    const auto score = ScorecardScoring::score(testForm(), answers(given));
    QVERIFY2(score.ok(), describe(score.error()).constData());
    QCOMPARE(scoreOutcomeKey(score->outcome), outcome);
    compareOptional(score->percent, percent);
    compareOptional(score->weightedPercent, weightedPercent);
    QCOMPARE(score->criticalFailed, !failedCritical.isEmpty());
    QCOMPARE(score->failedCriticalQuestions, failedCritical);
    QCOMPARE(score->unansweredQuestions, unanswered);
}

void TestScorecard::sectionSubtotals()
{
    const auto score = ScorecardScoring::score(
        testForm(), answers(u"yes=0 scale=4 points=1 identity=na tone=3 extra=1 card=0"_s));
    QVERIFY2(score.ok(), describe(score.error()).constData());
    QCOMPARE(score->sections.size(), 2);

    // opening: 0×1 + 0.75×2 + 0.25×1 = 1.75 of 4
    const SectionScore &opening = score->sections.at(0);
    QCOMPARE(opening.sectionId, u"opening"_s);
    QCOMPARE(opening.earned, 1.75);
    QCOMPARE(opening.possible, 4.0);
    QCOMPARE(opening.percent.value_or(-1), 43.75);
    QCOMPARE(opening.answered, 3);
    QCOMPARE(opening.notApplicable, 0);
    QVERIFY(!opening.criticalFailed);

    // compliance without identity (N.A.): tone 0.5×1 + extra 1×1 + card 0×1 = 1.5 of 3; card failed
    const SectionScore &compliance = score->sections.at(1);
    QCOMPARE(compliance.sectionId, u"compliance"_s);
    QCOMPARE(compliance.earned, 1.5);
    QCOMPARE(compliance.possible, 3.0);
    QCOMPARE(compliance.percent.value_or(-1), 50.0);
    QCOMPARE(compliance.answered, 3);
    QCOMPARE(compliance.notApplicable, 1);
    QVERIFY(compliance.criticalFailed);

    // The whole: 3.25 of 7 before the critical rule, 0 after it.
    QCOMPARE(score->earned, 3.25);
    QCOMPARE(score->possible, 7.0);
    QCOMPARE(score->weightedPercent.value_or(-1), 325.0 / 7);
    QCOMPARE(score->percent.value_or(-1), 0.0);
    QCOMPARE(score->outcome, ScoreOutcome::CriticalFailed);

    // A section whose every question was "not applicable" has no percentage of its own.
    Scorecard form = testForm();
    form.sections[1].questions = {question(u"identity"_s, QuestionType::YesNo, 2, true, true),
                                  question(u"extra"_s, QuestionType::YesNo, 1, false, true)};
    const auto partly =
        ScorecardScoring::score(form, answers(u"yes=1 scale=5 points=4 identity=na extra=na"_s));
    QVERIFY2(partly.ok(), describe(partly.error()).constData());
    QCOMPARE(partly->outcome, ScoreOutcome::Scored);
    QCOMPARE(partly->percent.value_or(-1), 100.0);
    QVERIFY(!partly->sections.at(1).percent.has_value());
    QCOMPARE(partly->sections.at(1).notApplicable, 2);

    // The score survives its JSON (how it is stored with the evaluation).
    const auto restored = ScorecardScore::fromJson(score->toJson());
    QVERIFY(restored.has_value());
    QCOMPARE(*restored, score.value());
}

void TestScorecard::allNotApplicable()
{
    Scorecard form = testForm();
    form.sections = {ScorecardSection{u"only"_s,
                                      u"Only"_s,
                                      QString(),
                                      {question(u"a"_s, QuestionType::YesNo, 1, true, true),
                                       question(u"b"_s, QuestionType::Scale1to5, 3, false, true)}}};
    const auto score = ScorecardScoring::score(form, answers(u"a=na b=na"_s));
    QVERIFY2(score.ok(), describe(score.error()).constData());
    QCOMPARE(score->outcome, ScoreOutcome::NotApplicable);
    QVERIFY(!score->percent.has_value());
    QVERIFY(!score->weightedPercent.has_value());
    QVERIFY(!score->criticalFailed);
    QCOMPARE(score->possible, 0.0);
}

void TestScorecard::refusedAnswers_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");

    const QString invalid = EvaluationErrorCode::InvalidAnswer.toString();
    QTest::newRow("N.A. where not allowed")
        << u"yes=na"_s << EvaluationErrorCode::NotApplicableRefused.toString()
        << u"question 'yes' does not allow"_s;
    QTest::newRow("N.A. on a critical question that does not allow it")
        << u"tone=na"_s << EvaluationErrorCode::NotApplicableRefused.toString() << u"question 'tone'"_s;
    QTest::newRow("yes-no 2") << u"yes=2"_s << invalid
                              << u"2 is not an answer to yes-no question 'yes' (0 to 1)"_s;
    QTest::newRow("scale 0") << u"scale=0"_s << invalid << u"scale-1-5 question 'scale' (1 to 5)"_s;
    QTest::newRow("scale 6") << u"scale=6"_s << invalid << u"6 is not an answer"_s;
    QTest::newRow("points above the maximum")
        << u"points=5"_s << invalid << u"points question 'points' (0 to 4)"_s;
    QTest::newRow("negative points") << u"points=-1"_s << invalid << u"-1 is not an answer"_s;
    QTest::newRow("unknown question") << u"greeting=1"_s << invalid << u"has no question 'greeting'"_s;
    QTest::newRow("answered twice") << u"yes=1 yes=0"_s << invalid << u"question 'yes' is answered twice"_s;
}

void TestScorecard::refusedAnswers()
{
    QFETCH(QString, given);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const auto score = ScorecardScoring::score(testForm(), answers(given));
    QVERIFY2(!score.ok(), "the answers were accepted");
    QCOMPARE(score.error().code, code);
    QVERIFY2(score.error().message.contains(reason), describe(score.error()).constData());

    // A value and "not applicable" at once is no answer either.
    ScorecardAnswer both = ScorecardAnswer::of(u"identity"_s, 1);
    both.notApplicable = true;
    const auto refused = ScorecardScoring::score(testForm(), {both});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, EvaluationErrorCode::InvalidAnswer.toString());
}

void TestScorecard::invalidFormsAreRefused_data()
{
    QTest::addColumn<Scorecard>("form");
    QTest::addColumn<QString>("reason");

    Scorecard form;
    form = testForm();
    form.id = u"Test Form"_s;
    QTest::newRow("bad id") << form << u"scorecard id 'Test Form' must be"_s;
    form = testForm();
    form.nameEn.clear();
    form.nameKo = u"  "_s;
    QTest::newRow("no name") << form << u"needs a name in English or Korean"_s;
    form = testForm();
    form.sections.clear();
    QTest::newRow("no sections") << form << u"sections: scorecard 'test-form' has no sections"_s;
    form = testForm();
    form.sections[1].questions.clear();
    QTest::newRow("empty section") << form << u"sections[1]: section 'compliance' has no questions"_s;
    form = testForm();
    form.sections[1].id = u"opening"_s;
    QTest::newRow("section id twice") << form << u"sections[1]: section id 'opening' is used twice"_s;
    form = testForm();
    form.sections[0].titleEn.clear();
    form.sections[0].titleKo.clear();
    QTest::newRow("untitled section") << form << u"section 'opening' needs a title"_s;
    form = testForm();
    form.sections[1].questions[2].id = u"yes"_s;
    QTest::newRow("question id twice across sections")
        << form << u"sections[1].questions[2]: question id 'yes' is used twice"_s;
    form = testForm();
    form.sections[0].questions[1].id = QString();
    QTest::newRow("empty question id") << form << u"question id '' must be"_s;
    form = testForm();
    form.sections[0].questions[0].textEn.clear();
    form.sections[0].questions[0].textKo.clear();
    QTest::newRow("question without text") << form << u"question 'yes' needs a text"_s;
    form = testForm();
    form.sections[0].questions[1].weight = 0;
    QTest::newRow("weight 0")
        << form << u"sections[0].questions[1].weight: the weight of question 'scale' must be above 0"_s;
    form = testForm();
    form.sections[0].questions[1].weight = -2;
    QTest::newRow("negative weight") << form << u"must be above 0, not -2"_s;
    form = testForm();
    form.sections[0].questions[1].weight = std::nan("");
    QTest::newRow("weight not a number") << form << u"must be above 0"_s;
    form = testForm();
    form.sections[0].questions[1].weight = 1001;
    QTest::newRow("weight too large") << form << u"must be at most 1000"_s;
    form = testForm();
    form.sections[0].questions[2].maxPoints = 0;
    QTest::newRow("points maximum 0")
        << form
        << u"sections[0].questions[2].maxPoints: points question 'points' needs a maximum of 1 to 1000"_s;
    form = testForm();
    form.sections[0].questions[0].maxPoints = 5;
    QTest::newRow("points maximum on a yes-no question") << form << u"applies only to points questions"_s;
}

void TestScorecard::invalidFormsAreRefused()
{
    QFETCH(Scorecard, form);
    QFETCH(QString, reason);
    const auto error = form.validate();
    QVERIFY2(error, "the form was accepted");
    QCOMPARE(error->code, EvaluationErrorCode::InvalidScorecard.toString());
    QVERIFY2(error->message.contains(reason), describe(*error).constData());
    // An invalid form scores nothing.
    const auto score = ScorecardScoring::score(form, answers(AllPerfect));
    QVERIFY(!score.ok());
    QCOMPARE(score.error().code, EvaluationErrorCode::InvalidScorecard.toString());
}

void TestScorecard::jsonRoundTripKeepsVersionAndContent()
{
    Scorecard form = testForm();
    form.version = 3;
    const QByteArray json = QJsonDocument(form.toJson()).toJson();
    const auto read = Scorecard::fromJson(json);
    QVERIFY2(read.ok(), describe(read.error()).constData());
    QCOMPARE(read.value(), form);
    QCOMPARE(read->version, 3);
    QCOMPARE(read->question(u"card"_s)->maxPoints, 10);
    QCOMPARE(read->sectionOf(u"card"_s)->id, u"compliance"_s);
    QCOMPARE(read->question(u"identity"_s)->text(u"ko"_s), u"질문 identity"_s);
    QCOMPARE(read->name(u"ko-KR"_s), u"시험 양식"_s);
    QCOMPARE(read->name(u"en"_s), u"Test form"_s);

    // Without a version the form reads as not stored yet.
    QJsonObject unversioned = form.toJson();
    unversioned.remove(u"version"_s);
    const auto fresh = Scorecard::fromJson(unversioned);
    QVERIFY2(fresh.ok(), describe(fresh.error()).constData());
    QCOMPARE(fresh->version, 0);
    QVERIFY(fresh->sameContent(form));
}

void TestScorecard::jsonImportIsStrict_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not JSON") << QByteArray("{\"id\": ") << u"not JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"must be a JSON object"_s;
    QTest::newRow("unknown key") << QByteArray(
        R"({"id": "f", "name": {"en": "F"}, "sections": [], "owner": 1})")
                                 << u"unknown key 'owner'"_s;
    QTest::newRow("id missing") << QByteArray(R"({"name": {"en": "F"}, "sections": []})")
                                << u"'id' is missing"_s;
    QTest::newRow("name not localized") << QByteArray(R"({"id": "f", "name": "F", "sections": []})")
                                        << u"name: must be an object of texts by language"_s;
    QTest::newRow("unknown language")
        << QByteArray(R"({"id": "f", "name": {"fr": "F"}, "sections": []})") << u"name: unknown key 'fr'"_s;
    QTest::newRow("no sections") << QByteArray(R"({"id": "f", "name": {"en": "F"}, "sections": []})")
                                 << u"has no sections"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"id": "f", "name": {"en": "F"}, "sections": [{"id": "s",
        "title": {"en": "S"}, "questions": [{"id": "q", "text": {"en": "Q"}, "type": "stars"}]}]})")
                                  << u"sections[0].questions[0].type: unknown question type 'stars'"_s;
    QTest::newRow("misspelt key") << QByteArray(R"({"id": "f", "name": {"en": "F"}, "sections": [{"id": "s",
        "title": {"en": "S"}, "questions": [{"id": "q", "text": {"en": "Q"}, "type": "yes-no", "wieght": 2}]}]})")
                                  << u"sections[0].questions[0]: unknown key 'wieght'"_s;
    QTest::newRow("points without maximum")
        << QByteArray(R"({"id": "f", "name": {"en": "F"}, "sections": [{"id": "s",
        "title": {"en": "S"}, "questions": [{"id": "q", "text": {"en": "Q"}, "type": "points"}]}]})")
        << u"'maxPoints' is missing"_s;
    QTest::newRow("weight as text") << QByteArray(R"({"id": "f", "name": {"en": "F"}, "sections": [{"id": "s",
        "title": {"en": "S"}, "questions": [{"id": "q", "text": {"en": "Q"}, "type": "yes-no", "weight": "2"}]}]})")
                                    << u"weight: must be a number, not a string"_s;
    QTest::newRow("weight 0") << QByteArray(R"({"id": "f", "name": {"en": "F"}, "sections": [{"id": "s",
        "title": {"en": "S"}, "questions": [{"id": "q", "text": {"en": "Q"}, "type": "yes-no", "weight": 0}]}]})")
                              << u"must be above 0"_s;
    QTest::newRow("critical as text")
        << QByteArray(R"({"id": "f", "name": {"en": "F"}, "sections": [{"id": "s",
        "title": {"en": "S"}, "questions": [{"id": "q", "text": {"en": "Q"}, "type": "yes-no", "critical": "yes"}]}]})")
        << u"critical: must be true or false"_s;
}

void TestScorecard::jsonImportIsStrict()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto read = Scorecard::fromJson(json);
    QVERIFY2(!read.ok(), "the document was accepted");
    QCOMPARE(read.error().code, EvaluationErrorCode::InvalidScorecard.toString());
    QVERIFY2(read.error().message.contains(reason), describe(read.error()).constData());
}

void TestScorecard::editingMakesADifferentContent()
{
    const Scorecard original = testForm();
    Scorecard nextVersion = original;
    nextVersion.version = 2;
    QVERIFY(nextVersion.sameContent(original)); // the version alone is no edit

    Scorecard reweighted = original;
    reweighted.sections[0].questions[1].weight = 3;
    QVERIFY(!reweighted.sameContent(original));
    // The same answers score differently with the edited form: why evaluations keep their version.
    const QList<ScorecardAnswer> given =
        answers(u"yes=0 scale=3 points=2 identity=1 tone=5 extra=1 card=10"_s);
    const auto before = ScorecardScoring::score(original, given);
    const auto after = ScorecardScoring::score(reweighted, given);
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(before->percent.value_or(-1), 650.0 / 9);
    QCOMPARE(after->percent.value_or(-1), 700.0 / 10);

    Scorecard retitled = original;
    retitled.sections[1].questions[0].textKo = u"본인 확인"_s;
    QVERIFY(!retitled.sameContent(original));
    Scorecard relaxed = original;
    relaxed.sections[1].questions[1].critical = false;
    QVERIFY(!relaxed.sameContent(original));
}

void TestScorecard::demoScorecardIsBilingualWithCriticalCompliance()
{
    const Scorecard form = DemoScorecard::customerServiceCall();
    QVERIFY2(!form.validate(), form.validate() ? describe(*form.validate()).constData() : "");
    QCOMPARE(form.id, DemoScorecard::Id.toString());
    QCOMPARE(form.nameEn, u"Customer service call"_s);
    QVERIFY(!form.nameKo.isEmpty());

    QStringList sectionIds;
    for (const ScorecardSection &section : form.sections) {
        sectionIds.append(section.id);
        QVERIFY2(!section.titleEn.isEmpty() && !section.titleKo.isEmpty(), qPrintable(section.id));
        for (const ScorecardQuestion &asked : section.questions)
            QVERIFY2(!asked.textEn.isEmpty() && !asked.textKo.isEmpty(), qPrintable(asked.id));
    }
    for (const QString &expected : {u"opening"_s, u"discovery"_s, u"resolution"_s, u"compliance"_s})
        QVERIFY2(sectionIds.contains(expected), qPrintable(expected));

    QStringList critical;
    for (const ScorecardSection &section : form.sections) {
        for (const ScorecardQuestion &asked : section.questions) {
            if (asked.critical) {
                QCOMPARE(section.id, u"compliance"_s);
                critical.append(asked.id);
            }
        }
    }
    QCOMPARE(critical, (QStringList{u"identity-verified"_s, u"no-card-number-read-back"_s}));

    // Reading a card number back fails the call whatever else went well.
    QList<ScorecardAnswer> given;
    for (const ScorecardSection &section : form.sections) {
        for (const ScorecardQuestion &asked : section.questions)
            given.append(ScorecardAnswer::of(asked.id, asked.maximumValue()));
    }
    const auto perfect = ScorecardScoring::score(form, given);
    QVERIFY(perfect.ok());
    QCOMPARE(perfect->percent.value_or(-1), 100.0);
    for (ScorecardAnswer &answer : given) {
        if (answer.questionId == u"no-card-number-read-back"_s)
            answer.value = 0;
    }
    const auto failed = ScorecardScoring::score(form, given);
    QVERIFY(failed.ok());
    QCOMPARE(failed->outcome, ScoreOutcome::CriticalFailed);
    QCOMPARE(failed->percent.value_or(-1), 0.0);
    QCOMPARE(failed->failedCriticalQuestions, QStringList{u"no-card-number-read-back"_s});
}

QTEST_APPLESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"

#pragma once

#include "domain/domainerror.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

enum class QuestionType
{
    YesNo,     // yes = 1, no = 0
    Scale1to5, // 1 (poor) to 5 (excellent)
    Points,    // 0 to the question's maxPoints
};

QString questionTypeKey(QuestionType type); // "yes-no", "scale-1-5", "points"
std::optional<QuestionType> questionTypeFromKey(QStringView key);

struct ScorecardQuestion
{
    static constexpr double MaxWeight = 1000;
    static constexpr int MaxPoints = 1000;

    QString id; // unique in the whole form: answers name their question by it alone
    QString textEn;
    QString textKo;
    QuestionType type = QuestionType::YesNo;
    int maxPoints = 0; // Points only; at least 1
    double weight = 1; // its share of the score, relative to the other applicable questions
    // A critical question the agent fails (see ScorecardScoring) fails the whole evaluation.
    bool critical = false;
    // The evaluator may answer "not applicable"; the question then counts for nothing.
    bool notApplicableAllowed = false;

    QString text(const QString &language) const; // Korean for "ko...", English otherwise
    // The answers the type takes: yes/no 0..1, scale 1..5, points 0..maxPoints.
    int minimumValue() const;
    int maximumValue() const;

    bool operator==(const ScorecardQuestion &other) const = default;
};

struct ScorecardSection
{
    QString id;
    QString titleEn;
    QString titleKo;
    QList<ScorecardQuestion> questions;

    QString title(const QString &language) const;
    bool operator==(const ScorecardSection &other) const = default;
};

// An evaluation form. Forms are versioned: ScorecardRepository stores every edit as a new version
// under the same id, and an evaluation names the (id, version) it was scored with, so editing a
// form never changes a score already given.
struct Scorecard
{
    static constexpr int MaxIdLength = 64;

    QString id;      // stable key: lower-case letters, digits, '.', '_' and '-'
    int version = 0; // 0: not stored yet; the repository numbers versions 1, 2, 3 ...
    QString nameEn;
    QString nameKo;
    QList<ScorecardSection> sections;

    QString name(const QString &language) const;
    // Null when there is no question `questionId`.
    const ScorecardQuestion *question(const QString &questionId) const;
    const ScorecardSection *sectionOf(const QString &questionId) const;
    int questionCount() const;

    // Refuses (EvaluationErrorCode::InvalidScorecard) a form that cannot be scored, saying where:
    // a bad or repeated id, a missing name or text, a form without sections, a section without
    // questions, a weight that is not above 0, a points question with a maximum below 1.
    std::optional<DomainError> validate() const;
    // Same content, whatever the version: what tells an edit from saving the form unchanged.
    bool sameContent(const Scorecard &other) const;
    bool operator==(const Scorecard &other) const = default;

    // The form as JSON (docs/KPIS.md "Evaluation score"), also how it is stored. Reading is strict:
    // an unknown key, a wrong type or an invalid form refuses the whole document, naming the
    // place ("sections[1].questions[0].weight: must be above 0").
    QJsonObject toJson() const;
    static StoreResult<Scorecard> fromJson(const QJsonObject &json);
    static StoreResult<Scorecard> fromJson(const QByteArray &json);

    static bool isValidId(const QString &id);
};

} // namespace ContactDesk

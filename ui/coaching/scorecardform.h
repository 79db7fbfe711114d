#pragma once

#include "coaching/scorecard.h"
#include "coaching/scorecardscoring.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace ContactDesk {

// A scorecard as a form: its sections, each question with its answers (Yes / No, 1–5 or points,
// and N/A where the form allows it), a comment per question, critical questions marked, and the
// score computed live by ScorecardScoring as answers change: the weighted percentage, or how much
// is still unanswered and what it comes to so far, or the critical failure that makes it 0.
// Read-only, it shows a submitted evaluation the same way.
class ScorecardForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardForm)

public:
    explicit ScorecardForm(QWidget *parent = nullptr);
    ~ScorecardForm() override;

    // Builds the form with no answers.
    void setScorecard(const Scorecard &form);
    const Scorecard &scorecard() const { return m_form; }
    bool hasScorecard() const { return !m_form.id.isEmpty(); }
    void clear();

    void setAnswers(const QList<ScorecardAnswer> &answers);
    // In form order: the questions answered or commented on.
    QList<ScorecardAnswer> answers() const;
    // What a click on the form does, for one question: a value (yes 1 / no 0, 1–5, points),
    // "not applicable", or nothing (value empty, notApplicable false).
    void setAnswer(const QString &questionId, std::optional<int> value, bool notApplicable = false);
    void setComment(const QString &questionId, const QString &comment);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The live score of the answers as they stand; empty (with scoreError) when they cannot be
    // scored.
    const std::optional<ScorecardScore> &score() const { return m_score; }
    QString scoreError() const { return m_scoreError; }
    int answeredCount() const;

    // The widgets of a question: "yes", "no", "na", or "1" … "5" for a scale.
    QAbstractButton *choiceButton(const QString &questionId, const QString &choice) const;
    QSpinBox *pointsBox(const QString &questionId) const;
    QLineEdit *commentEdit(const QString &questionId) const;
    QLabel *scoreLabel() const { return m_scoreLabel; }
    QLabel *scoreDetail() const { return m_scoreDetail; }
    QLabel *sectionScoreLabel(const QString &sectionId) const;
    QScrollArea *scrollArea() const { return m_scroll; }

Q_SIGNALS:
    // A person changed an answer or a comment (not setAnswers()).
    void edited();
    void scoreChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct QuestionRow
    {
        QString questionId;
        QLabel *text = nullptr;
        QLabel *critical = nullptr;
        QList<QToolButton *> choices; // property "answer": the value, or -1 for N/A
        QSpinBox *points = nullptr;
        QToolButton *notApplicable = nullptr;
        QLineEdit *comment = nullptr;
        QHBoxLayout *answers = nullptr;
        std::optional<int> value;
        bool na = false;
    };
    struct SectionBox
    {
        QString sectionId;
        QLabel *title = nullptr;
        QLabel *score = nullptr;
    };

    void build();
    void retranslate();
    void showRow(QuestionRow &row);
    void choose(QuestionRow &row, QToolButton *button);
    void rescore();
    QuestionRow *row(const QString &questionId);
    const QuestionRow *row(const QString &questionId) const;

    Scorecard m_form;
    QList<QuestionRow> m_rows;
    QList<SectionBox> m_sections;
    bool m_readOnly = false;
    bool m_updating = false;
    std::optional<ScorecardScore> m_score;
    QString m_scoreError;

    QLabel *m_title = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_scoreDetail = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
};

} // namespace ContactDesk

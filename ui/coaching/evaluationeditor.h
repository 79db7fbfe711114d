#pragma once

#include "backend/coachingbackend.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace ContactDesk {

class ScorecardCache;
class ScorecardForm;

// The team lead's evaluation of the open interaction: choose a scorecard, answer it (the score
// follows live), save the draft and come back to it, submit it. A draft of the signed-in evaluator
// for the interaction is picked up where it was left; an evaluation already submitted is shown
// as done. Nobody evaluates their own contact, and agents do not evaluate: the tab says so.
class EvaluationEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationEditor)

public:
    explicit EvaluationEditor(QWidget *parent = nullptr);

    void setBackend(CoachingBackend *backend, ScorecardCache *scorecards);
    void setUser(const std::optional<CoachingUser> &user);
    // The interaction to evaluate and its evaluations as the backend lists them. Unsaved answers
    // of the same interaction stay; those of another are saved as a draft first.
    void setInteraction(const Recording &recording, const QList<Evaluation> &evaluations);
    void clearInteraction();

    bool canEvaluate() const;
    bool isDirty() const { return m_dirty; }
    bool isSettled() const { return m_requests == 0; }
    // The draft (id 0 until first saved) or the submitted evaluation shown.
    const Evaluation &evaluation() const { return m_evaluation; }

    void chooseScorecard(const QString &scorecardId);
    void saveDraft();
    void submit();

    ScorecardForm *form() const { return m_form; }
    QComboBox *scorecardBox() const { return m_scorecardBox; }
    QPlainTextEdit *overallComment() const { return m_overall; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void evaluationSaved(const ContactDesk::Evaluation &evaluation);
    void evaluationSubmitted(const ContactDesk::Evaluation &evaluation);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);
    void settledChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadScorecards();
    void fillScorecardBox();
    void showForm(const Scorecard &form, const QList<ScorecardAnswer> &answers);
    void showMessage(const QString &text);
    void updateButtons();
    void updateState();
    // Saves the draft and then, when `thenSubmit`, submits it.
    void store(bool thenSubmit);
    void finished();
    Evaluation draftFromForm() const;

    QPointer<CoachingBackend> m_backend;
    QPointer<ScorecardCache> m_scorecards;
    std::optional<CoachingUser> m_user;
    std::optional<Recording> m_recording;
    QList<Scorecard> m_latest;
    bool m_latestLoaded = false;
    Evaluation m_evaluation;
    bool m_dirty = false;
    int m_requests = 0;
    quint64 m_generation = 0;
    qint64 m_savedAtMs = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_scorecardLabel = nullptr;
    QComboBox *m_scorecardBox = nullptr;
    ScorecardForm *m_form = nullptr;
    QLabel *m_overallLabel = nullptr;
    QPlainTextEdit *m_overall = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace ContactDesk

#pragma once

#include "backend/coachingbackend.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ContactDesk {

class EvaluationListModel;
class ScorecardCache;
class ScorecardForm;

// Evaluations to read: a list, and the one selected in full (its scorecard read-only with every
// answer and comment, the overall comment, the agent's answer). The evaluated agent acknowledges
// a submitted evaluation or disputes it with a comment here.
class EvaluationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationPanel)

public:
    explicit EvaluationPanel(QWidget *parent = nullptr);

    void setBackend(CoachingBackend *backend, ScorecardCache *scorecards);
    void setUser(const std::optional<CoachingUser> &user);
    // `emptyText` says why the list is empty.
    void setEvaluations(const QList<Evaluation> &evaluations, const QString &emptyText);
    void showMessage(const QString &text);
    // A button that opens the evaluated interaction (the agent's own list, not the interaction's).
    void setOpenRecordingVisible(bool visible);

    bool selectEvaluation(qint64 evaluationId);
    const Evaluation *currentEvaluation() const;
    bool isSettled() const { return !m_pending && !m_loadingForm; }

    void acknowledge();
    void dispute();

    EvaluationListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ScorecardForm *form() const { return m_form; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *agentCommentLabel() const { return m_agentComment; }
    QLineEdit *responseEdit() const { return m_response; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *disputeButton() const { return m_dispute; }
    QPushButton *openRecordingButton() const { return m_openRecording; }
    QLabel *emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void evaluationChanged(const ContactDesk::Evaluation &evaluation);
    void openInteractionRequested(qint64 interactionId, qint64 agentId);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void updateResponse();
    void respond(bool acknowledge);

    QPointer<CoachingBackend> m_backend;
    QPointer<ScorecardCache> m_scorecards;
    std::optional<CoachingUser> m_user;
    bool m_pending = false;
    bool m_loadingForm = false;
    quint64 m_shown = 0;

    EvaluationListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_header = nullptr;
    ScorecardForm *m_form = nullptr;
    QLabel *m_overall = nullptr;
    QLabel *m_agentComment = nullptr;
    QWidget *m_responseRow = nullptr;
    QLineEdit *m_response = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_dispute = nullptr;
    QPushButton *m_openRecording = nullptr;
};

} // namespace ContactDesk

#pragma once

#include "backend/coachingbackend.h"
#include "backend/deskbackend.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace ContactDesk {

class CalibrationPanel;
class CommentListModel;
class EvaluationEditor;
class EvaluationPanel;
class RecordingPlayer;
class ScorecardCache;
class TranscriptPanel;

// One recorded interaction under review: the call in the player (waveform, markers, comment
// ticks) or the written conversation as a transcript, the timestamped coaching comments (click
// one to go there; add one at the playhead or on the selected message), and beside them the
// scorecard to evaluate it with, its evaluations and, with several evaluators, their calibration.
class InteractionReview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionReview)

public:
    enum SideTab
    {
        EvaluateTab,
        EvaluationsTab,
        CalibrationTab,
    };

    explicit InteractionReview(QWidget *parent = nullptr);
    ~InteractionReview() override;

    void setBackend(CoachingBackend *backend, ScorecardCache *scorecards);
    // For the ids of a transcript's messages, which comments on them name (the transcript itself
    // carries none). Optional: without it the transcript is shown but its messages take no comments.
    void setDeskBackend(DeskBackend *desk);
    void setUser(const std::optional<CoachingUser> &user);

    // Opens the recording's content (audited by the backend) with everything about it.
    void open(const Recording &recording);
    void close();
    const std::optional<Recording> &recording() const { return m_recording; }
    // The content is shown (audio loaded or transcript decoded).
    bool hasContent() const { return m_hasContent; }
    // Comments, evaluations and calibration again (something changed on the backend).
    void reload();
    bool isSettled() const;

    // Selects the stretch in the player and moves the playhead to its start (a coaching clip).
    void showStretch(qint64 startMs, qint64 endMs);
    // The player's selection as a clip of this interaction.
    std::optional<CoachingClip> selectedClip() const;

    // What a click on a comment does: seek the player, or scroll to the message.
    void activateComment(int row);
    void addComment(const QString &body);
    void removeSelectedComment();
    void showSideTab(SideTab tab);

    RecordingPlayer *player() const { return m_player; }
    TranscriptPanel *transcript() const { return m_transcript; }
    CommentListModel *commentModel() const { return m_commentModel; }
    QListView *commentList() const { return m_commentList; }
    QLineEdit *commentEdit() const { return m_commentEdit; }
    QPushButton *addCommentButton() const { return m_addComment; }
    QPushButton *removeCommentButton() const { return m_removeComment; }
    EvaluationEditor *editor() const { return m_editor; }
    EvaluationPanel *evaluations() const { return m_evaluations; }
    CalibrationPanel *calibration() const { return m_calibration; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *messageLabel() const { return m_message; }
    const QList<Evaluation> &interactionEvaluations() const { return m_interactionEvaluations; }

Q_SIGNALS:
    void opened(const ContactDesk::Recording &recording);
    // The evaluations of the interaction changed here (saved, submitted, answered).
    void evaluationsChanged();
    void clipSelectionChanged();
    void settledChanged();
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMessage(const QString &text);
    void showHeader();
    void showContent(const OpenedRecording &content);
    void resolveMessageIds(qint64 interactionId, QList<Message> messages);
    void loadComments();
    void loadEvaluations();
    void loadCalibration();
    void showComments(const QList<CoachingComment> &comments);
    void updateCommentControls();
    void updateSideTabs();
    void begin();
    void end();
    bool canComment() const;
    bool canEvaluate() const;

    QPointer<CoachingBackend> m_backend;
    QPointer<DeskBackend> m_desk;
    QPointer<ScorecardCache> m_scorecards;
    std::optional<CoachingUser> m_user;
    std::optional<Recording> m_recording;
    bool m_hasContent = false;
    quint64 m_generation = 0;
    int m_requests = 0;
    QList<Evaluation> m_interactionEvaluations;

    QLabel *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_mediaSplitter = nullptr;
    RecordingPlayer *m_player = nullptr;
    TranscriptPanel *m_transcript = nullptr;
    QLabel *m_commentsTitle = nullptr;
    CommentListModel *m_commentModel = nullptr;
    QListView *m_commentList = nullptr;
    QWidget *m_commentRow = nullptr;
    QLineEdit *m_commentEdit = nullptr;
    QPushButton *m_addComment = nullptr;
    QPushButton *m_removeComment = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    EvaluationEditor *m_editor = nullptr;
    EvaluationPanel *m_evaluations = nullptr;
    CalibrationPanel *m_calibration = nullptr;
};

} // namespace ContactDesk

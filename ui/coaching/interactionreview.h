#pragma once

#include "backend/coachingbackend.h"
#include "backend/deskbackend.h"

#include <QHash>
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
class QToolButton;

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
// Beside the header, for the roles the permission matrix allows it: export the recording to a
// file (supervisors and admins), put it under legal hold or lift the hold, and delete it with a
// reason (admins). The core checks and audits each of them again.
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

    // Asks where to (a save dialog) and exports the recording there.
    void exportRecording();
    void exportRecordingTo(const QString &path);
    // Asks why and for confirmation (a dialog), then deletes the recording.
    void deleteRecording();
    void deleteRecordingFor(const QString &reason);
    void setLegalHold(bool hold);
    // The file name an export suggests: "recording-<contact>.wav", or ".json" for a transcript.
    static QString suggestedExportName(const Recording &recording);
    bool canExport() const;
    bool canDeleteOrHold() const;

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
    QToolButton *exportButton() const { return m_export; }
    QToolButton *legalHoldButton() const { return m_legalHold; }
    QToolButton *deleteButton() const { return m_delete; }
    const QList<Evaluation> &interactionEvaluations() const { return m_interactionEvaluations; }

Q_SIGNALS:
    void opened(const ContactDesk::Recording &recording);
    // Its legal hold changed here: the library shows the new state.
    void recordingChanged(const ContactDesk::Recording &recording);
    // Deleted here; the review is closed already.
    void recordingDeleted(qint64 recordingId);
    // The evaluations of the interaction changed here (saved, submitted, answered).
    void evaluationsChanged();
    void clipSelectionChanged();
    void settledChanged();
    // The desk's queue names by id were (re)loaded.
    void queueNamesChanged(const QHash<QString, QString> &names);
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
    void updateRecordingActions();
    void loadQueueNames();
    QString queueName(const QString &queueId) const;
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
    bool m_actionPending = false;
    // Queue id → name, from the desk's transfer targets (every role may read them).
    QHash<QString, QString> m_queueNames;
    quint64 m_queueGeneration = 0;
    bool m_queueNamesPending = false;

    QLabel *m_header = nullptr;
    QWidget *m_headerRow = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_legalHold = nullptr;
    QToolButton *m_delete = nullptr;
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

#pragma once

#include "backend/coachingbackend.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ContactDesk {

class CoachingSessionModel;

// Coaching sessions. A team lead assigns one to an agent: a title, notes, a due date, evaluations
// of that agent to go through and clips (an interaction with a start and an end, taken from the
// player's selection); they see the sessions they lead and mark them done. An agent sees the
// sessions assigned to them, read-only, and plays their clips.
class CoachingSessionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingSessionPanel)

public:
    explicit CoachingSessionPanel(QWidget *parent = nullptr);

    void setBackend(CoachingBackend *backend);
    void setUser(const std::optional<CoachingUser> &user);
    void setAgents(const QList<CoachableAgent> &agents);
    // The player's selection, which "Add the Player's Selection" makes a clip of; `description`
    // names it ("Call of 2 March, 1:05–1:40").
    void setAvailableClip(const std::optional<CoachingClip> &clip, const QString &description);
    void reload();
    bool isSettled() const { return m_requests == 0; }
    bool canLead() const;

    // A new session in the editor (team leads).
    void newSession();
    bool selectSession(qint64 sessionId);
    void addAvailableClip();
    void save();
    const CoachingSession &editedSession() const { return m_session; }

    CoachingSessionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *agentBox() const { return m_agent; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *statusBox() const { return m_status; }
    QListWidget *evaluationList() const { return m_evaluations; }
    QListWidget *clipList() const { return m_clips; }
    QLineEdit *clipNoteEdit() const { return m_clipNote; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *addClipButton() const { return m_addClip; }
    QPushButton *removeClipButton() const { return m_removeClip; }
    QPushButton *playClipButton() const { return m_playClip; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void clipRequested(const ContactDesk::CoachingClip &clip, qint64 agentId);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);
    void settledChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSession(const CoachingSession &session);
    void showCurrent();
    void loadAgentEvaluations(qint64 agentId);
    void showClips();
    void updateControls();
    void begin();
    void end();
    CoachingSession sessionFromEditor() const;

    QPointer<CoachingBackend> m_backend;
    std::optional<CoachingUser> m_user;
    QList<CoachableAgent> m_agentList;
    std::optional<CoachingClip> m_available;
    QString m_availableText;
    CoachingSession m_session;
    QList<Evaluation> m_agentEvaluations;
    qint64 m_evaluationsAgent = 0;
    int m_requests = 0;
    quint64 m_generation = 0;
    bool m_loading = false;

    CoachingSessionModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_agentLabel = nullptr;
    QComboBox *m_agent = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_dueLabel = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_evaluationsLabel = nullptr;
    QListWidget *m_evaluations = nullptr;
    QLabel *m_clipsLabel = nullptr;
    QListWidget *m_clips = nullptr;
    QLineEdit *m_clipNote = nullptr;
    QLabel *m_availableLabel = nullptr;
    QPushButton *m_addClip = nullptr;
    QPushButton *m_removeClip = nullptr;
    QPushButton *m_playClip = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_editor = nullptr;
};

} // namespace ContactDesk

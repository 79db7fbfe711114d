#pragma once

#include "backend/deskbackend.h"

#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace ContactDesk {

class AgentDeskController;
class ConversationPane;
class WrapUpPanel;

// The workspace's actions that act on the selected contact; the pane shows each as a button where
// it belongs (the actions, with their shortcuts, live in the workspace).
struct ContactActions
{
    QAction *accept = nullptr;
    QAction *reject = nullptr;
    QAction *hold = nullptr;      // checkable: checked while on hold
    QAction *mute = nullptr;      // checkable
    QAction *recording = nullptr; // checkable: checked while recording is paused
    QAction *transfer = nullptr;
    QAction *consult = nullptr;
    QAction *conference = nullptr;
    QAction *completeTransfer = nullptr;
    QAction *cancelConsult = nullptr;
    QAction *end = nullptr;
    QAction *finishWrapUp = nullptr;
    QAction *cannedResponses = nullptr;
};

// The selected contact in the middle of the workspace: a header (channel, customer, VIP, queue,
// state and its timer) over what the contact needs now — the offer with Accept and Reject, the
// call controls with notes, the written conversation, a back-office task, or the wrap-up.
class ContactPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPane)

public:
    enum class Page
    {
        Empty,
        Offer,
        Voice,
        Conversation,
        WorkItem,
        WrapUp,
    };

    ContactPane(AgentDeskController &desk, QWidget *parent = nullptr);

    void setActions(const ContactActions &actions);
    void setPhoneRegion(const QString &region);

    void setContact(qint64 interactionId);
    qint64 contactId() const { return m_contactId; }
    Page page() const { return m_page; }

    ConversationPane *conversation() const { return m_conversation; }
    WrapUpPanel *wrapUp() const { return m_wrapUp; }
    QPlainTextEdit *callNotes() const { return m_callNotes; }
    QLabel *titleLabel() const { return m_title; }
    // Shown while what the customer says is not recorded: paused, or no consent.
    QLabel *recordingIndicator() const { return m_recording; }
    QLabel *timerLabel() const { return m_timer; }
    // What the agent noted during the call, for the wrap-up.
    QString callNotesFor(qint64 interactionId) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *makeButton(const char *objectName, QWidget *parent);
    void retranslate();
    void refresh();
    void updateHeader();
    void updateTimer();
    void showPage(Page page);

    AgentDeskController &m_desk;
    qint64 m_contactId = 0;
    Page m_page = Page::Empty;
    QString m_phoneRegion = QStringLiteral("KR");
    QHash<qint64, QString> m_notes;

    QWidget *m_header = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_vip = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_recording = nullptr; // "Recording paused", "Not recorded (no consent)"
    QLabel *m_timer = nullptr;
    QStackedWidget *m_stack = nullptr;

    QLabel *m_emptyText = nullptr;

    QWidget *m_offerPage = nullptr;
    QLabel *m_offerText = nullptr;
    QLabel *m_offerCountdown = nullptr;
    QToolButton *m_acceptButton = nullptr;
    QToolButton *m_rejectButton = nullptr;

    QWidget *m_voicePage = nullptr;
    QLabel *m_callTimes = nullptr;
    QToolButton *m_holdButton = nullptr;
    QToolButton *m_muteButton = nullptr;
    QToolButton *m_recordingButton = nullptr;
    QToolButton *m_transferButton = nullptr;
    QToolButton *m_consultButton = nullptr;
    QToolButton *m_endButton = nullptr;
    QFrame *m_consultBanner = nullptr;
    QLabel *m_consultText = nullptr;
    QToolButton *m_completeButton = nullptr;
    QToolButton *m_conferenceButton = nullptr;
    QToolButton *m_cancelConsultButton = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_callNotes = nullptr;

    ConversationPane *m_conversation = nullptr;
    QToolButton *m_writtenTransferButton = nullptr;
    QToolButton *m_writtenEndButton = nullptr;

    QWidget *m_workItemPage = nullptr;
    QLabel *m_workItemText = nullptr;
    QToolButton *m_workItemTransferButton = nullptr;
    QToolButton *m_workItemEndButton = nullptr;

    WrapUpPanel *m_wrapUp = nullptr;
};

} // namespace ContactDesk

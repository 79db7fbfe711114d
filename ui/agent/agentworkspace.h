#pragma once

#include "backend/deskbackend.h"
#include "common/shortcutoverlay.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace ContactDesk {

class AgentDeskController;
class AgentStateBar;
class ContactPane;
class CustomerLinkPanel;
class CustomerProfileWidget;
class InboxWidget;
class InternalChatWidget;
class OfferNotifier;
class NextOfferPanel;
class TimelineWidget;

// The window agents live in all day: their state across the top; on the left the inbox of offered
// and active contacts with the internal help chat under it; in the middle the selected contact
// (offer, call controls, conversation, wrap-up); on the right that contact's customer — profile
// and all-channel timeline, or a search to link an unknown contact. Every action has a keyboard
// shortcut (shortcutGroups() lists them for the help overlay).
class AgentWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentWorkspace)

public:
    static constexpr int ContactSlots = 9; // Alt+1 … Alt+9

    explicit AgentWorkspace(QWidget *parent = nullptr);
    ~AgentWorkspace() override;

    void setBackend(DeskBackend *backend);
    AgentDeskController *desk() const { return m_desk; }
    void setPhoneRegion(const QString &region);
    // Where "now" comes from for timers (tests pass the contact centre's virtual clock).
    void setClock(std::function<qint64()> nowMs);

    // Embedded: signs in as the agent used last time, else the first demo agent, without asking.
    // Remote: opens the sign-in dialog.
    void signInAutomatically();
    // File → Sign in as…: the agents to choose from (embedded) or login and password (remote).
    void showSignInChooser();

    // The contact the workspace shows (0: none) and the one Accept/Reject act on.
    qint64 currentContactId() const;
    bool selectContact(qint64 interactionId);
    qint64 offerTarget() const;

    // Actions that work from every view of the window (state, accept/reject, sign-in).
    QList<QAction *> windowActions() const;
    QAction *signInAction() const { return m_signIn; }
    QAction *offerCatalogueAction() const { return m_offerCatalogue; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *acceptAction() const { return m_accept; }
    QAction *rejectAction() const { return m_reject; }
    QAction *holdAction() const { return m_hold; }
    QAction *muteAction() const { return m_mute; }
    QAction *recordingAction() const { return m_recording; }
    QAction *transferAction() const { return m_transfer; }
    QAction *consultAction() const { return m_consult; }
    QAction *conferenceAction() const { return m_conference; }
    QAction *completeTransferAction() const { return m_completeTransfer; }
    QAction *cancelConsultAction() const { return m_cancelConsult; }
    QAction *endAction() const { return m_end; }
    QAction *finishWrapUpAction() const { return m_finishWrapUp; }
    QAction *cannedResponsesAction() const { return m_canned; }
    QAction *replyAction() const { return m_reply; }
    QAction *linkCustomerAction() const { return m_linkCustomer; }
    QAction *newCustomerAction() const { return m_newCustomer; }
    QAction *helpChatAction() const { return m_helpChat; }
    QAction *readyAction() const { return m_ready; }
    QAction *notReadyAction() const { return m_notReady; }
    QAction *afterCallWorkAction() const { return m_afterCallWork; }

    QList<ShortcutGroup> shortcutGroups() const;

    AgentStateBar *stateBar() const { return m_stateBar; }
    InboxWidget *inbox() const { return m_inbox; }
    ContactPane *contactPane() const { return m_contactPane; }
    InternalChatWidget *helpChat() const { return m_helpChatWidget; }
    CustomerProfileWidget *profile() const { return m_profile; }
    NextOfferPanel *nextOffer() const { return m_nextOffer; }
    TimelineWidget *timeline() const { return m_timeline; }
    CustomerLinkPanel *linkPanel() const { return m_linkPanel; }
    OfferNotifier *notifier() const { return m_notifier; }
    // Signed in, and the selected contact (if any) shown with its customer or the link search.
    bool isSettled() const;
    // The customer shown beside the contact (0: none or unknown).
    qint64 shownCustomerId() const { return m_shownCustomer; }

Q_SIGNALS:
    // Something for the status bar.
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);
    // The agent acted on a contact from another view (accept): show the workspace.
    void attentionWanted();
    // The customer panel shows the selected contact's customer: profile loaded and the first
    // timeline page on screen.
    void customerShown(qint64 customerId);
    // isSettled() may have become true.
    void settledChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const char *objectName, const QString &icon, const QList<QKeySequence> &keys);
    void createActions();
    void retranslate();
    void updateActions();
    void onCurrentContactChanged(qint64 interactionId);
    void showCustomerFor(qint64 interactionId);
    void onContactRemoved(qint64 interactionId, const QString &reason);
    void onOfferArrived(const ContactSummary &contact);
    void acceptOffer();
    void rejectOffer();
    void toggleHold();
    void toggleMute();
    void toggleRecordingPause();
    void openTransferDialog(bool consult);
    void focusNextPane(int step);
    void checkCustomerShown();

    AgentDeskController *m_desk = nullptr;
    QPointer<DeskBackend> m_backend;
    QString m_phoneRegion = QStringLiteral("KR");
    QHash<qint64, QString> m_contactNames;

    AgentStateBar *m_stateBar = nullptr;
    InboxWidget *m_inbox = nullptr;
    InternalChatWidget *m_helpChatWidget = nullptr;
    ContactPane *m_contactPane = nullptr;
    QStackedWidget *m_customerStack = nullptr;
    QLabel *m_customerPlaceholder = nullptr;
    CustomerLinkPanel *m_linkPanel = nullptr;
    QSplitter *m_customerSplitter = nullptr;
    CustomerProfileWidget *m_profile = nullptr;
    TimelineWidget *m_timeline = nullptr;
    NextOfferPanel *m_nextOffer = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    OfferNotifier *m_notifier = nullptr;
    qint64 m_shownCustomer = 0;
    bool m_profileReady = false;
    bool m_timelineReady = false;

    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_hold = nullptr;
    QAction *m_mute = nullptr;
    QAction *m_recording = nullptr;
    QAction *m_transfer = nullptr;
    QAction *m_consult = nullptr;
    QAction *m_offerCatalogue = nullptr;
    QAction *m_conference = nullptr;
    QAction *m_completeTransfer = nullptr;
    QAction *m_cancelConsult = nullptr;
    QAction *m_end = nullptr;
    QAction *m_finishWrapUp = nullptr;
    QAction *m_canned = nullptr;
    QAction *m_reply = nullptr;
    QAction *m_linkCustomer = nullptr;
    QAction *m_newCustomer = nullptr;
    QAction *m_helpChat = nullptr;
    QAction *m_ready = nullptr;
    QAction *m_notReady = nullptr;
    QAction *m_afterCallWork = nullptr;
    QAction *m_nextPane = nullptr;
    QAction *m_previousPane = nullptr;
    std::array<QAction *, ContactSlots> m_selectContact{};
};

} // namespace ContactDesk

#include "agentworkspace.h"

#include "agentdeskcontroller.h"
#include "agentstatebar.h"
#include "composeredit.h"
#include "contactinboxmodel.h"
#include "contactpane.h"
#include "conversationpane.h"
#include "customerlinkpanel.h"
#include "customerprofilewidget.h"
#include "displaytext.h"
#include "inboxwidget.h"
#include "internalchatwidget.h"
#include "nextofferpanel.h"
#include "offercataloguedialog.h"
#include "offernotifier.h"
#include "signindialog.h"
#include "timelinemodel.h"
#include "timelinewidget.h"
#include "transferdialog.h"
#include "wrapuppanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

const QString lastLoginKey = QStringLiteral("agent/lastLogin");

bool isActive(const ContactSummary &contact)
{
    return contact.state == InteractionState::Connected || contact.state == InteractionState::Held;
}

bool isWritten(Channel channel)
{
    return channel == Channel::Chat || channel == Channel::Email || channel == Channel::Sms
           || channel == Channel::Social;
}

} // namespace

AgentWorkspace::AgentWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_desk(new AgentDeskController(this))
{
    setObjectName(QStringLiteral("agentWorkspace"));

    m_stateBar = new AgentStateBar(*m_desk, this);
    m_inbox = new InboxWidget(*m_desk, this);
    m_helpChatWidget = new InternalChatWidget(*m_desk, this);
    m_contactPane = new ContactPane(*m_desk, this);

    m_customerPlaceholder = new QLabel(this);
    m_customerPlaceholder->setObjectName(QStringLiteral("customerPanelPlaceholder"));
    m_customerPlaceholder->setAlignment(Qt::AlignCenter);
    m_customerPlaceholder->setWordWrap(true);
    m_linkPanel = new CustomerLinkPanel(*m_desk, this);
    m_profile = new CustomerProfileWidget(this);
    m_timeline = new TimelineWidget(this);
    m_customerSplitter = new QSplitter(Qt::Vertical, this);
    m_customerSplitter->setObjectName(QStringLiteral("customerPanelSplitter"));
    m_nextOffer = new NextOfferPanel(this);
    m_customerSplitter->addWidget(m_profile);
    m_customerSplitter->addWidget(m_nextOffer);
    m_customerSplitter->addWidget(m_timeline);
    m_customerSplitter->setChildrenCollapsible(false);
    m_customerSplitter->setStretchFactor(0, 2);
    m_customerSplitter->setStretchFactor(1, 0);
    m_customerSplitter->setStretchFactor(2, 3);
    // Who the customer is deserves as much room as their history at first.
    m_customerSplitter->setSizes({300, 130, 380});
    m_customerStack = new QStackedWidget(this);
    m_customerStack->setObjectName(QStringLiteral("customerPanel"));
    m_customerStack->addWidget(m_customerPlaceholder);
    m_customerStack->addWidget(m_linkPanel);
    m_customerStack->addWidget(m_customerSplitter);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("inboxSplitter"));
    m_leftSplitter->addWidget(m_inbox);
    m_leftSplitter->addWidget(m_helpChatWidget);
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_contactPane);
    m_mainSplitter->addWidget(m_customerStack);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 1);
    m_mainSplitter->setSizes({280, 540, 520});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_stateBar);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(6, 0, 6, 0);
    body->addWidget(m_mainSplitter, 1);
    layout->addLayout(body, 1);

    m_notifier = new OfferNotifier(this, this);
    connect(m_notifier, &OfferNotifier::activated, this, [this] {
        window()->showNormal();
        window()->raise();
        window()->activateWindow();
        Q_EMIT attentionWanted();
    });

    createActions();

    connect(m_inbox, &InboxWidget::currentContactChanged, this, &AgentWorkspace::onCurrentContactChanged);
    connect(m_desk, &AgentDeskController::contactUpdated, this, [this](qint64 id) {
        if (const std::optional<ContactSummary> contact = m_desk->contact(id)) {
            m_contactNames.insert(id, ContactInboxModel::contactName(*contact, m_phoneRegion));
            if (contact->customerId != 0 && contact->customerId == m_timeline->customerId())
                m_timeline->model()->updateLiveState(id, contact->state, contact->times);
        }
        if (id == currentContactId())
            showCustomerFor(id);
        updateActions();
    });
    connect(m_desk, &AgentDeskController::contactRemoved, this, &AgentWorkspace::onContactRemoved);
    connect(m_desk, &AgentDeskController::offerArrived, this, &AgentWorkspace::onOfferArrived);
    connect(m_desk, &AgentDeskController::statusChanged, this, &AgentWorkspace::updateActions);
    connect(m_desk, &AgentDeskController::sessionChanged, this, [this] {
        if (const auto &session = m_desk->session())
            QSettings().setValue(lastLoginKey, session->login);
        updateActions();
        retranslate();
        Q_EMIT settledChanged();
    });
    connect(m_desk, &AgentDeskController::errorOccurred, this, &AgentWorkspace::errorOccurred);
    connect(m_desk, &AgentDeskController::connectionChanged, this,
            [this](bool connected, const QString &reason) {
                Q_EMIT statusMessage(connected ? tr("Connection to the contact centre restored.")
                                               : tr("Connection to the contact centre lost: %1").arg(reason));
            });
    connect(m_linkPanel, &CustomerLinkPanel::errorOccurred, this, &AgentWorkspace::errorOccurred);
    connect(m_linkPanel, &CustomerLinkPanel::searchFinished, this, &AgentWorkspace::settledChanged);
    connect(m_profile, &CustomerProfileWidget::errorOccurred, this, &AgentWorkspace::errorOccurred);
    connect(m_nextOffer, &NextOfferPanel::errorOccurred, this, &AgentWorkspace::errorOccurred);
    connect(m_nextOffer, &NextOfferPanel::outcomeRecorded, this,
            [this] { Q_EMIT statusMessage(tr("Offer outcome recorded.")); });
    connect(m_profile, &CustomerProfileWidget::customerLoaded, this, [this](qint64 id) {
        if (id != m_shownCustomer)
            return;
        m_contactPane->conversation()->setCustomer(m_profile->customer());
        m_profileReady = true;
        checkCustomerShown();
    });
    connect(m_timeline, &TimelineWidget::firstPageShown, this, [this](qint64 id) {
        if (id != m_shownCustomer)
            return;
        m_timelineReady = true;
        checkCustomerShown();
    });

    setTabOrder(m_inbox->view(), m_contactPane);
    setTabOrder(m_contactPane, m_customerStack);
    setTabOrder(m_customerStack, m_helpChatWidget);

    retranslate();
    updateActions();
}

AgentWorkspace::~AgentWorkspace() = default;

QAction *AgentWorkspace::makeAction(const char *objectName, const QString &icon,
                                    const QList<QKeySequence> &keys)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

void AgentWorkspace::createActions()
{
    m_signIn =
        makeAction("signInAction", QStringLiteral("sign-in"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)});
    connect(m_signIn, &QAction::triggered, this, &AgentWorkspace::showSignInChooser);
    m_signOut = makeAction("signOutAction", QString(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)});
    m_offerCatalogue =
        makeAction("offerCatalogueAction", QString(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K)});
    connect(m_offerCatalogue, &QAction::triggered, this, [this] {
        if (!m_backend || !m_backend->canManageOffers())
            return;
        OfferCatalogueDialog dialog(
            *m_backend, [this] { return m_desk->nowMs(); }, this);
        connect(&dialog, &OfferCatalogueDialog::saved, this, [this] { m_nextOffer->reload(); });
        connect(&dialog, &OfferCatalogueDialog::imported, this, [this] { m_nextOffer->reload(); });
        dialog.exec();
    });
    connect(m_signOut, &QAction::triggered, m_desk, &AgentDeskController::signOut);

    m_accept = makeAction("acceptAction", QStringLiteral("accept"), {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                                                     QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_accept, &QAction::triggered, this, &AgentWorkspace::acceptOffer);
    m_reject = makeAction("rejectAction", QStringLiteral("reject"),
                                                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    connect(m_reject, &QAction::triggered, this, &AgentWorkspace::rejectOffer);

    m_hold =
        makeAction("holdAction", QStringLiteral("hold"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)});
    m_hold->setCheckable(true);
    connect(m_hold, &QAction::triggered, this, &AgentWorkspace::toggleHold);
    m_mute =
        makeAction("muteAction", QStringLiteral("mute"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::triggered, this, &AgentWorkspace::toggleMute);
    m_recording =
        makeAction("recordingAction", QStringLiteral("recording-pause"),
                                                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_recording->setCheckable(true);
    connect(m_recording, &QAction::triggered, this, &AgentWorkspace::toggleRecordingPause);
    m_transfer = makeAction("transferAction",
                            QStringLiteral("transfer"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    connect(m_transfer, &QAction::triggered, this, [this] { openTransferDialog(false); });
    m_consult = makeAction("consultAction", QStringLiteral("consult"),
                                                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)});
    connect(m_consult, &QAction::triggered, this, [this] { openTransferDialog(true); });
    m_completeTransfer =
        makeAction("completeTransferAction", QStringLiteral("transfer"),
                                                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    connect(m_completeTransfer, &QAction::triggered, this, [this] {
        if (const qint64 id = currentContactId())
            m_desk->completeConsultTransfer(id);
    });
    m_conference = makeAction("conferenceAction",
                              QStringLiteral("conference"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    connect(m_conference, &QAction::triggered, this, [this] {
        if (const qint64 id = currentContactId())
            m_desk->conference(id);
    });
    m_cancelConsult = makeAction("cancelConsultAction",
                                 QStringLiteral("reject"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)});
    connect(m_cancelConsult, &QAction::triggered, this, [this] {
        if (const qint64 id = currentContactId())
            m_desk->cancelConsult(id);
    });
    m_end = makeAction("endAction", QStringLiteral("end"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    connect(m_end, &QAction::triggered, this, [this] {
        if (const qint64 id = currentContactId())
            m_desk->endContact(id);
    });
    m_finishWrapUp = makeAction("finishWrapUpAction",
                                QStringLiteral("finish"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)});
    connect(m_finishWrapUp, &QAction::triggered, this, [this] {
        if (m_contactPane->page() == ContactPane::Page::WrapUp)
            m_contactPane->wrapUp()->finish();
    });

    m_canned = makeAction("cannedResponsesAction", QStringLiteral("canned"),
                                                                  {QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(m_canned, &QAction::triggered, this,
            [this] { m_contactPane->conversation()->showCannedResponses(); });
    m_reply = makeAction("replyAction", QString(), {QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_reply, &QAction::triggered, this, [this] { m_contactPane->conversation()->focusComposer(); });

    m_linkCustomer = makeAction("linkCustomerAction",
                                QStringLiteral("link"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    connect(m_linkCustomer, &QAction::triggered, m_linkPanel, &CustomerLinkPanel::focusSearch);
    m_newCustomer = makeAction(
        "newCustomerAction", QStringLiteral("person-add"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    connect(m_newCustomer, &QAction::triggered, m_linkPanel, &CustomerLinkPanel::createCustomer);
    m_helpChat = makeAction("helpChatAction",
                            QStringLiteral("group"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    connect(m_helpChat, &QAction::triggered, m_helpChatWidget, &InternalChatWidget::focusInput);

    m_ready =
        makeAction("readyAction", QStringLiteral("ready"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)});
    connect(m_ready, &QAction::triggered, this, [this] { m_desk->setState(AgentState::Ready); });
    m_notReady = makeAction("notReadyAction", QStringLiteral("not-ready"),
                                                             {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)});
    connect(m_notReady, &QAction::triggered, this, [this] {
        Q_EMIT attentionWanted();
        m_stateBar->showNotReadyMenu();
    });
    m_afterCallWork =
        makeAction("afterCallWorkAction", QStringLiteral("after-call-work"),
                                                         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W)});
    connect(m_afterCallWork, &QAction::triggered, this,
            [this] { m_desk->setState(AgentState::AfterCallWork); });

    m_nextPane = makeAction("nextPaneAction", QString(), {QKeySequence(Qt::Key_F6)});
    connect(m_nextPane, &QAction::triggered, this, [this] { focusNextPane(1); });
    m_previousPane = makeAction("previousPaneAction", QString(), {QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    connect(m_previousPane, &QAction::triggered, this, [this] { focusNextPane(-1); });

    static constexpr std::array<Qt::Key, ContactSlots> digits = {
        Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9};
    for (int slot = 0; slot < ContactSlots; ++slot) {
        QAction *select = makeAction("selectContactAction", QString(),
                                     {QKeySequence(Qt::ALT | digits.at(std::size_t(slot)))});
        select->setObjectName(QStringLiteral("selectContact%1Action").arg(slot + 1));
        connect(select, &QAction::triggered, this, [this, slot] {
            if (m_inbox->selectRow(slot))
                m_inbox->view()->setFocus(Qt::ShortcutFocusReason);
        });
        m_selectContact.at(std::size_t(slot)) = select;
    }

    m_stateBar->setActions(m_ready, m_notReady, m_afterCallWork, m_signIn);
    m_inbox->setOfferActions(m_accept, m_reject);
    ContactActions actions;
    actions.accept = m_accept;
    actions.reject = m_reject;
    actions.hold = m_hold;
    actions.mute = m_mute;
    actions.recording = m_recording;
    actions.transfer = m_transfer;
    actions.consult = m_consult;
    actions.conference = m_conference;
    actions.completeTransfer = m_completeTransfer;
    actions.cancelConsult = m_cancelConsult;
    actions.end = m_end;
    actions.finishWrapUp = m_finishWrapUp;
    actions.cannedResponses = m_canned;
    m_contactPane->setActions(actions);
}

QList<QAction *> AgentWorkspace::windowActions() const
{
    return {m_signIn, m_signOut, m_accept, m_reject, m_ready, m_notReady, m_afterCallWork, m_offerCatalogue};
}

void AgentWorkspace::setBackend(DeskBackend *backend)
{
    m_backend = backend;
    m_desk->setBackend(backend);
    m_profile->setBackend(backend);
    m_timeline->setBackend(backend);
    m_nextOffer->setBackend(backend);
    updateActions();
}

void AgentWorkspace::setPhoneRegion(const QString &region)
{
    m_phoneRegion = region;
    m_desk->inbox()->setPhoneRegion(region);
    m_contactPane->setPhoneRegion(region);
    m_linkPanel->setPhoneRegion(region);
    m_profile->setPhoneRegion(region);
}

void AgentWorkspace::setClock(std::function<qint64()> nowMs)
{
    m_profile->setClock(nowMs);
    m_desk->setClock(std::move(nowMs));
}

void AgentWorkspace::signInAutomatically()
{
    if (!m_backend || m_desk->isSignedIn() || m_desk->isSigningIn())
        return;
    if (!m_backend->isEmbedded()) {
        // Nobody should wait for a dialog before the window is even on screen.
        QTimer::singleShot(0, this, &AgentWorkspace::showSignInChooser);
        return;
    }
    QPointer<AgentWorkspace> self(this);
    m_backend->signInCandidates([self](const BackendResult<QList<AgentSession>> &result) {
        if (!self || self->m_desk->isSignedIn())
            return;
        if (!result.ok()) {
            Q_EMIT self->errorOccurred(tr("Could not list the agents: %1").arg(result.error().message));
            return;
        }
        const QList<AgentSession> &candidates = result.value();
        if (candidates.isEmpty()) {
            Q_EMIT self->statusMessage(tr("This contact centre has no agents to sign in as."));
            return;
        }
        const QString last = QSettings().value(lastLoginKey).toString();
        QString login = candidates.constFirst().login;
        for (const AgentSession &candidate : candidates) {
            if (candidate.login == last)
                login = last;
        }
        self->m_desk->signIn(login);
    });
}

void AgentWorkspace::showSignInChooser()
{
    if (!m_backend)
        return;
    QPointer<AgentWorkspace> self(this);
    m_backend->signInCandidates([self](const BackendResult<QList<AgentSession>> &result) {
        if (!self)
            return;
        const QList<AgentSession> candidates = result.ok() ? result.value() : QList<AgentSession>();
        const QString current = self->m_desk->session() ? self->m_desk->session()->login
                                                        : QSettings().value(lastLoginKey).toString();
        SignInDialog dialog(candidates, current, self);
        if (dialog.exec() != QDialog::Accepted || !self)
            return;
        if (self->m_desk->session() && self->m_desk->session()->login == dialog.login())
            return;
        self->m_desk->signIn(dialog.login(), dialog.password());
    });
}

qint64 AgentWorkspace::currentContactId() const
{
    return m_inbox->currentInteractionId();
}

bool AgentWorkspace::selectContact(qint64 interactionId)
{
    return m_inbox->selectInteraction(interactionId);
}

qint64 AgentWorkspace::offerTarget() const
{
    const std::optional<ContactSummary> current = m_desk->contact(currentContactId());
    if (current && current->state == InteractionState::Offered)
        return current->interactionId;
    const ContactInboxModel *inbox = m_desk->inbox();
    for (int row = 0; row < inbox->rowCount(); ++row) {
        const ContactSummary *contact = inbox->contactAt(row);
        if (contact->state == InteractionState::Offered)
            return contact->interactionId;
    }
    return 0;
}

void AgentWorkspace::acceptOffer()
{
    const qint64 id = offerTarget();
    if (id == 0 || m_desk->isBusy(id))
        return;
    m_inbox->selectInteraction(id);
    Q_EMIT attentionWanted();
    m_desk->accept(id);
}

void AgentWorkspace::rejectOffer()
{
    const qint64 id = offerTarget();
    if (id == 0 || m_desk->isBusy(id))
        return;
    m_desk->reject(id);
}

void AgentWorkspace::toggleHold()
{
    const std::optional<ContactSummary> contact = m_desk->contact(currentContactId());
    if (contact && contact->state == InteractionState::Held)
        m_desk->resume(contact->interactionId);
    else if (contact && contact->state == InteractionState::Connected)
        m_desk->hold(contact->interactionId);
    updateActions();
}

void AgentWorkspace::toggleMute()
{
    const std::optional<ContactSummary> contact = m_desk->contact(currentContactId());
    if (contact)
        m_desk->setMuted(contact->interactionId, !contact->muted);
    updateActions();
}

void AgentWorkspace::toggleRecordingPause()
{
    const std::optional<ContactSummary> contact = m_desk->contact(currentContactId());
    if (contact && (contact->recording == RecordingState::On || contact->recording == RecordingState::Paused))
        m_desk->setRecordingPaused(contact->interactionId, contact->recording == RecordingState::On);
    updateActions();
}

void AgentWorkspace::openTransferDialog(bool consult)
{
    const std::optional<ContactSummary> contact = m_desk->contact(currentContactId());
    if (!m_backend || !contact || !isActive(*contact))
        return;
    const qint64 id = contact->interactionId;
    const bool voice = contact->channel == Channel::Voice;
    TransferDialog dialog(*m_backend,
                          consult ? TransferDialog::Choice::Consult : TransferDialog::Choice::Transfer, voice,
                          this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<TransferTarget> target = dialog.selectedTarget();
    if (!target || !m_desk->contact(id))
        return;
    if (dialog.choice() == TransferDialog::Choice::Consult)
        m_desk->startConsult(id, target->agentId, target->name);
    else if (target->kind == TransferTarget::Kind::Queue)
        m_desk->transferToQueue(id, target->queueId);
    else
        m_desk->transferToAgent(id, target->agentId);
}

void AgentWorkspace::onCurrentContactChanged(qint64 interactionId)
{
    m_contactPane->setContact(interactionId);
    m_helpChatWidget->setAboutInteraction(interactionId);
    showCustomerFor(interactionId);
    updateActions();
}

void AgentWorkspace::showCustomerFor(qint64 interactionId)
{
    const std::optional<ContactSummary> contact = m_desk->contact(interactionId);
    // An offer is made to a known customer the agent is talking to (or wrapping up with).
    const bool offerable =
        contact && contact->customerId != 0 && contact->direction != Direction::Internal
        && (contact->state == InteractionState::Connected || contact->state == InteractionState::Held
            || contact->state == InteractionState::WrapUp);
    m_nextOffer->setContact(offerable ? interactionId : 0);
    if (!contact) {
        m_shownCustomer = 0;
        m_customerStack->setCurrentWidget(m_customerPlaceholder);
        m_contactPane->conversation()->setCustomer(std::nullopt);
        return;
    }
    if (contact->customerId == 0) {
        m_shownCustomer = 0;
        m_linkPanel->setContact(interactionId);
        m_customerStack->setCurrentWidget(m_linkPanel);
        m_contactPane->conversation()->setCustomer(std::nullopt);
        return;
    }
    m_customerStack->setCurrentWidget(m_customerSplitter);
    if (contact->customerId == m_shownCustomer)
        return;
    m_shownCustomer = contact->customerId;
    m_profileReady = false;
    m_timelineReady = false;
    m_contactPane->conversation()->setCustomer(std::nullopt);
    m_profile->setCustomer(m_shownCustomer);
    m_timeline->setCustomer(m_shownCustomer);
    // The panels keep a customer they already show (say, the one of the offer before it was
    // accepted) without loading again, so they say nothing: take what they hold.
    if (!m_profileReady && m_profile->isLoaded() && m_profile->customerId() == m_shownCustomer) {
        m_contactPane->conversation()->setCustomer(m_profile->customer());
        m_profileReady = true;
    }
    if (!m_timelineReady && m_timeline->isFirstPageShown() && m_timeline->customerId() == m_shownCustomer)
        m_timelineReady = true;
    checkCustomerShown();
}

void AgentWorkspace::checkCustomerShown()
{
    if (m_shownCustomer != 0 && m_profileReady && m_timelineReady) {
        Q_EMIT customerShown(m_shownCustomer);
        Q_EMIT settledChanged();
    }
}

bool AgentWorkspace::isSettled() const
{
    if (!m_desk->isSignedIn())
        return false;
    const std::optional<ContactSummary> contact = m_desk->contact(currentContactId());
    if (!contact)
        return true;
    if (contact->customerId == 0)
        return !m_linkPanel->isSearching();
    return contact->customerId == m_shownCustomer && m_profileReady && m_timelineReady;
}

void AgentWorkspace::onContactRemoved(qint64 interactionId, const QString &reason)
{
    const QString name = m_contactNames.take(interactionId);
    static const QStringList worthSaying =
        {
            QStringLiteral("missed"),    QStringLiteral("rejected"), QStringLiteral("abandoned"),
                                                                                    QStringLiteral("withdrawn"), QStringLiteral("requeued"), QStringLiteral("transferred")};
    if (worthSaying.contains(reason))
        Q_EMIT statusMessage(DisplayText::departureText(reason, name.isEmpty() ? tr("a customer") : name));
    updateActions();
}

void AgentWorkspace::onOfferArrived(const ContactSummary &contact)
{
    const QString name = ContactInboxModel::contactName(contact, m_phoneRegion);
    m_contactNames.insert(contact.interactionId, name);
    QString text = name;
    if (!contact.queueName.isEmpty())
        text += QStringLiteral(" · ") + contact.queueName;
    if (contact.vip)
        text += QStringLiteral(" · ") + tr("VIP");
    m_notifier->notify(contact, tr("New %1").arg(DisplayText::channelName(contact.channel)), text);
}

void AgentWorkspace::updateActions()
{
    const bool signedIn = m_desk->isSignedIn();
    const std::optional<ContactSummary> contact = m_desk->contact(currentContactId());
    const qint64 id = contact ? contact->interactionId : 0;
    const bool busy = contact && m_desk->isBusy(id);
    const bool consulting = contact && m_desk->isConsulting(id);
    const bool active = contact && isActive(*contact);
    const bool voice = active && contact->channel == Channel::Voice;
    const qint64 offer = offerTarget();

    m_signOut->setEnabled(signedIn);
    m_offerCatalogue->setEnabled(m_backend && m_backend->canManageOffers());
    m_accept->setEnabled(signedIn && offer != 0 && !m_desk->isBusy(offer));
    m_reject->setEnabled(signedIn && offer != 0 && !m_desk->isBusy(offer));

    const bool held = voice && contact->state == InteractionState::Held;
    m_hold->setEnabled(voice && !busy && !consulting);
    m_hold->setChecked(held);
    m_hold->setText(held ? tr("Res&ume") : tr("&Hold"));
    m_hold->setIcon(QIcon(held ? QStringLiteral(":/icons/resume.svg") : QStringLiteral(":/icons/hold.svg")));
    const bool muted = voice && contact->muted;
    m_mute->setEnabled(voice && contact->state == InteractionState::Connected && !busy);
    m_mute->setChecked(muted);
    m_mute->setText(muted ? tr("Un&mute") : tr("&Mute"));
    // Only what is recorded can be paused: not a call without consent, not one in a centre that
    // records nothing.
    const RecordingState recording = voice ? contact->recording : RecordingState::None;
    const bool recordingPaused = recording == RecordingState::Paused;
    m_recording->setEnabled((recording == RecordingState::On || recordingPaused) && !busy);
    // A call in a centre that records nothing has no recording to speak of.
    m_recording->setVisible(!(voice && recording == RecordingState::None));
    m_recording->setChecked(recordingPaused);
    m_recording->setText(recordingPaused ? tr("Resume rec&ording") : tr("Pause rec&ording"));
    m_recording->setToolTip(recordingPaused
                                ? tr("Record the call again (Ctrl+Shift+P)")
                                : tr("Stop recording while the customer gives card details (Ctrl+Shift+P)"));
    m_recording->setIcon(QIcon(recordingPaused ? QStringLiteral(":/icons/recording-resume.svg")
                                               : QStringLiteral(":/icons/recording-pause.svg")));
    m_transfer->setEnabled(active && !busy && !consulting);
    m_consult->setEnabled(voice && !busy && !consulting);
    // Until the colleague answers there is nobody to bring in or hand over to.
    const ConsultStage stage = contact ? contact->consult : ConsultStage::None;
    m_conference->setEnabled(consulting && !busy && stage == ConsultStage::Talking);
    m_completeTransfer->setEnabled(consulting && !busy
                                   && (stage == ConsultStage::Talking || stage == ConsultStage::Conference));
    m_cancelConsult->setEnabled(consulting && !busy);
    m_end->setEnabled(active && !busy && !consulting);
    m_end->setText(contact && contact->channel == Channel::Voice      ? tr("&End call")
                   : contact && contact->channel == Channel::WorkItem ? tr("&Done")
                                                                      : tr("&End"));
    m_finishWrapUp->setEnabled(contact && contact->state == InteractionState::WrapUp && !busy);
    const bool writing = active && isWritten(contact->channel);
    m_canned->setEnabled(writing);
    m_reply->setEnabled(writing);
    const bool unknown = contact && contact->customerId == 0 && contact->channel != Channel::WorkItem;
    m_linkCustomer->setEnabled(unknown && !busy);
    m_newCustomer->setEnabled(unknown && !busy);
    m_helpChat->setEnabled(m_desk->takesContacts()); // help goes between agents

    const AgentState state = m_desk->status().state;
    const bool takes = m_desk->takesContacts();
    m_ready->setEnabled(takes && state != AgentState::Ready);
    m_notReady->setEnabled(takes);
    m_afterCallWork->setEnabled(takes && state != AgentState::AfterCallWork);
    m_ready->setChecked(state == AgentState::Ready);
}

void AgentWorkspace::focusNextPane(int step)
{
    QList<QWidget *> panes = {m_inbox, m_contactPane, m_customerStack, m_helpChatWidget};
    int current = -1;
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const int next = (current + step + int(panes.size())) % int(panes.size());
    QWidget *target = nullptr;
    switch (next) {
    case 0:
        target = m_inbox->view();
        break;
    case 1:
        switch (m_contactPane->page()) {
        case ContactPane::Page::Conversation:
            target = m_contactPane->conversation()->composer();
            break;
        case ContactPane::Page::Voice:
            target = m_contactPane->callNotes();
            break;
        case ContactPane::Page::WrapUp:
            target = m_contactPane->wrapUp()->dispositionBox();
            break;
        default:
            target = m_contactPane;
            break;
        }
        break;
    case 2:
        if (m_customerStack->currentWidget() == m_linkPanel)
            target = m_linkPanel->searchField();
        else if (m_customerStack->currentWidget() == m_customerSplitter)
            target = m_timeline->view();
        else
            target = m_customerStack;
        break;
    default:
        target = m_helpChatWidget->input();
        break;
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

QList<ShortcutGroup> AgentWorkspace::shortcutGroups() const
{
    auto entries = [](std::initializer_list<const QAction *> actions) {
        QList<ShortcutEntry> list;
        for (const QAction *action : actions)
            list << ShortcutEntry::fromAction(action);
        return list;
    };
    QList<ShortcutGroup> groups;
    ShortcutGroup contacts{tr("Contacts"), entries({m_accept, m_reject})};
    contacts.entries << ShortcutEntry{tr("Alt+1 … Alt+9"), tr("Select a contact in the inbox")}
                     << ShortcutEntry{tr("Up / Down"), tr("Move through the inbox")};
    contacts.entries << entries({m_transfer, m_end, m_finishWrapUp});
    groups << contacts;
    ShortcutGroup calls{tr("Calls"), entries({m_hold, m_mute, m_recording, m_consult, m_completeTransfer,
                                              m_conference, m_cancelConsult})};
    calls.entries[0].description = tr("Hold / resume");
    calls.entries[1].description = tr("Mute / unmute");
    calls.entries[2].description = tr("Pause / resume recording (card details)");
    groups << calls;
    ShortcutGroup writing{tr("Chat, SMS, social, e-mail"), entries({m_reply, m_canned})};
    writing.entries << ShortcutEntry{tr("Enter"), tr("Send a chat, SMS or social reply")}
                    << ShortcutEntry{tr("Shift+Enter"), tr("New line in a chat reply")}
                    << ShortcutEntry{tr("Alt+S"), tr("Send (also an e-mail)")};
    groups << writing;
    ShortcutGroup customer{tr("Customer and help"), entries({m_linkCustomer, m_newCustomer, m_helpChat})};
    for (const QAction *action : m_nextOffer->actions())
        customer.entries << ShortcutEntry::fromAction(action);
    customer.entries << ShortcutEntry::fromAction(m_offerCatalogue);
    groups << customer;
    ShortcutGroup state{tr("Your state"),
                        entries({m_ready, m_notReady, m_afterCallWork, m_signIn, m_signOut})};
    groups << state;
    ShortcutGroup moving{tr("Moving around"), {}};
    moving.entries << ShortcutEntry{
        QStringLiteral("F6 / Shift+F6"), tr("Next / previous pane: inbox, contact, customer, help")}
        << ShortcutEntry{tr("Tab / Shift+Tab"), tr("Next / previous field")};
    groups << moving;
    return groups;
}

void AgentWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgentWorkspace::retranslate()
{
    setAccessibleName(tr("Agent workspace"));
    m_signIn->setText(tr("Sign &In As…"));
    m_signIn->setToolTip(tr("Work as another agent"));
    m_signOut->setText(tr("Sign &Out"));
    m_offerCatalogue->setText(tr("Offer &Catalogue…"));
    m_offerCatalogue->setToolTip(tr("Edit the offers agents suggest and see how they did (Ctrl+Alt+K)"));
    m_accept->setText(tr("&Accept"));
    m_accept->setToolTip(tr("Accept the offered contact (Ctrl+Enter)"));
    m_reject->setText(tr("&Reject"));
    m_reject->setToolTip(tr("Reject the offer; it goes back to the queue (Ctrl+Shift+R)"));
    m_transfer->setText(tr("&Transfer…"));
    m_transfer->setToolTip(tr("Transfer to a colleague or a queue (Ctrl+Shift+T)"));
    m_consult->setText(tr("&Consult…"));
    m_consult->setToolTip(tr("Talk to a colleague first, the customer on hold (Ctrl+Shift+K)"));
    m_completeTransfer->setText(tr("Complete &transfer"));
    m_conference->setText(tr("Con&ference"));
    m_conference->setToolTip(tr("Join the customer, your colleague and you (Ctrl+Shift+C)"));
    m_cancelConsult->setText(tr("Cancel consult"));
    m_cancelConsult->setToolTip(tr("End the consultation and go back to the customer (Ctrl+Shift+X)"));
    m_finishWrapUp->setText(tr("&Finish wrap-up"));
    m_canned->setText(tr("Canned &responses…"));
    m_canned->setToolTip(tr("Insert a prepared reply (Ctrl+/)"));
    m_reply->setText(tr("Write a reply"));
    m_linkCustomer->setText(tr("Find the customer to link"));
    m_newCustomer->setText(tr("New customer from this contact…"));
    m_helpChat->setText(tr("Ask colleagues for help"));
    m_ready->setText(tr("&Ready"));
    m_ready->setToolTip(tr("Receive contacts (Ctrl+Alt+R)"));
    m_notReady->setText(tr("&Not Ready"));
    m_notReady->setToolTip(tr("Take a break from new contacts, with a reason (Ctrl+Alt+N)"));
    m_afterCallWork->setText(tr("After-Call &Work"));
    m_afterCallWork->setToolTip(tr("Finish your notes before the next contact (Ctrl+Alt+W)"));
    m_nextPane->setText(tr("Next pane"));
    m_previousPane->setText(tr("Previous pane"));
    for (int slot = 0; slot < ContactSlots; ++slot)
        m_selectContact.at(std::size_t(slot))->setText(tr("Contact %1 in the inbox").arg(slot + 1));
    m_customerPlaceholder->setText(
        tr("The customer of the selected contact appears here, with their history on "
           "every channel."));
    m_customerStack->setAccessibleName(tr("Customer of the selected contact"));
    updateActions();
}

} // namespace ContactDesk

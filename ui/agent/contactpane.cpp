#include "contactpane.h"

#include "agentdeskcontroller.h"
#include "contactinboxmodel.h"
#include "conversationpane.h"
#include "displaytext.h"
#include "phone/phonenumbers.h"
#include "wrapuppanel.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

constexpr int BigIconSize = 28;

QLabel *wrappingLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    return label;
}

} // namespace

ContactPane::ContactPane(AgentDeskController &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("contactPane"));

    // Header.
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("contactHeader"));
    m_icon = new QLabel(m_header);
    m_icon->setFixedSize(BigIconSize, BigIconSize);
    m_title = new QLabel(m_header);
    m_title->setObjectName(QStringLiteral("contactTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_vip = new QLabel(m_header);
    m_vip->setObjectName(QStringLiteral("contactVip"));
    m_subtitle = wrappingLabel(m_header, "contactSubtitle");
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(m_header);
    m_state->setObjectName(QStringLiteral("contactState"));
    // Beside the state, where the agent looks while talking: a card number said now must not
    // be recorded, and a customer without consent must not be told they are.
    m_recording = new QLabel(m_header);
    m_recording->setObjectName(QStringLiteral("recordingIndicator"));
    QFont recordingFont = m_recording->font();
    recordingFont.setBold(true);
    m_recording->setFont(recordingFont);
    // Wraps rather than widening the header past a small screen.
    m_recording->setWordWrap(true);
    m_recording->setVisible(false);
    m_timer = new QLabel(m_header);
    m_timer->setObjectName(QStringLiteral("contactTimer"));
    QFont timerFont = titleFont;
    timerFont.setFamilies({QStringLiteral("monospace")});
    timerFont.setStyleHint(QFont::Monospace);
    m_timer->setFont(timerFont);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_icon);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_vip);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_recording);
    titleRow->addWidget(m_state);
    titleRow->addWidget(m_timer);
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 4);
    headerLayout->addLayout(titleRow);
    headerLayout->addWidget(m_subtitle);

    m_stack = new QStackedWidget(this);

    // Nothing selected.
    m_emptyText = wrappingLabel(this, "contactEmpty");
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_emptyText);

    // An offer.
    m_offerPage = new QWidget(this);
    m_offerText = wrappingLabel(m_offerPage, "offerText");
    m_offerText->setAlignment(Qt::AlignCenter);
    m_offerCountdown = new QLabel(m_offerPage);
    m_offerCountdown->setObjectName(QStringLiteral("offerCountdown"));
    m_offerCountdown->setAlignment(Qt::AlignCenter);
    m_offerCountdown->setFont(titleFont);
    m_acceptButton = makeButton("offerAcceptButton", m_offerPage);
    m_rejectButton = makeButton("offerRejectButton", m_offerPage);
    auto *offerButtons = new QHBoxLayout;
    offerButtons->addStretch(1);
    offerButtons->addWidget(m_acceptButton);
    offerButtons->addWidget(m_rejectButton);
    offerButtons->addStretch(1);
    auto *offerLayout = new QVBoxLayout(m_offerPage);
    offerLayout->addStretch(1);
    offerLayout->addWidget(m_offerText);
    offerLayout->addWidget(m_offerCountdown);
    offerLayout->addLayout(offerButtons);
    offerLayout->addStretch(2);
    m_stack->addWidget(m_offerPage);

    // A call.
    m_voicePage = new QWidget(this);
    m_callTimes = new QLabel(m_voicePage);
    m_callTimes->setObjectName(QStringLiteral("callTimes"));
    m_holdButton = makeButton("holdButton", m_voicePage);
    m_muteButton = makeButton("muteButton", m_voicePage);
    m_recordingButton = makeButton("recordingButton", m_voicePage);
    m_transferButton = makeButton("transferButton", m_voicePage);
    m_consultButton = makeButton("consultButton", m_voicePage);
    m_endButton = makeButton("endCallButton", m_voicePage);
    auto *callButtons = new QHBoxLayout;
    for (QToolButton *button : {m_holdButton, m_muteButton, m_transferButton, m_consultButton})
        callButtons->addWidget(button);
    callButtons->addStretch(1);
    callButtons->addWidget(m_endButton);
    m_consultBanner = new QFrame(m_voicePage);
    m_consultBanner->setObjectName(QStringLiteral("consultBanner"));
    m_consultBanner->setFrameShape(QFrame::StyledPanel);
    m_consultBanner->setAutoFillBackground(true);
    m_consultBanner->setBackgroundRole(QPalette::AlternateBase);
    m_consultText = wrappingLabel(m_consultBanner, "consultText");
    m_completeButton = makeButton("completeTransferButton", m_consultBanner);
    m_conferenceButton = makeButton("conferenceButton", m_consultBanner);
    m_cancelConsultButton = makeButton("cancelConsultButton", m_consultBanner);
    auto *consultButtons = new QHBoxLayout;
    consultButtons->addWidget(m_completeButton);
    consultButtons->addWidget(m_conferenceButton);
    consultButtons->addWidget(m_cancelConsultButton);
    consultButtons->addStretch(1);
    auto *consultLayout = new QVBoxLayout(m_consultBanner);
    consultLayout->addWidget(m_consultText);
    consultLayout->addLayout(consultButtons);
    m_callNotes = new QPlainTextEdit(m_voicePage);
    m_callNotes->setObjectName(QStringLiteral("callNotes"));
    m_callNotes->setTabChangesFocus(true);
    m_notesLabel = new QLabel(m_voicePage);
    m_notesLabel->setBuddy(m_callNotes);
    connect(m_callNotes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_page == Page::Voice && m_contactId != 0)
            m_notes.insert(m_contactId, m_callNotes->toPlainText());
    });
    auto *voiceLayout = new QVBoxLayout(m_voicePage);
    voiceLayout->setContentsMargins(0, 0, 0, 0);
    // Recording sits beside the call's times, not among the call buttons: the row it would
    // widen must fit the smallest screen, and it is about the recording, not the line.
    auto *timesRow = new QHBoxLayout;
    timesRow->addWidget(m_callTimes, 1);
    timesRow->addWidget(m_recordingButton);
    voiceLayout->addLayout(timesRow);
    voiceLayout->addLayout(callButtons);
    voiceLayout->addWidget(m_consultBanner);
    voiceLayout->addWidget(m_notesLabel);
    voiceLayout->addWidget(m_callNotes, 1);
    m_stack->addWidget(m_voicePage);

    // A written conversation.
    auto *conversationPage = new QWidget(this);
    conversationPage->setObjectName(QStringLiteral("conversationPage"));
    m_conversation = new ConversationPane(desk, conversationPage);
    m_writtenTransferButton = makeButton("writtenTransferButton", conversationPage);
    m_writtenEndButton = makeButton("writtenEndButton", conversationPage);
    auto *writtenButtons = new QHBoxLayout;
    writtenButtons->addStretch(1);
    writtenButtons->addWidget(m_writtenTransferButton);
    writtenButtons->addWidget(m_writtenEndButton);
    auto *conversationLayout = new QVBoxLayout(conversationPage);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    conversationLayout->addLayout(writtenButtons);
    conversationLayout->addWidget(m_conversation, 1);
    m_stack->addWidget(conversationPage);

    // A back-office task.
    m_workItemPage = new QWidget(this);
    m_workItemText = wrappingLabel(m_workItemPage, "workItemText");
    m_workItemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workItemTransferButton = makeButton("workItemTransferButton", m_workItemPage);
    m_workItemEndButton = makeButton("workItemEndButton", m_workItemPage);
    auto *workItemButtons = new QHBoxLayout;
    workItemButtons->addStretch(1);
    workItemButtons->addWidget(m_workItemTransferButton);
    workItemButtons->addWidget(m_workItemEndButton);
    auto *workItemLayout = new QVBoxLayout(m_workItemPage);
    workItemLayout->setContentsMargins(0, 0, 0, 0);
    workItemLayout->addLayout(workItemButtons);
    workItemLayout->addWidget(m_workItemText);
    workItemLayout->addStretch(1);
    m_stack->addWidget(m_workItemPage);

    // Wrap-up.
    m_wrapUp = new WrapUpPanel(desk, this);
    m_stack->addWidget(m_wrapUp);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(&desk, &AgentDeskController::contactUpdated, this, [this](qint64 id) {
        if (id == m_contactId)
            refresh();
    });
    connect(&desk, &AgentDeskController::contactRemoved, this, [this](qint64 id) {
        m_notes.remove(id);
        if (id == m_contactId)
            setContact(0);
    });
    connect(&desk, &AgentDeskController::tick, this, &ContactPane::updateTimer);
    connect(&desk, &AgentDeskController::statusChanged, this, [this] {
        if (m_contactId == 0)
            retranslate();
    });
    // The empty page says "sign in" or "go Ready": it changes with the session.
    connect(&desk, &AgentDeskController::sessionChanged, this, &ContactPane::retranslate);
    retranslate();
}

QToolButton *ContactPane::makeButton(const char *objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIconSize(QSize(20, 20));
    return button;
}

void ContactPane::setActions(const ContactActions &actions)
{
    m_acceptButton->setDefaultAction(actions.accept);
    m_rejectButton->setDefaultAction(actions.reject);
    m_holdButton->setDefaultAction(actions.hold);
    m_muteButton->setDefaultAction(actions.mute);
    m_recordingButton->setDefaultAction(actions.recording);
    m_transferButton->setDefaultAction(actions.transfer);
    m_consultButton->setDefaultAction(actions.consult);
    m_endButton->setDefaultAction(actions.end);
    m_completeButton->setDefaultAction(actions.completeTransfer);
    m_conferenceButton->setDefaultAction(actions.conference);
    m_cancelConsultButton->setDefaultAction(actions.cancelConsult);
    m_writtenTransferButton->setDefaultAction(actions.transfer);
    m_writtenEndButton->setDefaultAction(actions.end);
    m_workItemTransferButton->setDefaultAction(actions.transfer);
    m_workItemEndButton->setDefaultAction(actions.end);
    m_wrapUp->setFinishAction(actions.finishWrapUp);
    m_conversation->setCannedResponsesAction(actions.cannedResponses);
    for (QToolButton *button : {m_acceptButton, m_rejectButton})
        button->setIconSize(QSize(28, 28));
}

void ContactPane::setPhoneRegion(const QString &region)
{
    m_phoneRegion = region;
    updateHeader();
}

QString ContactPane::callNotesFor(qint64 interactionId) const
{
    return m_notes.value(interactionId);
}

void ContactPane::setContact(qint64 interactionId)
{
    if (interactionId == m_contactId)
        return;
    m_contactId = interactionId;
    refresh();
}

void ContactPane::refresh()
{
    const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
    if (!contact) {
        m_contactId = 0;
        m_conversation->setContact(0);
        m_wrapUp->setContact(0);
        showPage(Page::Empty);
        updateHeader();
        return;
    }
    Page page = Page::Empty;
    switch (contact->state) {
    case InteractionState::Offered:
        page = Page::Offer;
        break;
    case InteractionState::WrapUp:
        page = Page::WrapUp;
        break;
    default:
        if (contact->channel == Channel::Voice)
            page = Page::Voice;
        else if (contact->channel == Channel::WorkItem)
            page = Page::WorkItem;
        else
            page = Page::Conversation;
        break;
    }
    // The conversation is kept loaded through the offer and the wrap-up as well: messages that
    // arrive then are not missed.
    if (contact->channel != Channel::Voice && contact->channel != Channel::WorkItem)
        m_conversation->setContact(m_contactId);
    else
        m_conversation->setContact(0);
    if (page == Page::WrapUp) {
        m_wrapUp->suggestNotes(m_contactId, m_notes.value(m_contactId));
        m_wrapUp->setContact(m_contactId);
    }
    if (page == Page::Voice && m_callNotes->toPlainText() != m_notes.value(m_contactId)) {
        const QSignalBlocker blocker(m_callNotes);
        m_callNotes->setPlainText(m_notes.value(m_contactId));
    }
    showPage(page);
    updateHeader();
}

void ContactPane::showPage(Page page)
{
    m_page = page;
    switch (page) {
    case Page::Empty:
        m_stack->setCurrentWidget(m_emptyText);
        break;
    case Page::Offer:
        m_stack->setCurrentWidget(m_offerPage);
        break;
    case Page::Voice:
        m_stack->setCurrentWidget(m_voicePage);
        break;
    case Page::Conversation:
        m_stack->setCurrentWidget(m_conversation->parentWidget());
        break;
    case Page::WorkItem:
        m_stack->setCurrentWidget(m_workItemPage);
        break;
    case Page::WrapUp:
        m_stack->setCurrentWidget(m_wrapUp);
        break;
    }
    m_header->setVisible(page != Page::Empty);
}

void ContactPane::updateHeader()
{
    const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
    if (!contact)
        return;
    m_icon->setPixmap(DisplayText::channelIcon(contact->channel).pixmap(BigIconSize, BigIconSize));
    m_icon->setToolTip(DisplayText::channelName(contact->channel));
    m_icon->setAccessibleName(DisplayText::channelName(contact->channel));
    const QString name = ContactInboxModel::contactName(*contact, m_phoneRegion);
    m_title->setText(name);
    m_title->setAccessibleName(tr("%1 with %2").arg(DisplayText::channelName(contact->channel), name));
    m_vip->setVisible(contact->vip);
    m_vip->setText(
        QStringLiteral("<img src=\":/icons/vip.svg\" width=\"18\" height=\"18\"> <b>%1</b>").arg(tr("VIP")));
    m_vip->setAccessibleName(tr("VIP customer"));

    QStringList parts;
    parts << DisplayText::channelName(contact->channel);
    if (contact->direction == Direction::Outbound)
        parts << (contact->callback   ? tr("Callback")
                  : contact->campaign ? tr("Campaign call")
                                      : tr("Outbound"));
    if (!contact->queueName.isEmpty() || !contact->queueId.isEmpty())
        parts << (contact->queueName.isEmpty() ? contact->queueId : contact->queueName);
    if (!contact->customerName.isEmpty() && !contact->from.isEmpty()) {
        parts << (contact->from.startsWith(QLatin1Char('+'))
                      ? PhoneNumbers::formatForRegion(contact->from, m_phoneRegion)
                      : contact->from);
    }
    if (!contact->subject.trimmed().isEmpty())
        parts << contact->subject.simplified();
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));

    QString state = DisplayText::stateName(contact->state);
    if (contact->muted)
        state = tr("%1, muted").arg(state);
    if (m_desk.isConsulting(contact->interactionId))
        state = tr("Consulting");
    else if (m_desk.isConferenced(contact->interactionId) && contact->state == InteractionState::Connected)
        state = tr("Conference");
    m_state->setText(state);
    switch (contact->recording) {
    case RecordingState::Paused:
        m_recording->setText(tr("Recording paused"));
        break;
    case RecordingState::NotRecorded:
        m_recording->setText(tr("Not recorded (no consent)"));
        break;
    case RecordingState::On:
    case RecordingState::None:
        m_recording->clear();
        break;
    }
    m_recording->setVisible(!m_recording->text().isEmpty() && contact->state != InteractionState::Offered);

    const QString queue = contact->queueName.isEmpty() ? contact->queueId : contact->queueName;
    QStringList offerLines;
    offerLines << QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span>") .arg(
        tr("Incoming %1").arg(DisplayText::channelName(contact->channel)).toHtmlEscaped());
    offerLines << name.toHtmlEscaped();
    if (!queue.isEmpty())
        offerLines << tr("Queue: %1").arg(queue).toHtmlEscaped();
    if (!contact->subject.trimmed().isEmpty())
        offerLines << contact->subject.simplified().toHtmlEscaped();
    m_offerText->setText(offerLines.join(QStringLiteral("<br>")));

    m_consultBanner->setVisible(m_desk.isConsulting(contact->interactionId));
    const QString partner = m_desk.consultPartner(contact->interactionId);
    m_consultText->setText(partner.isEmpty()
                               ? tr("You are consulting a colleague. The customer is on hold.")
                               : tr("You are consulting %1. The customer is on hold.").arg(partner));

    m_workItemText->setText(QStringLiteral("<b>%1</b><br>%2") .arg(
        contact->subject.trimmed().isEmpty() ? tr("Back-office task").toHtmlEscaped()
                                             : contact->subject.toHtmlEscaped(),
        tr("Work on the task, then end it to wrap up.").toHtmlEscaped()));
    updateTimer();
}

void ContactPane::updateTimer()
{
    const std::optional<ContactSummary> contact = m_desk.contact(m_contactId);
    if (!contact) {
        m_timer->clear();
        return;
    }
    const qint64 now = m_desk.nowMs();
    const InteractionTimes &times = contact->times;
    if (contact->state == InteractionState::Offered) {
        const qint64 left =
            contact->offerExpiresAtMs > 0 ? std::max<qint64>(0, contact->offerExpiresAtMs - now) : -1;
        const QString countdown =
            left >= 0 ? tr("%n s", "seconds left to accept an offer", int((left + 999) / 1000)) : QString();
        m_timer->setText(countdown);
        m_offerCountdown->setText(left >= 0 ? tr("%1 left to accept").arg(countdown) : QString());
        m_timer->setAccessibleName(m_offerCountdown->text());
        return;
    }
    const qint64 since = ContactInboxModel::stateSinceMs(*contact);
    const QString inState = since > 0 ? DisplayText::duration(std::max<qint64>(0, now - since)) : QString();
    m_timer->setText(inState);
    m_timer->setAccessibleName(tr("Time in this state: %1").arg(inState));
    if (contact->channel == Channel::Voice && times.connectedMs > 0) {
        const qint64 holding = times.heldSinceMs > 0 ? std::max<qint64>(0, now - times.heldSinceMs) : 0;
        const qint64 hold = times.totalHoldMs + holding;
        const qint64 talk = std::max<qint64>(0, now - times.connectedMs - hold);
        m_callTimes->setText(
            tr("Talk %1 · Hold %2").arg(DisplayText::duration(talk), DisplayText::duration(hold)));
        m_callTimes->setAccessibleName(tr("Call time: talking %1, on hold %2")
                                           .arg(DisplayText::duration(talk), DisplayText::duration(hold)));
    }
}

void ContactPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContactPane::retranslate()
{
    if (!m_desk.isSignedIn())
        m_emptyText->setText(tr("Sign in to receive calls, chats and messages."));
    else if (m_desk.status().state == AgentState::Ready)
        m_emptyText->setText(
            tr("No contact selected.\n\nOffers and the contacts you handle appear in the inbox on "
               "the left."));
    else
        m_emptyText->setText(
            tr("No contact selected.\n\nOffers and the contacts you handle appear in the inbox on "
               "the left. Go Ready (Ctrl+Alt+R) to receive them."));
    m_notesLabel->setText(tr("Call no&tes (carried into the wrap-up):"));
    m_callNotes->setAccessibleName(tr("Call notes"));
    m_callNotes->setPlaceholderText(tr("Notes while you talk…"));
    setAccessibleName(tr("Selected contact"));
    updateHeader();
}

} // namespace ContactDesk

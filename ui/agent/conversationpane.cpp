#include "conversationpane.h"

#include "agentdeskcontroller.h"
#include "cannedresponsepopup.h"
#include "composeredit.h"
#include "contactinboxmodel.h"
#include "displaytext.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

QString htmlText(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString timeOf(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(), QLocale::ShortFormat);
}

QString blend(const QColor &a, const QColor &b, double share)
{
    const QColor mixed = QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                                          float(a.greenF() * (1 - share) + b.greenF() * share),
                                          float(a.blueF() * (1 - share) + b.blueF() * share));
    return mixed.name();
}

} // namespace

ConversationPane::ConversationPane(AgentDeskController &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("conversationPane"));

    m_transcript = new QTextBrowser(this);
    m_transcript->setObjectName(QStringLiteral("conversationTranscript"));
    m_transcript->setOpenLinks(false);
    m_transcript->setFocusPolicy(Qt::StrongFocus);

    m_subjectLabel = new QLabel(this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("emailSubject"));
    m_subjectLabel->setBuddy(m_subject);

    m_composer = new ComposerEdit(this);
    m_composer->setObjectName(QStringLiteral("composer"));
    connect(m_composer, &ComposerEdit::sendRequested, this, &ConversationPane::send);

    m_quote = new QCheckBox(this);
    m_quote->setObjectName(QStringLiteral("quoteHistory"));
    m_quote->setChecked(true);

    m_cannedButton = new QToolButton(this);
    m_cannedButton->setObjectName(QStringLiteral("cannedResponsesButton"));
    m_cannedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cannedButton->setVisible(false);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setEnabled(false);
    m_sendButton = new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), QString(), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    connect(m_sendButton, &QPushButton::clicked, this, &ConversationPane::send);

    m_canned = new CannedResponsePopup(this);
    connect(m_canned, &CannedResponsePopup::responseChosen, this, &ConversationPane::insertCannedResponse);

    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subjectLabel);
    subjectRow->addWidget(m_subject, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_cannedButton);
    buttonRow->addWidget(m_quote);
    buttonRow->addWidget(m_hint, 1);
    buttonRow->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_transcript, 1);
    layout->addLayout(subjectRow);
    layout->addWidget(m_composer);
    layout->addLayout(buttonRow);

    setTabOrder(m_subject, m_composer);
    setTabOrder(m_composer, m_sendButton);

    connect(&desk, &AgentDeskController::messageReceived, this, &ConversationPane::onMessage);
    connect(&desk, &AgentDeskController::contactRemoved, this, [this](qint64 id) {
        m_drafts.remove(id);
        if (id == m_contactId)
            setContact(0);
    });
    retranslate();
    updateComposer();
}

void ConversationPane::setCannedResponsesAction(QAction *action)
{
    m_cannedButton->setDefaultAction(action);
    m_cannedButton->setVisible(true);
}

void ConversationPane::setContact(qint64 interactionId)
{
    if (interactionId == m_contactId)
        return;
    saveDraft();
    m_contactId = interactionId;
    m_messages.clear();
    m_loaded = false;
    m_loadError.clear();
    const quint64 generation = ++m_generation;
    const std::optional<ContactSummary> contact = m_desk.contact(interactionId);
    m_channel = contact ? contact->channel : Channel::Chat;
    m_contactSubject = contact ? contact->subject : QString();

    const Draft draft = m_drafts.value(interactionId);
    m_composer->setPlainText(draft.body);
    m_subject->setText(m_drafts.contains(interactionId) ? draft.subject : QString());
    m_quote->setChecked(draft.quote);
    updateComposer();
    render();
    if (interactionId == 0 || !m_desk.backend())
        return;
    m_desk.inbox()->clearUnread(interactionId);

    QPointer<ConversationPane> self(this);
    m_desk.backend()->messages(
        interactionId, [self, generation, interactionId](const BackendResult<QList<Message>> &result) {
            if (!self || self->m_generation != generation)
                return;
            self->m_loaded = true;
            if (!result.ok()) {
                self->m_loadError =
                    result.error().message.isEmpty() ? result.error().code : result.error().message;
            } else {
                // Live messages that arrived while loading are kept; the stored list comes first.
                const QList<Message> live = self->m_messages;
                self->m_messages = result.value();
                for (const Message &message : live)
                    self->addMessage(message);
            }
            if (self->m_subject->text().isEmpty())
                self->m_subject->setText(self->defaultSubject());
            self->render();
            Q_EMIT self->messagesLoaded(interactionId);
        });
}

void ConversationPane::setCustomer(const std::optional<Customer> &customer)
{
    m_customer = customer;
}

void ConversationPane::onMessage(const Message &message)
{
    if (message.interactionId != m_contactId || m_contactId == 0)
        return;
    addMessage(message);
    if (isVisible())
        m_desk.inbox()->clearUnread(m_contactId);
    render();
}

void ConversationPane::addMessage(const Message &message)
{
    const bool known = message.id != 0
                       && std::any_of(m_messages.cbegin(), m_messages.cend(),
                                      [&](const Message &m) { return m.id == message.id; });
    if (!known)
        m_messages.append(message);
}

bool ConversationPane::send()
{
    const qint64 id = m_contactId;
    QString body = m_composer->toPlainText().trimmed();
    if (id == 0 || body.isEmpty() || m_sending)
        return false;
    const bool email = m_channel == Channel::Email;
    QString subject;
    if (email) {
        subject = m_subject->text().trimmed();
        if (subject.isEmpty())
            subject = defaultSubject();
        if (m_quote->isChecked()) {
            const QString quote = quotedHistory();
            if (!quote.isEmpty())
                body += QStringLiteral("\n\n") + quote;
        }
    }
    m_sending = true;
    updateComposer();
    QPointer<ConversationPane> self(this);
    m_desk.sendMessage(id, subject, body, [self, id](bool sent) {
        if (!self)
            return;
        self->m_sending = false;
        if (sent) {
            self->m_drafts.remove(id);
            if (self->m_contactId == id) {
                self->m_composer->clear();
                self->m_quote->setChecked(true);
            }
        }
        self->updateComposer();
    });
    return true;
}

void ConversationPane::showCannedResponses()
{
    if (m_contactId == 0)
        return;
    m_canned->setResponses(m_desk.cannedResponses(), m_channel,
                           m_customer ? m_customer->preferredLanguage : QLocale().name());
    m_canned->popup(m_composer);
}

void ConversationPane::focusComposer()
{
    m_composer->setFocus(Qt::ShortcutFocusReason);
}

void ConversationPane::insertCannedResponse(const CannedResponse &response)
{
    PlaceholderValues values;
    if (m_customer) {
        values.customerFirstName = m_customer->givenName;
        values.customerName = m_customer->displayName();
    } else {
        values.customerFirstName =
            tr("customer", "stands in for an unknown customer's name in a canned response");
        values.customerName = values.customerFirstName;
    }
    if (const auto &session = m_desk.session())
        values.agentName = session->displayName;
    values.interactionSubject = m_contactSubject;
    m_composer->insertPlainText(CannedResponsePopup::fill(response.body, values));
    m_composer->setFocus(Qt::OtherFocusReason);
}

std::optional<Message> ConversationPane::lastCustomerMessage() const
{
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->sender == SenderRole::Customer)
            return *it;
    }
    return std::nullopt;
}

QString ConversationPane::quotedHistory() const
{
    const std::optional<Message> last = lastCustomerMessage();
    if (!last)
        return QString();
    QStringList lines;
    const QString sender =
        last->senderName.isEmpty() ? DisplayText::senderRoleName(last->sender) : last->senderName;
    lines << tr("On %1, %2 wrote:").arg(DisplayText::dateTime(last->sentAtMs), sender);
    for (const QString &line : last->body.split(QLatin1Char('\n')))
        lines << QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}

QString ConversationPane::defaultSubject() const
{
    if (m_channel != Channel::Email)
        return QString();
    QString subject = m_contactSubject;
    if (const std::optional<Message> last = lastCustomerMessage(); last && !last->subject.isEmpty())
        subject = last->subject;
    subject = subject.trimmed();
    if (subject.isEmpty())
        return QString();
    static const QStringList replyPrefixes = {QStringLiteral("re:"), QStringLiteral("답장:")};
    for (const QString &prefix : replyPrefixes) {
        if (subject.startsWith(prefix, Qt::CaseInsensitive))
            return subject;
    }
    return QStringLiteral("Re: ") + subject;
}

void ConversationPane::saveDraft()
{
    if (m_contactId == 0)
        return;
    const QString body = m_composer->toPlainText();
    if (body.isEmpty() && m_subject->text() == defaultSubject() && m_quote->isChecked()) {
        m_drafts.remove(m_contactId);
        return;
    }
    m_drafts.insert(m_contactId, Draft{m_subject->text(), body, m_quote->isChecked()});
}

void ConversationPane::updateComposer()
{
    const bool email = m_channel == Channel::Email;
    m_subjectLabel->setVisible(email);
    m_subject->setVisible(email);
    m_quote->setVisible(email);
    m_composer->setEnterSends(!email);
    const bool active = m_contactId != 0;
    m_composer->setEnabled(active);
    m_subject->setEnabled(active);
    m_sendButton->setEnabled(active && !m_sending);
    m_hint->setText(email ? tr("Enter: new line · Alt+S: send") : tr("Enter: send · Shift+Enter: new line"));
    m_composer->setPlaceholderText(email ? tr("Write your e-mail reply…") : tr("Write a reply…"));
    if (const std::optional<Message> last = lastCustomerMessage())
        m_quote->setToolTip(quotedHistory());
}

void ConversationPane::render()
{
    if (m_contactId == 0) {
        m_transcript->clear();
        return;
    }
    const QPalette palette = m_transcript->palette();
    const QColor base = palette.color(QPalette::Base);
    const QString customerBubble = blend(base, palette.color(QPalette::Text), 0.07);
    const QString agentBubble = blend(base, palette.color(QPalette::Highlight), 0.22);
    const QString quiet = blend(base, palette.color(QPalette::Text), 0.6);
    QString html;
    if (!m_loaded) {
        html = QStringLiteral("<p style=\"color:%1\">%2</p>").arg(quiet, tr("Loading the conversation…"));
    } else if (!m_loadError.isEmpty()) {
        html = QStringLiteral("<p>%1</p>").arg(
            tr("The conversation could not be loaded: %1").arg(m_loadError.toHtmlEscaped()));
    } else if (m_messages.isEmpty()) {
        html = QStringLiteral("<p style=\"color:%1\">%2</p>").arg(quiet, tr("No messages yet."));
    }
    for (const Message &message : std::as_const(m_messages)) {
        const QString sender =
            message.senderName.isEmpty() ? DisplayText::senderRoleName(message.sender) : message.senderName;
        if (message.sender == SenderRole::System) {
            html += QStringLiteral("<p align=\"center\" style=\"color:%1\"><i>%2</i> · %3</p>") .arg(
                quiet, htmlText(message.body), timeOf(message.sentAtMs));
            continue;
        }
        const bool fromUs = message.sender == SenderRole::Agent || message.sender == SenderRole::Bot;
        QString content;
        if (!message.subject.isEmpty())
            content += QStringLiteral("<b>%1</b><br>").arg(message.subject.toHtmlEscaped());
        content += htmlText(message.body);
        for (const Attachment &attachment : message.attachments)
            content += QStringLiteral("<br>📎 %1").arg(attachment.fileName.toHtmlEscaped());
        html += QStringLiteral("<table width=\"85%\" align=\"%1\" cellpadding=\"6\" cellspacing=\"0\" "
                               "style=\"margin-top:4px; margin-bottom:4px\" bgcolor=\"%2\"><tr><td>"
                               "<span style=\"color:%3; font-size:small\"><b>%4</b> · %5</span><br>%6"
                               "</td></tr></table>")
                .arg(fromUs ? QStringLiteral("right")
                            : QStringLiteral("left"), fromUs ? agentBubble : customerBubble, quiet,
                                             sender.toHtmlEscaped(), timeOf(message.sentAtMs), content);
    }
    m_transcript->setHtml(html);
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
    m_transcript->setAccessibleDescription(tr("%n message(s)", nullptr, int(m_messages.size())));
    updateComposer();
}

void ConversationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void ConversationPane::retranslate()
{
    m_transcript->setAccessibleName(tr("Conversation"));
    m_subjectLabel->setText(tr("S&ubject:"));
    m_subject->setAccessibleName(tr("E-mail subject"));
    m_composer->setAccessibleName(tr("Your reply"));
    m_quote->setText(tr("&Quote the customer's last message"));
    m_sendButton->setText(tr("&Send"));
    m_sendButton->setToolTip(tr("Send the reply (Alt+S)"));
    updateComposer();
    render();
}

} // namespace ContactDesk

#include "transcriptview.h"

#include "displaytext.h"

#include <QEvent>
#include <QLocale>

namespace ContactDesk {

namespace {

// A colour between the text and the background: for times and labels that should not compete
// with what was said.
QString quietColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor mixed =
        QColor::fromRgbF((text.redF() * 2 + base.redF()) / 3, (text.greenF() * 2 + base.greenF()) / 3,
                         (text.blueF() * 2 + base.blueF()) / 3);
    return mixed.name();
}

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

bool hasMessages(Channel channel)
{
    return channel != Channel::Voice && channel != Channel::WorkItem;
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("transcriptView"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    render();
}

void TranscriptView::setBackend(DeskBackend *backend)
{
    m_backend = backend;
    clearEntry();
}

void TranscriptView::clearEntry()
{
    ++m_generation;
    m_entry.reset();
    m_messages.clear();
    m_loadingMessages = false;
    m_error.clear();
    render();
}

void TranscriptView::showEntry(const TimelineItem &entry)
{
    const quint64 generation = ++m_generation;
    m_entry = entry;
    m_messages.clear();
    m_error.clear();
    m_loadingMessages = m_backend && hasMessages(entry.interaction.channel);
    render();
    if (!m_loadingMessages) {
        Q_EMIT transcriptShown(entry.interaction.id);
        return;
    }
    QPointer<TranscriptView> self(this);
    m_backend->messages(entry.interaction.id, [self,
                                               generation](const BackendResult<QList<Message>> &result) {
        if (!self || self->m_generation != generation)
            return;
        self->m_loadingMessages = false;
        if (result.ok()) {
            self->m_messages = result.value();
        } else {
            self->m_error = result.error().message.isEmpty() ? result.error().code : result.error().message;
            Q_EMIT self->errorOccurred(self->m_error);
        }
        self->render();
        Q_EMIT self->transcriptShown(self->m_entry->interaction.id);
    });
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QTextBrowser::changeEvent(event);
}

void TranscriptView::render()
{
    setAccessibleName(tr("Interaction details"));
    if (!m_entry) {
        setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>") .arg(
            quietColor(palette()), tr("Select an interaction to read its transcript or notes.")));
        return;
    }
    setHtml(headerHtml() + messagesHtml());
}

QString TranscriptView::headerHtml() const
{
    const TimelineItem &entry = *m_entry;
    const Interaction &interaction = entry.interaction;
    const QString quiet = quietColor(palette());
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(DisplayText::interactionSummary(interaction).toHtmlEscaped());

    QStringList facts;
    facts << QStringLiteral("%1 · %2 · %3") .arg(DisplayText::channelName(interaction.channel),
                                                 DisplayText::directionName(interaction.direction),
                                                 DisplayText::dateTime(interaction.times().createdMs));
    if (!entry.agentName.isEmpty())
        facts << tr("Agent: %1").arg(entry.agentName.toHtmlEscaped());
    facts << tr("Status: %1").arg(DisplayText::stateName(interaction.state()));
    if (!interaction.dispositionCode.isEmpty())
        facts << tr("Outcome: %1")
                     .arg(DisplayText::dispositionName(interaction.dispositionCode).toHtmlEscaped());
    if (interaction.waitMs() >= 0)
        facts << tr("Waited: %1").arg(DisplayText::duration(interaction.waitMs()));
    if (interaction.channel == Channel::Voice && interaction.talkMs() >= 0)
        facts << tr("Talk time: %1").arg(DisplayText::duration(interaction.talkMs()));
    if (interaction.csat())
        facts << tr("Satisfaction: %1 of 5").arg(QLocale().toString(*interaction.csat()));
    if (interaction.resolved)
        facts << tr("Resolved on first contact");
    html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(quiet, facts.join(QStringLiteral("<br>")));

    if (!hasMessages(interaction.channel) || !interaction.notes.trimmed().isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Notes"));
        html += interaction.notes.trimmed().isEmpty()
            ? QStringLiteral("<p style=\"color:%1\">%2</p>").arg(quiet, tr("No notes were written."))
            : QStringLiteral("<p>%1</p>").arg(paragraphs(interaction.notes.trimmed()));
    }
    return html;
}

QString TranscriptView::messagesHtml() const
{
    const Interaction &interaction = m_entry->interaction;
    if (!hasMessages(interaction.channel))
        return QString();
    const QString quiet = quietColor(palette());
    const QString highlight = palette().color(QPalette::Link).name();
    QString html = QStringLiteral("<h4>%1</h4>").arg(
        interaction.channel == Channel::Email ? tr("E-mails") : tr("Conversation"));
    if (m_loadingMessages)
        return html + QStringLiteral("<p style=\"color:%1\">%2</p>").arg(quiet, tr("Loading messages…"));
    if (!m_error.isEmpty())
        return html
               + QStringLiteral("<p>%1</p>").arg(
                   tr("The messages could not be loaded: %1").arg(m_error.toHtmlEscaped()));
    if (m_messages.isEmpty())
        return html + QStringLiteral("<p style=\"color:%1\">%2</p>").arg(quiet, tr("No messages."));

    for (const Message &message : m_messages) {
        const QString sender = message.senderName.trimmed().isEmpty()
                                   ? DisplayText::senderRoleName(message.sender)
                                   : message.senderName.trimmed();
        const bool fromCustomer = message.sender == SenderRole::Customer;
        html += QStringLiteral("<p style=\"margin-top:8px\"><b style=\"color:%1\">%2</b> <span style=\"color:%3\">%4</span>")
                .arg(fromCustomer ? highlight : palette().color(QPalette::Text).name(),
                     sender.toHtmlEscaped(), quiet, DisplayText::dateTime(message.sentAtMs));
        if (!message.subject.trimmed().isEmpty())
            html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Subject:"),
                                                           message.subject.trimmed().toHtmlEscaped());
        html += QStringLiteral("<br>%1").arg(paragraphs(message.body));
        for (const Attachment &attachment : message.attachments) {
            html += QStringLiteral("<br><span style=\"color:%1\">%2</span>") .arg(
                quiet, tr("Attachment: %1 (%2)")
                           .arg(attachment.fileName.toHtmlEscaped(),
                                QLocale().formattedDataSize(attachment.sizeBytes)));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace ContactDesk

#include "transcriptpanel.h"

#include "agent/displaytext.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ContactDesk {

TranscriptPanel::TranscriptPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transcriptPanel"));
    m_title = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("coachingTranscript"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(false);
    connect(m_list, &QListWidget::currentRowChanged, this, &TranscriptPanel::selectionChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    render();
}

void TranscriptPanel::setMessages(const QList<Message> &messages)
{
    m_messages = messages;
    m_counts.clear();
    render();
}

void TranscriptPanel::clear()
{
    setMessages({});
}

void TranscriptPanel::setCommentCounts(const QHash<qint64, int> &countsByMessageId)
{
    if (countsByMessageId == m_counts)
        return;
    m_counts = countsByMessageId;
    render();
}

int TranscriptPanel::selectedIndex() const
{
    return m_list->currentRow();
}

const Message *TranscriptPanel::selectedMessage() const
{
    const int index = selectedIndex();
    return index >= 0 && index < m_messages.size() ? &m_messages.at(index) : nullptr;
}

bool TranscriptPanel::selectMessage(int index)
{
    if (index < 0 || index >= m_list->count())
        return false;
    m_list->setCurrentRow(index);
    m_list->scrollToItem(m_list->item(index), QAbstractItemView::PositionAtCenter);
    return true;
}

bool TranscriptPanel::showMessageId(qint64 messageId)
{
    for (int i = 0; i < m_messages.size(); ++i) {
        if (messageId > 0 && m_messages.at(i).id == messageId)
            return selectMessage(i);
    }
    return false;
}

QString TranscriptPanel::messageName(int index) const
{
    const Message &message = m_messages.at(index);
    return tr("Message %1 · %2").arg(index + 1).arg(DisplayText::senderRoleName(message.sender));
}

QHash<qint64, QString> TranscriptPanel::messageNames() const
{
    QHash<qint64, QString> names;
    for (int i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).id > 0)
            names.insert(m_messages.at(i).id, messageName(i));
    }
    return names;
}

void TranscriptPanel::render()
{
    const int selected = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_messages.size(); ++i) {
        const Message &message = m_messages.at(i);
        QStringList lines;
        const QString who =
            message.senderName.isEmpty()
                ? DisplayText::senderRoleName(message.sender)
                : tr("%1 (%2)").arg(message.senderName, DisplayText::senderRoleName(message.sender));
        lines << tr("Message %1 · %2 · %3")
                     .arg(QString::number(i + 1), who, DisplayText::dateTime(message.sentAtMs));
        if (!message.subject.isEmpty())
            lines << tr("Subject: %1").arg(message.subject);
        lines << message.body;
        for (const Attachment &attachment : message.attachments)
            lines << tr("Attachment: %1").arg(attachment.fileName);
        if (const int count = m_counts.value(message.id); count > 0 && message.id > 0)
            lines << tr("%n coaching comment(s)", nullptr, count);
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        if (message.sender == SenderRole::Agent) {
            QColor tint = palette().color(QPalette::Highlight);
            tint.setAlphaF(0.08f);
            item->setBackground(tint);
        }
        if (message.id <= 0)
            item->setToolTip(tr("This message cannot be commented on: it is not in the message store"));
    }
    if (selected >= 0 && selected < m_list->count())
        m_list->setCurrentRow(selected);
    m_title->setText(m_messages.isEmpty() ? QString()
                                          : tr("Transcript: %n message(s). Select one to comment on it.",
                                               nullptr, int(m_messages.size())));
    m_title->setVisible(!m_messages.isEmpty());
}

void TranscriptPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace ContactDesk

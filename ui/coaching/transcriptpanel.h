#pragma once

#include "domain/message.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace ContactDesk {

// A chat, SMS, social or e-mail recording as it was written: one entry per message (sender, time,
// subject for e-mail, text, attachments by name) with the number of coaching comments on it.
// Selecting a message makes it the one a new comment is about.
class TranscriptPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptPanel)

public:
    explicit TranscriptPanel(QWidget *parent = nullptr);

    // The messages in sending order; ids are those of the messages table (0 when unknown: such a
    // message cannot be commented on).
    void setMessages(const QList<Message> &messages);
    void clear();
    const QList<Message> &messages() const { return m_messages; }
    void setCommentCounts(const QHash<qint64, int> &countsByMessageId);

    // -1 for none.
    int selectedIndex() const;
    const Message *selectedMessage() const;
    bool selectMessage(int index);
    // Scrolls to and selects the message with that id.
    bool showMessageId(qint64 messageId);
    // "Message 3 · Customer", by message id, for the comment list.
    QHash<qint64, QString> messageNames() const;

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString messageName(int index) const;

    QList<Message> m_messages;
    QHash<qint64, int> m_counts;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace ContactDesk

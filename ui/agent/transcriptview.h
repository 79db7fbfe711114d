#pragma once

#include "backend/deskbackend.h"

#include <QPointer>
#include <QTextBrowser>

#include <optional>

namespace ContactDesk {

// One contact in full: who, when, how it ended, and what was said — the messages of a chat, SMS,
// social or e-mail conversation (e-mails with their subjects), or the notes of a call or a
// back-office task.
class TranscriptView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)

public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setBackend(DeskBackend *backend);

    // Shows `entry` at once and its messages as soon as they arrive.
    void showEntry(const TimelineItem &entry);
    void clearEntry();

    // The interaction shown, 0 for none.
    qint64 interactionId() const { return m_entry ? m_entry->interaction.id : 0; }
    const QList<Message> &messages() const { return m_messages; }
    // True when everything about the shown interaction has arrived.
    bool isComplete() const { return m_entry && !m_loadingMessages; }

Q_SIGNALS:
    void transcriptShown(qint64 interactionId);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString headerHtml() const;
    QString messagesHtml() const;

    QPointer<DeskBackend> m_backend;
    std::optional<TimelineItem> m_entry;
    QList<Message> m_messages;
    bool m_loadingMessages = false;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace ContactDesk

#pragma once

#include "backend/deskbackend.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace ContactDesk {

class AgentDeskController;
class CannedResponsePopup;
class ComposerEdit;

// A written conversation (chat, SMS, social or e-mail) while it is going on: the transcript, with
// the customer's messages arriving live, and a composer under it. Canned responses come from a
// searchable popup with their placeholders filled in for this customer; an e-mail gets a subject
// ("Re: …") and can quote the customer's last message. Drafts are kept per contact, so switching
// between three chats loses nothing.
class ConversationPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPane)

public:
    ConversationPane(AgentDeskController &desk, QWidget *parent = nullptr);

    // The contact to show (0: none). Loads its messages; live ones are added as they come.
    void setContact(qint64 interactionId);
    qint64 contactId() const { return m_contactId; }
    // The customer the placeholders are filled from (empty while unknown).
    void setCustomer(const std::optional<Customer> &customer);
    // The workspace's "Canned responses" action, as a button beside Send.
    void setCannedResponsesAction(QAction *action);

    // Sends what the composer holds; false when there is nothing to send or nothing to send to.
    bool send();
    void showCannedResponses();
    void focusComposer();

    const QList<Message> &messages() const { return m_messages; }
    bool isLoaded() const { return m_loaded; }
    bool isSending() const { return m_sending; }
    QTextBrowser *transcript() const { return m_transcript; }
    ComposerEdit *composer() const { return m_composer; }
    QLineEdit *subjectField() const { return m_subject; }
    QCheckBox *quoteCheck() const { return m_quote; }
    QPushButton *sendButton() const { return m_sendButton; }
    CannedResponsePopup *cannedResponses() const { return m_canned; }

Q_SIGNALS:
    void messagesLoaded(qint64 interactionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        QString subject;
        QString body;
        bool quote = true;
    };
    void retranslate();
    void onMessage(const Message &message);
    void addMessage(const Message &message);
    void render();
    void updateComposer();
    void saveDraft();
    void insertCannedResponse(const CannedResponse &response);
    std::optional<Message> lastCustomerMessage() const;
    QString quotedHistory() const;
    QString defaultSubject() const;

    AgentDeskController &m_desk;
    qint64 m_contactId = 0;
    Channel m_channel = Channel::Chat;
    QString m_contactSubject;
    std::optional<Customer> m_customer;
    QList<Message> m_messages;
    QHash<qint64, Draft> m_drafts;
    bool m_loaded = false;
    bool m_sending = false;
    QString m_loadError;
    quint64 m_generation = 0;

    QTextBrowser *m_transcript = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    ComposerEdit *m_composer = nullptr;
    QCheckBox *m_quote = nullptr;
    QToolButton *m_cannedButton = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_sendButton = nullptr;
    CannedResponsePopup *m_canned = nullptr;
};

} // namespace ContactDesk

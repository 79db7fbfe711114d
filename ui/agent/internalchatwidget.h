#pragma once

#include "backend/agentdesk.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;

namespace ContactDesk {

class AgentDeskController;

// Internal help without leaving the contact: a small chat to a colleague or to an expert group
// (a skill: everyone with it sees the question). Messages name the contact they are about.
class InternalChatWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InternalChatWidget)

public:
    InternalChatWidget(AgentDeskController &desk, QWidget *parent = nullptr);

    // The contact questions are about (0: none).
    void setAboutInteraction(qint64 interactionId) { m_about = interactionId; }
    // Asks for the current list of colleagues again.
    void refreshTargets();
    void focusInput();
    bool send();

    QComboBox *targetBox() const { return m_target; }
    QLineEdit *input() const { return m_input; }
    QTextBrowser *transcript() const { return m_transcript; }
    int unreadCount() const { return m_unread; }

Q_SIGNALS:
    void unreadChanged(int count);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillTargets();
    void render();
    void setUnread(int count);

    AgentDeskController &m_desk;
    QList<TransferTarget> m_colleagues;
    qint64 m_about = 0;
    int m_unread = 0;
    bool m_sending = false;

    QLabel *m_heading = nullptr;
    QComboBox *m_target = nullptr;
    QToolButton *m_refresh = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QLineEdit *m_input = nullptr;
};

} // namespace ContactDesk

#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace ContactDesk {

class AgentDeskController;

// The strip across the top of the agent workspace: who is signed in, their state with its reason
// and the time in it (ticking), the buttons that change it (Ready, Not Ready with a reason menu,
// After-Call Work), how many contacts they have, and a warning while the connection is lost.
class AgentStateBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentStateBar)

public:
    AgentStateBar(AgentDeskController &desk, QWidget *parent = nullptr);

    // The workspace's actions: Ready, After-Call Work and "Sign in as…" become buttons; Not Ready
    // opens the reason menu.
    void setActions(QAction *ready, QAction *notReady, QAction *afterCallWork, QAction *signIn);
    // Opens the Not Ready reasons under their button (the Not Ready shortcut).
    void showNotReadyMenu();

    QLabel *stateLabel() const { return m_state; }
    QLabel *timeInStateLabel() const { return m_timeInState; }
    QMenu *notReadyMenu() const { return m_notReadyMenu; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateAgent();
    void updateState();
    void updateTime();
    void rebuildReasons();

    AgentDeskController &m_desk;
    QLabel *m_agent = nullptr;
    QLabel *m_dot = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_timeInState = nullptr;
    QLabel *m_load = nullptr;
    QLabel *m_connection = nullptr;
    QToolButton *m_signInButton = nullptr;
    QToolButton *m_readyButton = nullptr;
    QToolButton *m_notReadyButton = nullptr;
    QToolButton *m_acwButton = nullptr;
    QMenu *m_notReadyMenu = nullptr;
    QAction *m_notReadyAction = nullptr;
    bool m_connected = true;
    QString m_connectionReason;
};

} // namespace ContactDesk

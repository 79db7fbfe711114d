#include "agentstatebar.h"

#include "agentdeskcontroller.h"
#include "contactinboxmodel.h"
#include "displaytext.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace ContactDesk {

namespace {

// Mid-tone colours that read on light and dark backgrounds alike.
QString stateColor(AgentState state)
{
    switch (state) {
    case AgentState::Ready:
        return QStringLiteral("#2e9d5b");
    case AgentState::NotReady:
        return QStringLiteral("#d9483b");
    case AgentState::AfterCallWork:
        return QStringLiteral("#d89614");
    case AgentState::LoggedOut:
        break;
    }
    return QStringLiteral("#8a8f98");
}

} // namespace

AgentStateBar::AgentStateBar(AgentDeskController &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("agentStateBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_agent = new QLabel(this);
    m_agent->setObjectName(QStringLiteral("agentName"));
    m_dot = new QLabel(this);
    m_dot->setObjectName(QStringLiteral("agentStateDot"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("agentState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_state->setFont(bold);
    m_timeInState = new QLabel(this);
    m_timeInState->setObjectName(QStringLiteral("agentTimeInState"));
    m_timeInState->setFont(bold);
    m_timeInState->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(QStringLiteral("00:00:00")));
    m_load = new QLabel(this);
    m_load->setObjectName(QStringLiteral("agentLoad"));
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionWarning"));
    m_connection->setVisible(false);

    auto makeButton = [this](const char *name) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        return button;
    };
    m_signInButton = makeButton("signInButton");
    m_readyButton = makeButton("readyButton");
    m_notReadyButton = makeButton("notReadyButton");
    m_acwButton = makeButton("afterCallWorkButton");
    m_notReadyMenu = new QMenu(this);
    m_notReadyMenu->setObjectName(QStringLiteral("notReadyMenu"));
    m_notReadyButton->setMenu(m_notReadyMenu);
    m_notReadyButton->setPopupMode(QToolButton::InstantPopup);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_agent);
    layout->addSpacing(16);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addWidget(m_timeInState);
    layout->addSpacing(12);
    layout->addWidget(m_readyButton);
    layout->addWidget(m_notReadyButton);
    layout->addWidget(m_acwButton);
    layout->addStretch(1);
    layout->addWidget(m_connection);
    layout->addSpacing(12);
    layout->addWidget(m_load);
    layout->addWidget(m_signInButton);

    connect(&desk, &AgentDeskController::sessionChanged, this, &AgentStateBar::updateAgent);
    connect(&desk, &AgentDeskController::statusChanged, this, &AgentStateBar::updateState);
    connect(&desk, &AgentDeskController::contactUpdated, this, &AgentStateBar::updateState);
    connect(&desk, &AgentDeskController::contactRemoved, this, &AgentStateBar::updateState);
    connect(&desk, &AgentDeskController::tick, this, &AgentStateBar::updateTime);
    connect(&desk, &AgentDeskController::connectionChanged, this,
            [this](bool connected, const QString &reason) {
                m_connected = connected;
                m_connectionReason = reason;
                updateState();
            });
    retranslate();
}

void AgentStateBar::setActions(QAction *ready, QAction *notReady, QAction *afterCallWork, QAction *signIn)
{
    m_readyButton->setDefaultAction(ready);
    m_acwButton->setDefaultAction(afterCallWork);
    m_signInButton->setDefaultAction(signIn);
    m_notReadyAction = notReady;
    // The button keeps its own menu; the action only lends its icon, words and enabled state.
    auto mirror = [this] {
        m_notReadyButton->setText(m_notReadyAction->text());
        m_notReadyButton->setIcon(m_notReadyAction->icon());
        m_notReadyButton->setToolTip(m_notReadyAction->toolTip());
        m_notReadyButton->setEnabled(m_notReadyAction->isEnabled());
        m_notReadyButton->setAccessibleName(m_notReadyAction->text().remove(QLatin1Char('&')));
    };
    connect(notReady, &QAction::changed, this, mirror);
    mirror();
}

void AgentStateBar::showNotReadyMenu()
{
    if (m_notReadyButton->isEnabled())
        m_notReadyButton->showMenu();
}

void AgentStateBar::rebuildReasons()
{
    m_notReadyMenu->clear();
    for (const QString &code : DisplayText::notReadyReasons()) {
        QAction *reason = m_notReadyMenu->addAction(DisplayText::notReadyReasonName(code));
        reason->setObjectName(QStringLiteral("notReady-") + code);
        connect(reason, &QAction::triggered, this,
                [this, code] { m_desk.setState(AgentState::NotReady, code); });
    }
}

void AgentStateBar::updateAgent()
{
    if (const auto &session = m_desk.session()) {
        m_agent->setText(session->team.isEmpty()
                         ? QStringLiteral("<b>%1</b>").arg(session->displayName.toHtmlEscaped())
                         : QStringLiteral("<b>%1</b> · %2") .arg(session->displayName.toHtmlEscaped(),
                                                                 session->team.toHtmlEscaped()));
        m_agent->setAccessibleName(tr("Signed in as %1").arg(session->displayName));
    } else {
        m_agent->setText(m_desk.isSigningIn() ? tr("Signing in…") : tr("Not signed in"));
        m_agent->setAccessibleName(m_agent->text());
    }
    updateState();
}

void AgentStateBar::updateState()
{
    const AgentStatus &status = m_desk.status();
    const AgentState state = m_desk.isSignedIn() ? status.state : AgentState::LoggedOut;
    m_dot->setText(
        QStringLiteral("<span style=\"color:%1; font-size:large\">\u25cf</span>").arg(stateColor(state)));
    QString text = DisplayText::agentStateName(state);
    if (state == AgentState::NotReady && !status.reasonCode.isEmpty())
        text = tr("%1 — %2").arg(text, DisplayText::notReadyReasonName(status.reasonCode));
    if (m_desk.isSignedIn() && !m_desk.takesContacts())
        text = tr("Takes no contacts");
    m_state->setText(text);
    m_state->setAccessibleName(tr("Your state: %1").arg(text));
    m_load->setVisible(m_desk.takesContacts());
    // Counted from the desk's own contacts: the centre tells the state when it changes, not every
    // time a contact comes or goes.
    m_load->setText(tr("%n contact(s)", "the agent's active contacts", m_desk.inbox()->activeCount()));
    m_connection->setVisible(!m_connected);
    m_connection->setText(QStringLiteral("<span style=\"color:#d9483b\"><b>%1</b></span>") .arg(
        m_connectionReason.isEmpty() ? tr("Connection lost")
                                     : tr("Connection lost: %1").arg(m_connectionReason.toHtmlEscaped())));
    updateTime();
}

void AgentStateBar::updateTime()
{
    const AgentStatus &status = m_desk.status();
    if (!m_desk.isSignedIn() || status.sinceMs <= 0) {
        m_timeInState->clear();
        m_timeInState->setAccessibleName(QString());
        return;
    }
    const QString time = DisplayText::duration(std::max<qint64>(0, m_desk.nowMs() - status.sinceMs));
    m_timeInState->setText(time);
    m_timeInState->setAccessibleName(tr("Time in state: %1").arg(time));
}

void AgentStateBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgentStateBar::retranslate()
{
    setAccessibleName(tr("Your state"));
    m_notReadyMenu->setTitle(tr("Not Ready reason"));
    rebuildReasons();
    updateAgent();
}

} // namespace ContactDesk

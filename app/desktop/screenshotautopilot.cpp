#include "screenshotautopilot.h"

#include "agent/agentdeskcontroller.h"

#include <QPointer>
#include <QTimer>

namespace ContactDesk {

ScreenshotAutopilot::ScreenshotAutopilot(AgentDeskController &desk, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
{
    // Signed in (Not Ready after the sign-in, or after a missed offer): back to work. The state
    // may come before the sign-in's answer or after it, so both say when to look.
    auto backToWork = [this] {
        if (m_desk.isSignedIn() && m_desk.status().state == AgentState::NotReady)
            m_desk.setState(AgentState::Ready);
    };
    connect(&desk, &AgentDeskController::statusChanged, this, backToWork);
    connect(&desk, &AgentDeskController::sessionChanged, this, backToWork);
    connect(&desk, &AgentDeskController::offerArrived, this, [this](const ContactSummary &contact) {
        const qint64 id = contact.interactionId;
        QTimer::singleShot(AcceptAfterMs, this, [this, id] {
            const std::optional<ContactSummary> now = m_desk.contact(id);
            if (now && now->state == InteractionState::Offered)
                m_desk.accept(id);
        });
    });
}

} // namespace ContactDesk

#include "agent.h"

namespace ContactDesk {

QString agentStateKey(AgentState state)
{
    switch (state) {
    case AgentState::LoggedOut:
        return QStringLiteral("logged-out");
    case AgentState::Ready:
        return QStringLiteral("ready");
    case AgentState::NotReady:
        return QStringLiteral("not-ready");
    case AgentState::AfterCallWork:
        return QStringLiteral("after-call-work");
    }
    Q_UNREACHABLE();
}

std::optional<AgentState> agentStateFromKey(QStringView key)
{
    for (AgentState state :
         {AgentState::LoggedOut, AgentState::Ready, AgentState::NotReady, AgentState::AfterCallWork}) {
        if (key == agentStateKey(state))
            return state;
    }
    return std::nullopt;
}

ChannelCapacity ChannelCapacity::standard()
{
    ChannelCapacity capacity;
    capacity.maximum = {{Channel::Voice, 1}, {Channel::Chat, 3},   {Channel::Email, 2},
                        {Channel::Sms, 3},   {Channel::Social, 3}, {Channel::WorkItem, 1}};
    capacity.voiceBlocksOtherChannels = true;
    return capacity;
}

int ChannelCapacity::limitFor(Channel channel) const
{
    return maximum.value(channel, 0);
}

std::optional<DomainError> ChannelCapacity::validate() const
{
    for (auto it = maximum.constBegin(); it != maximum.constEnd(); ++it) {
        if (it.value() < 0 || it.value() > 50) {
            return DomainError{QStringLiteral("invalid-capacity"),
                QStringLiteral("Capacity %1 for channel %2 is outside 0-50") .arg(it.value()).arg(channelKey(it.key()))};
        }
    }
    if (maximum.value(Channel::Voice, 0) > 1) {
        return DomainError{QStringLiteral("invalid-capacity"), QStringLiteral("An agent can be on at most one voice call at a time")};
    }
    return std::nullopt;
}

std::optional<DomainError> Agent::setSkill(const QString &skill, int level)
{
    if (!isValidSkillId(skill)) {
        return DomainError{QStringLiteral("invalid-skill-id"),
                                          QStringLiteral("'%1' is not a valid skill id").arg(skill)};
    }
    if (!isValidSkillLevel(level)) {
        return DomainError{QStringLiteral("invalid-skill-level"),
                                          QStringLiteral("Skill level %1 is outside 1-10").arg(level)};
    }
    m_skills.insert(skill, level);
    return std::nullopt;
}

void Agent::removeSkill(const QString &skill)
{
    m_skills.remove(skill);
}

int Agent::skillLevel(const QString &skill) const
{
    return m_skills.value(skill, 0);
}

std::optional<DomainError> Agent::changeState(AgentState next, const QString &reasonCode, qint64 atMs)
{
    if (atMs < m_stateSinceMs) {
        return DomainError{QStringLiteral("time-went-backwards"),
            QStringLiteral("State change at %1 is before the current state began (%2)") .arg(atMs).arg(
                m_stateSinceMs)};
    }
    if (next == AgentState::NotReady && reasonCode.trimmed().isEmpty()) {
        return DomainError{QStringLiteral("reason-required"),
                                          QStringLiteral("Not Ready needs a reason code")};
    }
    if (next != AgentState::NotReady && !reasonCode.isEmpty()) {
        return DomainError{QStringLiteral("reason-not-allowed"),
            QStringLiteral("Only Not Ready takes a reason code, not %1").arg(agentStateKey(next))};
    }
    if (m_state == AgentState::LoggedOut && next == AgentState::AfterCallWork) {
        return DomainError{QStringLiteral("illegal-agent-transition"),
                                          QStringLiteral("A logged-out agent cannot go to After-Call Work")};
    }
    m_state = next;
    m_reasonCode = reasonCode.trimmed();
    m_stateSinceMs = atMs;
    return std::nullopt;
}

void Agent::restoreState(AgentState state, const QString &reasonCode, qint64 sinceMs)
{
    m_state = state;
    m_reasonCode = reasonCode;
    m_stateSinceMs = sinceMs;
}

std::optional<DomainError> Agent::validate() const
{
    if (login.trimmed().isEmpty())
        return DomainError{QStringLiteral("missing-login"), QStringLiteral("An agent needs a login name")};
    if (displayName.trimmed().isEmpty()) {
        return DomainError{QStringLiteral("missing-name"),
                                          QStringLiteral("Agent '%1' needs a display name").arg(login)};
    }
    return capacity.validate();
}

} // namespace ContactDesk

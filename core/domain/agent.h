#pragma once

#include "channel.h"
#include "domainerror.h"
#include "skill.h"

#include <QMap>
#include <QString>

#include <optional>

namespace ContactDesk {

enum class AgentState
{
    LoggedOut,
    Ready,
    NotReady,
    AfterCallWork,
};

QString agentStateKey(AgentState state);
std::optional<AgentState> agentStateFromKey(QStringView key);

// How many contacts of each channel an agent may handle at once.
struct ChannelCapacity
{
    QMap<Channel, int> maximum;           // a channel missing here has capacity 0
    bool voiceBlocksOtherChannels = true; // while on a call, nothing else is offered

    // One call, or up to three chats, two e-mails, three SMS/social threads and one work item.
    static ChannelCapacity standard();
    int limitFor(Channel channel) const;
    std::optional<DomainError> validate() const;

    bool operator==(const ChannelCapacity &other) const = default;
};

class Agent
{
public:
    qint64 id = 0;
    QString login; // unique sign-in name
    QString displayName;
    QString team;
    QString extension; // telephony extension used by CTI connectors
    ChannelCapacity capacity = ChannelCapacity::standard();

    const SkillLevels &skills() const { return m_skills; }
    std::optional<DomainError> setSkill(const QString &skill, int level);
    void removeSkill(const QString &skill);
    int skillLevel(const QString &skill) const; // 0 when the agent lacks the skill

    AgentState state() const { return m_state; }
    QString reasonCode() const { return m_reasonCode; }
    qint64 stateSinceMs() const { return m_stateSinceMs; }

    // Not Ready needs a reason code ("break", "lunch", "training", "missed" ...); the other states
    // take none. A logged-out agent must log in (go Ready or Not Ready) before After-Call Work.
    std::optional<DomainError> changeState(AgentState next, const QString &reasonCode, qint64 atMs);

    // For storage only: puts back a state read from the database without re-validating history.
    void restoreState(AgentState state, const QString &reasonCode, qint64 sinceMs);

    std::optional<DomainError> validate() const;

private:
    SkillLevels m_skills;
    AgentState m_state = AgentState::LoggedOut;
    QString m_reasonCode;
    qint64 m_stateSinceMs = 0;
};

} // namespace ContactDesk

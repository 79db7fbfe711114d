#pragma once

#include "channel.h"
#include "domainerror.h"
#include "skill.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

// created → queued → offered → connected ↔ held → wrap-up → closed, with the side exits
// abandoned, callback-requested, transferred and blocked. See Interaction::canTransition.
enum class InteractionState
{
    Created,
    Queued,
    Offered,
    Connected,
    Held,
    WrapUp,
    Closed,
    Abandoned,         // the customer left before being connected
    CallbackRequested, // the customer chose a callback and keeps their place in line
    Transferred,       // on its way to another agent or queue
    Blocked,           // refused at arrival because the queue was full
};

QString interactionStateKey(InteractionState state);
std::optional<InteractionState> interactionStateFromKey(QStringView key);

// Every moment of an interaction's life, in milliseconds since the Unix epoch (UTC); 0 = not yet.
struct InteractionTimes
{
    qint64 createdMs = 0;
    qint64 queuedMs = 0;  // first time it entered a queue; waits are measured from here
    qint64 offeredMs = 0; // latest offer
    qint64 connectedMs = 0;
    qint64 wrapUpMs = 0;
    qint64 closedMs = 0;
    qint64 abandonedMs = 0;
    qint64 callbackRequestedMs = 0;
    qint64 heldSinceMs = 0; // non-zero while held
    qint64 totalHoldMs = 0; // accumulated over every hold

    bool operator==(const InteractionTimes &other) const = default;
};

class Interaction
{
public:
    qint64 id = 0;
    Channel channel = Channel::Voice;
    Direction direction = Direction::Inbound;
    qint64 customerId = 0; // 0: not yet identified
    QString queueId;
    QList<SkillRequirement> requiredSkills;
    int priority = 0; // higher is more urgent; 0-100
    qint64 agentId = 0;
    QString subject;         // e-mail subject or contact reason
    QString externalRef;     // id in the telephony or messaging system
    QString dispositionCode; // set at wrap-up
    QString notes;
    bool resolved = false; // the agent's first-contact-resolution flag

    static Interaction create(Channel channel, Direction direction, qint64 atMs);

    InteractionState state() const { return m_state; }
    const InteractionTimes &times() const { return m_times; }
    std::optional<int> csat() const { return m_csat; }

    static bool canTransition(InteractionState from, InteractionState to);
    static bool isTerminal(InteractionState state);
    bool isTerminal() const { return isTerminal(m_state); }

    // Moves to `next` at `atMs`, recording the time; an illegal move or a time before the last
    // one is refused and changes nothing.
    std::optional<DomainError> transitionTo(InteractionState next, qint64 atMs);

    std::optional<DomainError> setCsat(int score); // 1..5
    void clearCsat() { m_csat.reset(); }

    // Time from entering the queue to being connected (or to abandoning). -1 when not known.
    qint64 waitMs() const;
    // Talk time excluding hold, from connect to wrap-up. -1 before wrap-up.
    qint64 talkMs() const;
    // After-contact work, from wrap-up to close. -1 before close.
    qint64 afterCallWorkMs() const;

    // For storage only: puts back a state and times read from the database.
    void restore(InteractionState state, const InteractionTimes &times, std::optional<int> csat);

    std::optional<DomainError> validate() const;

private:
    InteractionState m_state = InteractionState::Created;
    InteractionTimes m_times;
    std::optional<int> m_csat;
    qint64 m_lastChangeMs = 0;
};

} // namespace ContactDesk

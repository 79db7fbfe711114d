#pragma once

#include "domain/agent.h"
#include "domain/channel.h"
#include "domain/customer.h"
#include "domain/interaction.h"
#include "domain/message.h"
#include "domain/workitem.h"
#include "security/role.h"

#include <QList>
#include <QString>

#include <optional>

namespace ContactDesk {

// Value types of the live, agent-facing part of DeskBackend: who is signed in, what they are
// offered and handling, and what they send. Plain data, so the remote backend can put them on
// the wire (docs/PROTOCOL.md) exactly as the embedded one hands them over.

// The role of core/security (Permissions decides what it may do).
using UserRole = Role;

QString userRoleKey(UserRole role); // roleKey(): "agent", "team-lead", "supervisor", "admin"
std::optional<UserRole> userRoleFromKey(QStringView key);

struct AgentSession
{
    qint64 agentId = 0;
    QString login;
    QString displayName;
    QString team;
    UserRole role = UserRole::Agent;
    SkillLevels skills;
    ChannelCapacity capacity;

    bool operator==(const AgentSession &other) const = default;
};

struct AgentStatus
{
    qint64 agentId = 0;
    AgentState state = AgentState::LoggedOut;
    QString reasonCode; // Not Ready reason: "break", "lunch", "training", "missed", "rejected" ...
    qint64 sinceMs = 0;
    int activeContacts = 0;

    bool operator==(const AgentStatus &other) const = default;
};

// How far a consultation on a voice contact has got (see docs/ARCHITECTURE.md, "Live centre").
enum class ConsultStage
{
    None,
    Ringing,    // the colleague is being offered the internal call; the customer is on hold
    Talking,    // the agent talks to the colleague; the customer is on hold
    Conference, // all three are on the line
};

QString consultStageKey(ConsultStage stage); // "none", "ringing", "talking", "conference"

// Offered, connected, held or in wrap-up: the contact is on an agent's desk.
bool isWithAgent(InteractionState state);
std::optional<ConsultStage> consultStageFromKey(QStringView key);

// How a supervisor joins an agent's call (sent to the telephony connector).
enum class SupervisionMode
{
    None,    // not joined (or left)
    Monitor, // listens; neither party hears the supervisor
    Whisper, // the agent hears the supervisor, the customer does not
    Barge,   // all three talk
};

QString supervisionModeKey(SupervisionMode mode); // "none", "monitor", "whisper", "barge"
std::optional<SupervisionMode> supervisionModeFromKey(QStringView key);

// Whether what is said on a contact is being recorded for coaching (issue #6), as the agent must
// know it: a customer reading out a card number must not be recorded (PCI DSS), and a customer
// who did not consent is not recorded at all.
enum class RecordingState
{
    // Nothing records this contact: a back-office task or an internal consult call, or a centre
    // that has no recording vault (no key). Also every contact before it is offered.
    None,
    On,     // recorded: a call's audio, a written conversation's transcript
    Paused, // a call whose agent paused recording (card details); the pause is left out
    // The customer did not consent (Customer::recordingConsent): nothing is recorded, and the
    // recordings library keeps a row that says so.
    NotRecorded,
};

QString recordingStateKey(RecordingState state); // "none", "on", "paused", "not-recorded"
std::optional<RecordingState> recordingStateFromKey(QStringView key);

// One contact as an agent's inbox shows it, from offer to close.
struct ContactSummary
{
    qint64 interactionId = 0;
    Channel channel = Channel::Voice;
    Direction direction = Direction::Inbound;
    InteractionState state = InteractionState::Created;
    QString queueId;
    QString queueName;
    qint64 customerId = 0; // 0: not identified yet (the agent can search and link)
    QString customerName;
    bool vip = false;
    QString from; // what the customer came from: caller number (E.164), e-mail, handle
    QString subject;
    qint64 agentId = 0;
    InteractionTimes times;
    qint64 offerExpiresAtMs = 0; // while offered
    bool muted = false;          // voice: the agent's microphone
    bool callback = false;       // an outbound callback the customer asked for
    bool campaign = false;       // proactive outbound
    qint64 workItemId = 0;
    // On a customer's voice contact while its agent consults a colleague ...
    ConsultStage consult = ConsultStage::None;
    qint64 consultAgentId = 0;
    QString consultAgentName;
    qint64 consultInteractionId = 0; // the internal call to the colleague
    // ... and on that internal call (direction Internal), as the colleague sees it: the customer's
    // contact it is about.
    qint64 consultForInteractionId = 0;
    // A supervisor on the agent's call (voice), as the telephony connector reported it.
    SupervisionMode supervision = SupervisionMode::None;
    RecordingState recording = RecordingState::None;

    bool operator==(const ContactSummary &other) const = default;
};

// What the agent records when a contact is done.
struct WrapUp
{
    qint64 interactionId = 0;
    QString dispositionCode;
    QString notes;
    bool resolved = false;
    std::optional<WorkItem> followUp; // created for the customer when set (title, due, queue)

    bool operator==(const WrapUp &other) const = default;
};

struct DispositionOption
{
    QString code;
    QString labelEn;
    QString labelKo;

    bool operator==(const DispositionOption &other) const = default;
};

// A reply template. Placeholders: {customer.firstName}, {customer.name}, {agent.name},
// {interaction.subject} — filled by the composer before sending.
struct CannedResponse
{
    QString id;
    QString language; // "ko", "en"
    QString title;
    QString body;
    QList<Channel> channels; // empty: every channel

    bool operator==(const CannedResponse &other) const = default;
};

// Where a contact can be transferred or consulted: agents with their presence, and queues.
struct TransferTarget
{
    enum class Kind
    {
        Agent,
        Queue,
    };
    Kind kind = Kind::Agent;
    qint64 agentId = 0;
    QString queueId;
    QString name;
    AgentState agentState = AgentState::LoggedOut;
    int waiting = 0; // queues: contacts waiting now

    bool operator==(const TransferTarget &other) const = default;
};

// A line of the internal help chat: agent to agent, or agent to an expert group (a skill).
struct InternalMessage
{
    qint64 id = 0;
    qint64 fromAgentId = 0;
    QString fromName;
    qint64 toAgentId = 0; // 0 when sent to a group
    QString toGroup;      // skill id of an expert group, e.g. "billing"
    qint64 aboutInteractionId = 0;
    QString body;
    qint64 sentAtMs = 0;

    bool operator==(const InternalMessage &other) const = default;
};

// A next-best offer for the customer of a contact, as the agent's panel shows it.
struct NextOffer
{
    QString offerId;
    QString name;     // in the agent's language
    QString category; // "up-sell", "cross-sell", "renewal", "retention", "partner-promotion"
    QString reason;   // why this customer, in the agent's language
    double acceptanceProbability = 0.0;
    qint64 marginMinor = 0;
    QString currency;
    // What the agent already recorded for it on this interaction, if anything:
    // "accepted", "declined", "not-now".
    QString outcome;

    bool operator==(const NextOffer &other) const = default;
};

} // namespace ContactDesk

#pragma once

#include "domain/domainerror.h"
#include "role.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

// Everything a desktop asks of the centre (DeskBackend, and the protocol after it), grouped by
// who it concerns. The server checks one of these on every request (Permissions::check).
enum class Action
{
    // The desk itself: the agent record the user works as.
    SetOwnState, // Ready, Not Ready, log out
    ReadOwnContacts,
    // One of the user's own contacts: the Resource names the agent handling it.
    AnswerOffer,     // accept or reject
    ControlContact,  // hold, resume, mute
    TransferContact, // blind transfer, consult, conference
    EndContact,
    WrapUpContact,
    SendContactMessage,
    LinkContactCustomer,
    ReadNextOffers,
    RecordOfferOutcome,
    // Customers: the Resource says whether the user serves the customer or found them by searching.
    SearchCustomers,
    ReadCustomer, // profile, timeline, messages, work items
    CreateCustomer,
    // Colleagues and the reference lists every desk shows.
    SendInternalMessage,
    ReadReferenceData, // wrap-up codes, canned responses, transfer targets, skills
    // The offer catalogue.
    ReadOfferCatalogue, // all of it, inactive offers too (the editor's view)
    EditOfferCatalogue, // save an offer, import a catalogue
    ReadOfferReports,
    // The wallboard.
    ReadWallboard, // snapshot, intraday, trend, drill-down
    SubscribeWallboard,
    EditWallboardLayout,
    // Supervisor actions on another agent.
    SetAgentState,
    ChangeAgentSkills,
    MessageAgent,
    MonitorCall,
    WhisperCall,
    BargeCall,
    // History, data and administration.
    ReadReports, // KPI history; an agent's own figures are theirs (Resource: the agent)
    ImportCustomers,
    ConfigureCentre, // queues, skills, routing and installation settings
    ManageUsers,
    // Coaching: the Resource names the agent whose contact was recorded or evaluated.
    PlayRecording,
    ExportRecording,
    DeleteRecording,
    ReadEvaluation,  // scorecards and timestamped comments
    WriteEvaluation, // score, comment
};

inline constexpr int ActionCount = int(Action::WriteEvaluation) + 1;

// How much of an action a role has: none of it, only on what is the user's own (their contacts,
// their recordings, customers they serve or found), or all of it.
enum class Grant
{
    No,
    Own,
    Any,
};

// Who asks: from the session.
struct Principal
{
    qint64 userId = 0;
    Role role = Role::Agent;
    qint64 agentId = 0; // the agent record the user works as; 0: none
};

// What the action is on, as far as ownership goes. Leave it empty for actions on nothing in
// particular (the wallboard, a search).
struct Resource
{
    qint64 ownerAgentId = 0;            // the agent whose contact, recording, state or figures these are
    bool servingCustomer = false;       // the user is serving this customer now (one of their contacts)
    bool customerFromOwnSearch = false; // the customer came up in the user's own search

    static Resource ofAgent(qint64 agentId);
    static Resource customer(bool serving, bool fromOwnSearch);
};

// The permission matrix (Action × Role) and the ownership rules, in one place: permissions.cpp.
class Permissions final
{
public:
    // Empty when `who` may do `action` on `what`; otherwise a DomainError with code "forbidden"
    // and a message naming the action and the role.
    static std::optional<DomainError> check(const Principal &who, Action action, const Resource &what = {});

    static Grant grant(Role role, Action action);
    // Stable keys ("contact.accept" ...) for the protocol and logs, and a short English phrase.
    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(QStringView key);
    static QString actionDescription(Action action);
    static QList<Action> allActions();
};

} // namespace ContactDesk

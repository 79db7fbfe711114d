#include "permissions.h"

#include "accounterrors.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

// What "own" means for an action: contacts, recordings and an agent's state or figures belong
// to an agent (Resource::ownerAgentId); a customer is the user's while they serve them or after
// they found them by searching. Actions with scope NoOwner have no "own" part.
enum class Scope
{
    NoOwner,
    ByAgent,
    ByCustomer,
};

struct Rule
{
    Action action;
    QStringView key;
    Scope scope;
    std::array<Grant, RoleCount> grants; // in the order of Role
    QStringView description;             // completes "may ...": for messages and documentation
};

using enum Grant;
using enum Scope;

// The permission matrix. One row per Action, in the enum's order (checked below); the columns
// are the roles. The rules, in short: an agent sees and acts on only their own contacts
// and customers they are serving or searching; the wallboard and supervisor actions need a
// supervisor; only team leads and above play others' recordings and evaluate, and only an
// admin deletes a recording or manages users.
// clang-format off
constexpr Rule Matrix[] = {
    // action                     key                       own means    agent team-lead  supervisor  admin description
    {Action::SetOwnState,         u"own-state.set",         ByAgent,    {Own,  Own,       Own,        Own}, u"change their own agent state"},
    {Action::ReadOwnContacts,     u"own-contacts.read",     ByAgent,    {Own,  Own,       Own,        Own}, u"list their own contacts"},
    {Action::AnswerOffer,         u"contact.answer-offer",  ByAgent,    {Own,  Own,       Own,        Own}, u"accept or reject an offered contact"},
    {Action::ControlContact,      u"contact.control",       ByAgent,    {Own,  Own,       Own,        Own}, u"hold, resume or mute a contact"},
    {Action::TransferContact,     u"contact.transfer",      ByAgent,    {Own,  Own,       Own,        Own}, u"transfer, consult on or conference a contact"},
    {Action::EndContact,          u"contact.end",           ByAgent,    {Own,  Own,       Own,        Own}, u"end a contact"},
    {Action::WrapUpContact,       u"contact.wrap-up",       ByAgent,    {Own,  Own,       Own,        Own}, u"wrap up a contact"},
    {Action::SendContactMessage,  u"contact.send-message",  ByAgent,    {Own,  Own,       Own,        Own}, u"reply on a contact"},
    {Action::LinkContactCustomer, u"contact.link-customer", ByAgent,    {Own,  Own,       Own,        Own}, u"link a contact to a customer"},
    {Action::ReadNextOffers,      u"contact.next-offers",   ByAgent,    {Own,  Own,       Own,        Own}, u"read the next offers of a contact"},
    {Action::RecordOfferOutcome,  u"contact.offer-outcome", ByAgent,    {Own,  Own,       Own,        Own}, u"record an offer's outcome on a contact"},
    {Action::SearchCustomers,     u"customer.search",       NoOwner,    {Any,  Any,       Any,        Any}, u"search customers"},
    {Action::ReadCustomer,        u"customer.read",         ByCustomer, {Own,  Any,       Any,        Any}, u"read a customer"},
    {Action::CreateCustomer,      u"customer.create",       NoOwner,    {Any,  Any,       Any,        Any}, u"create a customer"},
    {Action::SendInternalMessage, u"internal-message.send", NoOwner,    {Any,  Any,       Any,        Any}, u"send an internal message"},
    {Action::ReadReferenceData,   u"reference-data.read",   NoOwner,    {Any,  Any,       Any,        Any}, u"read wrap-up codes, canned responses and transfer targets"},
    {Action::ReadOfferCatalogue,  u"offers.catalogue.read", NoOwner,    {No,   No,        Any,        Any}, u"read the offer catalogue"},
    {Action::EditOfferCatalogue,  u"offers.catalogue.edit", NoOwner,    {No,   No,        Any,        Any}, u"edit or import the offer catalogue"},
    {Action::ReadOfferReports,    u"offers.reports.read",   NoOwner,    {No,   No,        Any,        Any}, u"read offer reports"},
    {Action::ReadWallboard,       u"wallboard.read",        NoOwner,    {No,   No,        Any,        Any}, u"read the wallboard"},
    {Action::SubscribeWallboard,  u"wallboard.subscribe",   NoOwner,    {No,   No,        Any,        Any}, u"subscribe to the wallboard"},
    {Action::EditWallboardLayout, u"wallboard.layout.edit", NoOwner,    {No,   No,        Any,        Any}, u"edit the wallboard layout"},
    {Action::SetAgentState,       u"agent.state.set",       NoOwner,    {No,   No,        Any,        Any}, u"change another agent's state"},
    {Action::ChangeAgentSkills,   u"agent.skills.change",   NoOwner,    {No,   No,        Any,        Any}, u"change an agent's skills"},
    {Action::MessageAgent,        u"agent.message",         NoOwner,    {No,   No,        Any,        Any}, u"message an agent as supervisor"},
    {Action::MonitorCall,         u"call.monitor",          NoOwner,    {No,   No,        Any,        Any}, u"monitor a call"},
    {Action::WhisperCall,         u"call.whisper",          NoOwner,    {No,   No,        Any,        Any}, u"whisper on a call"},
    {Action::BargeCall,           u"call.barge",            NoOwner,    {No,   No,        Any,        Any}, u"barge into a call"},
    {Action::ReadReports,         u"reports.read",          ByAgent,    {Own,  Any,       Any,        Any}, u"read reports"},
    {Action::ImportCustomers,     u"customers.import",      NoOwner,    {No,   No,        No,         Any}, u"import customers"},
    {Action::ConfigureCentre,     u"centre.configure",      NoOwner,    {No,   No,        No,         Any}, u"configure queues, skills and routing"},
    {Action::ManageUsers,         u"users.manage",          NoOwner,    {No,   No,        No,         Any}, u"manage users"},
    {Action::PlayRecording,       u"recording.play",        ByAgent,    {Own,  Any,       Any,        Any}, u"play a recording"},
    {Action::ExportRecording,     u"recording.export",      NoOwner,    {No,   No,        Any,        Any}, u"export a recording"},
    {Action::DeleteRecording,     u"recording.delete",      NoOwner,    {No,   No,        No,         Any}, u"delete a recording"},
    {Action::ReadEvaluation,      u"evaluation.read",       ByAgent,    {Own,  Any,       Any,        Any}, u"read an evaluation"},
    {Action::WriteEvaluation,     u"evaluation.write",      NoOwner,    {No,   Any,       Any,        Any}, u"evaluate a contact"},
};
// clang-format on

constexpr bool matrixIsWellFormed()
{
    if (std::size(Matrix) != size_t(ActionCount))
        return false;
    for (size_t i = 0; i < std::size(Matrix); ++i) {
        const Rule &rule = Matrix[i];
        if (rule.action != Action(i))
            return false;
        for (Grant grant : rule.grants) {
            if (grant == Own && rule.scope == NoOwner)
                return false; // "own" needs something to own
        }
    }
    return true;
}
static_assert(matrixIsWellFormed(), "one row per Action in enum order; Own only where there is an owner");

const Rule &ruleOf(Action action)
{
    return Matrix[size_t(action)];
}

bool isOwn(const Principal &who, Scope scope, const Resource &what)
{
    switch (scope) {
    case ByAgent:
        return who.agentId != 0 && what.ownerAgentId == who.agentId;
    case ByCustomer:
        return what.servingCustomer || what.customerFromOwnSearch;
    case NoOwner:
        return false;
    }
    Q_UNREACHABLE();
}

// Why an action granted only on what is one's own was refused here.
QString notOwn(const Principal &who, Scope scope, const Resource &what)
{
    if (scope == ByCustomer)
        return u"only for customers they are serving or found by searching"_s;
    if (who.agentId == 0)
        return u"only as the agent they work as, and user %1 is linked to no agent"_s.arg(who.userId);
    if (what.ownerAgentId == 0)
        return u"only on their own, and this belongs to no agent"_s;
    return u"only on their own (agent %1), and this is agent %2's"_s.arg(who.agentId).arg(what.ownerAgentId);
}

} // namespace

Resource Resource::ofAgent(qint64 agentId)
{
    Resource resource;
    resource.ownerAgentId = agentId;
    return resource;
}

Resource Resource::customer(bool serving, bool fromOwnSearch)
{
    Resource resource;
    resource.servingCustomer = serving;
    resource.customerFromOwnSearch = fromOwnSearch;
    return resource;
}

std::optional<DomainError> Permissions::check(const Principal &who, Action action, const Resource &what)
{
    const Rule &rule = ruleOf(action);
    switch (rule.grants[size_t(who.role)]) {
    case Any:
        return std::nullopt;
    case Own:
        if (isOwn(who, rule.scope, what))
            return std::nullopt;
        return DomainError{AccountErrorCode::Forbidden.toString(),
                           u"Role '%1' may %2 (%3) %4"_s.arg(roleKey(who.role), rule.description.toString(),
                                                             rule.key.toString(),
                                                             notOwn(who, rule.scope, what))};
    case No:
        break;
    }
    return DomainError{AccountErrorCode::Forbidden.toString(),
                       u"Role '%1' may not %2 (%3)"_s.arg(roleKey(who.role), rule.description.toString(),
                                                          rule.key.toString())};
}

Grant Permissions::grant(Role role, Action action)
{
    return ruleOf(action).grants[size_t(role)];
}

QString Permissions::actionKey(Action action)
{
    return ruleOf(action).key.toString();
}

std::optional<Action> Permissions::actionFromKey(QStringView key)
{
    for (const Rule &rule : Matrix) {
        if (rule.key == key)
            return rule.action;
    }
    return std::nullopt;
}

QString Permissions::actionDescription(Action action)
{
    return ruleOf(action).description.toString();
}

QList<Action> Permissions::allActions()
{
    QList<Action> actions;
    for (const Rule &rule : Matrix)
        actions.append(rule.action);
    return actions;
}

} // namespace ContactDesk

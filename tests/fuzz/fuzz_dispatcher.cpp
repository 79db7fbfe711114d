// libFuzzer target for the desk requests: each input is a header line and then frames, one a
// line, that go through Protocol::parseRequest and, when they parse to a type DeskDispatcher
// handles, through dispatch() for one signed-in client — an EmbeddedBackend desk on a CentreHost
// over a real SQLite database, as contactdesk-server runs it. A broken promise abort()s, so
// libFuzzer keeps the input:
//   - every dispatched request is answered exactly once (a result or an error), never zero
//     times, never twice, not even later;
//   - an error has a code and a message and echoes the request's id; a protocol error (the
//     request's own fault) names the offending field and is one of the field codes;
//   - a result comes from a role the permission matrix gives the action to;
//   - every frame built from an answer or an event parses back as a JSON object;
//   - no request makes the centre fail (it would refuse every desk after that);
//   - nothing trips ASan or UBSan.
//
// The header line: byte 0 picks who is signed in (see principals()), byte 1 (& 0x3f) what the
// centre looks like before the frames (see Scenario). tests/fuzz/README.md has
// the table. The centre is set up once per process from CentreTest::Store's seeded database and
// put back to that copy every FUZZ_DISPATCHER_RESET_EVERY inputs (default 1: each input starts
// from the same centre, so a crash reproduces from its input alone); the desk is new for every
// input. FUZZ_DISPATCHER_LIST_TYPES=1 prints the request types and exits (run-fuzz.sh checks
// that the seed corpus has one of each).
#include "backend/centrehost.h"
#include "backend/embeddedbackend.h"
#include "backend/embeddedcoachingbackend.h"
#include "centre/contactcentre.h"
#include "centretestsupport.h"
#include "net/deskdispatcher.h"
#include "net/protocol.h"
#include "net/protocolcodec.h"
#include "routing/sqlroutingjournal.h"
#include "routing/virtualclock.h"
#include "security/permissions.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

using namespace ContactDesk;

namespace {

// More frames than this in one input are ignored: enough for any sequence worth finding.
constexpr int MaxFramesPerInput = 32;
constexpr qint64 TickMs = 30 * 1000; // past the offer timeout (20 s)

[[noreturn]] void fail(const char *what, const QByteArray &detail = QByteArray())
{
    std::fprintf(stderr, "fuzz_dispatcher: %s\n%s\n", what, detail.left(2000).constData());
    std::abort();
}

void check(bool ok, const char *what, const QByteArray &detail = QByteArray())
{
    if (!ok)
        fail(what, detail);
}

QByteArray text(const QString &string)
{
    return string.toUtf8();
}

void requireObjectFrame(const QByteArray &frame, const char *what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    check(parseError.error == QJsonParseError::NoError && document.isObject(), what, frame);
}

// What the centre looks like before the frames: bits of the header's second byte. "The customer"
// is the store's English customer when the desk's agent is the English agent, else the Korean
// one, so that the desk's agent can take them; everything arrives in "sales".
namespace Scenario {
constexpr int Ready = 1;     // the desk's agent is Ready
constexpr int Chat = 2;      // a chat from the customer arrives (interaction 1)
constexpr int Call = 4;      // a call from the customer arrives (interaction 2 after a chat, else 1)
constexpr int Colleague = 8; // another agent is signed in and Ready (transfers, consults)
constexpr int Accept = 16;   // every offer is accepted by whoever it is offered to, before the
                             // frames and after each one (a consult call reaches the colleague)
constexpr int Tick = 32;     // the clock moves 30 s after every frame (offers time out)
} // namespace Scenario

struct PrincipalChoice
{
    char letter;
    Role role;
    int agent; // 0: none; 1, 2, 3: the store's human, colleague, English agent
};

// Who is signed in, by the header's first byte: these letters, or any other byte modulo the count.
constexpr PrincipalChoice principals[] = {
    {'a', Role::Agent, 1},      {'b', Role::Agent, 2},    {'s', Role::Supervisor, 0},
    {'S', Role::Supervisor, 3}, {'t', Role::TeamLead, 2}, {'A', Role::Admin, 0},
};

const PrincipalChoice &principalFor(quint8 byte)
{
    for (const PrincipalChoice &choice : principals) {
        if (quint8(choice.letter) == byte)
            return choice;
    }
    return principals[byte % std::size(principals)];
}

// The action each request type needs (the first of them when it depends on the payload): a
// result for a role without it is a request the dispatcher forgot to check.
const QHash<QString, QList<Action>> &requiredActions()
{
    static const QHash<QString, QList<Action>> actions = [] {
        QHash<QString, QList<Action>> map;
        const auto add = [&map](const char *type, QList<Action> needed) {
            map.insert(QString::fromLatin1(type), std::move(needed));
        };
        add("search-customers", {Action::SearchCustomers});
        add("find-customer-by-contact", {Action::SearchCustomers});
        for (const char *type : {"customer", "timeline", "timeline-count", "messages", "open-work-items"})
            add(type, {Action::ReadCustomer});
        add("create-customer", {Action::CreateCustomer});
        add("set-state", {Action::SetOwnState});
        add("my-contacts", {Action::ReadOwnContacts});
        add("accept-offer", {Action::AnswerOffer});
        add("reject-offer", {Action::AnswerOffer});
        for (const char *type : {"hold-contact", "resume-contact", "set-muted", "set-recording-paused"})
            add(type, {Action::ControlContact});
        for (const char *type : {"complete-consult-transfer", "conference", "cancel-consult",
                                 "transfer-to-agent", "transfer-to-queue", "start-consult"})
            add(type, {Action::TransferContact});
        add("end-contact", {Action::EndContact});
        add("finish-wrap-up", {Action::WrapUpContact});
        add("send-message", {Action::SendContactMessage});
        add("link-customer", {Action::LinkContactCustomer, Action::ReadCustomer});
        add("next-offers", {Action::ReadNextOffers});
        add("record-offer-outcome", {Action::RecordOfferOutcome});
        add("send-internal-message", {Action::SendInternalMessage});
        for (const char *type :
             {"disposition-options", "canned-responses", "transfer-targets", "skill-catalogue"})
            add(type, {Action::ReadReferenceData});
        add("offer-catalogue", {Action::ReadOfferCatalogue});
        add("offer-products", {Action::ReadOfferCatalogue});
        add("save-offer", {Action::EditOfferCatalogue});
        add("import-offer-catalogue", {Action::EditOfferCatalogue});
        add("offer-report", {Action::ReadOfferReports});
        for (const char *type : {"wallboard", "wallboard-intraday", "wallboard-trend", "wallboard-drill-down",
                                 "wallboard-layout"})
            add(type, {Action::ReadWallboard});
        add("subscribe-wallboard", {}); // turning it off needs nothing; on: checked below
        add("save-wallboard-layout", {Action::EditWallboardLayout});
        // Coaching: the repositories and RecordingAccess check these in core.
        for (const char *type : {"coaching-status", "coaching-agents", "scorecards", "scorecard"})
            add(type, {});
        add("search-recordings", {Action::PlayRecording});
        add("open-recording", {Action::PlayRecording});
        add("export-recording", {Action::ExportRecording});
        add("audit-entries", {Action::ExportRecording});
        add("delete-recording", {Action::DeleteRecording});
        add("set-legal-hold", {Action::DeleteRecording});
        for (const char *type : {"evaluations-for-interaction", "evaluations-for-agent", "calibration",
                                 "score-trend", "coaching-comments", "coaching-sessions-for-agent",
                                 "acknowledge-evaluation", "dispute-evaluation"})
            add(type, {Action::ReadEvaluation});
        for (const char *type :
             {"save-scorecard", "save-evaluation-draft", "submit-evaluation", "add-coaching-comment",
              "remove-coaching-comment", "coaching-sessions-led-by-me", "save-coaching-session"})
            add(type, {Action::WriteEvaluation});
        add("set-agent-state", {Action::SetAgentState});
        add("set-agent-skill", {Action::ChangeAgentSkills});
        add("message-agent", {Action::MessageAgent});
        add("supervise-call", {}); // the action depends on the mode: checked below
        return map;
    }();
    return actions;
}

// The one centre of this process, back to the seeded store when reset() is called.
class World final
{
public:
    std::optional<DomainError> create()
    {
        if (!m_workDir.isValid())
            return DomainError{QStringLiteral("fuzz"), QStringLiteral("no temporary folder")};
        if (auto error = m_store.create())
            return error;
        return reset();
    }

    std::optional<DomainError> reset()
    {
        m_dispatcher.reset();
        m_host.reset();
        m_centre.reset();
        m_database.reset();
        m_clock.reset();
        const QString path = m_workDir.filePath(QStringLiteral("centre.sqlite"));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        if (!QFile::copy(m_store.path(), path))
            return DomainError{QStringLiteral("fuzz"), QStringLiteral("cannot copy the seeded store")};

        m_database = std::make_unique<Database>();
        if (auto error = m_database->open(path))
            return error;
        m_clock = std::make_unique<VirtualClock>(CentreTest::StartMs);
        // As contactdesk-server runs it: the routing journal in the database.
        m_centre = std::make_unique<ContactCentre>(*m_database, *m_clock,
                                                   std::make_unique<SqlRoutingJournal>(*m_database));
        if (auto error = m_centre->start())
            return error;
        QObject::connect(m_centre.get(), &ContactCentre::failed,
                         [](const QString &reason) { fail("a request made the centre fail", text(reason)); });
        m_host = std::make_unique<CentreHost>(*m_database, *m_centre);
        m_dispatcher = std::make_unique<DeskDispatcher>(*m_host);
        m_inputsSinceReset = 0;
        return std::nullopt;
    }

    // Called before each input; puts the centre back when it has seen enough.
    void beginInput(int resetEvery)
    {
        if (m_inputsSinceReset >= resetEvery) {
            if (auto error = reset())
                fail("cannot reset the centre", text(error->message));
        }
        ++m_inputsSinceReset;
    }

    qint64 agentId(int which) const
    {
        switch (which) {
        case 1:
            return m_store.humanId;
        case 2:
            return m_store.colleagueId;
        case 3:
            return m_store.englishAgentId;
        }
        return 0;
    }

    const CentreTest::Store &store() const { return m_store; }
    VirtualClock &clock() { return *m_clock; }
    ContactCentre &centre() { return *m_centre; }
    CentreHost &host() { return *m_host; }
    DeskDispatcher &dispatcher() { return *m_dispatcher; }

private:
    // The working copy lives in memory when it can (Linux's /dev/shm): closing and copying a
    // database on a disk costs more than the input itself.
    static QString workDirTemplate()
    {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        if (shm.isDir() && shm.isWritable())
            return QStringLiteral("/dev/shm/contactdesk-fuzz-XXXXXX");
        return QDir::tempPath() + QStringLiteral("/contactdesk-fuzz-XXXXXX");
    }

    CentreTest::Store m_store;
    QTemporaryDir m_workDir{workDirTemplate()};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<ContactCentre> m_centre;
    std::unique_ptr<CentreHost> m_host;
    std::unique_ptr<DeskDispatcher> m_dispatcher;
    int m_inputsSinceReset = 0;
};

World *world = nullptr;
int resetEvery = 1;

// How one dispatched request was answered.
struct Outcome
{
    Protocol::Request request;
    int results = 0;
    int errors = 0;
};

// FUZZ_DISPATCHER_VERBOSE=1: every answer and Qt's messages on stderr, for looking at seeds.
bool verbose = false;

void show(const QByteArray &frame)
{
    if (verbose)
        std::fprintf(stderr, "  <- %s\n", frame.left(300).constData());
}

void checkError(const Outcome &outcome, const Protocol::Error &error, bool protocolError)
{
    const QByteArray frame = Protocol::errorFrame(error);
    show(frame);
    check(!error.code.isEmpty(), "an error without a code", frame);
    check(!error.message.isEmpty(), "an error without a message", frame);
    check(error.id == outcome.request.id, "an error with another request's id", frame);
    requireObjectFrame(frame, "an error frame is not a JSON object");
    if (protocolError) {
        check(error.code == QLatin1String(Protocol::ErrorCode::MissingField)
                  || error.code == QLatin1String(Protocol::ErrorCode::WrongFieldType)
                  || error.code == QLatin1String(Protocol::ErrorCode::InvalidValue),
              "a protocol error with a code that is not a field's", frame);
        check(error.field.startsWith(QLatin1String("payload")), "a protocol error without its field", frame);
    }
}

void checkResult(const Outcome &outcome, const QJsonObject &payload, const Principal &principal)
{
    const QByteArray frame = Protocol::resultFrame(outcome.request.id, payload);
    show(frame);
    requireObjectFrame(frame, "a result frame is not a JSON object");

    const Protocol::Request &request = outcome.request;
    QList<Action> needed = requiredActions().value(request.type);
    if (request.type == u"subscribe-wallboard" && request.payload.value(u"on").toBool(true))
        needed = {Action::SubscribeWallboard};
    if (request.type == u"supervise-call") {
        const QString mode = request.payload.value(u"mode").toString();
        needed = {mode == u"whisper" ? Action::WhisperCall
                  : mode == u"barge" ? Action::BargeCall
                                     : Action::MonitorCall};
    }
    for (const Action action : std::as_const(needed)) {
        if (Permissions::grant(principal.role, action) == Grant::No)
            fail("a result for a role the matrix refuses the action",
                 text(roleKey(principal.role) + u' ' + Permissions::actionKey(action) + u' ' + request.type));
    }
}

// What the server sends as events for the desk: encoded the same way, checked the same way.
void connectEvents(EmbeddedBackend &desk)
{
    QObject::connect(&desk, &DeskBackend::stateChanged, [](const AgentStatus &status) {
        requireObjectFrame(Protocol::eventFrame(QStringLiteral("state-changed"), Protocol::toJson(status)),
                                                "a state-changed event is not a JSON object");
    });
    QObject::connect(&desk, &DeskBackend::contactChanged, [](const ContactSummary &contact) {
        requireObjectFrame(Protocol::eventFrame(QStringLiteral("contact-changed"), Protocol::toJson(contact)),
                                                "a contact-changed event is not a JSON object");
    });
    QObject::connect(&desk, &DeskBackend::messageReceived, [](const Message &message) {
        requireObjectFrame(Protocol::eventFrame(
            QStringLiteral("message-received"), {{QLatin1String("message"), Protocol::encode(message)}}),
            "a message-received event is not a JSON object");
    });
    QObject::connect(&desk, &DeskBackend::internalMessageReceived, [](const InternalMessage &message) {
        requireObjectFrame(Protocol::eventFrame(
            QStringLiteral("internal-message"), {{QLatin1String("message"), Protocol::encode(message)}}),
            "an internal-message event is not a JSON object");
    });
}

// A reply that must come exactly once, now (the embedded desk answers before it returns).
template <typename T>
DeskBackend::Reply<T> expectReply(std::optional<BackendResult<T>> &slot, const char *what)
{
    return [&slot, what](const BackendResult<T> &result) {
        check(!slot, what);
        slot = result;
    };
}

void acceptOffers()
{
    ContactCentre &centre = world->centre();
    for (const qint64 interactionId : centre.liveContactIds()) {
        const std::optional<ContactSummary> contact = centre.contact(interactionId);
        if (contact && contact->state == InteractionState::Offered && contact->agentId > 0)
            centre.acceptOffer(contact->agentId, interactionId);
    }
}

void setUpScenario(EmbeddedBackend &desk, qint64 agentId, int scenario)
{
    ContactCentre &centre = world->centre();
    const CentreTest::Store &store = world->store();
    if (agentId > 0 && (scenario & Scenario::Ready)) {
        std::optional<BackendResult<bool>> ready;
        desk.setState(AgentState::Ready, QString(), expectReply(ready, "setState answered twice"));
        check(ready.has_value(), "setState not answered");
    }
    if (scenario & Scenario::Colleague) {
        const qint64 colleague = agentId == store.colleagueId ? store.humanId : store.colleagueId;
        centre.setAttended(colleague, true);
        centre.setAgentState(colleague, AgentState::Ready);
    }
    const bool english = agentId > 0 && agentId == store.englishAgentId;
    if (scenario & Scenario::Chat) {
        InboundContact chat;
        chat.channel = Channel::Chat;
        chat.queueId = QStringLiteral("sales");
        chat.from = english ? QStringLiteral("john.carter@example.com") : store.koreanEmail;
        Message opening;
        opening.body = english ? QStringLiteral("Hello, a question about my plan")
                               : QStringLiteral("안녕하세요, 요금제 문의드립니다");
        chat.openingMessages = {opening};
        centre.contactArrived(chat);
    }
    if (scenario & Scenario::Call) {
        InboundContact call;
        call.channel = Channel::Voice;
        call.queueId = QStringLiteral("sales");
        call.from = english ? store.englishPhone : store.koreanPhone;
        centre.contactArrived(call);
    }
    if (scenario & Scenario::Accept)
        acceptOffers();
}

void runFrames(DeskClient &client, QByteArrayView frames, int scenario)
{
    std::vector<std::shared_ptr<Outcome>> outcomes;
    int count = 0;
    while (!frames.isEmpty() && count < MaxFramesPerInput) {
        const qsizetype end = frames.indexOf('\n');
        const QByteArrayView frame = end < 0 ? frames : frames.first(end);
        frames = end < 0 ? QByteArrayView() : frames.sliced(end + 1);
        ++count;

        const auto parsed = Protocol::parseRequest(frame);
        const auto *request = std::get_if<Protocol::Request>(&parsed);
        if (!request) {
            const Protocol::Error &error = std::get<Protocol::Error>(parsed);
            check(!error.code.isEmpty(), "a frame refused without a code");
            continue;
        }
        // Unknown types, and the handshake and sign-in, are the server's to answer.
        if (!world->dispatcher().handles(request->type))
            continue;

        if (verbose)
            std::fprintf(stderr, "-> %s\n", frame.toByteArray().left(300).constData());
        auto outcome = std::make_shared<Outcome>();
        outcome->request = *request;
        const Principal principal = client.principal;
        DeskResponder responder;
        responder.result = [outcome, principal](const QJsonObject &payload) {
            ++outcome->results;
            checkResult(*outcome, payload, principal);
        };
        responder.error = [outcome](const Protocol::Error &error, bool protocolError) {
            ++outcome->errors;
            checkError(*outcome, error, protocolError);
        };
        world->dispatcher().dispatch(client, *request, responder);
        // The contract allows an answer after dispatch() returns: give it the chance.
        if (outcome->results + outcome->errors == 0)
            QCoreApplication::processEvents();
        if (outcome->results + outcome->errors == 0)
            fail("a request was never answered", frame.toByteArray());
        if (outcome->results + outcome->errors > 1)
            fail("a request was answered twice", frame.toByteArray());
        outcomes.push_back(std::move(outcome));

        if (scenario & Scenario::Accept)
            acceptOffers();
        if (scenario & Scenario::Tick)
            world->clock().advanceBy(TickMs);
    }
    // Nothing answers late, either.
    QCoreApplication::processEvents();
    for (const auto &outcome : outcomes) {
        check(outcome->results + outcome->errors == 1, "a request was answered again later",
              outcome->request.type.toUtf8());
    }
}

void silence(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        fail("qFatal", text(message));
    if (verbose)
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    verbose = qEnvironmentVariableIntValue("FUZZ_DISPATCHER_VERBOSE") == 1;
    qInstallMessageHandler(silence);
    // Qt SQL loads its drivers as plug-ins, which needs an application object.
    static QCoreApplication app(*argc, *argv);

    world = new World;
    if (auto error = world->create())
        fail("cannot set up the centre", text(error->message));
    // libFuzzer ends with exit(): the centre and its temporary folders go first, while Qt SQL's
    // connection list (created by create(), so destroyed after this) is still there. A crash
    // leaves the folders behind, in the system's temporary folders.
    std::atexit([] {
        delete world;
        world = nullptr;
    });
    if (qEnvironmentVariableIsSet("FUZZ_DISPATCHER_RESET_EVERY"))
        resetEvery = std::max(1, qEnvironmentVariableIntValue("FUZZ_DISPATCHER_RESET_EVERY"));

    // A type missing from requiredActions() is fuzzed all the same, without the matrix check;
    // the listing marks it so that run-fuzz.sh can say so.
    if (qEnvironmentVariableIntValue("FUZZ_DISPATCHER_LIST_TYPES") == 1) {
        QStringList types = world->dispatcher().requestTypes();
        types.sort();
        for (const QString &type : std::as_const(types))
            std::printf("%s%s\n", type.toUtf8().constData(),
                        requiredActions().contains(type) ? "" : " unchecked");
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype headerEnd = input.indexOf('\n');
    if (headerEnd < 0)
        return 0;
    const QByteArrayView header = input.first(headerEnd);
    const PrincipalChoice &choice = principalFor(header.size() > 0 ? quint8(header[0]) : 0);
    const int scenario = header.size() > 1 ? (quint8(header[1]) & 0x3f) : 0;

    world->beginInput(resetEvery);
    const qint64 agentId = world->agentId(choice.agent);

    // As the server starts a session: a new desk, the agent (if any) signed in on it.
    auto desk = std::make_unique<EmbeddedBackend>(world->host());
    connectEvents(*desk);
    DeskClient client;
    client.desk = desk.get();
    client.principal = Principal{1000 + qint64(&choice - principals), choice.role, agentId};
    // The coaching view's backend, as the server makes one per session: working as the account.
    EmbeddedCoachingBackend coaching(
        world->host(), CoachingUser{client.principal.userId,
                                    QStringLiteral("fuzz"), QStringLiteral("Fuzz"), choice.role, agentId});
    client.coaching = &coaching;
    if (agentId > 0) {
        std::optional<BackendResult<AgentSession>> session;
        desk->signInAgent(agentId, choice.role, expectReply(session, "signInAgent answered twice"));
        check(session.has_value(), "signInAgent not answered");
        if (!session->ok())
            fail("a stored agent cannot sign in", text(session->error().message));
    }
    setUpScenario(*desk, agentId, scenario);
    runFrames(client, input.sliced(headerEnd + 1), scenario);
    return 0;
}

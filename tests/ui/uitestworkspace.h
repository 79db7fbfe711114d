#pragma once

#include "domain/domainerror.h"
#include "domain/message.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ContactDesk {

class Database;
class DeskBackend;
class EmbeddedBackend;
struct EmbeddedBackendOptions;

// The two ways a backend answers: before the request returns (embedded) or on a later turn of the
// event loop (remote). Every UI test class runs once with each.
enum class BackendMode
{
    Immediate,
    Deferred,
    Remote, // a RemoteBackend to a ProtocolServer in this process, over a loopback WebSocket
};

QString backendModeName(BackendMode mode);

// A real SQLite workspace for the UI tests: DemoDataGenerator's customers as the background, and
// a few customers whose data the tests know exactly:
//  - "known": 제갈하람, VIP, phone +821098760001 (stored E.164), e-mail, one call with notes, one
//    chat with three messages, one e-mail thread with a subject, one SMS, an overdue and a
//    not-yet-due work item, and CSAT scores;
//  - "heavy": 10,000 interactions, one a minute, channels in turn (Voice, Chat, Email, Sms, Social,
//    WorkItem, Voice …), subject "Contact #<n>" for n = 0 (oldest) … 9999 (newest);
//  - "english": Wilhelmina Quartermain, +1 phone, English-speaking.
class UiTestWorkspace final
{
public:
    static constexpr int HeavyInteractions = 10'000;
    static constexpr qint64 HeavyStartMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z
    static constexpr qint64 MinuteMs = 60'000;
    // The instant the tests call "now": after every interaction, between the two work items' due times.
    static constexpr qint64 NowMs = HeavyStartMs + qint64(HeavyInteractions + 1000) * MinuteMs;

    UiTestWorkspace();
    ~UiTestWorkspace();
    Q_DISABLE_COPY_MOVE(UiTestWorkspace)

    // Creates the database. Call once; on error nothing else is usable.
    std::optional<DomainError> create();
    QString databasePath() const;

    // A backend on its own connection to the workspace (the way the desktop opens it).
    std::unique_ptr<EmbeddedBackend> openEmbeddedBackend() const;
    std::unique_ptr<EmbeddedBackend> openEmbeddedBackend(const EmbeddedBackendOptions &options) const;
    // The same, answering immediately or, wrapped in a DeferredBackend, later.
    std::unique_ptr<DeskBackend> openBackend(BackendMode mode) const;
    std::unique_ptr<DeskBackend> openBackend(BackendMode mode, const EmbeddedBackendOptions &options) const;
    // The embedded backend inside what openBackend() returned (remote: the server's centre).
    static EmbeddedBackend &embedded(DeskBackend &backend);

    // Remote mode's accounts (one per agent, login as the agent's; the first agent by id is a
    // supervisor, like the person at an embedded desktop) share this password. A remote backend
    // comes signed in as ReaderLogin, a supervisor with no agent record: the directory, the
    // timelines and the wallboard answer, and the agent desk still waits for a sign-in.
    static QString password();
    static QString readerLogin();

    qint64 knownCustomerId = 0;
    QString knownCustomerName;
    QString knownPhoneE164 = QStringLiteral("+821098760001");
    QString knownEmail = QStringLiteral("haram.jegal@example.kr");
    qint64 knownCallId = 0;
    QString knownCallNotes;
    qint64 knownChatId = 0;
    QList<Message> knownChatMessages;
    qint64 knownEmailId = 0;
    QString knownEmailSubject;
    qint64 overdueWorkItemId = 0;
    qint64 upcomingWorkItemId = 0;
    QList<int> knownCsatScores; // oldest first

    qint64 heavyCustomerId = 0;
    qint64 englishCustomerId = 0;
    qint64 demoCustomers = 0;

private:
    std::optional<DomainError> insertKnownData();
    std::optional<DomainError> addAccounts(Database &database);

    QTemporaryDir m_dir;
};

} // namespace ContactDesk

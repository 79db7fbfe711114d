#include "centre/wallboardbuilder.h"
#include "net/remotebackend.h"
#include "net/wallboardupdates.h"
#include "servertestfixture.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace ContactDesk;
using namespace ContactDesk::CentreTest;
using ContactDesk::NetTest::ServerFixture;

namespace {

// Waits for a reply and hands it back.
template <typename T>
std::optional<BackendResult<T>> wait(const std::function<void(DeskBackend::Reply<T>)> &ask,
                                     int timeoutMs = 10'000)
{
    std::optional<BackendResult<T>> answer;
    ask([&answer](const BackendResult<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    return answer;
}

std::unique_ptr<RemoteBackend> connectTo(const QString &url, int timeoutMs = 30'000)
{
    RemoteBackendOptions options;
    options.url = QUrl(url);
    options.firstRetryMs = 50;
    options.maxRetryMs = 400;
    options.requestTimeoutMs = timeoutMs;
    auto backend = std::make_unique<RemoteBackend>(options);
    backend->open();
    return backend;
}

bool connected(RemoteBackend &backend)
{
    return QTest::qWaitFor([&] { return backend.link() == RemoteBackend::Link::Connected; }, 10'000);
}

bool signIn(RemoteBackend &backend, const QString &login)
{
    const auto answer = wait<AgentSession>([&](DeskBackend::Reply<AgentSession> reply) {
        backend.signIn(login, ServerFixture::password(), reply);
    });
    return answer && answer->ok();
}

// A server that is not contactdesk-server: it answers the handshake, then does what a test
// tells it to with every request (`onRequest` gets the socket and the request's id).
class OddServer final
{
public:
    std::function<void(QWebSocket *, const QJsonObject &)> onRequest;

    bool listen()
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            QObject::connect(
                socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &text) {
                    const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
                    if (request.value(QLatin1String("type")) == QLatin1String("hello")) {
                        socket->sendTextMessage(QString::fromUtf8(
                            QJsonDocument(
                                QJsonObject{
                                    {QLatin1String("type"), QLatin1String("result")},
                                    {QLatin1String("id"), request.value(QLatin1String("id"))},
                                    {QLatin1String("payload"), QJsonObject{{QLatin1String("protocol"), 1}}}})
                                .toJson()));
                        return;
                    }
                    if (onRequest)
                        onRequest(socket, request);
                });
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return m_server.serverUrl().toString(); }

private:
    QWebSocketServer m_server{QStringLiteral("odd"), QWebSocketServer::NonSecureMode};
};

} // namespace

// The desktop's remote backend against the real server in this process (and against a server
// that misbehaves): what a desk sees when the line drops and comes back.
class TestRemoteBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersArriveAsSignalsAndAnAcceptedContactSurvivesAServerRestart()
    {
        ServerFixture f;
        QVERIFY(f.setUp());
        const quint16 port = f.server->port();
        auto kim = connectTo(f.server->url());
        QVERIFY(connected(*kim));
        QVERIFY(signIn(*kim, QStringLiteral("kim")));
        QCOMPARE(kim->session()->agentId, f.store.humanId);
        QCOMPARE(kim->role(), Role::Agent);
        QVERIFY(!kim->canSupervise());

        QSignalSpy changed(kim.get(), &DeskBackend::contactChanged);
        const auto ready = wait<bool>(
            [&](DeskBackend::Reply<bool> reply) { kim->setState(AgentState::Ready, QString(), reply); });
        QVERIFY(ready && ready->ok());
        const qint64 chat = f.arriveChat();
        QVERIFY(chat > 0);
        QTRY_VERIFY(!changed.isEmpty());
        const auto offered = changed.last().first().value<ContactSummary>();
        QCOMPARE(offered.interactionId, chat);
        QCOMPARE(offered.state, InteractionState::Offered);
        const auto accepted =
            wait<bool>([&](DeskBackend::Reply<bool> reply) { kim->acceptOffer(chat, reply); });
        QVERIFY2(accepted && accepted->ok(),
                 accepted && !accepted->ok() ? qPrintable(accepted->error().message) : "no answer");

        // The server goes away. What was in flight fails at once with "disconnected"; so does a
        // request while the line is down.
        QSignalSpy lost(kim.get(), &DeskBackend::connectionLost);
        QSignalSpy restored(kim.get(), &DeskBackend::connectionRestored);
        f.server->close();
        QTRY_COMPARE(lost.count(), 1);
        const auto duringOutage = wait<QList<ContactSummary>>(
            [&](DeskBackend::Reply<QList<ContactSummary>> reply) { kim->myContacts(reply); });
        QVERIFY(duringOutage && !duringOutage->ok());
        QCOMPARE(duringOutage->error().code, QStringLiteral("disconnected"));
        QTRY_VERIFY(kim->reconnectAttempts() >= 2); // it keeps trying, by itself

        // Back on the same port: the backend reconnects, resumes the session and the contact is
        // still the agent's, connected.
        QVERIFY(!f.server->listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10'000);
        QCOMPARE(kim->session()->agentId, f.store.humanId);
        QCOMPARE(kim->reconnectAttempts(), 0);
        const auto mine = wait<QList<ContactSummary>>(
            [&](DeskBackend::Reply<QList<ContactSummary>> reply) { kim->myContacts(reply); });
        QVERIFY(mine && mine->ok());
        QCOMPARE(mine->value().size(), 1);
        QCOMPARE(mine->value().first().interactionId, chat);
        QCOMPARE(mine->value().first().state, InteractionState::Connected);
        // And it works as before: the contact can be ended.
        const auto ended = wait<bool>([&](DeskBackend::Reply<bool> reply) { kim->endContact(chat, reply); });
        QVERIFY(ended && ended->ok());
        QCOMPARE(f.centre->contact(chat)->state, InteractionState::WrapUp);
    }

    void theBackoffDoublesUpToItsLimitWithJitter()
    {
        // Nobody listens on this port (a server that was there and is gone).
        quint16 port = 0;
        {
            QWebSocketServer probe(QStringLiteral("probe"), QWebSocketServer::NonSecureMode);
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        auto backend = connectTo(QStringLiteral("ws://127.0.0.1:%1").arg(port));
        QList<int> delays;
        for (int attempt = 1; attempt <= 6; ++attempt) {
            QVERIFY(QTest::qWaitFor([&] { return backend->reconnectAttempts() == attempt; }, 10'000));
            delays.append(backend->nextRetryMs());
        }
        // 50, 100, 200, 400, 400, 400 ms, each with up to a quarter more.
        const QList<int> bases = {50, 100, 200, 400, 400, 400};
        for (int i = 0; i < delays.size(); ++i) {
            QVERIFY2(delays.at(i) >= bases.at(i) && delays.at(i) <= bases.at(i) * 5 / 4,
                     qPrintable(QStringLiteral("try %1 waited %2 ms").arg(i + 1).arg(delays.at(i))));
        }
        backend->close();
        QCOMPARE(backend->link(), RemoteBackend::Link::Offline);
        QCOMPARE(backend->nextRetryMs(), 0);
    }

    void aRevokedSessionEndsAtTheReconnectAndTheTokenIsDropped()
    {
        ServerFixture f;
        QVERIFY(f.setUp());
        const quint16 port = f.server->port();
        auto kim = connectTo(f.server->url());
        QVERIFY(connected(*kim));
        QSignalSpy tokens(kim.get(), &RemoteBackend::sessionTokenChanged);
        QVERIFY(signIn(*kim, QStringLiteral("kim")));
        QCOMPARE(tokens.count(), 1);
        const QString token = tokens.first().first().toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(kim->token(), token);

        QVERIFY(!f.authenticator->revoke(token)); // an admin ends it (a new password, a disabled user)
        QSignalSpy ended(kim.get(), &DeskBackend::sessionEnded);
        f.server->close();
        QVERIFY(!f.server->listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10'000);
        QVERIFY(!kim->session());
        QVERIFY(kim->token().isEmpty());
        QCOMPARE(tokens.count(), 2);
        QVERIFY(tokens.last().first().toString().isEmpty());
        // Connected, and a new sign-in works.
        QVERIFY(connected(*kim));
        QVERIFY(signIn(*kim, QStringLiteral("kim")));
    }

    void aSecondDesktopResumesWithTheToken()
    {
        ServerFixture f;
        QVERIFY(f.setUp());
        auto first = connectTo(f.server->url());
        QVERIFY(connected(*first));
        QVERIFY(signIn(*first, QStringLiteral("lee")));
        const QString token = first->token();
        first.reset(); // the desktop was closed; the token was kept (in the keychain)

        RemoteBackendOptions options;
        options.url = QUrl(f.server->url());
        RemoteBackend again(options);
        QSignalSpy restored(&again, &DeskBackend::connectionRestored);
        again.open(token);
        QTRY_COMPARE(restored.count(), 1);
        QVERIFY(again.session());
        QCOMPARE(again.session()->agentId, f.store.colleagueId);
    }

    void garbageFromTheServerIsIgnoredAndTheNextAnswerStillArrives()
    {
        OddServer odd;
        odd.onRequest = [](QWebSocket *socket, const QJsonObject &request) {
            // Not JSON, JSON that is no frame, an event whose payload has the wrong types, an
            // answer to an id nobody asked, a result whose value is malformed — then the answer.
            socket->sendTextMessage(QStringLiteral("{ this is not json"));
            socket->sendTextMessage(QStringLiteral("[1, 2, 3]"));
            socket->sendTextMessage(QStringLiteral(
                R"({"type":"event","event":"contact-changed","payload":{"interactionId":"abc","state":7}})"));
            socket->sendTextMessage(QStringLiteral(R"({"type":"result","id":999999,"payload":{}})"));
            const QJsonValue id = request.value(QLatin1String("id"));
            if (request.value(QLatin1String("type")) == QLatin1String("timeline-count")) {
                socket->sendTextMessage(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QLatin1String("type"), QLatin1String("result")},
                                              {QLatin1String("id"), id},
                                              {QLatin1String("payload"),
                                               QJsonObject{{QLatin1String("count"), QLatin1String("many")}}}})
                        .toJson()));
                return;
            }
            socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{QLatin1String("type"), QLatin1String("error")},
                                {QLatin1String("id"), id},
                                {QLatin1String("error"),
                                 QJsonObject{{QLatin1String("code"), QLatin1String("not-found")},
                                             {QLatin1String("message"), QLatin1String("No such customer")}}}})
                    .toJson()));
        };
        QVERIFY(odd.listen());
        auto backend = connectTo(odd.url());
        QVERIFY(connected(*backend));
        QSignalSpy changed(backend.get(), &DeskBackend::contactChanged);
        const auto customer =
            wait<Customer>([&](DeskBackend::Reply<Customer> reply) { backend->customer(42, reply); });
        QVERIFY(customer && !customer->ok());
        QCOMPARE(customer->error().code, QStringLiteral("not-found"));
        QCOMPARE(changed.count(), 0); // the malformed event was dropped, not half-read
        const auto count =
            wait<int>([&](DeskBackend::Reply<int> reply) { backend->timelineCount(42, {}, reply); });
        QVERIFY(count && !count->ok());
        QCOMPARE(count->error().code, QStringLiteral("bad-response"));
        QCOMPARE(backend->link(), RemoteBackend::Link::Connected);
    }

    // A supervisor's wallboard comes whole once, then as the rows that changed; what the desktop
    // puts together is the server's own snapshot, field for field.
    void theWallboardComesAsChangesAndAddsUpToTheServersOwn()
    {
        ServerFixture f;
        QVERIFY(f.setUp());
        auto boss = connectTo(f.server->url());
        QVERIFY(connected(*boss));
        QVERIFY(signIn(*boss, QStringLiteral("boss")));
        const auto fetch = [&] {
            return wait<WallboardSnapshot>(
                [&](DeskBackend::Reply<WallboardSnapshot> reply) { boss->wallboard(reply); });
        };
        const auto first = fetch();
        QVERIFY(first && first->ok());
        QVERIFY(first->value() == f.host->wallboard()->snapshot());
        QVERIFY(!first->value().agents.isEmpty());

        QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
        QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::NotReady, QStringLiteral("break")));
        f.clock.advanceBy(3'000);
        const auto second = fetch();
        QVERIFY(second && second->ok());
        QVERIFY(second->value() == f.host->wallboard()->snapshot());
        f.clock.advanceBy(60'000); // time alone: occupancy moves on, no row travels
        const auto third = fetch();
        QVERIFY(third && third->ok());
        QVERIFY(third->value() == f.host->wallboard()->snapshot());
        QVERIFY(third->value() != second->value());

        // Three at once: one request on the line at a time, every caller answered.
        QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::NotReady, QStringLiteral("lunch")));
        f.clock.advanceBy(1'000);
        QList<BackendResult<WallboardSnapshot>> answers;
        for (int i = 0; i < 3; ++i)
            boss->wallboard([&](const BackendResult<WallboardSnapshot> &answer) { answers.append(answer); });
        QTRY_COMPARE(answers.size(), 3);
        for (const auto &answer : std::as_const(answers)) {
            QVERIFY(answer.ok());
            QVERIFY(answer.value() == f.host->wallboard()->snapshot());
        }
    }

    // What the desktop asks a server with revisions, and what it does with an answer it cannot use.
    void theWallboardAsksWithItsRevisionAndStartsAgainAfterABadAnswer()
    {
        WallboardRevisions revisions;
        WallboardSnapshot snapshot;
        snapshot.nowMs = 1'000;
        WallboardAgent ana;
        ana.agentId = 3;
        ana.name = QStringLiteral("Ana");
        ana.activity = WallboardActivity::Ready;
        ana.timeToday = {0, 10'000, 0};
        ana.timeAsOfMs = 1'000;
        ana.occupancy = 0.0;
        WallboardAgent ben = ana;
        ben.agentId = 4;
        ben.name = QStringLiteral("Ben");
        snapshot.agents = {ana, ben};
        revisions.update(snapshot);

        QStringList asked; // the `since` of every wallboard request
        bool malformed = false;
        OddServer odd;
        odd.onRequest = [&](QWebSocket *socket, const QJsonObject &request) {
            const QString since =
                request.value(QLatin1String("payload")).toObject().value(QLatin1String("since")).toString();
            asked.append(since);
            QJsonObject payload =
                QJsonDocument::fromJson(malformed ? QByteArray(R"({"nowMs": 5, "removedAgentIds": "all"})")
                                                  : revisions.answer(since))
                    .object();
            socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QLatin1String("type"), QLatin1String("result")},
                                          {QLatin1String("id"), request.value(QLatin1String("id"))},
                                          {QLatin1String("payload"), payload}})
                    .toJson()));
        };
        QVERIFY(odd.listen());
        auto backend = connectTo(odd.url());
        QVERIFY(connected(*backend));
        const auto fetch = [&] {
            return wait<WallboardSnapshot>(
                [&](DeskBackend::Reply<WallboardSnapshot> reply) { backend->wallboard(reply); });
        };
        auto answer = fetch();
        QVERIFY(answer && answer->ok());
        QVERIFY(answer->value() == snapshot);
        QCOMPARE(asked, QStringList{QString()});

        // Ben goes busy; Ana's occupancy the desktop works out for the new time itself.
        const QString first = revisions.revision();
        snapshot.nowMs = 6'000;
        snapshot.agents[1].activity = WallboardActivity::Busy;
        snapshot.agents[1].timeToday = {0, 13'000, 0};
        snapshot.agents[1].timeAsOfMs = 4'000;
        snapshot.agents[1].occupancy = 2'000.0 / 15'000.0;
        snapshot.agents[0].occupancy = 0.0;
        revisions.update(snapshot);
        answer = fetch();
        QVERIFY(answer && answer->ok());
        QVERIFY(answer->value() == snapshot);
        QCOMPARE(asked.last(), first);

        // A malformed answer is an error, and the next request asks for the whole wallboard.
        malformed = true;
        answer = fetch();
        QVERIFY(answer && !answer->ok());
        QCOMPARE(answer->error().code, QStringLiteral("bad-response"));
        QVERIFY(answer->error().message.contains(QLatin1String("payload.removedAgentIds")));
        malformed = false;
        answer = fetch();
        QVERIFY(answer && answer->ok());
        QVERIFY(answer->value() == snapshot);
        QCOMPARE(asked.last(), QString());
    }

    void aRequestWithoutAnAnswerTimesOut()
    {
        OddServer silent; // answers the handshake, then nothing
        QVERIFY(silent.listen());
        auto backend = connectTo(silent.url(), 300);
        QVERIFY(connected(*backend));
        const auto answer =
            wait<Customer>([&](DeskBackend::Reply<Customer> reply) { backend->customer(1, reply); });
        QVERIFY(answer && !answer->ok());
        QCOMPARE(answer->error().code, QStringLiteral("timeout"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteBackend)

#include "tst_remotebackend.moc"

#include "../centre/centretestsupport.h"
#include "../coaching/recordingtestcontent.h"
#include "backend/centrehost.h"
#include "centre/contactcentre.h"
#include "coaching/recordingarchive.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingvault.h"
#include "domain/interaction.h"
#include "net/protocolserver.h"
#include "routing/virtualclock.h"
#include "security/auditlog.h"
#include "security/authenticator.h"
#include "security/passwordhasher.h"
#include "security/userrepository.h"
#include "servertestfixture.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "wstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace ContactDesk;
using namespace ContactDesk::CentreTest;

namespace {

using Fixture = NetTest::ServerFixture;
const QString Password = NetTest::ServerFixture::password();

// The test client with the sign-in these tests repeat.
class Client final
{
public:
    explicit Client(const QString &url, const QString &origin = QString())
        : m_client(url, origin)
        , socket(m_client.socket)
        , frames(m_client.frames)
    {}

    bool waitConnected() { return m_client.waitConnected(); }
    QJsonObject request(const QString &type, const QJsonObject &payload = {})
    {
        return m_client.request(type, payload);
    }
    QJsonObject event(const QString &name, const std::function<bool(const QJsonObject &)> &match)
    {
        return m_client.event(name, match);
    }
    static QString errorCode(const QJsonObject &frame) { return NetTest::WsTestClient::errorCode(frame); }

    bool signIn(const QString &login)
    {
        const QJsonObject hello = request(QStringLiteral("hello"), {{QLatin1String("protocol"), 1}});
        const QJsonObject answer =
            request(QStringLiteral("sign-in"),
                                   {{QLatin1String("login"), login}, {QLatin1String("password"), Password}});
        token = answer.value(QLatin1String("payload")).toObject().value(QLatin1String("token")).toString();
        return hello.value(QLatin1String("type")) == QLatin1String("result")
               && answer.value(QLatin1String("type")) == QLatin1String("result");
    }

private:
    NetTest::WsTestClient m_client;

public:
    QWebSocket &socket;
    QList<QJsonObject> &frames;
    QString token; // of the last sign-in
};

} // namespace

// The server's own rules, with Qt's WebSocket as the client (the independent client is
// tests/integration/protocol/ws_client.mjs).
class TestProtocolServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Coaching over the protocol follows the coaching rules, checked in core on the server: an
    // agent opens only their own recordings, a supervisor may export (audited, the content handed
    // over), bad payloads get typed errors and the connection goes on serving.
    void coachingFollowsTheRulesOverTheProtocol()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QTemporaryDir vault;
        QVERIFY(vault.isValid());
        f.host->setUpRecordings(
            vault.filePath(QStringLiteral("vault")),
                           RecordingKeyring::fromBytes(QByteArray(RecordingKeyring::KeyBytes, 'k')));
        QVERIFY(!f.host->recordingsUnavailable());
        auto store = [&](qint64 agentId) -> Recording {
            Interaction interaction =
                Interaction::create(Channel::Chat, Direction::Inbound, CentreTest::StartMs);
            interaction.agentId = agentId;
            if (InteractionRepository(*f.database).insert(interaction))
                return {};
            Recording recording;
            recording.agentId = agentId;
            recording.interactionId = interaction.id;
            recording.team = QStringLiteral("north");
            recording.queueId = QStringLiteral("sales");
            recording.channel = Channel::Chat;
            recording.kind = RecordingKind::Transcript;
            recording.startedMs = CentreTest::StartMs;
            recording.durationMs = 60'000;
            if (f.host->recordingArchive()->store(recording,
                                                  RecordingTestContent::transcript(interaction.id)))
                return {};
            return recording;
        };
        const Recording kims = store(f.store.humanId);
        const Recording lees = store(f.store.colleagueId);
        QVERIFY(kims.id > 0 && lees.id > 0);

        Client kim(f.server->url());
        QVERIFY(kim.waitConnected());
        QVERIFY(kim.signIn(QStringLiteral("kim")));
        const QJsonObject status =
            kim.request(QStringLiteral("coaching-status")).value(QLatin1String("payload")).toObject();
        QCOMPARE(status.value(QLatin1String("user")).toObject().value(QLatin1String("login")).toString(),
                 QStringLiteral("kim"));
        QCOMPARE(status.value(QLatin1String("user")).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("agent"));
        QVERIFY(status.value(QLatin1String("recordingsUnavailable")).isNull());

        // Kim's library holds only Kim's recording; Lee's may not be opened, and the refusal is audited.
        const QJsonObject page =
            kim.request(QStringLiteral("search-recordings"), {{QLatin1String("query"), QJsonObject{}}});
        QCOMPARE(page.value(QLatin1String("type")), QLatin1String("result"));
        const QJsonArray found = page.value(QLatin1String("payload"))
                                     .toObject()
                                     .value(QLatin1String("page"))
                                     .toObject()
                                     .value(QLatin1String("recordings"))
                                     .toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(QLatin1String("id")).toInteger(), kims.id);
        QCOMPARE(Client::errorCode(
            kim.request(QStringLiteral("open-recording"), {{QLatin1String("recordingId"), lees.id}})),
            QStringLiteral("forbidden"));
        const QJsonObject opened =
            kim.request(QStringLiteral("open-recording"), {{QLatin1String("recordingId"), kims.id}});
        QCOMPARE(opened.value(QLatin1String("type")), QLatin1String("result"));
        const QByteArray content = QByteArray::fromBase64(opened.value(QLatin1String("payload"))
                                                              .toObject()
                                                              .value(QLatin1String("recording"))
                                                              .toObject()
                                                              .value(QLatin1String("contentBase64"))
                                                              .toString()
                                                              .toLatin1());
        QCOMPARE(content, RecordingTestContent::transcript(kims.interactionId));
        // An agent neither exports nor evaluates.
        QCOMPARE(Client::errorCode(
            kim.request(QStringLiteral("export-recording"), {{QLatin1String("recordingId"), kims.id}})),
            QStringLiteral("forbidden"));
        QCOMPARE(Client::errorCode(kim.request(QStringLiteral("audit-entries"))),
                                   QStringLiteral("forbidden"));

        // Malformed payloads: typed errors, and the connection still serves.
        QCOMPARE(Client::errorCode(kim.request(
            QStringLiteral("open-recording"), {{QLatin1String("recordingId"), QStringLiteral("7")}})),
                                   QStringLiteral("wrong-field-type"));
        QCOMPARE(Client::errorCode(kim.request(
            QStringLiteral("search-recordings"),
                {{QLatin1String("query"),
                  QJsonObject{{QLatin1String("channels"), QJsonArray{QStringLiteral("carrier-pigeon")}}}}})),
                                   QStringLiteral("invalid-value"));
        QCOMPARE(Client::errorCode(
            kim.request(QStringLiteral("delete-recording"), {{QLatin1String("recordingId"), kims.id}})),
            QStringLiteral("missing-field"));
        QCOMPARE(kim.request(QStringLiteral("coaching-status")).value(QLatin1String("type")),
                             QLatin1String("result"));

        // The supervisor exports Lee's recording: the content comes back, the log says where to.
        Client boss(f.server->url());
        QVERIFY(boss.waitConnected());
        QVERIFY(boss.signIn(QStringLiteral("boss")));
        const QJsonObject exported = boss.request(
            QStringLiteral("export-recording"),
                           {{QLatin1String("recordingId"), lees.id},
                            {QLatin1String("destination"), QStringLiteral("/home/boss/lee-chat.json")}});
        QCOMPARE(exported.value(QLatin1String("type")), QLatin1String("result"));
        QCOMPARE(QByteArray::fromBase64(exported.value(QLatin1String("payload"))
                                            .toObject()
                                            .value(QLatin1String("contentBase64"))
                                            .toString()
                                            .toLatin1()),
                 RecordingTestContent::transcript(lees.interactionId));
        AuditFilter filter;
        filter.resource = Recording::auditResourceOf(lees.id);
        auto entries = AuditLog(*f.database).entries(filter, 10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2); // Kim's refused playback, the boss's export
        QCOMPARE(entries->at(0).login, QStringLiteral("boss"));
        QCOMPARE(entries->at(0).action, QStringLiteral("recording.export"));
        QVERIFY(entries->at(0).detail.contains(QStringLiteral("/home/boss/lee-chat.json")));
        QCOMPARE(entries->at(1).login, QStringLiteral("kim"));
        QCOMPARE(entries->at(1).outcome, QStringLiteral("denied"));
        // Deleting is an admin's, not a supervisor's.
        QCOMPARE(Client::errorCode(boss.request(
            QStringLiteral("delete-recording"), {{QLatin1String("recordingId"), lees.id},
                                                 {QLatin1String("reason"), QStringLiteral("tidy")}})),
                                   QStringLiteral("forbidden"));
    }

    void anAgentCannotAnswerAnotherAgentsOffer()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client kim(f.server->url());
        Client lee(f.server->url());
        QVERIFY(kim.waitConnected() && lee.waitConnected());
        QVERIFY(kim.signIn(QStringLiteral("kim")));
        QVERIFY(lee.signIn(QStringLiteral("lee")));
        QCOMPARE(lee.request(QStringLiteral("set-state"), {{QLatin1String("state"), QLatin1String("ready")}})
                                 .value(QLatin1String("type")),
                             QLatin1String("result"));
        const qint64 contact = f.arriveChat();
        QVERIFY(contact > 0);
        const QJsonObject offer =
            lee.event(QStringLiteral("contact-changed"), [&](const QJsonObject &payload) {
                return payload.value(QLatin1String("interactionId")).toInteger() == contact
                       && payload.value(QLatin1String("state")) == QLatin1String("offered");
            });
        QVERIFY(!offer.isEmpty());
        QCOMPARE(offer.value(QLatin1String("agentId")).toInteger(), f.store.colleagueId);
        // Kim is told nothing of it, and may not take it.
        for (const QJsonObject &frame : std::as_const(kim.frames))
            QVERIFY(frame.value(QLatin1String("event")) != QLatin1String("contact-changed"));
        const QJsonObject stolen =
            kim.request(QStringLiteral("accept-offer"), {{QLatin1String("interactionId"), contact}});
        QCOMPARE(Client::errorCode(stolen), QStringLiteral("forbidden"));
        QCOMPARE(f.centre->contact(contact)->state, InteractionState::Offered);
        const QJsonObject accepted =
            lee.request(QStringLiteral("accept-offer"), {{QLatin1String("interactionId"), contact}});
        QCOMPARE(accepted.value(QLatin1String("type")), QLatin1String("result"));
        QCOMPARE(f.centre->contact(contact)->state, InteractionState::Connected);
        // The wallboard is a supervisor's.
        QCOMPARE(Client::errorCode(kim.request(QStringLiteral("wallboard"))), QStringLiteral("forbidden"));
        Client boss(f.server->url());
        QVERIFY(boss.waitConnected());
        QVERIFY(boss.signIn(QStringLiteral("boss")));
        const QJsonObject wallboard = boss.request(QStringLiteral("wallboard"));
        QCOMPARE(wallboard.value(QLatin1String("type")), QLatin1String("result"));
        bool leeOnIt = false;
        for (const QJsonValue &agent :
             wallboard.value(QLatin1String("payload")).toObject().value(QLatin1String("agents")).toArray())
            leeOnIt = leeOnIt || agent.toObject().value(QLatin1String("contactId")).toInteger() == contact;
        QVERIFY(leeOnIt);

        // Asked again with the revision the boss has: only Lee's row, who ended the chat since.
        const QJsonObject whole = wallboard.value(QLatin1String("payload")).toObject();
        const QString revision = whole.value(QLatin1String("revision")).toString();
        QVERIFY(!revision.isEmpty());
        QVERIFY(!whole.contains(QLatin1String("since")));
        QCOMPARE(lee.request(QStringLiteral("end-contact"), {{QLatin1String("interactionId"), contact}})
                                 .value(QLatin1String("type")),
                             QLatin1String("result"));
        const QJsonObject changes =
            boss.request(QStringLiteral("wallboard"), {{QLatin1String("since"), revision}})
                             .value(QLatin1String("payload"))
                             .toObject();
        QCOMPARE(changes.value(QLatin1String("since")).toString(), revision);
        QVERIFY(changes.value(QLatin1String("revision")).toString() != revision);
        const QJsonArray changed = changes.value(QLatin1String("agents")).toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().toObject().value(QLatin1String("agentId")).toInteger(), f.store.colleagueId);
        QCOMPARE(changed.first().toObject().value(QLatin1String("activity")),
                 QLatin1String("after-call-work"));
        QCOMPARE(changes.value(QLatin1String("removedAgentIds")).toArray().size(), 0);
        QCOMPARE(changes.value(QLatin1String("queues")).toArray().size(),
                 whole.value(QLatin1String("queues")).toArray().size());
        // A revision this server never gave is no error: the whole wallboard again.
        const QJsonObject again = boss.request(
            QStringLiteral("wallboard"), {{QLatin1String("since"), QStringLiteral("elsewhere.3")}})
                                             .value(QLatin1String("payload"))
                                             .toObject();
        QVERIFY(!again.contains(QLatin1String("since")));
        QCOMPARE(again.value(QLatin1String("agents")).toArray().size(),
                 whole.value(QLatin1String("agents")).toArray().size());
        QCOMPARE(Client::errorCode(boss.request(QStringLiteral("wallboard"), {{QLatin1String("since"), 41}})),
                                   QStringLiteral("wrong-field-type"));
    }

    // A message far over Qt's 512 KiB frame, in Korean: it leaves as one frame. Cut into frames at
    // byte boundaries, as Qt WebSockets 6.4 does by default, a frame ends inside a character and
    // Qt's receiver closes the connection (1007) instead (net/websocketframes.h).
    void aLargeKoreanMessageArrivesWhole()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client kim(f.server->url());
        QVERIFY(kim.waitConnected());
        QVERIFY(kim.signIn(QStringLiteral("kim")));
        QCOMPARE(kim.request(QStringLiteral("set-state"), {{QLatin1String("state"), QLatin1String("ready")}})
                                 .value(QLatin1String("type")),
                             QLatin1String("result"));
        const qint64 contact = f.arriveChat();
        QVERIFY(contact > 0);
        QVERIFY(!kim.event(QStringLiteral("contact-changed"), [&](const QJsonObject &payload) {
                               return payload.value(QLatin1String("interactionId")).toInteger() == contact
                                      && payload.value(QLatin1String("state")) == QLatin1String("offered");
                           }).isEmpty());
        QCOMPARE(kim.request(QStringLiteral("accept-offer"), {{QLatin1String("interactionId"), contact}})
                                 .value(QLatin1String("type")),
                             QLatin1String("result"));
        // 3 bytes a character, an ASCII one every seventh: every frame boundary of 512 KiB would
        // fall inside a character two times in three.
        QString body;
        for (int i = 0; i < 400'000; ++i)
            body += i % 7 == 0 ? QChar(u' ') : QChar(u'가' + i % 50);
        QVERIFY(body.toUtf8().size() > 800 * 1024);
        QVERIFY(f.centre->customerMessage(contact, QString(), body).ok());
        const QJsonObject received =
            kim.event(QStringLiteral("message-received"), [&](const QJsonObject &payload) {
                return payload.value(QLatin1String("message"))
                           .toObject()
                           .value(QLatin1String("interactionId"))
                           .toInteger()
                       == contact;
            });
        QVERIFY2(!received.isEmpty(), qPrintable(kim.socket.closeReason()));
        QCOMPARE(received.value(QLatin1String("message")).toObject().value(QLatin1String("body")).toString(),
                 body);
        QCOMPARE(kim.socket.state(), QAbstractSocket::ConnectedState);
    }

    // Passwords are verified off the event loop, one sign-in per connection at a time: a second
    // one sent before the first is answered is refused, and the first still opens its session.
    void aSecondSignInWhileTheFirstIsCheckedIsRefused()
    {
        Fixture f;
        QVERIFY(f.setUp());
        NetTest::WsTestClient kim(f.server->url());
        QVERIFY(kim.waitConnected());
        QCOMPARE(kim.request(
            QStringLiteral("hello"), {{QLatin1String("protocol"), 1}}).value(QLatin1String("type")),
            QLatin1String("result"));
        const auto signIn = [&](int id) {
            const QJsonObject frame{
                {QLatin1String("type"), QLatin1String("sign-in")},
                {QLatin1String("id"), id},
                {QLatin1String("payload"), QJsonObject{{QLatin1String("login"), QLatin1String("kim")},
                                                       {QLatin1String("password"), Password}}}};
            kim.socket.sendTextMessage(
                QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        };
        signIn(1001);
        signIn(1002);
        const QJsonObject first = kim.answerTo(1001);
        const QJsonObject second = kim.answerTo(1002);
        QCOMPARE(first.value(QLatin1String("type")), QLatin1String("result"));
        QVERIFY(!first.value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("token"))
                     .toString()
                     .isEmpty());
        QCOMPARE(NetTest::WsTestClient::errorCode(second), QStringLiteral("rate-limited"));
        // Signed in: a desk request works.
        QCOMPARE(kim.request(QStringLiteral("my-contacts")).value(QLatin1String("type")),
                             QLatin1String("result"));
    }

    void requestsBeforeSignInAndAfterExpiryAreRefused()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client kim(f.server->url());
        QVERIFY(kim.waitConnected());
        QCOMPARE(Client::errorCode(kim.request(QStringLiteral("my-contacts"))),
                                   QStringLiteral("handshake-required"));
        QCOMPARE(kim.request(
            QStringLiteral("hello"), {{QLatin1String("protocol"), 1}}).value(QLatin1String("type")),
            QLatin1String("result"));
        QCOMPARE(Client::errorCode(kim.request(QStringLiteral("my-contacts"))),
                                   QStringLiteral("not-signed-in"));
        const QJsonObject signIn =
            kim.request(QStringLiteral("sign-in"), {{QLatin1String("login"), QLatin1String("KIM")},
                                                    {QLatin1String("password"), Password}});
        QCOMPARE(signIn.value(QLatin1String("type")), QLatin1String("result"));
        const QString token =
            signIn.value(QLatin1String("payload")).toObject().value(QLatin1String("token")).toString();
        QCOMPARE(kim.request(QStringLiteral("my-contacts")).value(QLatin1String("type")),
                             QLatin1String("result"));

        // Twelve hours later the session is over; the token no longer resumes.
        f.wallNowMs += Authenticator::DefaultSessionLifetimeMs;
        QCOMPARE(Client::errorCode(kim.request(QStringLiteral("my-contacts"))),
                                   QStringLiteral("session-expired"));
        QCOMPARE(Client::errorCode(kim.request(QStringLiteral("resume"), {{QLatin1String("token"), token}})),
                                   QStringLiteral("session-expired"));
    }

    // A disabled account loses its open connection's session at the next request.
    void aDisabledUserIsStoppedAtOnce()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client kim(f.server->url());
        QVERIFY(kim.waitConnected());
        QVERIFY(kim.signIn(QStringLiteral("kim")));
        QCOMPARE(kim.request(QStringLiteral("my-contacts")).value(QLatin1String("type")),
                             QLatin1String("result"));
        UserRepository users(*f.database);
        const auto kimUser = users.findByLogin(QStringLiteral("kim"));
        QVERIFY(kimUser);
        QVERIFY(!users.setDisabled(kimUser->id, true));
        QCOMPARE(Client::errorCode(kim.request(QStringLiteral("my-contacts"))),
                                   QStringLiteral("session-invalid"));
        QCOMPARE(Client::errorCode(kim.request(QStringLiteral("my-contacts"))),
                                   QStringLiteral("not-signed-in"));
    }

    void resumeKeepsTheAgentsContacts()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QString token;
        qint64 contact = 0;
        {
            Client lee(f.server->url());
            QVERIFY(lee.waitConnected());
            QVERIFY(lee.signIn(QStringLiteral("lee")));
            token = lee.token;
            lee.request(QStringLiteral("set-state"), {{QLatin1String("state"), QLatin1String("ready")}});
            contact = f.arriveChat();
            QVERIFY(!lee.event(
                QStringLiteral("contact-changed"), [](const QJsonObject &) { return true; }).isEmpty());
            QCOMPARE(lee.request(QStringLiteral("accept-offer"), {{QLatin1String("interactionId"), contact}})
                                     .value(QLatin1String("type")),
                                 QLatin1String("result"));
            lee.socket.abort(); // the network drops
        }
        QTRY_COMPARE(f.server->connectionCount(), 0);
        QCOMPARE(f.centre->contact(contact)->state, InteractionState::Connected);
        Client again(f.server->url());
        QVERIFY(again.waitConnected());
        again.request(QStringLiteral("hello"), {{QLatin1String("protocol"), 1}});
        const QJsonObject resumed =
            again.request(QStringLiteral("resume"), {{QLatin1String("token"), token}});
        QCOMPARE(resumed.value(QLatin1String("type")), QLatin1String("result"));
        const QJsonArray contacts = again.request(QStringLiteral("my-contacts"))
                                                      .value(QLatin1String("payload"))
                                                      .toObject()
                                                      .value(QLatin1String("contacts"))
                                                      .toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().toObject().value(QLatin1String("interactionId")).toInteger(), contact);
        QCOMPARE(contacts.first().toObject().value(QLatin1String("state")), QLatin1String("connected"));
    }

    // An agent gone longer than the grace period is logged out, and the contact offered to them
    // goes back to the queue in its place (ahead of the one that came after it). Back in time,
    // nothing changes.
    void anAgentGoneLongerThanTheGraceIsLoggedOut()
    {
        Fixture f;
        ProtocolServerOptions options;
        options.reconnectGraceSeconds = 5;
        QVERIFY(f.setUp(options));
        const qint64 first = f.arriveChat();
        f.clock.advanceBy(2 * SecondMs);
        const qint64 second = f.arriveChat();
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(f.centre->engine().waitingContacts(QStringLiteral("sales")), (QList<qint64>{first, second}));

        auto lee = std::make_unique<Client>(f.server->url());
        QVERIFY(lee->waitConnected());
        QVERIFY(lee->signIn(QStringLiteral("lee")));
        lee->request(QStringLiteral("set-state"), {{QLatin1String("state"), QLatin1String("ready")}});
        QTRY_COMPARE(f.centre->contact(first)->state, InteractionState::Offered);
        QCOMPARE(f.centre->contact(first)->agentId, f.store.colleagueId);

        // Dropped, and back within the grace: still Ready, the offer still theirs.
        lee->socket.abort();
        QTRY_COMPARE(f.server->agentsInGrace(), QList<qint64>{f.store.colleagueId});
        f.clock.advanceBy(3 * SecondMs);
        Client back(f.server->url());
        QVERIFY(back.waitConnected());
        back.request(QStringLiteral("hello"), {{QLatin1String("protocol"), 1}});
        QCOMPARE(back.request(
            QStringLiteral("resume"), {{QLatin1String("token"), lee->token}}).value(QLatin1String("type")),
            QLatin1String("result"));
        QVERIFY(f.server->agentsInGrace().isEmpty());
        f.clock.advanceBy(3 * SecondMs);
        QCOMPARE(f.centre->agentStatus(f.store.colleagueId).state, AgentState::Ready);
        QCOMPARE(f.centre->contact(first)->state, InteractionState::Offered);

        // Gone for good: after the grace the agent is logged out and the offer is back in its place.
        back.socket.abort();
        QTRY_COMPARE(f.server->agentsInGrace(), QList<qint64>{f.store.colleagueId});
        f.clock.advanceBy(4 * SecondMs);
        QCOMPARE(f.centre->agentStatus(f.store.colleagueId).state, AgentState::Ready);
        f.clock.advanceBy(1 * SecondMs);
        QCOMPARE(f.centre->agentStatus(f.store.colleagueId).state, AgentState::LoggedOut);
        QCOMPARE(f.centre->contact(first)->state, InteractionState::Queued);
        QCOMPARE(f.centre->engine().waitingContacts(QStringLiteral("sales")), (QList<qint64>{first, second}));
        QVERIFY(f.server->agentsInGrace().isEmpty());
    }

    void aBurstOverTheRateIsRefusedNotCarriedOut()
    {
        Fixture f;
        ProtocolServerOptions options;
        options.requestsPerSecond = 1;
        options.rateBurst = 3;
        QVERIFY(f.setUp(options));
        Client client(f.server->url());
        QVERIFY(client.waitConnected());
        QCOMPARE(client.request(
            QStringLiteral("hello"), {{QLatin1String("protocol"), 1}}).value(QLatin1String("type")),
            QLatin1String("result")); // one of the three
        const QByteArray ping = R"({"type":"ping","id":%1})";
        for (int id = 101; id <= 106; ++id)
            client.socket.sendTextMessage(QString::fromLatin1(ping).arg(id));
        QTRY_COMPARE(client.frames.size(), 7);
        int limited = 0;
        for (const QJsonObject &frame : std::as_const(client.frames)) {
            const qint64 id = frame.value(QLatin1String("id")).toInteger();
            if (Client::errorCode(frame) == QLatin1String("rate-limited")) {
                ++limited;
                QVERIFY(id > 102); // the rest of the burst went through
            } else {
                QCOMPARE(frame.value(QLatin1String("type")), QLatin1String("result"));
            }
        }
        QCOMPARE(limited, 4);
        // Not a protocol error: the connection stays, and serves again once the bucket refills.
        QTest::qWait(1100);
        QCOMPARE(client.request(QStringLiteral("ping")).value(QLatin1String("type")),
                                QLatin1String("result"));
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }

    // A peer that completed the handshake and then went silent (no frames, no pongs) is dropped
    // after three heartbeat intervals; one that answers pings stays.
    void aSilentPeerIsDroppedByTheHeartbeat()
    {
        Fixture f;
        ProtocolServerOptions options;
        options.heartbeatSeconds = 1;
        QVERIFY(f.setUp(options));
        Client answering(f.server->url());
        QVERIFY(answering.waitConnected());
        // A raw TCP peer: the WebSocket upgrade by hand, then nothing, not even a pong.
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, f.server->port());
        QVERIFY(silent.waitForConnected(5000));
        silent.write(
            QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                                       "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                       "Sec-WebSocket-Version: 13\r\n\r\n"));
        QVERIFY(QTest::qWaitFor([&] { return silent.bytesAvailable() > 0 || silent.waitForReadyRead(100); },
                                5000));
        QVERIFY(silent.readAll().startsWith("HTTP/1.1 101"));
        QTRY_COMPARE(f.server->connectionCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(f.server->connectionCount(), 1, 10000);
        QCOMPARE(answering.socket.state(), QAbstractSocket::ConnectedState);
        QTRY_VERIFY_WITH_TIMEOUT(
            silent.state() == QAbstractSocket::UnconnectedState || silent.waitForDisconnected(100), 5000);
    }

    void browsersOnlyFromAllowedOrigins()
    {
        Fixture f;
        ProtocolServerOptions options;
        options.allowedOrigins = {QStringLiteral("https://desk.example.com")};
        QVERIFY(f.setUp(options));
        Client evil(f.server->url(), QStringLiteral("https://evil.example.net"));
        QSignalSpy closed(&evil.socket, &QWebSocket::disconnected);
        QVERIFY(QTest::qWaitFor(
            [&] { return !closed.isEmpty() || evil.socket.state() == QAbstractSocket::ConnectedState; },
            5000));
        QVERIFY(evil.socket.state() != QAbstractSocket::ConnectedState);
        Client desk(f.server->url(), QStringLiteral("https://desk.example.com"));
        QVERIFY(desk.waitConnected());
        Client noOrigin(f.server->url());
        QVERIFY(noOrigin.waitConnected());
    }
};

QTEST_GUILESS_MAIN(TestProtocolServer)
#include "tst_protocolserver.moc"

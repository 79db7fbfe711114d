#include "../centre/centretestsupport.h"
#include "centre/contactcentre.h"
#include "net/ctigateway.h"
#include "routing/virtualclock.h"
#include "store/database.h"
#include "wstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace ContactDesk;
using namespace ContactDesk::CentreTest;

namespace {

const QString ApiKey = QStringLiteral("cti-test-key-0123456789");

// The gateway: the test client with the API-key hello.
class Client final
{
public:
    explicit Client(const QString &url)
        : m_client(url)
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

    bool greet(const QString &key = ApiKey)
    {
        return request(QStringLiteral("hello"),
                                      {{QLatin1String("protocol"), 1}, {QLatin1String("apiKey"), key}})
                           .value(QLatin1String("type"))
                       == QLatin1String("result");
    }

private:
    NetTest::WsTestClient m_client;

public:
    QWebSocket &socket;
    QList<QJsonObject> &frames;
};

} // namespace

// The CTI gateway endpoint with Qt's WebSocket as the gateway: calls reported by the switch are
// matched to customers and routed; the centre's commands for them go back to the switch.
class TestCtiGateway : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Store store;
        std::unique_ptr<Database> database;
        VirtualClock clock{StartMs};
        std::unique_ptr<ContactCentre> centre;
        std::unique_ptr<CtiGateway> gateway;

        bool setUp()
        {
            if (store.create())
                return false;
            database = store.open();
            centre = std::make_unique<ContactCentre>(*database, clock);
            if (!database || centre->start())
                return false;
            CtiGatewayOptions options;
            options.apiKey = ApiKey;
            options.queueByDialledNumber = {{QStringLiteral("+8215880000"), QStringLiteral("billing")}};
            options.defaultQueueId = QStringLiteral("sales");
            gateway = std::make_unique<CtiGateway>(*centre, options);
            return !gateway->listen(QHostAddress::LocalHost, 0);
        }
    };

private Q_SLOTS:
    void aWrongKeyIsRefusedAndClosed()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client intruder(f.gateway->url());
        QVERIFY(intruder.waitConnected());
        QCOMPARE(Client::errorCode(
            intruder.request(QStringLiteral("call-ringing"),
                                            {{QLatin1String("callId"), QLatin1String("c1")},
                                             {QLatin1String("from"), QLatin1String("010-1234-0001")}})),
            QStringLiteral("handshake-required"));
        QSignalSpy closed(&intruder.socket, &QWebSocket::disconnected);
        QVERIFY(!intruder.greet(QStringLiteral("not the key")));
        QVERIFY(closed.wait(5000) || !closed.isEmpty());
        QVERIFY(f.centre->engine().waitingContacts(QStringLiteral("sales")).isEmpty());
    }

    void aCallIsMatchedRoutedConnectedSupervisedAndEnded()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));

        // The caller's number as the switch shows it (national format): normalized and matched.
        const QJsonObject ringing = gateway.request(
            QStringLiteral("call-ringing"), {{QLatin1String("callId"), QLatin1String("sw-1001")},
                                             {QLatin1String("from"), QLatin1String("010-1234-0001")},
                                             {QLatin1String("to"), QLatin1String("+8225550000")}});
        QCOMPARE(ringing.value(QLatin1String("type")), QLatin1String("result"));
        const QJsonObject answer = ringing.value(QLatin1String("payload")).toObject();
        const qint64 interactionId = answer.value(QLatin1String("interactionId")).toInteger();
        QVERIFY(interactionId > 0);
        QCOMPARE(answer.value(QLatin1String("customerId")).toInteger(), f.store.koreanCustomerId);
        QCOMPARE(answer.value(QLatin1String("from")).toString(), f.store.koreanPhone);
        QCOMPARE(answer.value(QLatin1String("queueId")).toString(), QStringLiteral("sales"));
        QCOMPARE(f.centre->contact(interactionId)->state, InteractionState::Offered);
        QCOMPARE(f.centre->contact(interactionId)->agentId, f.store.humanId);
        // Told twice: the same call, nothing new.
        const QJsonObject again = gateway.request(
            QStringLiteral("call-ringing"), {{QLatin1String("callId"), QLatin1String("sw-1001")},
                                             {QLatin1String("from"), QLatin1String("010-1234-0001")}});
        QCOMPARE(again.value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("interactionId"))
                     .toInteger(),
                 interactionId);

        // The agent accepts on the desk: the switch is told to connect the call to them.
        QVERIFY(!f.centre->acceptOffer(f.store.humanId, interactionId));
        const QJsonObject connect =
            gateway.event(QStringLiteral("connect-call"), [](const QJsonObject &) { return true; });
        QCOMPARE(connect.value(QLatin1String("callId")).toString(), QStringLiteral("sw-1001"));
        QCOMPARE(connect.value(QLatin1String("agentId")).toInteger(), f.store.humanId);

        // Held on the desk: a command; held at the phone: reported, no command back.
        QVERIFY(!f.centre->hold(f.store.humanId, interactionId));
        QVERIFY(
            !gateway.event(QStringLiteral("hold-call"), [](const QJsonObject &) { return true; }).isEmpty());
        QVERIFY(!f.centre->resume(f.store.humanId, interactionId));
        QVERIFY(!gateway.event(
            QStringLiteral("retrieve-call"), [](const QJsonObject &) { return true; }).isEmpty());
        const qsizetype framesBefore = gateway.frames.size();
        QCOMPARE(gateway.request(QStringLiteral("call-held"),
                                                {{QLatin1String("callId"), QLatin1String("sw-1001")}})
                                     .value(QLatin1String("type")),
                                 QLatin1String("result"));
        QCOMPARE(f.centre->contact(interactionId)->state, InteractionState::Held);
        QCOMPARE(gateway.frames.size(), framesBefore + 1); // the answer only
        gateway.request(QStringLiteral("call-retrieved"),
                                       {{QLatin1String("callId"), QLatin1String("sw-1001")}});
        QCOMPARE(f.centre->contact(interactionId)->state, InteractionState::Connected);

        // A supervisor barges in: the command goes to the switch, which confirms it.
        QVERIFY(!f.centre->superviseCall(f.store.humanId, SupervisionMode::Barge, QStringLiteral("Boss")));
        const QJsonObject supervise =
            gateway.event(QStringLiteral("supervise-call"), [](const QJsonObject &) { return true; });
        QCOMPARE(supervise.value(QLatin1String("mode")).toString(), QStringLiteral("barge"));
        QCOMPARE(supervise.value(QLatin1String("supervisorName")).toString(), QStringLiteral("Boss"));
        QCOMPARE(f.centre->contact(interactionId)->supervision, SupervisionMode::None);
        gateway.request(QStringLiteral("supervision-applied"),
                                       {{QLatin1String("callId"), QLatin1String("sw-1001")},
                                        {QLatin1String("mode"), QLatin1String("barge")}});
        QCOMPARE(f.centre->contact(interactionId)->supervision, SupervisionMode::Barge);

        // The customer hangs up: the agent is in wrap-up.
        QCOMPARE(gateway.request(QStringLiteral("call-ended"),
                                                {{QLatin1String("callId"), QLatin1String("sw-1001")}})
                                     .value(QLatin1String("type")),
                                 QLatin1String("result"));
        QCOMPARE(f.centre->contact(interactionId)->state, InteractionState::WrapUp);
        QCOMPARE(Client::errorCode(gateway.request(QStringLiteral("call-ended"), {{QLatin1String("callId"), QLatin1String("sw-1001")}})),
                                   QStringLiteral("unknown-call"));
    }

    void aTransferOnTheDeskMovesTheCallAtTheSwitch()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        QVERIFY(!f.centre->setAgentState(f.store.humanId, AgentState::Ready));
        const QJsonObject ringing = gateway.request(
            QStringLiteral("call-ringing"), {{QLatin1String("callId"), QLatin1String("sw-2001")},
                                             {QLatin1String("from"), QLatin1String("010-1234-0001")}});
        const qint64 interactionId = ringing.value(QLatin1String("payload"))
                                         .toObject()
                                         .value(QLatin1String("interactionId"))
                                         .toInteger();
        QVERIFY(interactionId > 0);
        QVERIFY(!f.centre->acceptOffer(f.store.humanId, interactionId));
        QVERIFY(!gateway.event(
            QStringLiteral("connect-call"), [](const QJsonObject &) { return true; }).isEmpty());

        // Blind to billing (which the agent does not serve) while the colleague is not ready: the
        // caller is parked at the switch; when the colleague takes it, the switch moves it to
        // their extension.
        QVERIFY(!f.centre->transferToQueue(f.store.humanId, interactionId, QStringLiteral("billing")));
        const QJsonObject park =
            gateway.event(QStringLiteral("park-call"), [](const QJsonObject &) { return true; });
        QCOMPARE(park.value(QLatin1String("callId")).toString(), QStringLiteral("sw-2001"));
        QCOMPARE(park.value(QLatin1String("queueId")).toString(), QStringLiteral("billing"));
        QCOMPARE(park.value(QLatin1String("fromAgentId")).toInteger(), f.store.humanId);
        QVERIFY(!f.centre->setAgentState(f.store.colleagueId, AgentState::Ready));
        QTRY_COMPARE(f.centre->contact(interactionId)->agentId, f.store.colleagueId);
        QVERIFY(!f.centre->acceptOffer(f.store.colleagueId, interactionId));
        const QJsonObject transfer =
            gateway.event(QStringLiteral("transfer-call"), [](const QJsonObject &) { return true; });
        QCOMPARE(transfer.value(QLatin1String("callId")).toString(), QStringLiteral("sw-2001"));
        QCOMPARE(transfer.value(QLatin1String("agentId")).toInteger(), f.store.colleagueId);
        QCOMPARE(transfer.value(QLatin1String("fromAgentId")).toInteger(), f.store.humanId);
        QCOMPARE(transfer.value(QLatin1String("extension")).toString(),
                 f.centre->agent(f.store.colleagueId)->extension);
        // No second connect-call: the switch moves the call, it does not ring anew.
        int connects = 0;
        for (const QJsonObject &frame : std::as_const(gateway.frames))
            connects += frame.value(QLatin1String("event")) == QLatin1String("connect-call") ? 1 : 0;
        QCOMPARE(connects, 1);
    }

    void aCallerWhoHangsUpInTheQueueAbandonsAndTheDialledNumberPicksTheQueue()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        const QJsonObject ringing = gateway.request(
            QStringLiteral("call-ringing"), {{QLatin1String("callId"), QLatin1String("sw-2")},
                                             {QLatin1String("from"), QLatin1String("+1 (212) 555-0101")},
                                             {QLatin1String("to"), QLatin1String("+8215880000")}});
        const QJsonObject answer = ringing.value(QLatin1String("payload")).toObject();
        QCOMPARE(answer.value(QLatin1String("queueId")).toString(), QStringLiteral("billing"));
        QCOMPARE(answer.value(QLatin1String("outcome")).toString(), QStringLiteral("queued"));
        QCOMPARE(answer.value(QLatin1String("customerId")).toInteger(), f.store.englishCustomerId);
        const qint64 interactionId = answer.value(QLatin1String("interactionId")).toInteger();
        f.clock.advanceBy(30 * SecondMs);
        gateway.request(QStringLiteral("call-ended"), {{QLatin1String("callId"), QLatin1String("sw-2")}});
        QCOMPARE(f.centre->contact(interactionId).has_value(), false); // gone from the live centre
        QVERIFY(f.centre->engine().waitingContacts(QStringLiteral("billing")).isEmpty());
        // Garbage gets typed errors and the gateway is still served.
        QCOMPARE(Client::errorCode(
            gateway.request(QStringLiteral("call-ringing"), {{QLatin1String("callId"), 7}})),
            QStringLiteral("wrong-field-type"));
        QCOMPARE(Client::errorCode(gateway.request(QStringLiteral("call-exploded"))),
                                   QStringLiteral("unknown-type"));
        QCOMPARE(gateway.request(QStringLiteral("call-ringing"),
                                                {{QLatin1String("callId"), QLatin1String("sw-3")},
                                                 {QLatin1String("from"), QLatin1String("01012340001")}})
                                     .value(QLatin1String("type")),
                                 QLatin1String("result"));
    }
};

QTEST_GUILESS_MAIN(TestCtiGateway)
#include "tst_ctigateway.moc"

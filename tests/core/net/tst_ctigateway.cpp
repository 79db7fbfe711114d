#include "../centre/centretestsupport.h"
#include "backend/centrehost.h"
#include "centre/contactcentre.h"
#include "coaching/contactrecorder.h"
#include "coaching/recordingkeyring.h"
#include "coaching/recordingrepository.h"
#include "coaching/recordingvault.h"
#include "coaching/wavfile.h"
#include "net/ctigateway.h"
#include "routing/virtualclock.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "wstestclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
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

// A recording as the switch writes it: 16-bit PCM, 8 kHz mono, a pattern no silence or header
// matches by chance.
QByteArray switchWav(int seconds)
{
    WavData audio;
    audio.sampleRate = 8000;
    audio.channels = 1;
    for (qint64 i = 0; i < qint64(seconds) * audio.sampleRate; ++i)
        audio.samples.append(qint16((i * 7919 + (i / 13) * 31) % 24000 - 12000));
    auto wav = WavFile::encode(audio);
    return wav ? *wav : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

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
        std::unique_ptr<CentreHost> host;
        std::unique_ptr<CtiGateway> gateway;
        // With recordings: the host's encrypted vault in here, and the gateway's spool.
        QTemporaryDir folder;
        bool withRecordings = false;

        QString spool() const { return folder.filePath(QStringLiteral("spool")); }
        QString spoolFile(const QString &name) const { return QDir(spool()).filePath(name); }

        bool setUp(bool recordings = false, const std::function<void(Database &)> &beforeStart = {})
        {
            if (store.create())
                return false;
            database = store.open();
            if (!database || !folder.isValid())
                return false;
            if (beforeStart)
                beforeStart(*database);
            withRecordings = recordings;
            return start();
        }

        // The server process: the centre on the store as it is, the host, the gateway.
        bool start()
        {
            const bool recordings = withRecordings;
            centre = std::make_unique<ContactCentre>(*database, clock);
            if (centre->start())
                return false;
            host = std::make_unique<CentreHost>(*database, *centre);
            CtiGatewayOptions options;
            options.apiKey = ApiKey;
            options.queueByDialledNumber = {{QStringLiteral("+8215880000"), QStringLiteral("billing")}};
            options.defaultQueueId = QStringLiteral("sales");
            if (recordings) {
                host->setUpRecordings(
                    folder.filePath(QStringLiteral("vault")),
                                    RecordingKeyring::fromBytes(QByteArray(RecordingKeyring::KeyBytes, 'k')));
                if (const auto why = host->recordingsUnavailable()) {
                    qWarning("%s", qPrintable(why->message));
                    return false;
                }
                if (!QDir().mkpath(spool()))
                    return false;
                options.recordingSpool = spool();
            }
            gateway = std::make_unique<CtiGateway>(*host, options);
            return !gateway->listen(QHostAddress::LocalHost, 0);
        }

        // As after kill -9 and a start on the same database: nothing of the process is left.
        bool restart()
        {
            gateway.reset();
            host.reset();
            centre.reset();
            return start();
        }

        // A call from the Korean customer that the switch reports, human.kim answers on the desk
        // and the phone, and that lasts `seconds`: its interaction id, or 0.
        qint64 answeredCall(Client &gateway, const QString &callId, int seconds)
        {
            if (centre->agentStatus(store.humanId).state != AgentState::Ready
                && centre->setAgentState(store.humanId, AgentState::Ready))
                return 0;
            const QJsonObject ringing = gateway.request(QStringLiteral("call-ringing"),
                {{QLatin1String("callId"), callId}, {QLatin1String("from"), QLatin1String("010-1234-0001")}});
            const qint64 id = ringing.value(QLatin1String("payload"))
                                  .toObject()
                                  .value(QLatin1String("interactionId"))
                                  .toInteger();
            if (id <= 0)
                return 0;
            if (gateway.request(QStringLiteral("call-answered"), {{QLatin1String("callId"), callId}})
                                    .value(QLatin1String("type"))
                                != QLatin1String("result"))
                return 0;
            if (centre->contact(id)->state != InteractionState::Connected)
                return 0;
            clock.advanceBy(seconds * SecondMs);
            return id;
        }

        bool ended(Client &gateway, const QString &callId)
        {
            return gateway.request(QStringLiteral("call-ended"), {{QLatin1String("callId"), callId}})
                                       .value(QLatin1String("type"))
                                   == QLatin1String("result");
        }

        bool finishWrapUp(qint64 interactionId, const QString &disposition)
        {
            WrapUp wrapUp;
            wrapUp.interactionId = interactionId;
            wrapUp.dispositionCode = disposition;
            const auto error = centre->finishWrapUp(store.humanId, wrapUp);
            if (error)
                qWarning("wrap-up refused: %s", qPrintable(error->message));
            return !error;
        }

        std::optional<Recording> recordingOf(qint64 interactionId) const
        {
            auto found = RecordingRepository(*database).findByInteraction(interactionId);
            return found ? std::optional<Recording>(*found) : std::nullopt;
        }

        static QJsonObject recordingReady(Client &gateway, const QString &callId, const QString &file,
                                          const QJsonArray &pauses = {})
        {
            QJsonObject payload{{QLatin1String("callId"), callId}, {QLatin1String("file"), file}};
            if (!pauses.isEmpty())
                payload.insert(QLatin1String("pauses"), pauses);
            return gateway.request(QStringLiteral("recording-ready"), payload);
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

    // The switch's recording of a call it reported, after the call ended and before the wrap-up:
    // stored encrypted in the vault with the call's links, the spool's copy removed, the
    // disposition filled in when the wrap-up finishes, and no audio made up for the call.
    void aRecordingReadyIsStoredEncryptedAndLinked()
    {
        Fixture f;
        QVERIFY(f.setUp(true));
        QSignalSpy recorded(f.host->recorder(), &ContactRecorder::recorded);
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        const qint64 id = f.answeredCall(gateway, QStringLiteral("sw-r1"), 30);
        QVERIFY(id > 0);
        QVERIFY(f.host->recorder()->isAudioFromSwitch(id));
        // The agent pauses the recording for the card number and resumes it: the switch, which
        // records the call, is told both times.
        const auto pauseCommand = [&](bool paused) {
            return gateway.event(QStringLiteral("pause-recording"), [paused](const QJsonObject &payload) {
                return payload.value(QLatin1String("paused")).toBool() == paused;
            });
        };
        QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, id, true));
        const QJsonObject pause = pauseCommand(true);
        QCOMPARE(pause.value(QLatin1String("callId")).toString(), QStringLiteral("sw-r1"));
        QCOMPARE(pause.value(QLatin1String("agentId")).toInteger(), f.store.humanId);
        QVERIFY(!f.centre->setRecordingPaused(f.store.humanId, id, false));
        QCOMPARE(pauseCommand(false).value(QLatin1String("callId")).toString(), QStringLiteral("sw-r1"));
        QVERIFY(f.ended(gateway, QStringLiteral("sw-r1")));
        QCOMPARE(f.centre->contact(id)->state, InteractionState::WrapUp);

        const QByteArray wav = switchWav(28); // the switch left out the 2 s of the card number
        QVERIFY(!wav.isEmpty());
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("sw-r1.wav")), wav));
        const QJsonObject answer = Fixture::recordingReady(
            gateway, QStringLiteral("sw-r1"), QStringLiteral("sw-r1.wav"),
                                                             {QJsonObject{{QLatin1String("startMs"), 10'000},
                                                                          {QLatin1String("endMs"), 12'000}}});
        QCOMPARE(answer.value(QLatin1String("type")), QLatin1String("result"));
        const QJsonObject reply = answer.value(QLatin1String("payload")).toObject();
        const qint64 recordingId = reply.value(QLatin1String("recordingId")).toInteger();
        QVERIFY(recordingId > 0);
        QCOMPARE(reply.value(QLatin1String("recorded")).toBool(), true);
        QVERIFY(!QFile::exists(f.spoolFile(QStringLiteral("sw-r1.wav"))));

        auto recording = f.recordingOf(id);
        QVERIFY(recording);
        QCOMPARE(recording->id, recordingId);
        QCOMPARE(recording->interactionId, id);
        QCOMPARE(recording->agentId, f.store.humanId);
        QCOMPARE(recording->team, f.centre->agentRecord(f.store.humanId)->team);
        QCOMPARE(recording->queueId, QStringLiteral("sales"));
        QCOMPARE(recording->customerId, f.store.koreanCustomerId);
        QCOMPARE(recording->channel, Channel::Voice);
        QCOMPARE(recording->kind, RecordingKind::Audio);
        QVERIFY(recording->consent);
        QCOMPARE(recording->durationMs, 28'000);
        QCOMPARE(recording->pauses, (QList<RecordingPause>{{10'000, 12'000}}));
        QCOMPARE(recording->markers, (QList<RecordingMarker>{{RecordingMarkerKind::Pause, 10'000, 2'000}}));
        QVERIFY(recording->dispositionCode.isEmpty()); // the wrap-up is not done yet
        // What the vault keeps is encrypted; decrypted it is the switch's file, byte for byte.
        const QByteArray onDisk = readFile(f.host->recordingVault()->pathOf(recordingId));
        QVERIFY(onDisk.size() >= wav.size());
        QVERIFY(!onDisk.contains(wav.mid(1000, 64)));
        QVERIFY(!onDisk.contains(wav.mid(100'000, 64)));
        auto content = f.host->recordingVault()->read(*recording);
        QVERIFY2(content, content ? "" : qPrintable(content.error().message));
        QCOMPARE(*content, wav);

        // The wrap-up gives the recording its disposition; nothing else is recorded for the call.
        QVERIFY(f.finishWrapUp(id, QStringLiteral("resolved")));
        recording = f.recordingOf(id);
        QVERIFY(recording);
        QCOMPARE(recording->id, recordingId);
        QCOMPARE(recording->dispositionCode, QStringLiteral("resolved"));
        QCOMPARE(*f.host->recordingVault()->read(*recording), wav);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).at(0).toLongLong(), recordingId);
        QVERIFY(!f.host->recorder()->isAudioFromSwitch(id));

        // Reported again: refused, not a second recording, and the file stays in the spool.
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("sw-r1-again.wav")), wav));
        QCOMPARE(Client::errorCode(
            Fixture::recordingReady(gateway, QStringLiteral("sw-r1"), QStringLiteral("sw-r1-again.wav"))),
            QStringLiteral("recording-already-reported"));
        QVERIFY(QFile::exists(f.spoolFile(QStringLiteral("sw-r1-again.wav"))));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(RecordingRepository(*f.database).search(RecordingQuery())->recordings.size(), 1);
    }

    // The holds the centre saw on a switch-recorded call become the recording's markers, where
    // they are in the switch's file (its pauses cut out), also when it is reported after the close.
    void aSwitchRecordingGetsTheHoldsOfTheCall()
    {
        Fixture f;
        QVERIFY(f.setUp(true));
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        const qint64 id = f.answeredCall(gateway, QStringLiteral("sw-h1"), 10);
        QVERIFY(id > 0);
        QVERIFY(!f.centre->hold(f.store.humanId, id)); // 10 s in, for 5 s
        f.clock.advanceBy(5 * SecondMs);
        QVERIFY(!f.centre->resume(f.store.humanId, id));
        f.clock.advanceBy(15 * SecondMs);
        QVERIFY(f.ended(gateway, QStringLiteral("sw-h1")));
        QVERIFY(f.finishWrapUp(id, QStringLiteral("resolved")));

        // 30 s of call; the switch left out 20–22 s (the card number).
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("sw-h1.wav")), switchWav(28)));
        const QJsonObject answer = Fixture::recordingReady(
            gateway, QStringLiteral("sw-h1"), QStringLiteral("sw-h1.wav"),
                                                             {QJsonObject{{QLatin1String("startMs"), 20'000},
                                                                          {QLatin1String("endMs"), 22'000}}});
        QCOMPARE(answer.value(QLatin1String("type")), QLatin1String("result"));
        const auto recording = f.recordingOf(id);
        QVERIFY(recording);
        QCOMPARE(recording->markers, (QList<RecordingMarker>{{RecordingMarkerKind::Hold, 10'000, 5'000},
                                                             {RecordingMarkerKind::Pause, 20'000, 2'000}}));
    }

    // The switch may finish its file after the server was restarted: the call is found in the
    // store by its call id, and its recording is stored as any other; a second report is refused.
    void aRecordingReportedAfterARestartIsStillStored()
    {
        Fixture f;
        QVERIFY(f.setUp(true));
        qint64 id = 0;
        {
            Client gateway(f.gateway->url());
            QVERIFY(gateway.waitConnected());
            QVERIFY(gateway.greet());
            id = f.answeredCall(gateway, QStringLiteral("sw-restart"), 20);
            QVERIFY(id > 0);
            QVERIFY(f.ended(gateway, QStringLiteral("sw-restart")));
            QVERIFY(f.finishWrapUp(id, QStringLiteral("resolved")));
        }
        QVERIFY(!f.recordingOf(id)); // a gateway call gets no made-up audio at its close
        QVERIFY(f.restart());

        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        const QByteArray wav = switchWav(20);
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("sw-restart.wav")), wav));
        const QJsonObject answer =
            Fixture::recordingReady(gateway, QStringLiteral("sw-restart"), QStringLiteral("sw-restart.wav"));
        QVERIFY2(answer.value(QLatin1String("type")) == QLatin1String("result"),
                 QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
        const qint64 recordingId =
            answer.value(QLatin1String("payload")).toObject().value(QLatin1String("recordingId")).toInteger();
        const auto recording = f.recordingOf(id);
        QVERIFY(recording);
        QCOMPARE(recording->id, recordingId);
        QCOMPARE(recording->agentId, f.store.humanId);
        QCOMPARE(recording->dispositionCode, QStringLiteral("resolved"));
        QCOMPARE(recording->durationMs, 20'000);
        QCOMPARE(*f.host->recordingVault()->read(*recording), wav);
        QVERIFY(!QFile::exists(f.spoolFile(QStringLiteral("sw-restart.wav"))));

        // Again: refused as reported, the file kept. A call id the store never saw: unknown.
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("sw-restart-2.wav")), wav));
        QCOMPARE(Client::errorCode(Fixture::recordingReady(
            gateway, QStringLiteral("sw-restart"), QStringLiteral("sw-restart-2.wav"))),
                                   QStringLiteral("recording-already-reported"));
        QVERIFY(QFile::exists(f.spoolFile(QStringLiteral("sw-restart-2.wav"))));
        QCOMPARE(Client::errorCode(
            Fixture::recordingReady(gateway, QStringLiteral("sw-never"), QStringLiteral("sw-restart-2.wav"))),
            QStringLiteral("unknown-call"));
        QCOMPARE(RecordingRepository(*f.database).search(RecordingQuery())->recordings.size(), 1);
    }

    // A gateway call is not given made-up audio when it closes: only the switch's recording,
    // reported after the wrap-up, is stored, with the disposition it already has.
    void aGatewayCallGetsNoSimulatedAudio()
    {
        Fixture f;
        QVERIFY(f.setUp(true));
        QSignalSpy recorded(f.host->recorder(), &ContactRecorder::recorded);
        QSignalSpy failed(f.host->recorder(), &ContactRecorder::failed);
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        const qint64 id = f.answeredCall(gateway, QStringLiteral("sw-r2"), 20);
        QVERIFY(id > 0);
        QVERIFY(f.ended(gateway, QStringLiteral("sw-r2")));
        QVERIFY(f.finishWrapUp(id, QStringLiteral("resolved")));
        QVERIFY(!f.centre->contact(id) || f.centre->contact(id)->state == InteractionState::Closed);
        QVERIFY(!f.recordingOf(id)); // the recorder made nothing of its own
        QVERIFY(recorded.isEmpty());
        QVERIFY(failed.isEmpty());

        const QByteArray wav = switchWav(20);
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("late.wav")), wav));
        const QJsonObject answer =
            Fixture::recordingReady(gateway, QStringLiteral("sw-r2"), QStringLiteral("late.wav"));
        QCOMPARE(answer.value(QLatin1String("type")), QLatin1String("result"));
        const qint64 recordingId =
            answer.value(QLatin1String("payload")).toObject().value(QLatin1String("recordingId")).toInteger();
        const auto recording = f.recordingOf(id);
        QVERIFY(recording);
        QCOMPARE(recording->id, recordingId);
        QCOMPARE(recording->dispositionCode, QStringLiteral("resolved"));
        QCOMPARE(recording->agentId, f.store.humanId);
        QVERIFY(recording->pauses.isEmpty());
        QCOMPARE(*f.host->recordingVault()->read(*recording), wav);
        QVERIFY(!QFile::exists(f.spoolFile(QStringLiteral("late.wav"))));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(RecordingRepository(*f.database).search(RecordingQuery())->recordings.size(), 1);
    }

    // Names that leave the spool, files that are not WAV or not there, calls that are unknown or
    // still in progress: typed errors, the spool as it was, nothing stored, and the gateway is
    // still served (the same file is taken once it is right).
    void badRecordingReportsAreRefusedAndNothingIsLost()
    {
        Fixture f;
        QVERIFY(f.setUp(true));
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        const qint64 id = f.answeredCall(gateway, QStringLiteral("sw-r3"), 15);
        QVERIFY(id > 0);
        const QByteArray wav = switchWav(15);
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("r3.wav")), wav));
        // Not ended yet: its recording cannot be complete.
        QCOMPARE(Client::errorCode(
            Fixture::recordingReady(gateway, QStringLiteral("sw-r3"), QStringLiteral("r3.wav"))),
            QStringLiteral("call-in-progress"));
        QVERIFY(f.ended(gateway, QStringLiteral("sw-r3")));

        // Outside the spool, however it is spelled (the files are there, so only the name stops it).
        QVERIFY(writeFile(f.folder.filePath(QStringLiteral("x.wav")), wav));
        QVERIFY(QDir(f.spool()).mkpath(QStringLiteral("a")));
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("a/b.wav")), wav));
        QVERIFY(
            QFile::link(f.folder.filePath(QStringLiteral("x.wav")), f.spoolFile(QStringLiteral("link.wav"))));
        for (const QString &name : {QStringLiteral("../x.wav"),
                 QStringLiteral("a/b.wav"),
                                QStringLiteral("a\\b.wav"),
                                               f.folder.filePath(
                                                   QStringLiteral("x.wav")),
                                                   QStringLiteral(".."),
                                                                  QStringLiteral("link.wav"),
                                                                                 QStringLiteral("r3.txt"),
                                                                                                QString()}) {
            const QJsonObject refused = Fixture::recordingReady(gateway, QStringLiteral("sw-r3"), name);
            QVERIFY2(Client::errorCode(refused) == QLatin1String("invalid-value"), qPrintable(name));
            QCOMPARE(
                refused.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
                QStringLiteral("payload.file"));
        }
        QVERIFY(QFile::exists(f.folder.filePath(QStringLiteral("x.wav"))));
        QVERIFY(QFile::exists(f.spoolFile(QStringLiteral("a/b.wav"))));
        // Pauses that are not pauses.
        QCOMPARE(Client::errorCode(Fixture::recordingReady(
            gateway,
            QStringLiteral("sw-r3"), QStringLiteral("r3.wav"),
                                                    {QJsonObject{{QLatin1String("startMs"), 5'000},
                                                                 {QLatin1String("endMs"), 4'000}}})),
                                   QStringLiteral("invalid-value"));
        QCOMPARE(Client::errorCode(Fixture::recordingReady(
            gateway,
            QStringLiteral("sw-r3"), QStringLiteral("r3.wav"),
                                                    {QJsonObject{{QLatin1String("startMs"), 600'000},
                                                                 {QLatin1String("endMs"), 601'000}}})),
                                   QStringLiteral("recording-invalid"));

        // Not a WAV file (a text file named .wav), a truncated one, one that is not there.
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("notes.wav")), "call notes, not audio\n"));
        QVERIFY(Client::errorCode(
            Fixture::recordingReady(gateway, QStringLiteral("sw-r3"), QStringLiteral("notes.wav")))
                                        .startsWith(QLatin1String("wav-")));
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("short.wav")), wav.left(wav.size() / 2 + 1)));
        QVERIFY(Client::errorCode(
            Fixture::recordingReady(gateway, QStringLiteral("sw-r3"), QStringLiteral("short.wav")))
                                        .startsWith(QLatin1String("wav-")));
        QCOMPARE(Client::errorCode(
            Fixture::recordingReady(gateway, QStringLiteral("sw-r3"), QStringLiteral("gone.wav"))),
            QStringLiteral("spool-file-missing"));
        // A call the gateway never reported.
        QCOMPARE(Client::errorCode(
            Fixture::recordingReady(gateway, QStringLiteral("sw-nope"), QStringLiteral("r3.wav"))),
            QStringLiteral("unknown-call"));

        QVERIFY(QFile::exists(f.spoolFile(QStringLiteral("notes.wav"))));
        QVERIFY(QFile::exists(f.spoolFile(QStringLiteral("short.wav"))));
        QVERIFY(QFile::exists(f.spoolFile(QStringLiteral("r3.wav"))));
        QVERIFY(!f.recordingOf(id));
        QVERIFY(QDir(f.host->recordingVault()->folder()).isEmpty());

        // Still served, and the right file is taken.
        const QJsonObject answer =
            Fixture::recordingReady(gateway, QStringLiteral("sw-r3"), QStringLiteral("r3.wav"));
        QCOMPARE(answer.value(QLatin1String("type")), QLatin1String("result"));
        const auto recording = f.recordingOf(id);
        QVERIFY(recording);
        QCOMPARE(*f.host->recordingVault()->read(*recording), wav);
        QVERIFY(!QFile::exists(f.spoolFile(QStringLiteral("r3.wav"))));
        QVERIFY(QFile::exists(f.spoolFile(QStringLiteral("notes.wav"))));
    }

    // A customer who did not consent: the switch's file is not kept, the recordings library has
    // the row that says nothing was recorded.
    void aRecordingWithoutConsentIsDropped()
    {
        Fixture f;
        QVERIFY(f.setUp(true, [&f](Database &database) {
            CustomerRepository customers(database);
            auto customer = customers.findById(f.store.koreanCustomerId);
            QVERIFY(customer);
            customer->recordingConsent = false;
            QVERIFY(!customers.update(*customer));
        }));
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        const qint64 id = f.answeredCall(gateway, QStringLiteral("sw-r4"), 25);
        QVERIFY(id > 0);
        QCOMPARE(f.centre->contact(id)->recording, RecordingState::NotRecorded);
        QVERIFY(f.ended(gateway, QStringLiteral("sw-r4")));
        QVERIFY(writeFile(f.spoolFile(QStringLiteral("r4.wav")), switchWav(25)));
        const QJsonObject answer =
            Fixture::recordingReady(gateway, QStringLiteral("sw-r4"), QStringLiteral("r4.wav"));
        QCOMPARE(answer.value(QLatin1String("type")), QLatin1String("result"));
        const QJsonObject reply = answer.value(QLatin1String("payload")).toObject();
        QCOMPARE(reply.value(QLatin1String("recorded")).toBool(true), false);
        QVERIFY(!QFile::exists(f.spoolFile(QStringLiteral("r4.wav"))));
        auto recording = f.recordingOf(id);
        QVERIFY(recording);
        QCOMPARE(recording->id, reply.value(QLatin1String("recordingId")).toInteger());
        QVERIFY(!recording->consent);
        QVERIFY(!recording->hasContent());
        QCOMPARE(recording->durationMs, 25'000);
        QVERIFY(!f.host->recordingVault()->contains(recording->id));
        // The wrap-up gives the row its disposition; still one row.
        QVERIFY(f.finishWrapUp(id, QStringLiteral("resolved")));
        recording = f.recordingOf(id);
        QCOMPARE(recording->dispositionCode, QStringLiteral("resolved"));
        QCOMPARE(RecordingRepository(*f.database).search(RecordingQuery())->recordings.size(), 1);
    }

    // Without recordings set up, a report is refused and the file stays.
    void aRecordingReadyWithoutRecordingsIsRefused()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Client gateway(f.gateway->url());
        QVERIFY(gateway.waitConnected());
        QVERIFY(gateway.greet());
        QCOMPARE(Client::errorCode(
            Fixture::recordingReady(gateway, QStringLiteral("sw-1"), QStringLiteral("a.wav"))),
            QStringLiteral("recordings-unavailable"));
    }
};

QTEST_GUILESS_MAIN(TestCtiGateway)
#include "tst_ctigateway.moc"

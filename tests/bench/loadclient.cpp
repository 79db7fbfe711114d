#include "loadclient.h"

#include "net/remotebackend.h"
#include "net/wallboardupdates.h"
#include "net/websocketframes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <memory>

namespace ContactDesk::Bench {

qint64 wallNowMs()
{
    // The server stamps offeredMs and sentAtMs with this same clock (WallClock): one machine,
    // so the difference is the latency, at millisecond resolution.
    return QDateTime::currentMSecsSinceEpoch();
}

namespace {

bool lineDropped(const QString &code)
{
    return code == u"disconnected" || code == u"timeout";
}

} // namespace

// --- AgentClient ------------------------------------------------------------------------------

AgentClient::AgentClient(const QUrl &url, QString login, qint64 agentId, QString password,
                         LoadRecorder &recorder, HandleTimes times, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_login(std::move(login))
    , m_agentId(agentId)
    , m_password(std::move(password))
    , m_recorder(recorder)
    , m_times(times)
    , m_random(seed)
{
    RemoteBackendOptions options;
    options.url = url;
    m_backend = new RemoteBackend(options, this);
    connect(m_backend, &DeskBackend::contactChanged, this,
            [this](const ContactSummary &contact) { onContact(contact, true); });
    connect(m_backend, &DeskBackend::stateChanged, this, &AgentClient::onState);
    connect(m_backend, &DeskBackend::offerWithdrawn, this,
            [this](qint64 interactionId, const QString &reason) {
                ++m_recorder.withdrawn[reason];
                m_plans.remove(interactionId);
            });
    connect(m_backend, &DeskBackend::connectionRestored, this, &AgentClient::onRestored);
    connect(m_backend, &DeskBackend::sessionEnded, this, [this] { ++m_recorder.sessionsEnded; });
    connect(m_backend, &DeskBackend::connectionLost, this, [this](const QString &reason) {
        ++m_recorder.connectionsLost[QStringLiteral("agent: ") + reason];
    });
}

AgentClient::~AgentClient() = default;

void AgentClient::start(std::function<void(bool)> done, const QString &savedToken)
{
    QElapsedTimer opening;
    opening.start();
    if (!savedToken.isEmpty()) {
        // RemoteBackend resumes the token once connected and tells with connectionRestored, or
        // with sessionEnded when the server refuses it.
        auto restored = std::make_shared<QMetaObject::Connection>();
        auto ended = std::make_shared<QMetaObject::Connection>();
        *restored = connect(m_backend, &DeskBackend::connectionRestored, this, [=, this] {
            disconnect(*restored);
            disconnect(*ended);
            m_recorder.resumeMs.append(opening.elapsed());
            signedIn();
            done(true);
        });
        *ended = connect(m_backend, &DeskBackend::sessionEnded, this, [=, this] {
            disconnect(*restored);
            disconnect(*ended);
            m_recorder.failed(QStringLiteral("resume"), QStringLiteral("session-ended"));
            done(false);
        });
        m_backend->open(savedToken);
        return;
    }
    auto connected = std::make_shared<QMetaObject::Connection>();
    *connected = connect(m_backend, &RemoteBackend::linkChanged, this,
                         [this, connected, opening, done](RemoteBackend::Link link) {
                             if (link != RemoteBackend::Link::Connected)
                                 return;
                             disconnect(*connected);
                             m_recorder.connectMs.append(opening.elapsed());
                             QElapsedTimer signingIn;
                             signingIn.start();
                             m_backend->signIn(
                                 m_login, m_password,
                                 [this, signingIn, done](const BackendResult<AgentSession> &result) {
                                     if (!result.ok()) {
                                         m_recorder.failed(QStringLiteral("sign-in"), result.error().code);
                                         done(false);
                                         return;
                                     }
                                     m_recorder.signInMs.append(signingIn.elapsed());
                                     m_recorder.lastSignInAtMs = wallNowMs();
                                     signedIn();
                                     done(true);
                                 });
                         });
    m_backend->open();
}

void AgentClient::signedIn()
{
    m_signedIn = true;
    // As the desktop does when the desk opens.
    m_backend->dispositionOptions([this](const BackendResult<QList<DispositionOption>> &options) {
        if (!options.ok()) {
            m_recorder.failed(QStringLiteral("disposition-options"), options.error().code);
            return;
        }
        for (const DispositionOption &option : options.value())
            m_dispositions.append(option.code);
    });
}

void AgentClient::close()
{
    m_backend->close();
}

int AgentClient::between(int minimum, int maximum)
{
    return maximum <= minimum ? minimum : int(m_random.bounded(minimum, maximum + 1));
}

void AgentClient::onState(const AgentStatus &status)
{
    m_state = status.state;
    if (m_recorder.stopping || status.state != AgentState::NotReady)
        return;
    // Not Ready after signing in (reason "login") or after a missed offer: back to work.
    goReadySoon(status.reasonCode == u"login" ? 0 : 1000);
}

void AgentClient::goReadySoon(int delayMs)
{
    if (m_readyPending)
        return;
    m_readyPending = true;
    QTimer::singleShot(delayMs, this, [this] {
        if (m_recorder.stopping || m_state != AgentState::NotReady) {
            m_readyPending = false;
            return;
        }
        m_backend->setState(AgentState::Ready, QString(), [this](const BackendResult<bool> &result) {
            m_readyPending = false;
            // After a lost line the resumed session's status comes again and brings us back here.
            if (!result.ok())
                m_recorder.failed(QStringLiteral("set-state"), result.error().code);
        });
    });
}

bool AgentClient::planIs(qint64 interactionId, InteractionState state, quint64 generation) const
{
    const auto it = m_plans.constFind(interactionId);
    return it != m_plans.cend() && it->state == state && it->generation == generation;
}

void AgentClient::replan(qint64 interactionId, const QString &request, const QString &code)
{
    m_recorder.failed(request, code);
    m_plans.remove(interactionId);
}

void AgentClient::onContact(const ContactSummary &contact, bool fromEvent)
{
    const qint64 id = contact.interactionId;
    if (contact.agentId != m_agentId) {
        m_plans.remove(id); // it left this agent
        return;
    }
    InteractionState planned = contact.state;
    switch (contact.state) {
    case InteractionState::Offered:
        if (!m_seenOffers.contains(id)) {
            m_seenOffers.insert(id);
            ++m_recorder.offers;
            if (fromEvent && contact.times.offeredMs > 0) {
                m_recorder.offerLatency.append(
                    TimedSample{contact.times.offeredMs, wallNowMs() - contact.times.offeredMs});
            } else if (!fromEvent) {
                ++m_recorder.offersOnResume;
            }
        }
        break;
    case InteractionState::Connected:
    case InteractionState::Held:
        planned = InteractionState::Connected;
        break;
    case InteractionState::WrapUp:
        break;
    default:
        m_plans.remove(id);
        return;
    }
    if (m_recorder.stopping)
        return;
    const auto it = m_plans.constFind(id);
    if (it != m_plans.cend() && it->state == planned)
        return; // already acted on this state
    m_plans.insert(id, Plan{planned, ++m_nextGeneration, false});
    if (planned == InteractionState::Offered)
        accept(contact);
    else if (planned == InteractionState::Connected)
        endLater(id);
    else
        wrapUpLater(id);
}

void AgentClient::accept(const ContactSummary &contact)
{
    const qint64 id = contact.interactionId;
    const qint64 offeredMs = contact.times.offeredMs;
    const int generation = m_recorder.generation;
    m_plans[id].inFlight = true;
    QElapsedTimer roundTrip;
    roundTrip.start();
    m_backend->acceptOffer(
        id, [this, id, offeredMs, generation, roundTrip](const BackendResult<bool> &result) {
            if (m_plans.contains(id))
                m_plans[id].inFlight = false;
            if (!result.ok()) {
                if (generation == 0 && m_recorder.generation > 0 && result.error().code == u"disconnected")
                    m_recorder.acceptsCutByKill.insert(id, m_agentId);
                replan(id, QStringLiteral("accept-offer"), result.error().code);
                return;
            }
            ++m_recorder.accepted;
            m_recorder.acceptRoundTrip.append(TimedSample{offeredMs, roundTrip.elapsed()});
            // A result from the first server instance: it said the contact is this agent's.
            if (generation == 0)
                m_recorder.acceptedBeforeKill.insert(id, m_agentId);
        });
}

void AgentClient::endLater(qint64 interactionId)
{
    const quint64 generation = m_plans.value(interactionId).generation;
    QTimer::singleShot(
        between(m_times.handleMinMs, m_times.handleMaxMs), this, [this, interactionId, generation] {
            if (m_recorder.stopping || !planIs(interactionId, InteractionState::Connected, generation))
                return;
            m_plans[interactionId].inFlight = true;
            m_backend->endContact(interactionId, [this, interactionId](const BackendResult<bool> &result) {
                if (m_plans.contains(interactionId))
                    m_plans[interactionId].inFlight = false;
                if (!result.ok()) {
                    replan(interactionId, QStringLiteral("end-contact"), result.error().code);
                    return;
                }
                ++m_recorder.ended;
            });
        });
}

void AgentClient::wrapUpLater(qint64 interactionId)
{
    const quint64 generation = m_plans.value(interactionId).generation;
    QTimer::singleShot(
        between(m_times.wrapUpMinMs, m_times.wrapUpMaxMs), this, [this, interactionId, generation] {
            if (m_recorder.stopping || !planIs(interactionId, InteractionState::WrapUp, generation))
                return;
            WrapUp wrapUp;
            wrapUp.interactionId = interactionId;
            if (!m_dispositions.isEmpty())
                wrapUp.dispositionCode = m_dispositions.at(between(0, int(m_dispositions.size()) - 1));
            wrapUp.resolved = true;
            m_plans[interactionId].inFlight = true;
            m_backend->finishWrapUp(wrapUp, [this, interactionId](const BackendResult<bool> &result) {
                if (m_plans.contains(interactionId))
                    m_plans[interactionId].inFlight = false;
                if (!result.ok()) {
                    replan(interactionId, QStringLiteral("finish-wrap-up"), result.error().code);
                    return;
                }
                ++m_recorder.wrappedUp;
                if (m_openAtKill.remove(interactionId))
                    ++m_recorder.openFinishedBeforeReload;
            });
        });
}

void AgentClient::noteKill()
{
    // Open contacts whose last request was answered: the server must give them back as they
    // are. (One with an end or a wrap-up in flight may rightly have moved on.)
    for (auto it = m_plans.cbegin(); it != m_plans.cend(); ++it) {
        if ((it->state == InteractionState::Connected || it->state == InteractionState::WrapUp)
            && !it->inFlight)
            m_openAtKill.insert(it.key());
    }
    m_recorder.openAtKill += int(m_openAtKill.size());
}

void AgentClient::onRestored()
{
    if (m_recorder.generation == 0)
        return;
    if (!m_restored) {
        m_restored = true;
        m_recorder.restoreMs.append(wallNowMs() - m_recorder.killMs);
    }
    // The desktop reloads its desk from my-contacts after a resume; so does this one.
    m_backend->myContacts([this](const BackendResult<QList<ContactSummary>> &result) {
        if (!result.ok()) {
            m_recorder.failed(QStringLiteral("my-contacts"), result.error().code);
            return;
        }
        QSet<qint64> present;
        for (const ContactSummary &contact : result.value()) {
            present.insert(contact.interactionId);
            onContact(contact, false);
        }
        for (qint64 id : std::as_const(m_openAtKill)) {
            if (present.contains(id))
                ++m_recorder.openBackOnResume;
            else
                m_recorder.openMissingOnResume.insert(id, m_agentId);
        }
        m_openAtKill.clear();
    });
}

// --- SupervisorClient -------------------------------------------------------------------------

SupervisorClient::SupervisorClient(const QUrl &url, QString login, QString password, LoadRecorder &recorder,
                                   bool fetchSnapshots, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_login(std::move(login))
    , m_password(std::move(password))
    , m_recorder(recorder)
    , m_fetchSnapshots(fetchSnapshots)
    , m_retry(new QTimer(this))
    , m_coalesce(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SupervisorClient::connectSocket);
    // WallboardView's rhythm: 100 ms after a notice, and once a second for the figures that grow.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(100);
    connect(m_coalesce, &QTimer::timeout, this, &SupervisorClient::requestSnapshot);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SupervisorClient::requestSnapshot);
}

SupervisorClient::~SupervisorClient()
{
    close();
}

void SupervisorClient::start(std::function<void(bool)> done)
{
    m_done = std::move(done);
    m_wanted = true;
    connectSocket();
}

void SupervisorClient::close()
{
    m_wanted = false;
    m_retry->stop();
    m_tick->stop();
    m_coalesce->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void SupervisorClient::connectSocket()
{
    if (!m_wanted)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    prepareWebSocket(*m_socket);
    connect(m_socket, &QWebSocket::connected, this, &SupervisorClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &SupervisorClient::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SupervisorClient::onFrame);
    m_socket->open(m_url);
}

void SupervisorClient::onConnected()
{
    request(QStringLiteral("hello"), {{QLatin1String("protocol"), 1}, {QLatin1String("client"), QStringLiteral("bench_load")}},
                   [this](const QJsonObject *result, const QString &errorCode) {
                       if (!result) {
                           m_recorder.failed(QStringLiteral("hello"), errorCode);
                           return;
                       }
                       m_attempt = 0;
                       if (!m_token.isEmpty()) {
                           request(QStringLiteral("resume"), {{QLatin1String("token"), m_token}},
                                                  [this](const QJsonObject *resumed, const QString &code) {
                                                      if (!resumed) {
                                                          m_recorder.failed(QStringLiteral("resume"), code);
                                                          if (!lineDropped(code))
                                                              ++m_recorder.sessionsEnded;
                                                          return;
                                                      }
                                                      subscribe();
                                                  });
                           return;
                       }
                       QElapsedTimer signingIn;
                       signingIn.start();
                       request(QStringLiteral("sign-in"),
                           {{QLatin1String("login"), m_login}, {QLatin1String("password"), m_password}},
                           [this, signingIn](const QJsonObject *signedIn, const QString &code) {
                               if (!signedIn) {
                                   m_recorder.failed(QStringLiteral("sign-in"), code);
                                   if (m_done)
                                       std::exchange(m_done, {})(false);
                                   return;
                               }
                               m_recorder.supervisorSignInMs.append(signingIn.elapsed());
                               m_token = signedIn->value(QLatin1String("token")).toString();
                               subscribe();
                           });
                   });
}

void SupervisorClient::subscribe()
{
    request(QStringLiteral("subscribe-wallboard"), {{QLatin1String("on"), true}},
                           [this](const QJsonObject *result, const QString &code) {
                               if (!result) {
                                   m_recorder.failed(QStringLiteral("subscribe-wallboard"), code);
                                   return;
                               }
                               m_subscribed = true;
                               if (m_recorder.generation > 0 && !m_restored) {
                                   m_restored = true;
                                   m_recorder.restoreMs.append(wallNowMs() - m_recorder.killMs);
                               }
                               if (m_done)
                                   std::exchange(m_done, {})(true);
                               if (m_fetchSnapshots) {
                                   m_tick->start();
                                   requestSnapshot();
                               }
                           });
}

void SupervisorClient::onDisconnected()
{
    if (m_socket && m_socket->closeCode() != QWebSocketProtocol::CloseCodeNormal)
        ++m_recorder.connectionsLost[QStringLiteral("supervisor: %1 %2")
                .arg(int(m_socket->closeCode()))
                .arg(m_socket->closeReason().isEmpty() ? m_socket->errorString() : m_socket->closeReason())];
    m_subscribed = false;
    m_tick->stop();
    m_coalesce->stop();
    m_snapshotInFlight = false;
    m_snapshotAgain = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const QHash<qint64, Answer> pending = std::exchange(m_pending, {});
    for (const Answer &answer : pending)
        answer(nullptr, QStringLiteral("disconnected"));
    if (!m_wanted)
        return;
    // RemoteBackend's schedule: 0.5 s, 1 s, 2 s ... up to 30 s, each with up to a quarter more.
    const qint64 base = std::min<qint64>(qint64(500) << std::min(m_attempt, 16), 30'000);
    ++m_attempt;
    m_retry->start(int(base + QRandomGenerator::global()->bounded(base / 4)));
}

void SupervisorClient::request(const QString &type, const QJsonObject &payload, Answer answer)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        QTimer::singleShot(0, this, [answer] { answer(nullptr, QStringLiteral("disconnected")); });
        return;
    }
    const qint64 id = ++m_lastId;
    QJsonObject frame{{QLatin1String("type"), type}, {QLatin1String("id"), id}};
    if (!payload.isEmpty())
        frame.insert(QLatin1String("payload"), payload);
    m_pending.insert(id, std::move(answer));
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void SupervisorClient::answer(qint64 id, const QJsonObject *result, const QString &errorCode)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Answer answer = *it;
    m_pending.erase(it);
    answer(result, errorCode);
}

void SupervisorClient::onFrame(const QString &text)
{
    const qint64 receivedMs = wallNowMs();
    const QByteArray bytes = text.toUtf8();
    const QJsonObject frame = QJsonDocument::fromJson(bytes).object();
    const QString type = frame.value(QLatin1String("type")).toString();
    if (type == u"event") {
        if (frame.value(QLatin1String("event")).toString() != u"wallboard-changed")
            return;
        const qint64 sentAtMs = qint64(
            frame.value(QLatin1String("payload")).toObject().value(QLatin1String("sentAtMs")).toDouble());
        ++m_recorder.wallboardNotices;
        m_recorder.wallboardFanOut.append(TimedSample{sentAtMs, receivedMs - sentAtMs});
        if (m_fetchSnapshots && !m_coalesce->isActive())
            m_coalesce->start();
        return;
    }
    const qint64 id = qint64(frame.value(QLatin1String("id")).toDouble());
    if (type == u"result") {
        const QJsonObject payload = frame.value(QLatin1String("payload")).toObject();
        m_lastResultBytes = bytes.size();
        answer(id, &payload, QString());
    } else if (type == u"error") {
        answer(id, nullptr,
               frame.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString());
    }
}

void SupervisorClient::requestSnapshot()
{
    if (!m_subscribed || !m_fetchSnapshots || m_recorder.stopping)
        return;
    if (m_snapshotInFlight) {
        m_snapshotAgain = true;
        return;
    }
    m_snapshotInFlight = true;
    const qint64 sentMs = wallNowMs();
    QElapsedTimer roundTrip;
    roundTrip.start();
    QJsonObject payload;
    if (!m_revision.isEmpty())
        payload.insert(QLatin1String("since"), m_revision);
    request(QStringLiteral("wallboard"), payload, [this, sentMs, roundTrip](const QJsonObject *result, const QString &code) {
            m_snapshotInFlight = false;
            if (!result) {
                m_recorder.failed(QStringLiteral("wallboard"), code);
                return;
            }
            auto update = decodeWallboardUpdate(*result);
            if (!std::holds_alternative<WallboardUpdate>(update)) {
                m_recorder.failed(QStringLiteral("wallboard"), QStringLiteral("bad-response"));
                m_revision.clear();
                return;
            }
            const WallboardUpdate &changes = std::get<WallboardUpdate>(update);
            if (!applyWallboardUpdate(m_wallboard, m_revision, changes)) {
                m_recorder.failed(QStringLiteral("wallboard"),
                                                 QStringLiteral("changes-from-another-revision"));
                m_revision.clear();
                return;
            }
            ++m_recorder.snapshots;
            if (changes.since.isEmpty()) {
                ++m_recorder.wholeSnapshots;
                m_recorder.snapshotBytesMax = std::max(m_recorder.snapshotBytesMax, m_lastResultBytes);
            } else {
                m_recorder.changesBytes.append(m_lastResultBytes);
            }
            m_recorder.snapshotRoundTrip.append(TimedSample{sentMs, roundTrip.elapsed()});
            if (std::exchange(m_snapshotAgain, false))
                requestSnapshot();
        });
}

} // namespace ContactDesk::Bench

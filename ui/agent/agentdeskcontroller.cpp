#include "agentdeskcontroller.h"

#include "contactinboxmodel.h"

#include <QDateTime>
#include <QTimer>

namespace ContactDesk {

namespace {

// Why a contact the backend reported in `state` is no longer ours, in offerWithdrawn's words.
QString departureReason(InteractionState state)
{
    switch (state) {
    case InteractionState::Closed:
        return QStringLiteral("closed");
    case InteractionState::Abandoned:
        return QStringLiteral("abandoned");
    case InteractionState::Transferred:
        return QStringLiteral("transferred");
    case InteractionState::Queued:
    case InteractionState::CallbackRequested:
        return QStringLiteral("requeued");
    default:
        return QStringLiteral("withdrawn");
    }
}

QString errorText(const BackendError &error)
{
    return error.message.isEmpty() ? error.code : error.message;
}

} // namespace

AgentDeskController::AgentDeskController(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_ticker(new QTimer(this))
    , m_inbox(new ContactInboxModel(this))
{
    m_ticker->setInterval(TickMs);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        m_inbox->tick();
        Q_EMIT tick();
    });
    m_inbox->setClock(m_now);
}

AgentDeskController::~AgentDeskController() = default;

void AgentDeskController::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    m_inbox->setClock(m_now);
    m_inbox->tick();
    Q_EMIT tick();
}

qint64 AgentDeskController::nowMs() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

void AgentDeskController::setBackend(DeskBackend *backend)
{
    if (m_backend == backend)
        return;
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    clearDesk();
    m_backend = backend;
    if (!m_backend)
        return;
    connect(m_backend, &DeskBackend::stateChanged, this, &AgentDeskController::onStateChanged);
    connect(m_backend, &DeskBackend::contactChanged, this, &AgentDeskController::onContactChanged);
    connect(m_backend, &DeskBackend::offerWithdrawn, this, &AgentDeskController::onOfferWithdrawn);
    connect(m_backend, &DeskBackend::messageReceived, this, &AgentDeskController::onMessageReceived);
    connect(m_backend, &DeskBackend::internalMessageReceived, this, &AgentDeskController::onInternalMessage);
    connect(m_backend, &DeskBackend::connectionLost, this, [this](const QString &reason) {
        m_connected = false;
        Q_EMIT connectionChanged(false, reason);
    });
    connect(m_backend, &DeskBackend::sessionEnded, this, [this](const QString &reason) {
        if (!m_session)
            return;
        ++m_generation;
        clearDesk();
        Q_EMIT sessionChanged();
        fail(tr("You were signed out"), BackendError{QStringLiteral("session-ended"), reason});
    });
    connect(m_backend, &DeskBackend::connectionRestored, this, [this] {
        m_connected = true;
        Q_EMIT connectionChanged(true, QString());
        // What happened while the line was down comes back as a fresh list.
        if (m_session) {
            loadDesk();
        } else if (const auto session = m_backend->session(); session && session->agentId > 0) {
            // A session resumed from the keychain at start: carry on as its agent.
            m_session = session;
            m_status.agentId = session->agentId;
            loadDesk();
            Q_EMIT sessionChanged();
        }
    });
    // Signed in elsewhere already (another window on the same backend): carry on. A user with
    // no agent record (a supervisor at the wallboard) has no desk to carry on.
    if (const auto session = m_backend->session(); session && session->agentId > 0) {
        m_session = session;
        m_status.agentId = session->agentId;
        loadDesk();
        Q_EMIT sessionChanged();
    }
}

void AgentDeskController::signIn(const QString &login, const QString &password)
{
    if (!m_backend || m_signingIn)
        return;
    m_signingIn = true;
    const quint64 generation = ++m_generation;
    clearDesk();
    Q_EMIT sessionChanged();
    QPointer<AgentDeskController> self(this);
    m_backend->signIn(login, password, [self, generation](const BackendResult<AgentSession> &result) {
        if (!self || self->m_generation != generation)
            return;
        self->m_signingIn = false;
        if (!result.ok()) {
            self->fail(tr("Could not sign in"), result.error());
            Q_EMIT self->sessionChanged();
            return;
        }
        self->m_session = result.value();
        // A state that arrived before the answer belongs to this agent too.
        const bool stateKnown = self->m_status.agentId == self->m_session->agentId;
        if (!stateKnown)
            self->m_status = AgentStatus{self->m_session->agentId, AgentState::LoggedOut, {}, 0, 0};
        self->loadDesk();
        Q_EMIT self->sessionChanged();
        // DeskBackend has no request for the agent's current state: a person who signs in starts
        // Not Ready ("just signed in"), as in any ACD, and the answer brings the state.
        if (!stateKnown)
            self->setState(AgentState::NotReady, QStringLiteral("login"));
    });
}

void AgentDeskController::signOut()
{
    if (!m_backend || !m_session)
        return;
    QPointer<AgentDeskController> self(this);
    m_backend->signOut([self](const BackendResult<bool> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->fail(tr("Could not sign out"), result.error());
            return;
        }
        ++self->m_generation;
        self->clearDesk();
        Q_EMIT self->sessionChanged();
    });
}

void AgentDeskController::setState(AgentState state, const QString &reasonCode)
{
    if (!m_backend || !m_session)
        return;
    QPointer<AgentDeskController> self(this);
    m_backend->setState(state, reasonCode, [self](const BackendResult<bool> &result) {
        if (self && !result.ok())
            self->fail(tr("Could not change your state"), result.error());
    });
}

std::optional<ContactSummary> AgentDeskController::contact(qint64 interactionId) const
{
    if (const ContactSummary *found = m_inbox->contactById(interactionId))
        return *found;
    return std::nullopt;
}

void AgentDeskController::command(qint64 interactionId, const QString &what,
                                  const std::function<void(DeskBackend &, DeskBackend::Reply<bool>)> &send,
                                  std::function<void()> after)
{
    if (!m_backend || !m_session || isBusy(interactionId))
        return;
    setBusy(interactionId, true);
    const quint64 generation = m_generation;
    QPointer<AgentDeskController> self(this);
    send(*m_backend, [self, generation, interactionId, what, after](const BackendResult<bool> &result) {
        if (!self || self->m_generation != generation)
            return;
        self->setBusy(interactionId, false);
        if (!result.ok()) {
            self->fail(what, result.error());
            return;
        }
        if (!result.value()) {
            self->fail(what, BackendError{QStringLiteral("refused"), tr("the contact centre refused it")});
            return;
        }
        if (after)
            after();
    });
}

void AgentDeskController::accept(qint64 id)
{
    command(id, tr("Could not accept the contact"),
            [id](DeskBackend &backend, DeskBackend::Reply<bool> reply) { backend.acceptOffer(id, reply); });
}

void AgentDeskController::reject(qint64 id)
{
    command(id, tr("Could not reject the contact"),
            [id](DeskBackend &backend, DeskBackend::Reply<bool> reply) { backend.rejectOffer(id, reply); });
}

void AgentDeskController::hold(qint64 id)
{
    command(id, tr("Could not put the call on hold"),
            [id](DeskBackend &backend, DeskBackend::Reply<bool> reply) { backend.hold(id, reply); });
}

void AgentDeskController::resume(qint64 id)
{
    command(id, tr("Could not resume the call"),
            [id](DeskBackend &backend, DeskBackend::Reply<bool> reply) { backend.resume(id, reply); });
}

void AgentDeskController::setMuted(qint64 id, bool muted)
{
    command(id, muted ? tr("Could not mute the microphone") : tr("Could not unmute the microphone"),
            [id, muted](DeskBackend &backend, DeskBackend::Reply<bool> reply) {
                backend.setMuted(id, muted, reply);
            });
}

void AgentDeskController::setRecordingPaused(qint64 id, bool paused)
{
    command(id, paused ? tr("Could not pause the recording") : tr("Could not resume the recording"),
            [id, paused](DeskBackend &backend, DeskBackend::Reply<bool> reply) {
                backend.setRecordingPaused(id, paused, reply);
            });
}

void AgentDeskController::transferToAgent(qint64 id, qint64 agentId)
{
    command(id, tr("Could not transfer the contact"),
            [id, agentId](DeskBackend &backend, DeskBackend::Reply<bool> reply) {
                backend.transferToAgent(id, agentId, reply);
            });
}

void AgentDeskController::transferToQueue(qint64 id, const QString &queueId)
{
    command(id, tr("Could not transfer the contact"),
            [id, queueId](DeskBackend &backend, DeskBackend::Reply<bool> reply) {
                backend.transferToQueue(id, queueId, reply);
            });
}

void AgentDeskController::startConsult(qint64 id, qint64 agentId, const QString &agentName)
{
    QPointer<AgentDeskController> self(this);
    command(
        id, tr("Could not start the consultation"),
        [id, agentId](DeskBackend &backend, DeskBackend::Reply<bool> reply) {
            backend.startConsult(id, agentId, reply);
        },
        [self, id, agentName] {
            self->m_consulting.insert(id, agentName);
            Q_EMIT self->contactUpdated(id);
        });
}

void AgentDeskController::completeConsultTransfer(qint64 id)
{
    QPointer<AgentDeskController> self(this);
    command(
        id, tr("Could not complete the transfer"),
        [id](DeskBackend &backend, DeskBackend::Reply<bool> reply) {
            backend.completeConsultTransfer(id, reply);
        },
        [self, id] {
            self->m_consulting.remove(id);
            Q_EMIT self->contactUpdated(id);
        });
}

void AgentDeskController::conference(qint64 id)
{
    QPointer<AgentDeskController> self(this);
    command(
        id, tr("Could not start the conference"),
        [id](DeskBackend &backend, DeskBackend::Reply<bool> reply) { backend.conference(id, reply); },
        [self, id] {
            self->m_consulting.remove(id);
            self->m_conferenced.insert(id);
            Q_EMIT self->contactUpdated(id);
        });
}

void AgentDeskController::cancelConsult(qint64 id)
{
    QPointer<AgentDeskController> self(this);
    command(
        id, tr("Could not cancel the consultation"),
        [id](DeskBackend &backend, DeskBackend::Reply<bool> reply) { backend.cancelConsult(id, reply); },
        [self, id] {
            self->m_consulting.remove(id);
            Q_EMIT self->contactUpdated(id);
        });
}

void AgentDeskController::endContact(qint64 id)
{
    command(id, tr("Could not end the contact"),
            [id](DeskBackend &backend, DeskBackend::Reply<bool> reply) { backend.endContact(id, reply); });
}

void AgentDeskController::finishWrapUp(const WrapUp &wrapUp)
{
    command(wrapUp.interactionId, tr("Could not finish the wrap-up"),
            [wrapUp](DeskBackend &backend, DeskBackend::Reply<bool> reply) {
                backend.finishWrapUp(wrapUp, reply);
            });
}

void AgentDeskController::linkCustomer(qint64 id, qint64 customerId)
{
    command(id, tr("Could not link the customer"),
            [id, customerId](DeskBackend &backend, DeskBackend::Reply<bool> reply) {
                backend.linkCustomer(id, customerId, reply);
            });
}

void AgentDeskController::sendMessage(qint64 id, const QString &subject, const QString &body,
                                      std::function<void(bool)> done)
{
    if (!m_backend || !m_session) {
        if (done)
            done(false);
        return;
    }
    const quint64 generation = m_generation;
    QPointer<AgentDeskController> self(this);
    m_backend->sendMessage(id, subject, body, [self, generation, done](const BackendResult<Message> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            self->fail(tr("The message was not sent"), result.error());
            if (done)
                done(false);
            return;
        }
        // The stored message, whether or not the backend also announces it: the transcript
        // drops the copy it already has.
        self->onMessageReceived(result.value());
        if (done)
            done(true);
    });
}

void AgentDeskController::sendInternalMessage(const InternalMessage &message, std::function<void(bool)> done)
{
    if (!m_backend || !m_session) {
        if (done)
            done(false);
        return;
    }
    QPointer<AgentDeskController> self(this);
    m_backend->sendInternalMessage(message, [self, done](const BackendResult<InternalMessage> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->fail(tr("The message to your colleagues was not sent"), result.error());
            if (done)
                done(false);
            return;
        }
        self->onInternalMessage(result.value());
        if (done)
            done(true);
    });
}

void AgentDeskController::onStateChanged(const AgentStatus &status)
{
    if (m_session && status.agentId != m_session->agentId)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void AgentDeskController::onContactChanged(const ContactSummary &contact)
{
    const bool mine = !m_session || contact.agentId == 0 || contact.agentId == m_session->agentId;
    if (!mine || !isWithAgent(contact.state)) {
        if (m_inbox->contactById(contact.interactionId))
            removeContact(contact.interactionId,
                          mine ? departureReason(contact.state) : QStringLiteral("transferred"));
        return;
    }
    const bool isNew = m_inbox->upsert(contact);
    // A consult ends when the customer is back with only this agent, or with someone else.
    if (contact.state == InteractionState::WrapUp) {
        m_consulting.remove(contact.interactionId);
        m_conferenced.remove(contact.interactionId);
    }
    if (isNew && contact.state == InteractionState::Offered)
        Q_EMIT offerArrived(contact);
    Q_EMIT contactUpdated(contact.interactionId);
}

void AgentDeskController::onOfferWithdrawn(qint64 interactionId, const QString &reason)
{
    if (m_inbox->contactById(interactionId))
        removeContact(interactionId, reason);
}

void AgentDeskController::removeContact(qint64 interactionId, const QString &reason)
{
    m_inbox->remove(interactionId);
    m_busy.remove(interactionId);
    m_consulting.remove(interactionId);
    m_conferenced.remove(interactionId);
    Q_EMIT contactRemoved(interactionId, reason);
}

void AgentDeskController::onMessageReceived(const Message &message)
{
    if (!m_inbox->contactById(message.interactionId))
        return;
    if (message.sender == SenderRole::Customer)
        m_inbox->noteUnread(message.interactionId);
    Q_EMIT messageReceived(message);
}

void AgentDeskController::onInternalMessage(const InternalMessage &message)
{
    const bool known = std::any_of(m_internalMessages.cbegin(), m_internalMessages.cend(),
                                   [&](const InternalMessage &m) { return m.id != 0 && m.id == message.id; });
    if (known)
        return;
    m_internalMessages.append(message);
    Q_EMIT internalMessageReceived(message);
}

void AgentDeskController::loadDesk()
{
    if (!m_backend || !m_session)
        return;
    m_ticker->start();
    if (!takesContacts())
        return; // no contacts, dispositions or canned responses to load
    const quint64 generation = m_generation;
    QPointer<AgentDeskController> self(this);
    auto current = [self, generation] { return self && self->m_generation == generation; };
    m_backend->myContacts([self, current](const BackendResult<QList<ContactSummary>> &result) {
        if (!current())
            return;
        if (!result.ok()) {
            self->fail(tr("Could not load your contacts"), result.error());
            return;
        }
        const QList<qint64> before = self->m_inbox->interactionIds();
        QList<qint64> kept;
        for (const ContactSummary &contact : result.value()) {
            if (isWithAgent(contact.state))
                kept.append(contact.interactionId);
        }
        for (qint64 id : before) {
            if (!kept.contains(id))
                self->removeContact(id, QStringLiteral("withdrawn"));
        }
        for (const ContactSummary &contact : result.value())
            self->onContactChanged(contact);
    });
    m_backend->dispositionOptions([self, current](const BackendResult<QList<DispositionOption>> &result) {
        if (!current())
            return;
        if (!result.ok()) {
            self->fail(tr("Could not load the disposition codes"), result.error());
            return;
        }
        self->m_dispositions = result.value();
        Q_EMIT self->listsLoaded();
    });
    m_backend->cannedResponses([self, current](const BackendResult<QList<CannedResponse>> &result) {
        if (!current())
            return;
        if (!result.ok()) {
            self->fail(tr("Could not load the canned responses"), result.error());
            return;
        }
        self->m_cannedResponses = result.value();
        Q_EMIT self->listsLoaded();
    });
}

void AgentDeskController::clearDesk()
{
    m_ticker->stop();
    m_session.reset();
    m_status = AgentStatus();
    const QList<qint64> ids = m_inbox->interactionIds();
    m_inbox->clear();
    m_busy.clear();
    m_consulting.clear();
    m_conferenced.clear();
    m_internalMessages.clear();
    for (qint64 id : ids)
        Q_EMIT contactRemoved(id, QStringLiteral("signed-out"));
    Q_EMIT statusChanged(m_status);
}

void AgentDeskController::setBusy(qint64 interactionId, bool busy)
{
    if (busy == m_busy.contains(interactionId))
        return;
    if (busy)
        m_busy.insert(interactionId);
    else
        m_busy.remove(interactionId);
    Q_EMIT contactUpdated(interactionId);
}

void AgentDeskController::fail(const QString &what, const BackendError &error)
{
    Q_EMIT errorOccurred(tr("%1: %2").arg(what, errorText(error)));
}

} // namespace ContactDesk

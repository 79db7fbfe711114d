#include "interaction.h"

#include <algorithm>

namespace ContactDesk {

namespace {

struct StateName
{
    InteractionState state;
    const char16_t *key;
};

constexpr StateName stateNames[] = {
    {InteractionState::Created, u"created"},
    {InteractionState::Queued, u"queued"},
    {InteractionState::Offered, u"offered"},
    {InteractionState::Connected, u"connected"},
    {InteractionState::Held, u"held"},
    {InteractionState::WrapUp, u"wrap-up"},
    {InteractionState::Closed, u"closed"},
    {InteractionState::Abandoned, u"abandoned"},
    {InteractionState::CallbackRequested, u"callback-requested"},
    {InteractionState::Transferred, u"transferred"},
    {InteractionState::Blocked, u"blocked"},
};

} // namespace

QString interactionStateKey(InteractionState state)
{
    for (const StateName &name : stateNames) {
        if (name.state == state)
            return QString::fromUtf16(name.key);
    }
    Q_UNREACHABLE();
}

std::optional<InteractionState> interactionStateFromKey(QStringView key)
{
    for (const StateName &name : stateNames) {
        if (key == QStringView(name.key))
            return name.state;
    }
    return std::nullopt;
}

Interaction Interaction::create(Channel channel, Direction direction, qint64 atMs)
{
    Interaction interaction;
    interaction.channel = channel;
    interaction.direction = direction;
    interaction.m_times.createdMs = atMs;
    interaction.m_lastChangeMs = atMs;
    return interaction;
}

bool Interaction::isTerminal(InteractionState state)
{
    return state == InteractionState::Closed || state == InteractionState::Abandoned
           || state == InteractionState::Blocked;
}

bool Interaction::canTransition(InteractionState from, InteractionState to)
{
    using S = InteractionState;
    switch (from) {
    case S::Created:
        // Outbound contacts and direct transfers may be offered without queueing.
        return to == S::Queued || to == S::Offered || to == S::Blocked || to == S::Abandoned;
    case S::Queued:
        return to == S::Offered || to == S::Abandoned || to == S::CallbackRequested || to == S::Transferred;
    case S::Offered:
        // Accepted, or back in line after a rejection or a missed offer (RONA).
        return to == S::Connected || to == S::Queued || to == S::Abandoned;
    case S::Connected:
        return to == S::Held || to == S::WrapUp || to == S::Transferred;
    case S::Held:
        return to == S::Connected || to == S::WrapUp || to == S::Transferred;
    case S::WrapUp:
        return to == S::Closed;
    case S::CallbackRequested:
        // The callback is offered when its turn comes; the customer may also cancel it.
        return to == S::Offered || to == S::Queued || to == S::Closed;
    case S::Transferred:
        return to == S::Queued || to == S::Offered;
    case S::Closed:
    case S::Abandoned:
    case S::Blocked:
        return false;
    }
    return false;
}

std::optional<DomainError> Interaction::transitionTo(InteractionState next, qint64 atMs)
{
    if (!canTransition(m_state, next)) {
        return DomainError{QStringLiteral("illegal-transition"),
                                          QStringLiteral("An interaction cannot go from %1 to %2") .arg(
                                              interactionStateKey(m_state), interactionStateKey(next))};
    }
    if (atMs < m_lastChangeMs) {
        return DomainError{
            QStringLiteral("time-went-backwards"),
                           QStringLiteral("Transition to %1 at %2 is before the previous change at %3")
                                              .arg(interactionStateKey(next))
                                              .arg(atMs)
                                              .arg(m_lastChangeMs)};
    }

    if (m_state == InteractionState::Held) {
        m_times.totalHoldMs += atMs - m_times.heldSinceMs;
        m_times.heldSinceMs = 0;
    }

    switch (next) {
    case InteractionState::Queued:
        if (m_times.queuedMs == 0)
            m_times.queuedMs = atMs;
        break;
    case InteractionState::Offered:
        m_times.offeredMs = atMs;
        break;
    case InteractionState::Connected:
        if (m_times.connectedMs == 0)
            m_times.connectedMs = atMs;
        break;
    case InteractionState::Held:
        m_times.heldSinceMs = atMs;
        break;
    case InteractionState::WrapUp:
        m_times.wrapUpMs = atMs;
        break;
    case InteractionState::Closed:
        m_times.closedMs = atMs;
        break;
    case InteractionState::Abandoned:
        m_times.abandonedMs = atMs;
        m_times.closedMs = atMs;
        break;
    case InteractionState::CallbackRequested:
        m_times.callbackRequestedMs = atMs;
        break;
    case InteractionState::Blocked:
        m_times.closedMs = atMs;
        break;
    case InteractionState::Created:
    case InteractionState::Transferred:
        break;
    }
    m_state = next;
    m_lastChangeMs = atMs;
    return std::nullopt;
}

std::optional<DomainError> Interaction::setCsat(int score)
{
    if (score < 1 || score > 5) {
        return DomainError{QStringLiteral("invalid-csat"),
                                          QStringLiteral("CSAT score %1 is outside 1-5").arg(score)};
    }
    m_csat = score;
    return std::nullopt;
}

qint64 Interaction::waitMs() const
{
    if (m_times.queuedMs == 0)
        return -1;
    if (m_times.connectedMs != 0)
        return m_times.connectedMs - m_times.queuedMs;
    if (m_times.abandonedMs != 0)
        return m_times.abandonedMs - m_times.queuedMs;
    return -1;
}

qint64 Interaction::talkMs() const
{
    if (m_times.connectedMs == 0 || m_times.wrapUpMs == 0)
        return -1;
    return std::max<qint64>(0, m_times.wrapUpMs - m_times.connectedMs - m_times.totalHoldMs);
}

qint64 Interaction::afterCallWorkMs() const
{
    if (m_times.wrapUpMs == 0 || m_times.closedMs == 0)
        return -1;
    return m_times.closedMs - m_times.wrapUpMs;
}

void Interaction::restore(InteractionState state, const InteractionTimes &times, std::optional<int> csat)
{
    m_state = state;
    m_times = times;
    m_csat = csat;
    m_lastChangeMs =
        std::max({times.createdMs, times.queuedMs, times.offeredMs, times.connectedMs, times.wrapUpMs,
                  times.closedMs, times.abandonedMs, times.callbackRequestedMs, times.heldSinceMs});
}

std::optional<DomainError> Interaction::validate() const
{
    if (priority < 0 || priority > 100) {
        return DomainError{QStringLiteral("invalid-priority"),
                                          QStringLiteral("Priority %1 is outside 0-100").arg(priority)};
    }
    if (m_times.createdMs <= 0)
        return DomainError{QStringLiteral("missing-time"),
                                          QStringLiteral("An interaction needs a creation time")};
    if (auto error = validateRequirements(requiredSkills))
        return error;
    return std::nullopt;
}

} // namespace ContactDesk

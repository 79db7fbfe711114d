#pragma once

#include "domain/agent.h"
#include "domain/channel.h"

#include <QString>

namespace ContactDesk {

// What the routing engine tells the KPI engine, one call per event, in event order and with the
// engine's clock time. This is the whole contract between core/routing and core/metrics: the
// routing engine calls it, KpiEngine implements it, and nothing re-scans the database.
//
// `interactionId` identifies a contact for its whole life (across requeues and transfers), so
// the KPI side can track waiting contacts, queue depth and longest wait on its own.
class KpiFeed
{
public:
    virtual ~KpiFeed() = default;

    // Queue configuration the KPI side needs (service-level target and short-abandon threshold).
    virtual void queueConfigured(const QString &queueId, int serviceLevelSeconds,
                                 int shortAbandonSeconds) = 0;

    // A contact entered a queue and waits (counts as offered to that queue).
    virtual void contactQueued(qint64 interactionId, const QString &queueId, Channel channel,
                               qint64 customerId, qint64 atMs) = 0;
    // A contact was refused because its queue was full (counts as offered and blocked).
    virtual void contactBlocked(qint64 interactionId, const QString &queueId, Channel channel,
                                qint64 customerId, qint64 atMs) = 0;
    // The customer chose a callback: no longer waiting on the line, not an abandon.
    virtual void callbackRequested(qint64 interactionId, const QString &queueId, qint64 atMs) = 0;
    // An agent connected to the contact. `waitMs` runs from first queued to now.
    virtual void contactAnswered(qint64 interactionId, const QString &queueId, qint64 agentId, qint64 waitMs,
                                 qint64 atMs) = 0;
    // The customer left before being connected.
    virtual void contactAbandoned(qint64 interactionId, const QString &queueId, qint64 waitMs,
                                  qint64 atMs) = 0;
    // The contact left this queue for another one (overflow or transfer): it is counted as
    // offered in the new queue by a later contactQueued, and as neither answered nor abandoned here.
    virtual void contactMovedOut(qint64 interactionId, const QString &queueId, qint64 atMs) = 0;
    // The agent finished the contact (after wrap-up). Times in milliseconds.
    virtual void contactCompleted(qint64 interactionId, const QString &queueId, Channel channel,
                                  qint64 agentId, qint64 customerId, qint64 talkMs, qint64 holdMs,
                                  qint64 afterCallWorkMs, bool resolvedFlag, qint64 atMs) = 0;
    // A CSAT survey answer (1..5) for a completed contact.
    virtual void csatRecorded(qint64 interactionId, const QString &queueId, qint64 agentId, int score,
                              qint64 atMs) = 0;
    // Agent presence: logged in/out, Ready, Not Ready (with reason), After-Call Work.
    virtual void agentStateChanged(qint64 agentId, AgentState state, const QString &reasonCode,
                                   qint64 atMs) = 0;
    // How many contacts the agent is handling right now (connected, held or in wrap-up).
    virtual void agentWorkloadChanged(qint64 agentId, int activeContacts, qint64 atMs) = 0;
};

} // namespace ContactDesk

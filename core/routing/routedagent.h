#pragma once

#include "domain/agent.h"

#include <QString>

namespace ContactDesk {

// An agent's routing state: presence plus the counters the selection strategies rank by. Skills
// and capacity come from the Agent configuration; this is what changes during the day and is
// journaled.
struct RoutedAgent
{
    qint64 agentId = 0;
    AgentState state = AgentState::LoggedOut;
    QString reasonCode;
    qint64 stateSinceMs = 0;

    // When the agent's work last changed (became Ready, was given or finished a contact): the
    // longest-idle strategy serves the oldest first.
    qint64 idleSinceMs = 0;

    // Counters since dayStartMs (midnight UTC of the engine's current day).
    qint64 dayStartMs = 0;
    int contactsToday = 0;
    qint64 busyMsToday = 0;    // with at least one contact (connected, held or in wrap-up)
    qint64 staffedMsToday = 0; // logged in
    qint64 accountedUntilMs = 0;
};

} // namespace ContactDesk

#pragma once

#include "backend/agentdesk.h"
#include "backend/wallboard.h"

#include <QJsonObject>

namespace ContactDesk::Protocol {

// The JSON shapes of protocol v1's payloads (docs/PROTOCOL.md). Keys are camelCase, enums their
// stable keys ("ready", "chat", "offered"), times milliseconds since the epoch (UTC).
QJsonObject toJson(const AgentStatus &status);
QJsonObject toJson(const ContactSummary &contact);
QJsonObject toJson(const InteractionTimes &times);
QJsonObject toJson(const WallboardSnapshot &snapshot);

} // namespace ContactDesk::Protocol

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ContactDesk {

// What a person is in the centre. The order is the ladder of responsibility (agent < team lead <
// supervisor < admin), but what each role may do is written out action by action in the matrix
// of Permissions, never derived from the order.
enum class Role
{
    Agent,
    TeamLead,
    Supervisor,
    Admin,
};

inline constexpr int RoleCount = 4;

// Stable keys for the database, the protocol and the CLI: "agent", "team-lead", "supervisor",
// "admin".
QString roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);
QList<Role> allRoles(); // in the ladder's order

} // namespace ContactDesk

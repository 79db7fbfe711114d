#include "role.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Agent:
        return u"agent"_s;
    case Role::TeamLead:
        return u"team-lead"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role role : allRoles()) {
        if (key == roleKey(role))
            return role;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::Agent, Role::TeamLead, Role::Supervisor, Role::Admin};
}

} // namespace ContactDesk

#include "domain/Role.h"

namespace anju {

QList<Role> Roles::all()
{
    return {Role::Clerk, Role::Secretary, Role::Manager, Role::Admin};
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Secretary:
        return QStringLiteral("secretary");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (Role role : all()) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Secretary:
        return tr("Party secretary");
    case Role::Manager:
        return tr("Manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

} // namespace anju

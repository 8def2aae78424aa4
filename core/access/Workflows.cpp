#include "access/Workflows.h"

#include "access/Permissions.h"

#include <optional>

namespace anju {

namespace {
// What a page reads before it can show anything; the page still to come (support) and the
// settings (language, database, program) need nothing.
std::optional<Action> actionToOpen(Workflow workflow)
{
    switch (workflow) {
    case Workflow::Households:
    case Workflow::Reports: // the monthly summary counts the registry; its party part needs ReadParty
        return Action::ReadRegistry;
    case Workflow::Party:
        return Action::ReadParty;
    case Workflow::Grids:
        return Action::ReadGrids;
    case Workflow::Support:
    case Workflow::Settings:
        return std::nullopt;
    }
    return std::nullopt;
}
} // namespace

Workflow Workflows::startFor(Role role)
{
    switch (role) {
    case Role::Secretary:
        return Workflow::Party; // branches, members, the month's to-do list
    case Role::Manager:
        return Workflow::Reports; // the dashboard and the monthly summary
    case Role::Clerk:
        return Workflow::Households;
    case Role::Admin:
        // Users, backups and settings are menus and a page seldom opened; in a small office the
        // administrator is also the one who enters households, which is the daily work.
        return Workflow::Households;
    }
    return Workflow::Households;
}

Workflow Workflows::startFor(const Session* session)
{
    return session ? startFor(session->role) : Workflow::Households;
}

Outcome Workflows::mayOpen(const Session* session, Workflow workflow)
{
    const std::optional<Action> action = actionToOpen(workflow);
    if (!action)
        return {};
    return Permissions::require(session, *action);
}

} // namespace anju

#pragma once

#include "domain/Session.h"
#include "domain/Violation.h"

#include <QCoreApplication>

namespace anju {

// The workflows of the window, in navigation order (住户, 党建, 网格, 帮扶, 报表, 设置).
enum class Workflow
{
    Households,
    Party,
    Grids,
    Support,
    Reports,
    Settings
};

// Which workflows a user may open, and the one each role starts on: decided here, from the role × action
// table, so the window only shows the answer (a page a role may not use is disabled with this reason).
class Workflows
{
    Q_DECLARE_TR_FUNCTIONS(anju::Workflows)

public:
    // The page a role meets first: its daily work (DOMAIN.md "Who uses it").
    static Workflow startFor(Role role);
    // The start page of the logged-in user; the households page without a session.
    static Workflow startFor(const Session* session);
    // Success, or why this user may not open the workflow's page.
    static Outcome mayOpen(const Session* session, Workflow workflow);
};

} // namespace anju

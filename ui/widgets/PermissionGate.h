#pragma once

#include "access/Permissions.h"

#include <initializer_list>

class QWidget;

namespace anju {

class Database;

// Buttons for an action the user's role may not take: disabled, with core's reason as their tooltip, so a
// role meets its limits before filling a form, not after (issue 15).
class PermissionGate
{
public:
    // Returns whether the action is allowed; the widgets are left alone when it is.
    static bool apply(const Database& db, Action action, std::initializer_list<QWidget*> widgets);
};

} // namespace anju

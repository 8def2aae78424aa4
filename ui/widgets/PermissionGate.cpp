#include "widgets/PermissionGate.h"

#include "database/Database.h"

#include <QWidget>

namespace anju {

bool PermissionGate::apply(const Database& db, Action action, std::initializer_list<QWidget*> widgets)
{
    const Outcome allowed = Permissions::require(db, action);
    if (allowed)
        return true;
    for (QWidget* widget : widgets) {
        widget->setEnabled(false);
        widget->setToolTip(allowed.summary());
    }
    return false;
}

} // namespace anju

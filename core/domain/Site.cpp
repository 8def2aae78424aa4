#include "domain/Site.h"

#include <QStringList>

namespace anju {

QString Address::unitLabel(const QString& unitName)
{
    bool isNumber = false;
    unitName.toInt(&isNumber);
    return isNumber ? tr("Unit %1").arg(unitName) : unitName;
}

QString Address::withinSite() const
{
    QStringList parts;
    if (!buildingName.isEmpty())
        parts.append(buildingName);
    if (!unitName.isEmpty())
        parts.append(unitLabel(unitName));
    if (!room.isEmpty())
        parts.append(room);
    return parts.join(QLatin1Char(' '));
}

QString Address::display() const
{
    const QString inside = withinSite();
    if (siteName.isEmpty())
        return inside;
    return inside.isEmpty() ? siteName : siteName + QLatin1Char(' ') + inside;
}

} // namespace anju

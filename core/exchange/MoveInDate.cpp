#include "exchange/MoveInDate.h"

#include "registry/SiteRepository.h"

namespace anju::exchange {

bool MoveInDate::isNeeded(const ColumnMapping& mapping)
{
    return mapping.value(RosterField::RelocationDate, -1) < 0;
}

Outcome MoveInDate::problem(const ColumnMapping& mapping, QDate given, QDate today)
{
    const QString field = QLatin1String(Field::HouseholdRelocationDate);
    if (given.isValid() && given > today)
        return Outcome::failure(field,
                                tr("The move-in date %1 is in the future.").arg(given.toString(Qt::ISODate)));
    if (isNeeded(mapping) && !given.isValid())
        return Outcome::failure(
            field, tr("The roster has no move-in date column (%1). Give the date its households moved in "
                      "(anju-cli import --moved-in YYYY-MM-DD; the import window asks for it), or add the "
                      "column to the file.")
                       .arg(RosterLayout::info(RosterField::RelocationDate).header));
    return {};
}

QDate MoveInDate::offeredFor(const Database& db, const QString& site)
{
    if (site.trimmed().isEmpty())
        return {};
    for (const Site& s : registry::SiteRepository(db).sites()) {
        if (s.code == site.trimmed() || s.name == site.trimmed())
            return s.moveInDate;
    }
    return {};
}

} // namespace anju::exchange

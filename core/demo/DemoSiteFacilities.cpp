#include "demo/DemoSiteFacilities.h"

#include "database/Database.h"
#include "registry/SiteRules.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::demo {

Outcome recordSiteFacilities(const Database& db)
{
    // The office's own threshold, read the way the dashboard reads it, so "a few sites do not fit" holds.
    const int minResidents = registry::SiteRules::load(db).serviceCentreMinResidents;
    // One grouped pass: a count per site in a correlated subquery made SQLite scan the persons per site.
    QSqlQuery residents(db.connection());
    if (!residents.exec(
            QStringLiteral("SELECT s.id, COALESCE(r.n, 0) FROM sites s LEFT JOIN"
                           " (SELECT h.site_id, COUNT(*) AS n FROM persons p JOIN households h"
                           " ON h.id = p.household_id WHERE p.state = 'active' GROUP BY h.site_id) r"
                           " ON r.site_id = s.id")))
        return Outcome::failure(QLatin1String(Field::General), residents.lastError().text());
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE sites SET service_centre = ?, five_connections = ? WHERE id = ?"));
    while (residents.next()) {
        const qint64 id = residents.value(0).toLongLong();
        const bool large = residents.value(1).toInt() >= minResidents;
        // A large site still waiting for its one-stop centre, now and then a small one with none yet.
        QString centre = QStringLiteral("management");
        if (large)
            centre = id % 4 == 0 ? QStringLiteral("management") : QStringLiteral("one_stop");
        else if (id % 29 == 0)
            centre = QStringLiteral("none");
        update.addBindValue(centre);
        update.addBindValue(id % 13 == 0 ? 0 : 1);
        update.addBindValue(id);
        if (!update.exec())
            return Outcome::failure(QLatin1String(Field::General), update.lastError().text());
    }
    return {};
}

} // namespace anju::demo

#include "report/ReportingUnit.h"

#include "access/Permissions.h"
#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::report {

QString ReportingUnit::key()
{
    return QStringLiteral("office.name");
}

QString ReportingUnit::saved(const Database& db)
{
    return db.setting(key());
}

Outcome ReportingUnit::save(const Database& db, const QString& name)
{
    const Outcome allowed = Permissions::require(db, Action::EditOfficeSettings);
    if (!allowed)
        return allowed;
    const QString unit = name.simplified();
    if (unit.size() > MaxLength)
        return Outcome::failure(
            QStringLiteral("reportingUnit"),
            tr("The reporting unit has at most %1 characters (now %2).").arg(MaxLength).arg(unit.size()));
    if (unit == saved(db))
        return {};
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Outcome::failure(QStringLiteral("reportingUnit"), transaction.error());
    QSqlQuery query(db.connection());
    if (unit.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(key());
    } else {
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key());
        query.addBindValue(unit);
    }
    if (!query.exec())
        return Outcome::failure(
            QStringLiteral("reportingUnit"),
            tr("The reporting unit could not be saved: %1").arg(query.lastError().text()));
    if (!transaction.commit())
        return Outcome::failure(QStringLiteral("reportingUnit"), transaction.error());
    return {};
}

} // namespace anju::report

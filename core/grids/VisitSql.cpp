#include "grids/VisitSql.h"

#include "database/SqlValues.h"

namespace anju::grids::VisitSql {

QString holdsOn(const QString& alias, QDate day, QVariantList* values)
{
    values->append(sqlDate(day));
    values->append(sqlDate(day));
    return QStringLiteral("%1.valid_from <= ? AND (%1.valid_to IS NULL OR %1.valid_to > ?)").arg(alias);
}

QString householdGrid(const QString& alias, QDate day, QVariantList* values)
{
    QString sql = QStringLiteral("COALESCE((SELECT ge.grid_id FROM grid_household_exceptions ge"
                                 " WHERE ge.household_id = %1.id AND ")
                      .arg(alias);
    sql += holdsOn(QStringLiteral("ge"), day, values);
    sql += QStringLiteral(" ORDER BY ge.id LIMIT 1), (SELECT gu.grid_id FROM grid_coverage gu"
                          " JOIN dwellings gd ON gd.unit_id = gu.unit_id WHERE gd.id = %1.dwelling_id AND ")
               .arg(alias);
    sql += holdsOn(QStringLiteral("gu"), day, values);
    sql += QStringLiteral(" ORDER BY gu.id LIMIT 1), (SELECT gb.grid_id FROM grid_coverage gb"
                          " JOIN building_units gbu ON gbu.building_id = gb.building_id"
                          " JOIN dwellings gbd ON gbd.unit_id = gbu.id"
                          " WHERE gbd.id = %1.dwelling_id AND gb.unit_id IS NULL AND ")
               .arg(alias);
    sql += holdsOn(QStringLiteral("gb"), day, values);
    sql += QStringLiteral(" ORDER BY gb.id LIMIT 1))");
    return sql;
}

} // namespace anju::grids::VisitSql

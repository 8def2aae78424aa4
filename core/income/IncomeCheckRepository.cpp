#include "income/IncomeCheckRepository.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "domain/Site.h"
#include "grids/GridRepository.h"
#include "grids/VisitSql.h"
#include "income/IncomeCheckRows.h"
#include "income/IncomeFlagSql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::income {

namespace {

QDate firstOf(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOf(QDate day)
{
    return firstOf(day).addMonths(1).addDays(-1);
}

// "The membership holds on day ?": start_date NULL or on/before the day, end_date NULL or after it (as the
// population section counts people).
QString memberOn(const QString& alias)
{
    return QStringLiteral(
               "(%1.start_date IS NULL OR %1.start_date <= ?) AND (%1.end_date IS NULL OR %1.end_date > ?)")
        .arg(alias);
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    SqlRun::bind(q, values);
    return q.exec();
}

} // namespace

int IncomeSheet::missing() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const SheetRow& r) { return r.missing(); }));
}

Result<IncomeSheet> IncomeCheckRepository::sheet(QDate month, qint64 siteId, qint64 gridId) const
{
    if (!month.isValid())
        return Outcome::failure(QLatin1String(Field::General), tr("Choose the month of the checks."));
    if (gridId > 0) {
        const auto grid = grids::GridRepository(m_db).grid(gridId);
        if (!grid)
            return Outcome::failure(QLatin1String(Field::General), tr("The grid is not on file."));
        if (siteId > 0 && siteId != grid->siteId)
            return Outcome::failure(QLatin1String(Field::General), tr("The grid is not one of the site's."));
        siteId = grid->siteId;
    }
    if (siteId <= 0)
        return Outcome::failure(QLatin1String(Field::General),
                                tr("Choose the site or the grid of the sheet."));
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, siteId); !denied)
        return denied;

    IncomeSheet sheet;
    sheet.month = firstOf(month);
    const QDate last = lastOf(month);
    const QDate previous = sheet.month.addMonths(-1);
    const IncomeSettings settings = IncomeSettings::load(m_db);
    sheet.line = settings.lineFor(sheet.month.year());

    // 1. The households: active at the month's end, or checked in the month, with their members that day.
    QVariantList values{sqlDate(last), sqlDate(last), siteId,
                        sqlDate(last), sqlDate(last), sqlDate(sheet.month)};
    QString sql =
        QStringLiteral(
            "SELECT h.id, h.site_id, h.number, h.head_name, h.phone, b.name, u.name, d.room,"
            " (SELECT COUNT(*) FROM memberships m WHERE m.household_id = h.id AND %1)"
            " FROM households h LEFT JOIN dwellings d ON d.id = h.dwelling_id"
            " LEFT JOIN building_units u ON u.id = d.unit_id"
            " LEFT JOIN buildings b ON b.id = u.building_id"
            " WHERE h.site_id = ? AND (((h.relocation_date IS NULL OR h.relocation_date <= ?)"
            " AND (h.state = 'active' OR h.state_date > ?))"
            " OR EXISTS (SELECT 1 FROM income_checks x WHERE x.household_id = h.id AND x.month = ?))")
            .arg(memberOn(QStringLiteral("m")));
    if (gridId > 0) {
        sql += QStringLiteral(" AND ") + grids::VisitSql::householdGrid(QStringLiteral("h"), last, &values) +
               QStringLiteral(" = ?");
        values.append(gridId);
    }
    sql += QStringLiteral(" ORDER BY h.number");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(
            tr("The households of the sheet could not be read: %1").arg(q.lastError().text()));
    const bool masked = Permissions::masks(m_db.session());
    QHash<qint64, int> rowOf;
    while (q.next()) {
        SheetRow row;
        row.householdId = q.value(0).toLongLong();
        row.siteId = q.value(1).toLongLong();
        row.number = q.value(2).toString();
        row.headName = q.value(3).toString();
        const QString phone = q.value(4).toString();
        row.phone = masked ? Permissions::maskPhone(phone) : phone;
        if (!q.value(5).isNull()) {
            Address a;
            a.buildingName = q.value(5).toString();
            a.unitName = q.value(6).toString();
            a.room = q.value(7).toString();
            row.address = a.withinSite();
        }
        row.defaultHeadcount = q.value(8).toInt();
        rowOf.insert(row.householdId, int(sheet.rows.size()));
        sheet.rows.append(row);
    }
    if (sheet.rows.isEmpty())
        return sheet;

    // 2. The site's checks of the month and of the month before, placed on the rows.
    QSqlQuery checks(m_db.connection());
    if (!run(checks,
             QStringLiteral("SELECT %1 FROM income_checks c JOIN households h ON h.id = c.household_id"
                            " WHERE h.site_id = ? AND c.month >= ? AND c.month <= ?")
                 .arg(IncomeCheckRows::columns()),
             {siteId, sqlDate(previous), sqlDate(sheet.month)}))
        return Outcome::error(
            tr("The checks of the sheet could not be read: %1").arg(checks.lastError().text()));
    while (checks.next()) {
        const IncomeCheck c = IncomeCheckRows::from(checks);
        const auto it = rowOf.constFind(c.householdId);
        if (it == rowOf.cend())
            continue;
        SheetRow& row = sheet.rows[*it];
        (c.month == sheet.month ? row.current : row.previous) = c;
    }

    // 3. The month's flags of the site's checks, computed as the flags list computes them.
    QVariantList flagValues;
    const QString flagSql = IncomeFlagSql::monthFlags(sheet.month, settings, &flagValues);
    flagValues.append(siteId);
    QSqlQuery flags(m_db.connection());
    if (!run(flags,
             QStringLiteral("SELECT f.household_id, f.below_line, f.drop_flag, f.large_expense FROM (%1) f"
                            " JOIN households h ON h.id = f.household_id WHERE h.site_id = ?")
                 .arg(flagSql),
             flagValues))
        return Outcome::error(
            tr("The flags of the sheet could not be read: %1").arg(flags.lastError().text()));
    while (flags.next()) {
        const auto it = rowOf.constFind(flags.value(0).toLongLong());
        if (it == rowOf.cend())
            continue;
        CheckFlags& f = sheet.rows[*it].flags;
        f.belowLine = flags.value(1).toInt() == 1;
        f.drop = flags.value(2).toInt() == 1;
        f.largeExpense = flags.value(3).toInt() == 1;
    }
    return sheet;
}

std::optional<IncomeCheck> IncomeCheckRepository::check(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM income_checks c WHERE c.id = ?").arg(IncomeCheckRows::columns()),
             {id}) ||
        !q.next())
        return std::nullopt;
    return IncomeCheckRows::from(q);
}

std::optional<IncomeCheck> IncomeCheckRepository::checkOf(qint64 householdId, QDate month) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM income_checks c WHERE c.household_id = ? AND c.month = ?")
                 .arg(IncomeCheckRows::columns()),
             {householdId, sqlDate(firstOf(month))}) ||
        !q.next())
        return std::nullopt;
    return IncomeCheckRows::from(q);
}

QList<MonthFigure> IncomeCheckRepository::earlierMonths(qint64 householdId, QDate month) const
{
    const QDate first = firstOf(month);
    QList<MonthFigure> list;
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT c.month, %1 FROM income_checks c WHERE c.household_id = ?"
                            " AND c.month >= ? AND c.month < ? ORDER BY c.month DESC")
                 .arg(IncomeFlagSql::perCapitaAnnual(QStringLiteral("c"))),
             {householdId, sqlDate(first.addMonths(-12)), sqlDate(first)}))
        return list;
    while (q.next())
        list.append({dateFrom(q.value(0)), q.value(1).toLongLong()});
    return list;
}

int IncomeCheckRepository::activeMembers(qint64 householdId, QDate day) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT COUNT(*) FROM memberships m WHERE m.household_id = ? AND %1")
                 .arg(memberOn(QStringLiteral("m"))),
             {householdId, sqlDate(day), sqlDate(day)}) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace anju::income

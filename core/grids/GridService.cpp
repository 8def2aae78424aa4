#include "grids/GridService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "grids/GridRepository.h"
#include "grids/GridRules.h"
#include "grids/GridWrites.h"

#include <QSqlQuery>

namespace anju::grids {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QVariant scalar(const Database& db, const QString& sql, const QVariantList& values)
{
    return GridWrites::scalar(db, sql, values);
}

struct SiteOf
{
    qint64 siteId = 0;
    QString countyCode;
};

std::optional<SiteOf> site(const Database& db, qint64 siteId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, county_code FROM sites WHERE id = ?"));
    q.addBindValue(siteId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SiteOf{q.value(0).toLongLong(), q.value(1).toString()};
}

// The open rows of a dated table that a new row from `date` replaces must have started by then.
Outcome startedBy(const Database& db, const QString& table, const QString& condition,
                  const QVariantList& values, QDate date)
{
    const QVariant later = scalar(
        db,
        QStringLiteral("SELECT MAX(valid_from) FROM %1 WHERE valid_to IS NULL AND %2").arg(table, condition),
        values);
    const QDate from = dateFrom(later);
    if (from.isValid() && from > date)
        return Outcome::failure(
            field(Field::GridDates),
            GridService::tr("What holds now starts on %1, after %2: choose a day on or after "
                            "%1.")
                .arg(iso(from), iso(date)));
    return {};
}

} // namespace

Outcome GridService::writeAllowed(qint64 siteId) const
{
    return Permissions::require(m_db, Action::WriteGrids, siteId);
}

Outcome GridService::organiseAllowed(qint64 siteId) const
{
    return Permissions::require(m_db, Action::OrganiseGrids, siteId);
}

Result<Grid> GridService::saveGrid(Grid g)
{
    g.code = g.code.trimmed();
    g.name = g.name.trimmed();
    g.note = g.note.trimmed();
    const auto s = site(m_db, g.siteId);
    Outcome outcome = GridRules::validate(g, s ? s->countyCode : QString());
    if (g.siteId > 0 && !s)
        outcome.add(field(Field::GridSite), tr("The site does not exist."));
    GridRepository grids(m_db);
    if (const auto taken = grids.gridByCode(g.code); taken && taken->id != g.id)
        outcome.add(field(Field::GridCode), tr("The grid code %1 is already %2's.").arg(g.code, taken->name));
    std::optional<Grid> stored;
    if (g.id != 0) {
        stored = grids.grid(g.id);
        if (!stored)
            outcome.add(field(Field::General), tr("The grid is not on file."));
        else if (stored->siteId != g.siteId)
            outcome.add(field(Field::GridSite), tr("A grid stays in its site; close it and make a new one."));
    }
    if (!outcome)
        return outcome;
    if (Outcome denied = organiseAllowed(g.siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (g.id == 0) {
        if (!GridWrites(m_db, outcome)
                 .write(
                     QStringLiteral(
                         "INSERT INTO grids (code, site_id, name, valid_from, note) VALUES (?, ?, ?, ?, ?)"),
                     {g.code, g.siteId, g.name, sqlDate(g.validFrom), sqlText(g.note)}, &g.id))
            return outcome;
    } else {
        const int rows =
            GridWrites(m_db, outcome)
                .update(QStringLiteral("UPDATE grids SET code = ?, name = ?, valid_from = ?, note = ?,"
                                       " row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                        {g.code, g.name, sqlDate(g.validFrom), sqlText(g.note), g.id, g.rowVersion});
        if (rows < 0)
            return outcome;
        if (rows == 0)
            return Outcome::failure(field(Field::General),
                                    tr("Someone else changed the grid meanwhile; open it again."));
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *grids.grid(g.id);
}

Outcome GridService::closeGrid(qint64 gridId, QDate date, const QString& reason)
{
    const auto g = GridRepository(m_db).grid(gridId);
    if (!g)
        return Outcome::failure(field(Field::General), tr("The grid is not on file."));
    if (!g->isOpenOn(date))
        return Outcome::failure(field(Field::GridDates),
                                tr("The grid %1 is not open on %2.").arg(g->name, iso(date)));
    const int covered = scalar(m_db,
                               QStringLiteral("SELECT COUNT(*) FROM grid_coverage WHERE grid_id = ? AND"
                                              " (valid_to IS NULL OR valid_to > ?)"),
                               {gridId, sqlDate(date)})
                            .toInt();
    const int excepted =
        scalar(m_db,
               QStringLiteral("SELECT COUNT(*) FROM grid_household_exceptions WHERE grid_id = ? AND"
                              " (valid_to IS NULL OR valid_to > ?)"),
               {gridId, sqlDate(date)})
            .toInt();
    if (covered + excepted > 0)
        return Outcome::failure(
            field(Field::GridCoverage),
            tr("The grid %1 still covers %2 building(s) or unit(s) and %3 household(s) by "
               "exception; assign them to another grid before closing it.")
                .arg(g->name)
                .arg(covered)
                .arg(excepted));
    if (Outcome denied = organiseAllowed(g->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    if (GridWrites(m_db, outcome)
                .update(
                    QStringLiteral(
                        "UPDATE grid_staff SET valid_to = ?, end_reason = ?, row_version = row_version + 1"
                        " WHERE grid_id = ? AND valid_to IS NULL"),
                    {sqlDate(date), tr("the grid was closed"), gridId}) < 0 ||
        GridWrites(m_db, outcome)
                .update(QStringLiteral(
                            "UPDATE grids SET valid_to = ?, note = CASE WHEN ? = '' THEN note ELSE ? END,"
                            " row_version = row_version + 1 WHERE id = ?"),
                        {sqlDate(date), sqlText(reason.trimmed()), sqlText(reason.trimmed()), gridId}) < 0)
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return outcome;
}

Result<qint64> GridService::assignCoverage(qint64 gridId, qint64 buildingId, qint64 unitId, QDate date,
                                           const QString& reason)
{
    const auto g = GridRepository(m_db).grid(gridId);
    if (!g)
        return Outcome::failure(field(Field::General), tr("The grid is not on file."));
    if (!date.isValid() || !g->isOpenOn(date))
        return Outcome::failure(field(Field::GridDates),
                                tr("The grid %1 is not open on %2.").arg(g->name, iso(date)));
    QSqlQuery b(m_db.connection());
    b.prepare(QStringLiteral("SELECT site_id, name FROM buildings WHERE id = ?"));
    b.addBindValue(buildingId);
    if (!b.exec() || !b.next())
        return Outcome::failure(field(Field::GridCoverage), tr("The building does not exist."));
    const QString buildingName = b.value(1).toString();
    if (b.value(0).toLongLong() != g->siteId)
        return Outcome::failure(
            field(Field::GridCoverage),
            tr("Building %1 is on another site than the grid %2.").arg(buildingName, g->name));
    if (unitId > 0 &&
        scalar(m_db, QStringLiteral("SELECT building_id FROM building_units WHERE id = ?"), {unitId})
                .toLongLong() != buildingId)
        return Outcome::failure(field(Field::GridCoverage),
                                tr("The unit is not in building %1.").arg(buildingName));
    const QString target =
        unitId > 0 ? QStringLiteral("unit_id = ?") : QStringLiteral("unit_id IS NULL AND building_id = ?");
    const QVariantList targetValues{unitId > 0 ? unitId : buildingId};
    // The row that holds now for the target; when it is this grid's already, only the units of the building
    // that other grids cover separately have anything to move.
    QSqlQuery current(m_db.connection());
    current.prepare(
        QStringLiteral("SELECT id, grid_id FROM grid_coverage WHERE valid_to IS NULL AND %1").arg(target));
    SqlRun::bind(current, targetValues);
    const bool hasCurrent = current.exec() && current.next();
    const qint64 currentId = hasCurrent ? current.value(0).toLongLong() : 0;
    const bool alreadyOurs = hasCurrent && current.value(1).toLongLong() == gridId;
    const int otherUnits =
        unitId > 0
            ? 0
            : scalar(m_db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM grid_coverage WHERE valid_to IS NULL AND building_id = ?"
                         " AND unit_id IS NOT NULL AND grid_id <> ?"),
                     {buildingId, gridId})
                  .toInt();
    if (alreadyOurs && otherUnits == 0)
        return Outcome::failure(field(Field::GridCoverage),
                                tr("The grid %1 already covers it.").arg(g->name));
    // Whole-building assignments end the units' own rows too: they must have started by the day as well.
    const QString replaced = unitId > 0    ? target
                             : alreadyOurs ? QStringLiteral("building_id = ? AND unit_id IS NOT NULL")
                                           : QStringLiteral("building_id = ?");
    if (Outcome early = startedBy(m_db, QStringLiteral("grid_coverage"), replaced, targetValues, date);
        !early)
        return early;
    if (Outcome denied = organiseAllowed(g->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    qint64 id = currentId;
    GridWrites writes(m_db, outcome);
    if (writes.update(QStringLiteral("UPDATE grid_coverage SET valid_to = ? WHERE valid_to IS NULL AND %1")
                          .arg(replaced),
                      QVariantList{sqlDate(date)} + targetValues) < 0)
        return outcome;
    if (!alreadyOurs &&
        !writes.write(QStringLiteral("INSERT INTO grid_coverage (grid_id, building_id, unit_id,"
                                     " valid_from, reason) VALUES (?, ?, ?, ?, ?)"),
                      {gridId, buildingId, sqlId(unitId), sqlDate(date), sqlText(reason.trimmed())}, &id))
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return id;
}

Outcome GridService::endCoverage(qint64 coverageId, QDate date)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.valid_from, c.valid_to, g.site_id FROM grid_coverage c"
                             " JOIN grids g ON g.id = c.grid_id WHERE c.id = ?"));
    q.addBindValue(coverageId);
    if (!q.exec() || !q.next())
        return Outcome::failure(field(Field::General), tr("The coverage is not on file."));
    if (!q.value(1).isNull())
        return Outcome::failure(field(Field::GridCoverage), tr("The coverage has already ended."));
    if (Outcome bad = GridRules::checkEnd(dateFrom(q.value(0)), date, Field::GridDates);
        !bad || !date.isValid())
        return bad ? Outcome::failure(field(Field::GridDates), tr("Enter the day it ends.")) : bad;
    if (Outcome denied = organiseAllowed(q.value(2).toLongLong()); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    if (GridWrites(m_db, outcome)
            .update(QStringLiteral("UPDATE grid_coverage SET valid_to = ? WHERE id = ?"),
                    {sqlDate(date), coverageId}) < 0)
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return outcome;
}

Result<qint64> GridService::placeHousehold(qint64 householdId, qint64 gridId, QDate date,
                                           const QString& reason)
{
    const auto g = GridRepository(m_db).grid(gridId);
    if (!g)
        return Outcome::failure(field(Field::General), tr("The grid is not on file."));
    if (!date.isValid() || !g->isOpenOn(date))
        return Outcome::failure(field(Field::GridDates),
                                tr("The grid %1 is not open on %2.").arg(g->name, iso(date)));
    if (reason.trimmed().isEmpty())
        return Outcome::failure(field(Field::GridReason),
                                tr("Say why the household is not in its dwelling's grid."));
    QSqlQuery h(m_db.connection());
    h.prepare(QStringLiteral("SELECT site_id, state, number FROM households WHERE id = ?"));
    h.addBindValue(householdId);
    if (!h.exec() || !h.next())
        return Outcome::failure(field(Field::General), tr("The household is not on file."));
    if (h.value(0).toLongLong() != g->siteId)
        return Outcome::failure(
            field(Field::General),
            tr("Household %1 lives on another site than the grid %2.").arg(h.value(2).toString(), g->name));
    if (h.value(1).toString() != QLatin1String("active"))
        return Outcome::failure(field(Field::General),
                                tr("Household %1 is no longer registered.").arg(h.value(2).toString()));
    if (Outcome early = startedBy(m_db, QStringLiteral("grid_household_exceptions"),
                                  QStringLiteral("household_id = ?"), {householdId}, date);
        !early)
        return early;
    if (Outcome denied = organiseAllowed(g->siteId); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    qint64 id = 0;
    if (GridWrites(m_db, outcome)
                .update(QStringLiteral(
                            "UPDATE grid_household_exceptions SET valid_to = ? WHERE household_id = ? AND"
                            " valid_to IS NULL"),
                        {sqlDate(date), householdId}) < 0 ||
        !GridWrites(m_db, outcome)
             .write(QStringLiteral(
                        "INSERT INTO grid_household_exceptions (household_id, grid_id, valid_from, reason)"
                        " VALUES (?, ?, ?, ?)"),
                    {householdId, gridId, sqlDate(date), reason.trimmed()}, &id))
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return id;
}

Outcome GridService::endException(qint64 householdId, QDate date)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT e.valid_from, g.site_id FROM grid_household_exceptions e"
                       " JOIN grids g ON g.id = e.grid_id WHERE e.household_id = ? AND e.valid_to IS NULL"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return Outcome::failure(field(Field::General), tr("The household has no exception to end."));
    if (!date.isValid())
        return Outcome::failure(field(Field::GridDates), tr("Enter the day it ends."));
    if (Outcome bad = GridRules::checkEnd(dateFrom(q.value(0)), date, Field::GridDates); !bad)
        return bad;
    if (Outcome denied = organiseAllowed(q.value(1).toLongLong()); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    Outcome outcome;
    if (GridWrites(m_db, outcome)
            .update(
                QStringLiteral("UPDATE grid_household_exceptions SET valid_to = ? WHERE household_id = ? AND"
                               " valid_to IS NULL"),
                {sqlDate(date), householdId}) < 0)
        return outcome;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return outcome;
}

} // namespace anju::grids

#include "grids/GridPlanQuery.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/GridRepository.h"
#include "grids/GridRules.h"
#include "grids/VisitRules.h"
#include "grids/VisitTargets.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::grids {

namespace {

QString holds(const QString& alias)
{
    return QStringLiteral("%1.valid_from <= :day AND (%1.valid_to IS NULL OR %1.valid_to > :day)").arg(alias);
}

// Building names are "2栋", "10栋": by length then text puts 2 before 10 (as GridRepository::plan).
bool planOrder(const PlanCell& x, const PlanCell& y)
{
    const PlanRow& a = x.row;
    const PlanRow& b = y.row;
    if (a.buildingName.size() != b.buildingName.size())
        return a.buildingName.size() < b.buildingName.size();
    if (a.buildingName != b.buildingName)
        return a.buildingName < b.buildingName;
    if (a.floor != b.floor)
        return a.floor < b.floor;
    if (a.unitName != b.unitName)
        return a.unitName < b.unitName;
    return a.room < b.room;
}

} // namespace

QList<CareCategory> GridPlanQuery::mustVisitCategories()
{
    return {CareCategory::LeftBehindChild, CareCategory::ElderlyAlone, CareCategory::LossOfSelfCare,
            CareCategory::SeriouslyIll, CareCategory::Hospitalised};
}

VisitAge GridPlanQuery::ageOf(QDate lastVisit, QDate day, int windowDays)
{
    if (!lastVisit.isValid() || lastVisit > day)
        return VisitAge::Never;
    if (lastVisit.year() == day.year() && lastVisit.month() == day.month())
        return VisitAge::ThisMonth;
    return lastVisit.daysTo(day) <= windowDays ? VisitAge::WithinWindow : VisitAge::Overdue;
}

Result<GridPlan> GridPlanQuery::plan(qint64 gridId, QDate day) const
{
    const auto g = GridRepository(m_db).grid(gridId);
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids, g ? g->siteId : 0); !denied)
        return denied;
    if (!g)
        return Outcome::failure(QLatin1String(Field::General), tr("The grid is not on file."));
    const QList<CareCategory> categories = mustVisitCategories();
    // The categories of a household's members as one bit each: SUM(DISTINCT) folds two members of the
    // same category into one bit, so the sum is the set.
    QStringList whens;
    for (int i = 0; i < categories.size(); ++i)
        whens.append(QStringLiteral("WHEN :c%1 THEN %2").arg(i).arg(1 << i));
    // A grid covers buildings of its own site and exceptions keep to it (GridService), so only that
    // site's households are placed: a 3,000-household site, not the whole office.
    const QString placed = GridRepository::householdGridSql() + QStringLiteral(" AND h.site_id = :site");
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "SELECT h.id, h.number, h.head_name, b.id, b.name, u.name, d.room,"
            " (SELECT COUNT(*) FROM grid_household_exceptions e WHERE e.household_id = h.id AND %1),"
            " (SELECT COUNT(*) FROM household_care_marks m WHERE m.household_id = h.id AND %2),"
            " (SELECT COUNT(*) FROM pairings r WHERE r.household_id = h.id AND %3),"
            " (SELECT MAX(v.visit_date) FROM visits v WHERE v.household_id = h.id AND v.visit_date <= :day),"
            " (SELECT SUM(DISTINCT CASE c.category %4 ELSE 0 END) FROM persons p"
            "  JOIN person_care_categories c ON c.person_id = p.id"
            "  WHERE p.household_id = h.id AND p.state = 'active' AND %5),"
            // A pairing partner's home visit logged as a contact is a visit too, whoever made it.
            " (SELECT MAX(k.contact_date) FROM pairings r JOIN pairing_contacts k ON k.pairing_id = r.id"
            "  WHERE r.household_id = h.id AND k.way = 'home_visit' AND k.contact_date <= :day),"
            // The latest window that ended with its task still open on the day (a missed 四必访 or 三必到):
            // its first and last days, compared with the last visit below.
            " (SELECT MAX(t.due_from) FROM visit_tasks t WHERE t.household_id = h.id AND %7),"
            " (SELECT MAX(t.overdue_after) FROM visit_tasks t WHERE t.household_id = h.id AND %7)"
            " FROM (%6) x JOIN households h ON h.id = x.household_id"
            " LEFT JOIN dwellings d ON d.id = h.dwelling_id"
            " LEFT JOIN building_units u ON u.id = d.unit_id"
            " LEFT JOIN buildings b ON b.id = u.building_id WHERE x.grid_id = :grid")
            .arg(holds(QStringLiteral("e")), holds(QStringLiteral("m")), holds(QStringLiteral("r")),
                 whens.join(QLatin1Char(' ')), holds(QStringLiteral("c")), placed,
                 QStringLiteral("t.overdue_after < :day AND (t.closed_on IS NULL OR t.closed_on > :day)"
                                " AND (t.cancelled_on IS NULL OR t.cancelled_on > :day)")));
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    q.bindValue(QStringLiteral(":site"), g->siteId);
    q.bindValue(QStringLiteral(":grid"), gridId);
    for (int i = 0; i < categories.size(); ++i)
        q.bindValue(QStringLiteral(":c%1").arg(i), enumKey(categories.at(i)));
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    GridPlan plan;
    const VisitRules rules = VisitRules::load(m_db);
    plan.windowDays = rules.noContactDays;
    // The difficult families of the day from every source the office names (monitoring, safety net, care
    // categories), so a household with a 四必访 task is starred on the map as well as those marked by hand.
    QSet<qint64> difficult;
    for (const VisitTarget& t : VisitTargets(m_db, rules).between(day, day, 0, g->siteId))
        if (t.kind == VisitTargetKind::DifficultFamily)
            difficult.insert(t.householdId);
    while (q.next()) {
        PlanCell cell;
        PlanRow& r = cell.row;
        r.householdId = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.headName = q.value(2).toString();
        r.buildingId = q.value(3).toLongLong();
        r.buildingName = q.value(4).toString();
        r.unitName = q.value(5).toString();
        r.room = q.value(6).toString();
        r.floor = GridRules::floorOfRoom(r.room);
        r.byException = q.value(7).toInt() > 0;
        cell.difficultFamily = q.value(8).toInt() > 0 || difficult.contains(r.householdId);
        cell.paired = q.value(9).toInt() > 0;
        cell.lastVisit = std::max(dateFrom(q.value(10)), dateFrom(q.value(12)));
        const int bits = q.value(11).toInt();
        for (int i = 0; i < categories.size(); ++i)
            if (bits & (1 << i))
                cell.care.append(categories.at(i));
        // Missed when nobody has been since that window began: a visit during or after it (late, or for
        // another reason) means the household was seen, even if the task was left open.
        if (const QDate windowStart = dateFrom(q.value(13));
            windowStart.isValid() && (!cell.lastVisit.isValid() || cell.lastVisit < windowStart))
            cell.missedWindowEnd = dateFrom(q.value(14));
        cell.age =
            cell.missedWindowEnd.isValid() ? VisitAge::Overdue : ageOf(cell.lastVisit, day, plan.windowDays);
        PlanCounts& n = plan.counts;
        ++n.households;
        n.mustVisit += cell.mustVisit() ? 1 : 0;
        n.paired += cell.paired ? 1 : 0;
        n.thisMonth += cell.age == VisitAge::ThisMonth ? 1 : 0;
        n.withinWindow += cell.age == VisitAge::WithinWindow ? 1 : 0;
        n.overdue += cell.age == VisitAge::Overdue ? 1 : 0;
        n.never += cell.age == VisitAge::Never ? 1 : 0;
        plan.cells.append(cell);
    }
    std::sort(plan.cells.begin(), plan.cells.end(), planOrder);
    return plan;
}

} // namespace anju::grids

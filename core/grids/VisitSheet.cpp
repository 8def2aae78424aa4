#include "grids/VisitSheet.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "domain/Site.h"
#include "grids/GridRules.h"
#include "grids/VisitRepository.h"
#include "grids/VisitService.h"
#include "grids/VisitSheetCode.h"
#include "grids/VisitSql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::grids {

namespace {

QDate monthStart(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate monthEnd(QDate day)
{
    return monthStart(day).addMonths(1).addDays(-1);
}

QString taskField()
{
    return QString::fromLatin1(Field::VisitTaskField);
}

// "A dated row holds on some day of [first, last]": valid_to is the first day it no longer holds.
QString overlapsMonth(const QString& alias, QDate first, QDate last, QVariantList* values)
{
    values->append(sqlDate(last));
    values->append(sqlDate(first));
    return QStringLiteral("%1.valid_from <= ? AND (%1.valid_to IS NULL OR %1.valid_to > ?)").arg(alias);
}

bool isTargetCare(CareCategory c)
{
    // The care categories that make a person a 四必访 target (VisitTargets): the others are shown as
    // marks, but do not make the family a must-visit one by themselves.
    return c == CareCategory::Hospitalised || c == CareCategory::LossOfSelfCare ||
           c == CareCategory::ElderlyAlone;
}

// Building names are "2栋", "10栋": by length then text puts 2 before 10 (as GridRepository::plan).
bool sheetOrder(const VisitSheetRow& a, const VisitSheetRow& b)
{
    if (a.buildingName.isEmpty() != b.buildingName.isEmpty())
        return b.buildingName.isEmpty(); // households without a dwelling last
    if (a.buildingName.size() != b.buildingName.size())
        return a.buildingName.size() < b.buildingName.size();
    if (a.buildingName != b.buildingName)
        return a.buildingName < b.buildingName;
    if (a.floor != b.floor)
        return a.floor < b.floor;
    if (a.unitName != b.unitName)
        return a.unitName < b.unitName;
    if (a.room != b.room)
        return a.room < b.room;
    if (a.householdNumber != b.householdNumber)
        return a.householdNumber < b.householdNumber;
    if (a.window.overdueAfter != b.window.overdueAfter)
        return a.window.overdueAfter < b.window.overdueAfter;
    return a.taskId < b.taskId;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString VisitSheetRow::address() const
{
    Address a;
    a.buildingName = buildingName;
    a.unitName = unitName;
    a.room = room;
    return a.withinSite();
}

QString VisitSheetWorker::key() const
{
    return staffId > 0 ? QStringLiteral("staff:%1").arg(staffId) : QStringLiteral("member:%1").arg(memberId);
}

Outcome VisitSheetQuery::mayRecord(const Database& db)
{
    return Permissions::require(db, Action::WriteGrids);
}

Outcome VisitSheetQuery::mayPrint(const Database& db)
{
    return Permissions::require(db, Action::ReadGrids);
}

QString VisitSheetQuery::reasonLabel(const VisitSheetRow& row)
{
    if (row.kind == TaskKind::MustVisit) {
        if (const auto kind = enumFromKey<VisitTargetKind>(row.reason))
            return enumLabel(*kind);
    } else if (const auto trigger = enumFromKey<AttendTrigger>(row.reason)) {
        return enumLabel(*trigger);
    }
    return row.reason;
}

// The tasks a month's sheet lists: open, due by the month's end, and of a 四必访 target only its latest
// window. A window missed in an earlier month stays open (the findings and the household's timeline show it
// as missed) but one that a later window of the same person and reason follows is not listed again: a
// worker's December sheet listed one household twelve times, one row per month missed since the winter
// before. A 三必到 task is listed until it is attended. Two values: the month's end, twice.
namespace {
QString openOnSheet()
{
    return QStringLiteral(
        "t.closed_on IS NULL AND t.cancelled_on IS NULL AND t.due_from <= ? AND (t.kind <> 'must_visit'"
        " OR NOT EXISTS (SELECT 1 FROM visit_tasks n WHERE n.household_id = t.household_id AND n.kind = "
        "t.kind"
        " AND n.reason = t.reason AND COALESCE(n.person_id, 0) = COALESCE(t.person_id, 0)"
        " AND n.due_from > t.due_from AND n.due_from <= ? AND n.cancelled_on IS NULL))");
}
} // namespace

Result<QList<VisitSheetRow>> VisitSheetQuery::rows(const QString& where, const QVariantList& whereValues,
                                                   QDate month, qint64 gridId) const
{
    const QDate first = monthStart(month);
    const QDate last = monthEnd(month);
    QVariantList values;
    QString sql = QStringLiteral(
        "SELECT t.id, t.household_id, t.person_id, t.kind, t.reason, t.due_from, t.overdue_after,"
        " t.assignee_staff_id, t.assignee_member_id, h.number, h.head_name, b.name, u.name, d.room, tp.name,"
        " COALESCE(asp.name, NULLIF(ast.cadre_name, ''), amp.name, NULLIF(am.cadre_name, '')),"
        " (SELECT MAX(v.visit_date) FROM visits v WHERE v.household_id = h.id),"
        " (SELECT COUNT(*) FROM household_care_marks cm WHERE cm.household_id = h.id AND ");
    sql += overlapsMonth(QStringLiteral("cm"), first, last, &values);
    sql += QStringLiteral(
        ") FROM visit_tasks t JOIN households h ON h.id = t.household_id"
        " LEFT JOIN persons tp ON tp.id = t.person_id"
        " LEFT JOIN grid_staff ast ON ast.id = t.assignee_staff_id LEFT JOIN persons asp ON asp.id = "
        "ast.person_id"
        " LEFT JOIN party_members am ON am.id = t.assignee_member_id LEFT JOIN persons amp ON amp.id = "
        "am.person_id"
        " LEFT JOIN dwellings d ON d.id = h.dwelling_id LEFT JOIN building_units u ON u.id = d.unit_id"
        " LEFT JOIN buildings b ON b.id = u.building_id WHERE ");
    sql += where;
    values += whereValues;
    if (gridId > 0) {
        sql += QStringLiteral(" AND ") + VisitSql::householdGrid(QStringLiteral("h"), last, &values) +
               QStringLiteral(" = ?");
        values << gridId;
    }
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Outcome::error(tr("The visit sheet could not be read: %1").arg(q.lastError().text()));
    QList<VisitSheetRow> result;
    while (q.next()) {
        VisitSheetRow r;
        r.taskId = q.value(0).toLongLong();
        r.code = VisitSheetCode::encode(r.taskId);
        r.householdId = q.value(1).toLongLong();
        const qint64 personId = q.value(2).toLongLong();
        r.kind = enumFromKey<TaskKind>(q.value(3).toString()).value_or(TaskKind::MustVisit);
        r.reason = q.value(4).toString();
        r.window = {dateFrom(q.value(5)), dateFrom(q.value(6))};
        r.assigneeStaffId = q.value(7).toLongLong();
        r.assigneeMemberId = q.value(8).toLongLong();
        r.householdNumber = q.value(9).toString();
        r.headName = q.value(10).toString();
        r.buildingName = q.value(11).toString();
        r.unitName = q.value(12).toString();
        r.room = q.value(13).toString();
        r.floor = GridRules::floorOfRoom(r.room);
        if (personId > 0)
            r.persons.append({personId, q.value(14).toString(), {}, true});
        r.assigneeName = q.value(15).toString();
        r.lastVisit = dateFrom(q.value(16));
        r.mustVisitFamily = r.kind == TaskKind::MustVisit || q.value(17).toInt() > 0;
        result.append(r);
    }
    addPersons(result, month);
    std::sort(result.begin(), result.end(), sheetOrder);
    return result;
}

void VisitSheetQuery::addPersons(QList<VisitSheetRow>& rows, QDate month) const
{
    if (rows.isEmpty())
        return;
    QList<qint64> households;
    for (const VisitSheetRow& r : std::as_const(rows))
        if (!households.contains(r.householdId))
            households.append(r.householdId);
    // The members of those households with a care category in the month, in chunks of bound ids.
    QHash<qint64, QList<VisitSheetPerson>> byHousehold;
    constexpr int Chunk = 400;
    for (qsizetype from = 0; from < households.size(); from += Chunk) {
        const QList<qint64> chunk = households.mid(from, Chunk);
        QVariantList values;
        QString sql = QStringLiteral("SELECT p.household_id, p.id, p.name, c.category FROM persons p"
                                     " JOIN person_care_categories c ON c.person_id = p.id"
                                     " WHERE p.state = 'active' AND ");
        sql += overlapsMonth(QStringLiteral("c"), monthStart(month), monthEnd(month), &values);
        QStringList marks;
        for (qint64 id : chunk) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        sql += QStringLiteral(" AND p.household_id IN (%1) ORDER BY p.household_id, p.id, c.category")
                   .arg(marks.join(QLatin1Char(',')));
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec())
            continue;
        while (q.next()) {
            QList<VisitSheetPerson>& persons = byHousehold[q.value(0).toLongLong()];
            const qint64 personId = q.value(1).toLongLong();
            if (persons.isEmpty() || persons.last().personId != personId)
                persons.append({personId, q.value(2).toString(), {}, false});
            if (const auto category = enumFromKey<CareCategory>(q.value(3).toString()))
                if (!persons.last().care.contains(*category))
                    persons.last().care.append(*category);
        }
    }
    for (VisitSheetRow& r : rows) {
        for (const VisitSheetPerson& p : byHousehold.value(r.householdId)) {
            auto same = std::find_if(r.persons.begin(), r.persons.end(),
                                     [&p](const VisitSheetPerson& o) { return o.personId == p.personId; });
            if (same != r.persons.end())
                same->care = p.care;
            else
                r.persons.append(p);
            if (std::any_of(p.care.cbegin(), p.care.cend(), isTargetCare))
                r.mustVisitFamily = true;
        }
    }
}

Result<VisitSheet> VisitSheetQuery::forWorker(QDate month, const VisitSheetWorker& worker, qint64 gridId,
                                              QDate today) const
{
    if (Outcome denied = mayPrint(m_db); !denied)
        return denied;
    if (!month.isValid())
        return Outcome::failure(QLatin1String(Field::General), tr("Choose the month of the sheet."));
    if (worker.staffId <= 0 && worker.memberId <= 0)
        return Outcome::failure(QLatin1String(Field::General), tr("Choose whose visit sheet to make."));
    QVariantList values{sqlDate(monthEnd(month)), sqlDate(monthEnd(month))};
    QString where = openOnSheet() + QStringLiteral(" AND ");
    if (worker.staffId > 0) {
        where += QStringLiteral("t.assignee_staff_id = ?");
        values << worker.staffId;
    } else {
        where += QStringLiteral("t.assignee_member_id = ?");
        values << worker.memberId;
    }
    auto found = rows(where, values, month, gridId);
    if (!found)
        return Outcome(found);
    VisitSheet sheet;
    sheet.month = monthStart(month);
    sheet.madeOn = today;
    sheet.title = worker.name;
    sheet.subtitle = worker.description;
    sheet.rows = found.value();
    return sheet;
}

Result<VisitSheet> VisitSheetQuery::forBuilding(QDate month, qint64 buildingId, qint64 gridId,
                                                QDate today) const
{
    if (Outcome denied = mayPrint(m_db); !denied)
        return denied;
    if (!month.isValid())
        return Outcome::failure(QLatin1String(Field::General), tr("Choose the month of the sheet."));
    QSqlQuery b(m_db.connection());
    b.prepare(
        QStringLiteral("SELECT b.name, b.site_id, s.name FROM buildings b JOIN sites s ON s.id = b.site_id"
                       " WHERE b.id = ?"));
    b.addBindValue(buildingId);
    if (!b.exec() || !b.next())
        return Outcome::failure(QLatin1String(Field::General), tr("The building is not on file."));
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids, b.value(1).toLongLong()); !denied)
        return denied;
    // The building's households named first, so the engine starts from them (dwellings by unit, tasks by
    // household): from `b.id = ?` alone SQLite walked every open task of the office due by the month's end
    // (9 s for a building at 280,000 households, 1 ms this way).
    auto found =
        rows(QStringLiteral("t.household_id IN (SELECT hb.id FROM households hb"
                            " JOIN dwellings db ON db.id = hb.dwelling_id"
                            " JOIN building_units ub ON ub.id = db.unit_id WHERE ub.building_id = ?)"
                            " AND ") +
                 openOnSheet() + QStringLiteral(" AND b.id = ?"),
             {buildingId, sqlDate(monthEnd(month)), sqlDate(monthEnd(month)), buildingId}, month, gridId);
    if (!found)
        return Outcome(found);
    VisitSheet sheet;
    sheet.month = monthStart(month);
    sheet.madeOn = today;
    sheet.title = b.value(0).toString();
    sheet.siteName = b.value(2).toString();
    sheet.subtitle = sheet.siteName;
    sheet.rows = found.value();
    return sheet;
}

Result<VisitSheetRow> VisitSheetQuery::row(qint64 taskId, QDate today) const
{
    if (Outcome denied = mayPrint(m_db); !denied)
        return denied;
    const auto task = VisitRepository(m_db).task(taskId);
    const QString code = VisitSheetCode::encode(taskId);
    if (!task)
        return Outcome::failure(taskField(), tr("No visit task has the code %1.").arg(code));
    if (task->closedByVisitId > 0)
        return Outcome::failure(taskField(),
                                tr("The task of code %1 (household %2) was already answered by "
                                   "the visit of %3.")
                                    .arg(code, task->householdNumber, task->closedOn.toString(Qt::ISODate)));
    if (task->cancelledOn.isValid())
        return Outcome::failure(taskField(),
                                tr("The task of code %1 (household %2) was cancelled on %3: %4")
                                    .arg(code, task->householdNumber, task->cancelledOn.toString(Qt::ISODate),
                                         task->cancelReason));
    auto found = rows(QStringLiteral("t.id = ?"), {taskId}, today, 0);
    if (!found)
        return Outcome(found);
    if (found.value().isEmpty()) // on a site the user does not work on
        return Outcome::failure(taskField(),
                                tr("The task of code %1 is of a household outside your sites.").arg(code));
    return found.value().first();
}

Result<VisitSheetRow> VisitSheetQuery::rowForCode(const QString& code, QDate today) const
{
    const Result<qint64> id = VisitSheetCode::decode(code);
    if (!id)
        return Outcome(id);
    return row(id.value(), today);
}

Result<QList<VisitSheetWorker>> VisitSheetQuery::workers(const QString& text, QDate month,
                                                         qint64 gridId) const
{
    if (Outcome denied = mayPrint(m_db); !denied)
        return denied;
    const QString name = text.trimmed();
    const QDate first = monthStart(month);
    const QDate last = monthEnd(month);

    // "staff:12" / "member:34", as a list of candidates prints them.
    qint64 staffId = 0;
    qint64 memberId = 0;
    if (name.startsWith(QLatin1String("staff:")))
        staffId = name.mid(6).toLongLong();
    else if (name.startsWith(QLatin1String("member:")))
        memberId = name.mid(7).toLongLong();
    const bool byKey = staffId > 0 || memberId > 0;
    const bool everyone = name.isEmpty(); // the window's list: every worker of the month

    // A grid's workers are its staff; a party member is of no one grid.
    const bool readStaff = !byKey || staffId > 0;
    const bool readMembers = gridId == 0 && (!byKey || memberId > 0);
    QList<VisitSheetWorker> found;
    for (const bool exact : {true, false}) {
        if (!exact && (byKey || everyone || !found.isEmpty()))
            break;
        const QString match = exact ? QStringLiteral(" = ?") : QStringLiteral(" LIKE ? ESCAPE '!'");
        const QVariant value = exact ? QVariant(name) : QVariant(likePattern(name));
        if (readStaff) {
            QVariantList values;
            QString sql = QStringLiteral(
                "SELECT s.id, COALESCE(p.name, s.cadre_name), s.role, g.name, st.name FROM grid_staff s"
                " JOIN grids g ON g.id = s.grid_id JOIN sites st ON st.id = g.site_id"
                " LEFT JOIN persons p ON p.id = s.person_id WHERE ");
            sql += overlapsMonth(QStringLiteral("s"), first, last, &values);
            if (byKey) {
                sql += QStringLiteral(" AND s.id = ?");
                values << staffId;
            } else if (!everyone) {
                sql += QStringLiteral(" AND COALESCE(p.name, s.cadre_name)") + match;
                values << value;
            }
            if (gridId > 0) {
                sql += QStringLiteral(" AND s.grid_id = ?");
                values << gridId;
            }
            const QString scope =
                Permissions::siteScopeSql(m_db.session(), QStringLiteral("g.site_id"), &values);
            if (!scope.isEmpty())
                sql += QStringLiteral(" AND ") + scope;
            sql += QStringLiteral(" ORDER BY g.code, s.id");
            QSqlQuery q(m_db.connection());
            q.prepare(sql);
            for (const QVariant& v : std::as_const(values))
                q.addBindValue(v);
            if (!q.exec())
                return Outcome::error(tr("The workers could not be read: %1").arg(q.lastError().text()));
            while (q.next()) {
                VisitSheetWorker w;
                w.staffId = q.value(0).toLongLong();
                w.name = q.value(1).toString();
                const auto role = enumFromKey<StaffRole>(q.value(2).toString());
                // Every site numbers its grids from 网格01: the site tells two offices' workers apart.
                w.description = tr("%1, %2 %3")
                                    .arg(role ? enumLabel(*role) : q.value(2).toString(),
                                         q.value(4).toString(), q.value(3).toString());
                found.append(w);
            }
        }
        if (!readMembers)
            continue;
        // Party members paired with a household in the month, or with a task assigned: the pairing cadres.
        QVariantList values;
        QString sql =
            QStringLiteral("SELECT m.id, COALESCE(p.name, m.cadre_name), o.name FROM party_members m"
                           " LEFT JOIN persons p ON p.id = m.person_id LEFT JOIN party_organisations o ON "
                           "o.id = m.organisation_id"
                           " WHERE ");
        if (byKey) {
            sql += QStringLiteral("m.id = ?");
            values << memberId;
        } else if (everyone) {
            sql += QStringLiteral("1 = 1");
        } else {
            sql += QStringLiteral("COALESCE(p.name, m.cadre_name)") + match;
            values << value;
        }
        sql += QStringLiteral(" AND (EXISTS (SELECT 1 FROM pairings pr WHERE pr.party_member_id = m.id AND ");
        sql += overlapsMonth(QStringLiteral("pr"), first, last, &values);
        sql += QStringLiteral(") OR EXISTS (SELECT 1 FROM visit_tasks t WHERE t.assignee_member_id = m.id"
                              " AND t.due_from <= ?)) ORDER BY m.id");
        values << sqlDate(last);
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        for (const QVariant& v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec())
            return Outcome::error(tr("The workers could not be read: %1").arg(q.lastError().text()));
        while (q.next()) {
            VisitSheetWorker w;
            w.memberId = q.value(0).toLongLong();
            w.name = q.value(1).toString();
            w.description = q.value(2).isNull() || q.value(2).toString().isEmpty()
                                ? tr("party member")
                                : tr("party member, %1").arg(q.value(2).toString());
            found.append(w);
        }
    }
    if (found.isEmpty())
        return Outcome::failure(QLatin1String(Field::General),
                                tr("No grid worker or pairing cadre named %1 serves in %2.")
                                    .arg(name, first.toString(QStringLiteral("yyyy-MM"))));
    return found;
}

Result<VisitSheetWorker> VisitSheetQuery::worker(const QString& text, QDate month, qint64 gridId) const
{
    const auto found = workers(text, month, gridId);
    if (!found)
        return Outcome(found);
    if (found.value().size() == 1)
        return found.value().first();
    QStringList lines;
    for (const VisitSheetWorker& w : found.value())
        lines.append(tr("  %1 (%2): %3").arg(w.name, w.description, w.key()));
    return Outcome::failure(
        QLatin1String(Field::General),
        tr("%1 names %2 workers; choose one by its key:\n%3")
            .arg(text.trimmed(), QString::number(found.value().size()), lines.join(QLatin1Char('\n'))));
}

Result<QList<VisitSheetBuilding>> VisitSheetQuery::buildings(const QString& text, qint64 gridId) const
{
    if (Outcome denied = mayPrint(m_db); !denied)
        return denied;
    const QString name = text.trimmed();
    bool isId = false;
    const qint64 id = name.toLongLong(&isId);
    QVariantList values;
    QString sql = QStringLiteral("SELECT b.id, b.name, b.site_id, s.name FROM buildings b"
                                 " JOIN sites s ON s.id = b.site_id WHERE ");
    if (name.isEmpty()) { // the window's list: every building of the user's sites
        sql += QStringLiteral("1 = 1");
    } else if (isId) {
        sql += QStringLiteral("(b.id = ? OR b.name = ?)");
        values << id << name;
    } else {
        sql += QStringLiteral("b.name = ?");
        values << name;
    }
    if (gridId > 0) {
        sql += QStringLiteral(" AND b.site_id = (SELECT g.site_id FROM grids g WHERE g.id = ?)");
        values << gridId;
    }
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("b.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    sql += QStringLiteral(" ORDER BY s.code, b.id");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Outcome::error(tr("The buildings could not be read: %1").arg(q.lastError().text()));
    QList<VisitSheetBuilding> found;
    while (q.next())
        found.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    if (found.isEmpty())
        return Outcome::failure(QLatin1String(Field::General), tr("No building is named %1.").arg(name));
    return found;
}

Result<VisitSheetBuilding> VisitSheetQuery::building(const QString& text, qint64 gridId) const
{
    const auto found = buildings(text, gridId);
    if (!found)
        return Outcome(found);
    if (found.value().size() == 1)
        return found.value().first();
    QStringList lines;
    for (const VisitSheetBuilding& b : found.value())
        lines.append(tr("  %1 (%2): %3").arg(b.name, b.siteName, QString::number(b.id)));
    return Outcome::failure(
        QLatin1String(Field::General),
        tr("%1 names %2 buildings; choose one by its id:\n%3")
            .arg(text.trimmed(), QString::number(found.value().size()), lines.join(QLatin1Char('\n'))));
}

} // namespace anju::grids

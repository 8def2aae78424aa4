#include "grids/Findings.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/VisitSql.h"
#include "grids/VisitTargets.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::grids {

namespace {

struct HouseholdRow
{
    qint64 siteId = 0;
    QString number;
};

// Runs `sql` with `values` and the user's site scope on `siteColumn` appended as " AND …" before `tail`, and
// the one site asked for (0: every site the user may see).
bool runScoped(const Database& db, QSqlQuery& q, QString sql, QVariantList values, const QString& siteColumn,
               const QString& tail, qint64 siteId)
{
    if (siteId > 0) {
        sql += QStringLiteral(" AND %1 = ?").arg(siteColumn);
        values.append(siteId);
    }
    const QString scope = Permissions::siteScopeSql(db.session(), siteColumn, &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    q.prepare(sql + tail);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    return q.exec();
}

} // namespace

Result<QList<Finding>> GridFindings::on(QDate today, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids); !denied)
        return denied;
    const VisitRules rules = VisitRules::load(m_db);
    QList<Finding> findings;
    const auto failed = [this](const QSqlQuery& q) {
        return Outcome::error(tr("The findings could not be read: %1").arg(q.lastError().text()));
    };

    // The active households the user may see, for the numbers and the scope of the derived findings.
    QHash<qint64, HouseholdRow> households;
    {
        QSqlQuery q(m_db.connection());
        if (!runScoped(
                m_db, q,
                QStringLiteral("SELECT h.id, h.site_id, h.number FROM households h WHERE h.state = 'active'"),
                {}, QStringLiteral("h.site_id"), {}, siteId))
            return failed(q);
        while (q.next())
            households.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toString()});
    }

    // 1 and 2: pairings and contacts. One row per active household: its pairing holding today (earliest
    // start), its last pairing contact and its last visit.
    {
        QVariantList values;
        QString sql = QStringLiteral(
            "SELECT h.id, (SELECT MIN(pr.valid_from) FROM pairings pr WHERE pr.household_id = h.id AND ");
        sql += VisitSql::holdsOn(QStringLiteral("pr"), today, &values);
        sql +=
            QStringLiteral("), (SELECT MAX(pc.contact_date) FROM pairing_contacts pc JOIN pairings pp"
                           " ON pp.id = pc.pairing_id WHERE pp.household_id = h.id AND pc.contact_date <= ?),"
                           " (SELECT MAX(v.visit_date) FROM visits v WHERE v.household_id = h.id"
                           " AND v.visit_date <= ?) FROM households h WHERE h.state = 'active'");
        values << sqlDate(today) << sqlDate(today);
        QSqlQuery q(m_db.connection());
        if (!runScoped(m_db, q, sql, values, QStringLiteral("h.site_id"),
                       QStringLiteral(" ORDER BY h.number"), siteId))
            return failed(q);
        const QDate cutoff = today.addDays(-rules.noContactDays);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const HouseholdRow row = households.value(id);
            Finding f;
            f.siteId = row.siteId;
            f.householdId = id;
            f.householdNumber = row.number;
            const QDate paired = dateFrom(q.value(1));
            if (!paired.isValid()) {
                f.kind = FindingKind::NoPairing;
                f.description = tr("Household %1 is paired with no party member or cadre.").arg(row.number);
                findings.append(f);
                continue;
            }
            const QDate contact = dateFrom(q.value(2));
            const QDate visit = dateFrom(q.value(3));
            const QDate last = contact.isValid() && (!visit.isValid() || contact > visit) ? contact : visit;
            if (last.isValid() ? last < cutoff : paired < cutoff) {
                f.kind = FindingKind::NoContact;
                f.since = last.isValid() ? last : paired;
                const QString days = QString::number(rules.noContactDays);
                f.description =
                    last.isValid()
                        ? tr("Household %1: no contact since %2 (more than %3 days).")
                              .arg(row.number, last.toString(Qt::ISODate), days)
                        : tr("Household %1: no contact since the pairing began on %2 (more than %3 days).")
                              .arg(row.number, paired.toString(Qt::ISODate), days);
                findings.append(f);
            }
        }
    }

    // 3: each 四必访 target's last window that ended before today, with no visit to the household (to the
    // person, or to the household as a whole) inside it.
    {
        const QDate yesterday = today.addDays(-1);
        const QDate horizon = today.addYears(-1).addDays(-1);
        QHash<qint64, QList<std::pair<qint64, QDate>>> visits; // household → (person, day)
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT household_id, person_id, visit_date FROM visits"
                                 " WHERE visit_date >= ? AND visit_date < ?") +
                  (siteId > 0
                       ? QStringLiteral(" AND household_id IN (SELECT id FROM households WHERE site_id = ?)")
                       : QString()));
        q.addBindValue(sqlDate(horizon));
        q.addBindValue(sqlDate(today));
        if (siteId > 0)
            q.addBindValue(siteId);
        if (!q.exec())
            return failed(q);
        while (q.next())
            visits[q.value(0).toLongLong()].append({q.value(1).toLongLong(), dateFrom(q.value(2))});
        QHash<qint64, QString> names;
        for (const VisitTarget& t : VisitTargets(m_db, rules).between(horizon, yesterday, 0, siteId)) {
            if (!households.contains(t.householdId))
                continue;
            const VisitFrequency frequency = rules.frequencyFor(t.kind);
            QDate day = yesterday;
            if (t.until.isValid() && t.until < day)
                day = t.until;
            VisitWindow w = VisitWindow::regular(t.from, frequency, day);
            if (w.isValid() && w.overdueAfter >= today)
                w = VisitWindow::regular(t.from, frequency, w.dueFrom.addDays(-1));
            if (!w.isValid() || w.overdueAfter < horizon)
                continue;
            bool visited = false;
            for (const auto& [person, date] : visits.value(t.householdId))
                if (w.contains(date) && (person == 0 || t.personId == 0 || person == t.personId))
                    visited = true;
            if (visited)
                continue;
            Finding f;
            f.kind = FindingKind::NotVisited;
            f.householdId = t.householdId;
            f.siteId = households.value(t.householdId).siteId;
            f.householdNumber = households.value(t.householdId).number;
            f.personId = t.personId;
            if (t.personId > 0) {
                if (!names.contains(t.personId)) {
                    QSqlQuery n(m_db.connection());
                    n.prepare(QStringLiteral("SELECT name FROM persons WHERE id = ?"));
                    n.addBindValue(t.personId);
                    names.insert(t.personId, n.exec() && n.next() ? n.value(0).toString() : QString());
                }
                f.personName = names.value(t.personId);
            }
            f.since = w.overdueAfter;
            f.description = tr("%1 (%2, household %3) was not visited between %4 and %5.")
                                .arg(f.personName.isEmpty() ? tr("The household") : f.personName,
                                     enumLabel(t.kind), f.householdNumber, w.dueFrom.toString(Qt::ISODate),
                                     w.overdueAfter.toString(Qt::ISODate));
            findings.append(f);
        }
    }

    // 4: 三必到 tasks past their days, not answered nor cancelled.
    {
        QSqlQuery q(m_db.connection());
        if (!runScoped(
                m_db, q,
                QStringLiteral(
                    "SELECT t.id, t.household_id, h.site_id, h.number, t.person_id, p.name,"
                    " t.reason, t.due_from, t.overdue_after FROM visit_tasks t"
                    " JOIN households h ON h.id = t.household_id LEFT JOIN persons p ON p.id = t.person_id"
                    " WHERE t.kind = 'must_attend' AND t.closed_on IS NULL AND t.cancelled_on IS NULL"
                    " AND t.overdue_after < ?"),
                {sqlDate(today)}, QStringLiteral("h.site_id"),
                QStringLiteral(" ORDER BY t.overdue_after, t.id"), siteId))
            return failed(q);
        while (q.next()) {
            Finding f;
            f.kind = FindingKind::MustAttendOverdue;
            f.taskId = q.value(0).toLongLong();
            f.householdId = q.value(1).toLongLong();
            f.siteId = q.value(2).toLongLong();
            f.householdNumber = q.value(3).toString();
            f.personId = q.value(4).toLongLong();
            f.personName = q.value(5).toString();
            f.since = dateFrom(q.value(8));
            const auto trigger = enumFromKey<AttendTrigger>(q.value(6).toString());
            f.description =
                tr("Household %1: %2 on %3 was to be attended by %4 and was not.")
                    .arg(f.householdNumber, trigger ? enumLabel(*trigger) : q.value(6).toString(),
                         dateFrom(q.value(7)).toString(Qt::ISODate), f.since.toString(Qt::ISODate));
            findings.append(f);
        }
    }

    // 5: open cases past their deadline.
    {
        QSqlQuery q(m_db.connection());
        if (!runScoped(m_db, q,
                       QStringLiteral(
                           "SELECT c.id, c.site_id, c.title, c.deadline, c.state, c.grid_id FROM grid_cases c"
                           " WHERE c.state <> 'resolved' AND c.deadline < ?"),
                       {sqlDate(today)}, QStringLiteral("c.site_id"),
                       QStringLiteral(" ORDER BY c.deadline, c.id"), siteId))
            return failed(q);
        while (q.next()) {
            Finding f;
            f.kind = FindingKind::CaseOverdue;
            f.caseId = q.value(0).toLongLong();
            f.siteId = q.value(1).toLongLong();
            f.gridId = q.value(5).toLongLong();
            f.since = dateFrom(q.value(3));
            const auto state = enumFromKey<CaseState>(q.value(4).toString());
            f.description = tr("Case \"%1\" (%2) passed its deadline %3.")
                                .arg(q.value(2).toString(), state ? enumLabel(*state) : QString(),
                                     f.since.toString(Qt::ISODate));
            findings.append(f);
        }
    }
    return findings;
}

} // namespace anju::grids

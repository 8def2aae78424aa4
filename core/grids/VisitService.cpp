#include "grids/VisitService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "grids/TaskAssignees.h"
#include "grids/VisitRepository.h"
#include "grids/VisitTargets.h"

#include <QSet>
#include <QSqlQuery>

namespace anju::grids {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QDate monthStart(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// Whether a household is on file, and its site (0 when not).
qint64 householdSite(const Database& db, qint64 householdId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT site_id FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool exists(const Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec() && q.next();
}

bool isMember(const Database& db, qint64 personId, qint64 householdId)
{
    return exists(db, QStringLiteral("SELECT 1 FROM persons WHERE id = ? AND household_id = ?"),
                  {personId, householdId});
}

// The keys that tell one 四必访 task from another: a second run of the plan must not make it again. A
// window is known by its first day and, apart, by its last: a difficult family's target may begin earlier
// on a later run (a source recorded afterwards with an earlier day joins its spell), which moves the first
// day of the month's window but not its end, and the month's visit is still owed once.
QString taskKey(qint64 householdId, qint64 personId, const QString& reason, QDate day, char end)
{
    return QStringLiteral("%1/%2/%3/%4%5")
        .arg(householdId)
        .arg(personId)
        .arg(reason, day.toString(Qt::ISODate), QString(QLatin1Char(end)));
}

} // namespace

VisitRules VisitService::rules() const
{
    return VisitRules::load(m_db);
}

Outcome VisitService::writeAllowed(qint64 householdId) const
{
    const qint64 site = householdSite(m_db, householdId);
    if (site == 0)
        return Outcome::failure(field(Field::VisitHousehold), tr("The household is not on file."));
    return Permissions::require(m_db, Action::WriteGrids, site);
}

Result<int> VisitService::planMonth(QDate month, QDate today)
{
    Q_UNUSED(today)
    if (!month.isValid())
        return Outcome::failure(field(Field::TaskDate), tr("Choose the month to plan."));
    if (Outcome denied = Permissions::require(m_db, Action::WriteGrids); !denied)
        return denied;
    const QDate first = monthStart(month);
    const QDate last = first.addMonths(1).addDays(-1);
    const VisitRules r = rules();

    // The tasks of the month already made (whatever their state): they are never made twice.
    QSet<QString> made;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT household_id, person_id, reason, due_from, overdue_after"
                                 " FROM visit_tasks WHERE source = 'rule' AND overdue_after >= ?"
                                 " AND overdue_after <= ?"));
        q.addBindValue(sqlDate(first));
        q.addBindValue(sqlDate(last));
        if (!q.exec())
            return Outcome::error(
                tr("The month's visit tasks could not be read: %1").arg(q.lastError().text()));
        while (q.next()) {
            const qint64 household = q.value(0).toLongLong();
            const qint64 person = q.value(1).toLongLong();
            const QString reason = q.value(2).toString();
            made.insert(taskKey(household, person, reason, dateFrom(q.value(3)), 'f'));
            made.insert(taskKey(household, person, reason, dateFrom(q.value(4)), 't'));
        }
    }

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    const TaskAssignees assignees(m_db);
    if (!assignees.ok())
        return Outcome::error(tr("The visit plan was not saved: %1").arg(assignees.error()));
    int count = 0;
    // Every target holding on a day whose window could end in the month: a window is at most a year long.
    for (const VisitTarget& target : VisitTargets(m_db, r).between(first.addYears(-1), last)) {
        const VisitFrequency frequency = r.frequencyFor(target.kind);
        for (const VisitWindow& w :
             VisitWindow::regularDueIn(target.from, target.until, frequency, first, last)) {
            const QString reason = enumKey(target.kind);
            const QString firstDay = taskKey(target.householdId, target.personId, reason, w.dueFrom, 'f');
            const QString lastDay = taskKey(target.householdId, target.personId, reason, w.overdueAfter, 't');
            if (made.contains(firstDay) || made.contains(lastDay))
                continue;
            const auto [staffId, memberId] = assignees.forTask(target.householdId, w.dueFrom, true);
            QSqlQuery q(m_db.connection());
            const SqlOutcome written = SqlRun::write(
                m_db, q,
                QStringLiteral(
                    "INSERT INTO visit_tasks (household_id, person_id, kind, reason, source,"
                    " care_category_id, care_mark_id, assignee_staff_id, assignee_member_id,"
                    " due_from, overdue_after) VALUES (?, ?, 'must_visit', ?, 'rule', ?, ?, ?, ?, ?, ?)"),
                {target.householdId, sqlId(target.personId), reason, sqlId(target.careCategoryId),
                 sqlId(target.careMarkId), sqlId(staffId), sqlId(memberId), sqlDate(w.dueFrom),
                 sqlDate(w.overdueAfter)});
            if (!written)
                return Outcome::error(tr("The visit plan was not saved: %1").arg(written.error));
            made.insert(firstDay);
            made.insert(lastDay);
            ++count;
        }
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return count;
}

Result<VisitTask> VisitService::mustAttend(qint64 householdId, qint64 personId, AttendTrigger trigger,
                                           QDate happened, const QString& note, QDate today)
{
    Outcome outcome;
    if (!happened.isValid())
        outcome.add(field(Field::TaskDate), tr("Enter the day it happened."));
    else if (happened > today)
        outcome.add(field(Field::TaskDate), tr("The day it happened cannot be in the future."));
    if (personId > 0 && !isMember(m_db, personId, householdId))
        outcome.add(field(Field::VisitPerson), tr("The person is not a member of this household."));
    if (Outcome denied = writeAllowed(householdId); !denied)
        return denied;
    if (!outcome)
        return outcome;
    const VisitWindow w = VisitWindow::mustAttend(happened, rules().daysToAttend(trigger));
    const TaskAssignees assignees(m_db, householdId);
    if (!assignees.ok())
        return Outcome::error(tr("The must-attend task was not saved: %1").arg(assignees.error()));
    const auto [staffId, memberId] = assignees.forTask(householdId, w.dueFrom, false);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "INSERT INTO visit_tasks (household_id, person_id, kind, reason, source, assignee_staff_id,"
            " assignee_member_id, due_from, overdue_after, note)"
            " VALUES (?, ?, 'must_attend', ?, 'trigger', ?, ?, ?, ?, ?)"),
        {householdId, sqlId(personId), enumKey(trigger), sqlId(staffId), sqlId(memberId), sqlDate(w.dueFrom),
         sqlDate(w.overdueAfter), sqlText(note.trimmed())});
    if (!written)
        return Outcome::error(tr("The must-attend task was not saved: %1").arg(written.error));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *VisitRepository(m_db).task(id);
}

Result<Visit> VisitService::recordVisit(Visit visit, QDate today)
{
    visit.reason = visit.reason.trimmed();
    visit.findings = visit.findings.trimmed();
    visit.followUp = visit.followUp.trimmed();
    visit.visitorName = visit.visitorName.trimmed();
    if (Outcome denied = writeAllowed(visit.householdId); !denied)
        return denied;
    Outcome outcome;
    if (!visit.date.isValid())
        outcome.add(field(Field::VisitDate), tr("Enter the day of the visit."));
    else if (visit.date > today)
        outcome.add(field(Field::VisitDate), tr("The day of the visit cannot be in the future."));
    if (visit.personId > 0 && !isMember(m_db, visit.personId, visit.householdId))
        outcome.add(field(Field::VisitPerson), tr("The person is not a member of this household."));
    switch (visit.visitorKind) {
    case VisitorKind::Staff:
        if (!exists(m_db, QStringLiteral("SELECT 1 FROM grid_staff WHERE id = ?"), {visit.visitorStaffId}))
            outcome.add(field(Field::VisitVisitor), tr("Choose the grid staff member who visited."));
        visit.visitorMemberId = 0;
        visit.visitorName.clear();
        break;
    case VisitorKind::PartyMember:
        if (!exists(m_db, QStringLiteral("SELECT 1 FROM party_members WHERE id = ?"),
                    {visit.visitorMemberId}))
            outcome.add(field(Field::VisitVisitor), tr("Choose the party member who visited."));
        visit.visitorStaffId = 0;
        visit.visitorName.clear();
        break;
    case VisitorKind::Cadre:
        if (visit.visitorName.isEmpty())
            outcome.add(field(Field::VisitVisitor), tr("Enter the name of the cadre who visited."));
        visit.visitorStaffId = 0;
        visit.visitorMemberId = 0;
        break;
    }
    std::optional<VisitTask> task;
    if (visit.taskId > 0) {
        task = VisitRepository(m_db).task(visit.taskId);
        if (!task || task->householdId != visit.householdId)
            outcome.add(field(Field::VisitTaskField), tr("The task is not one of this household's."));
        else if (task->closedByVisitId > 0)
            outcome.add(field(Field::VisitTaskField), tr("The task was already answered by the visit of %1.")
                                                          .arg(task->closedOn.toString(Qt::ISODate)));
        else if (task->cancelledOn.isValid())
            outcome.add(field(Field::VisitTaskField),
                        tr("The task was cancelled: %1").arg(task->cancelReason));
        else if (visit.date.isValid() && visit.date < task->window.dueFrom)
            outcome.add(field(Field::VisitDate),
                        tr("The visit was before the task was due (from %1); it cannot answer it.")
                            .arg(task->window.dueFrom.toString(Qt::ISODate)));
        else {
            visit.kind = task->kind == TaskKind::MustVisit ? VisitKind::MustVisit : VisitKind::MustAttend;
            if (visit.personId == 0)
                visit.personId = task->personId;
            if (visit.reason.isEmpty())
                visit.reason = task->reason;
        }
    } else if (visit.kind == VisitKind::MustVisit || visit.kind == VisitKind::MustAttend) {
        outcome.add(field(Field::VisitTaskField), tr("Choose the task this visit answers."));
    }
    if (!outcome)
        return outcome;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "INSERT INTO visits (household_id, person_id, visitor_kind, visitor_staff_id,"
            " visitor_member_id, visitor_name, visit_date, kind, reason, findings, follow_up, task_id,"
            " case_id, pairing_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {visit.householdId, sqlId(visit.personId), enumKey(visit.visitorKind), sqlId(visit.visitorStaffId),
         sqlId(visit.visitorMemberId), sqlText(visit.visitorName), sqlDate(visit.date), enumKey(visit.kind),
         sqlText(visit.reason), sqlText(visit.findings), sqlText(visit.followUp), sqlId(visit.taskId),
         sqlId(visit.caseId), sqlId(visit.pairingId)});
    if (!written)
        return Outcome::error(tr("The visit was not saved: %1").arg(written.error));
    visit.id = q.lastInsertId().toLongLong();
    if (task) {
        // Closed only if still open: a second desk answering the same task at the same time loses.
        QSqlQuery close(m_db.connection());
        written = SqlRun::write(
            m_db, close,
            QStringLiteral("UPDATE visit_tasks SET closed_by_visit_id = ?, closed_on = ?,"
                           " row_version = row_version + 1"
                           " WHERE id = ? AND closed_by_visit_id IS NULL AND cancelled_on IS NULL"),
            {visit.id, sqlDate(visit.date), task->id});
        if (!written)
            return Outcome::error(tr("The visit was not saved: %1").arg(written.error));
        if (close.numRowsAffected() != 1)
            return Outcome::failure(field(Field::VisitTaskField),
                                    tr("Someone else answered or cancelled this task meanwhile."));
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *VisitRepository(m_db).visit(visit.id);
}

Outcome VisitService::cancelTask(qint64 taskId, QDate on, const QString& reason, QDate today)
{
    const auto task = VisitRepository(m_db).task(taskId);
    if (!task)
        return Outcome::failure(field(Field::VisitTaskField), tr("The task is not on file."));
    if (Outcome denied = writeAllowed(task->householdId); !denied)
        return denied;
    Outcome outcome;
    if (!task->isOpen())
        outcome.add(field(Field::VisitTaskField), tr("The task is no longer open."));
    if (reason.trimmed().isEmpty())
        outcome.add(field(Field::TaskReason), tr("Say why the task is cancelled."));
    if (!on.isValid() || on > today)
        outcome.add(field(Field::TaskDate), tr("Enter the day it is cancelled, not in the future."));
    if (!outcome)
        return outcome;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("UPDATE visit_tasks SET cancelled_on = ?, cancel_reason = ?,"
                       " row_version = row_version + 1 WHERE id = ? AND closed_by_visit_id IS NULL"
                       " AND cancelled_on IS NULL"),
        {sqlDate(on), reason.trimmed(), taskId});
    if (!written)
        return Outcome::error(tr("The task was not cancelled: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::failure(field(Field::VisitTaskField), tr("The task is no longer open."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return {};
}

} // namespace anju::grids

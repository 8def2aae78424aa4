#include "grids/CaseService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "grids/CaseRepository.h"

#include <QSqlQuery>

namespace anju::grids {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

QVariant optionalKey(const std::optional<Satisfaction>& s)
{
    return s ? QVariant(enumKey(*s)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Outcome CaseService::writeAllowed(qint64 siteId) const
{
    return Permissions::require(m_db, Action::WriteGrids, siteId);
}

Result<GridCase> CaseService::receive(GridCase c, QDate today)
{
    c.title = c.title.trimmed();
    c.description = c.description.trimmed();
    c.reporterName = c.reporterName.trimmed();
    c.reporterPhone = c.reporterPhone.trimmed();
    Outcome outcome;
    if (c.siteId <= 0)
        outcome.add(field(Field::CaseSite), tr("Choose the site of the case."));
    if (c.title.isEmpty())
        outcome.add(field(Field::CaseTitle), tr("Enter what the case is about."));
    if (!c.receivedOn.isValid())
        outcome.add(field(Field::CaseReceived), tr("Enter the day the case was received."));
    else if (c.receivedOn > today)
        outcome.add(field(Field::CaseReceived), tr("The day the case was received cannot be in the future."));
    if (c.siteId > 0) {
        if (Outcome denied = writeAllowed(c.siteId); !denied)
            return denied;
    }
    for (qint64 householdId : std::as_const(c.householdIds)) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT site_id FROM households WHERE id = ?"));
        q.addBindValue(householdId);
        if (!q.exec() || !q.next() || q.value(0).toLongLong() != c.siteId)
            outcome.add(field(Field::CaseHouseholds),
                        tr("A household of the case is not on file at this site."));
    }
    if (!outcome)
        return outcome;

    const VisitRules rules = VisitRules::load(m_db);
    c.deadline = rules.caseDeadline(c.kind, c.receivedOn);
    c.status = CaseStatus{};
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "INSERT INTO grid_cases (site_id, grid_id, kind, title, description, reporter_person_id,"
            " reporter_name, reporter_phone, received_on, handler_staff_id, handler_level, state,"
            " state_date, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'grid_worker', 'received', ?, ?)"),
        {c.siteId, sqlId(c.gridId), enumKey(c.kind), c.title, sqlText(c.description),
         sqlId(c.reporterPersonId), sqlText(c.reporterName), sqlText(c.reporterPhone), sqlDate(c.receivedOn),
         sqlId(c.handlerStaffId), sqlDate(c.receivedOn), sqlDate(c.deadline)});
    if (!written)
        return Outcome::error(tr("The case was not saved: %1").arg(written.error));
    c.id = q.lastInsertId().toLongLong();
    for (qint64 householdId : std::as_const(c.householdIds)) {
        QSqlQuery link(m_db.connection());
        written = SqlRun::write(
            m_db, link,
            QStringLiteral("INSERT INTO grid_case_households (case_id, household_id) VALUES (?, ?)"),
            {c.id, householdId});
        if (!written)
            return Outcome::error(tr("The case was not saved: %1").arg(written.error));
    }
    for (qint64 personId : std::as_const(c.personIds)) {
        QSqlQuery link(m_db.connection());
        written = SqlRun::write(
            m_db, link, QStringLiteral("INSERT INTO grid_case_persons (case_id, person_id) VALUES (?, ?)"),
            {c.id, personId});
        if (!written)
            return Outcome::error(tr("The case was not saved: %1").arg(written.error));
    }
    QSqlQuery event(m_db.connection());
    written =
        SqlRun::write(m_db, event,
                      QStringLiteral("INSERT INTO grid_case_events (case_id, event_date, event, to_state,"
                                     " handler_level, staff_id) VALUES (?, ?, 'received', 'received',"
                                     " 'grid_worker', ?)"),
                      {c.id, sqlDate(c.receivedOn), sqlId(c.handlerStaffId)});
    if (!written)
        return Outcome::error(tr("The case was not saved: %1").arg(written.error));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *CaseRepository(m_db).gridCase(c.id);
}

Outcome CaseService::write(const GridCase& before, const CaseStep& step, const CaseStatus& after)
{
    const bool resolving = step.action == CaseAction::Resolve;
    QString referral;
    if (after.state == CaseState::Referred)
        referral = after.referralAccepted ? QStringLiteral("accepted") : QStringLiteral("pending");
    else if (step.action == CaseAction::Return)
        referral = QStringLiteral("returned");
    else if (before.status.state != CaseState::Referred && !before.referredDepartment.isEmpty())
        referral = QStringLiteral("returned"); // a returned referral stays on record as returned
    const bool stateChanges = after.state != before.status.state || after.level != before.status.level ||
                              after.referralAccepted != before.status.referralAccepted;
    QSqlQuery q(m_db.connection());
    SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "UPDATE grid_cases SET state = ?, state_date = ?, handler_level = ?, handler_staff_id = ?,"
            " resolved_on = ?, result = ?, satisfaction = ?, referred_department = ?, referral_state = ?,"
            " row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {enumKey(after.state), sqlDate(stateChanges ? step.date : before.stateDate), enumKey(after.level),
         sqlId(step.action == CaseAction::Assign ? step.staffId : before.handlerStaffId),
         sqlDate(resolving ? step.date : before.resolvedOn),
         resolving ? step.result.trimmed() : before.result,
         resolving ? optionalKey(step.satisfaction) : optionalKey(before.satisfaction),
         step.action == CaseAction::Refer ? step.department.trimmed() : before.referredDepartment,
         referral.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(referral), before.id,
         before.rowVersion});
    if (!written)
        return Outcome::error(tr("The case was not saved: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this case meanwhile; open it again."));
    QSqlQuery event(m_db.connection());
    const bool moves = after.state != before.status.state;
    written = SqlRun::write(
        m_db, event,
        QStringLiteral("INSERT INTO grid_case_events (case_id, event_date, event, from_state, to_state,"
                       " handler_level, staff_id, department, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {before.id, sqlDate(step.date), enumKey(step.action),
         moves ? QVariant(enumKey(before.status.state)) : QVariant(QMetaType::fromType<QString>()),
         moves ? QVariant(enumKey(after.state)) : QVariant(QMetaType::fromType<QString>()),
         enumKey(after.level), sqlId(step.staffId), sqlText(step.department.trimmed()),
         sqlText(step.note.trimmed())});
    if (!written)
        return Outcome::error(tr("The case was not saved: %1").arg(written.error));
    return {};
}

Result<GridCase> CaseService::act(const CaseStep& step, QDate today)
{
    const auto before = CaseRepository(m_db).gridCase(step.caseId);
    if (!before)
        return Outcome::error(tr("The case is not on file."));
    if (Outcome denied = writeAllowed(before->siteId); !denied)
        return denied;
    Outcome outcome = CaseStateMachine::check(before->status, step.action);
    if (!step.date.isValid())
        outcome.add(field(Field::CaseStepDate), tr("Enter the day of this step."));
    else if (step.date > today)
        outcome.add(field(Field::CaseStepDate), tr("The day of this step cannot be in the future."));
    else if (step.date < before->stateDate)
        outcome.add(field(Field::CaseStepDate),
                    tr("The day of this step is before the case's last step (%1).")
                        .arg(before->stateDate.toString(Qt::ISODate)));
    if (step.action == CaseAction::Assign && step.staffId <= 0)
        outcome.add(field(Field::CaseHandler), tr("Choose the grid staff member who handles the case."));
    if (step.action == CaseAction::Refer && step.department.trimmed().isEmpty())
        outcome.add(field(Field::CaseDepartment), tr("Enter the department the case is referred to."));
    if (step.action == CaseAction::Resolve && step.result.trimmed().isEmpty())
        outcome.add(field(Field::CaseResult), tr("Enter how the case was resolved."));
    if (!outcome)
        return outcome;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (Outcome written = write(*before, step, CaseStateMachine::apply(before->status, step.action));
        !written)
        return written;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return *CaseRepository(m_db).gridCase(step.caseId);
}

Result<int> CaseService::escalateOverdue(QDate today)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteGrids); !denied)
        return denied;
    const VisitRules rules = VisitRules::load(m_db);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    int steps = 0;
    for (const GridCase& c : CaseRepository(m_db).overdueOpen(today)) {
        const auto next = CaseEscalation::nextStep(c.status, c.deadline, rules.escalation, today);
        if (!next)
            continue;
        CaseStep step;
        step.caseId = c.id;
        step.action = CaseAction::Escalate;
        // Dated the day it fell due (the day after the level's deadline), never before the last step.
        step.date =
            std::max(CaseEscalation::levelDeadline(c.status.level, c.deadline, rules.escalation).addDays(1),
                     c.stateDate);
        step.note = tr("Deadline %1 passed: escalated to the %2.")
                        .arg(c.deadline.toString(Qt::ISODate), enumLabel(*next));
        if (Outcome written = write(c, step, CaseStateMachine::apply(c.status, CaseAction::Escalate));
            !written)
            return written;
        ++steps;
    }
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return steps;
}

} // namespace anju::grids

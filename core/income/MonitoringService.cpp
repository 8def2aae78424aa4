#include "income/MonitoringService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringFlagCheck.h"
#include "income/MonitoringRepository.h"
#include "income/MonitoringRules.h"
#include "income/OfficeCalendar.h"

#include <QSqlQuery>

#include <algorithm>

namespace anju::income {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

QString MonitoringService::userName() const
{
    return m_db.session() ? m_db.session()->userName : QString();
}

Result<MonitoringCase> MonitoringService::reread(qint64 caseId) const
{
    std::optional<MonitoringCase> c = MonitoringRepository(m_db).load(caseId);
    if (!c)
        return Outcome::error(tr("Monitoring case %1 is not on file.").arg(caseId));
    return *c;
}

Result<MonitoringCase> MonitoringService::writable(qint64 caseId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome); !denied)
        return denied;
    Result<MonitoringCase> c = reread(caseId);
    if (!c)
        return c;
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome, c.value().siteId); !denied)
        return denied;
    return c;
}

Outcome MonitoringService::checkSource(const MonitoringDiscovery& d) const
{
    QSqlQuery q(m_db.connection());
    switch (d.discovery) {
    case DiscoverySource::IncomeFlag: {
        if (d.incomeCheckId <= 0)
            return Outcome::failure(field(Field::MonitoringSource), tr("Choose the flagged income check."));
        const MonitoringFlagCheck::Answer check = MonitoringFlagCheck::of(m_db, d.incomeCheckId);
        if (check.householdId != d.householdId)
            return Outcome::failure(field(Field::MonitoringSource),
                                    tr("The income check is not this household's."));
        if (!check.flagged)
            return Outcome::failure(
                field(Field::MonitoringSource),
                tr("The income check has no flag (below the line, a drop, a large expense); "
                   "choose another way the household was found."));
        return {};
    }
    case DiscoverySource::Visit:
        if (d.visitId <= 0)
            return Outcome::failure(field(Field::MonitoringSource),
                                    tr("Choose the visit that found the household."));
        q.prepare(QStringLiteral("SELECT household_id FROM visits WHERE id = ?"));
        q.addBindValue(d.visitId);
        if (!q.exec() || !q.next() || q.value(0).toLongLong() != d.householdId)
            return Outcome::failure(field(Field::MonitoringSource), tr("The visit is not this household's."));
        return {};
    case DiscoverySource::Case:
        if (d.gridCaseId <= 0)
            return Outcome::failure(field(Field::MonitoringSource),
                                    tr("Choose the grid case that found the household."));
        q.prepare(
            QStringLiteral("SELECT 1 FROM grid_case_households WHERE case_id = ? AND household_id = ?"));
        q.addBindValue(d.gridCaseId);
        q.addBindValue(d.householdId);
        if (!q.exec() || !q.next())
            return Outcome::failure(field(Field::MonitoringSource),
                                    tr("The grid case is not about this household."));
        return {};
    case DiscoverySource::Department:
        if (d.department.trimmed().isEmpty())
            return Outcome::failure(field(Field::MonitoringSource),
                                    tr("Enter the department whose data found the household."));
        return {};
    case DiscoverySource::SelfReport:
        return {};
    }
    return {};
}

Result<MonitoringCase> MonitoringService::discover(const MonitoringDiscovery& d, QDate today)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome); !denied)
        return denied;
    if (d.householdId <= 0)
        return Outcome::failure(field(Field::MonitoringHousehold), tr("Choose the household."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT site_id FROM households WHERE id = ?"));
    q.addBindValue(d.householdId);
    if (!q.exec() || !q.next())
        return Outcome::failure(field(Field::MonitoringHousehold), tr("The household is not on file."));
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome, q.value(0).toLongLong()); !denied)
        return denied;
    Outcome outcome;
    if (!d.discoveredOn.isValid())
        outcome.add(field(Field::MonitoringDate), tr("Enter the day the household was found."));
    else if (d.discoveredOn > today)
        outcome.add(field(Field::MonitoringDate),
                    tr("The day the household was found cannot be in the future."));
    outcome.add(checkSource(d));
    if (!outcome)
        return outcome;
    q.prepare(QStringLiteral("SELECT state, state_date FROM monitoring_cases WHERE household_id = ?"
                             " AND state <> 'declined' AND state <> 'eliminated'"));
    q.addBindValue(d.householdId);
    if (q.exec() && q.next())
        return Outcome::failure(field(Field::MonitoringHousehold),
                                tr("The household is already in the monitoring workflow (%1 since %2).")
                                    .arg(enumLabel(enumFromKey<MonitoringState>(q.value(0).toString())
                                                       .value_or(MonitoringState::EntryReview)),
                                         dateFrom(q.value(1)).toString(Qt::ISODate)));

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery insert(m_db.connection());
    SqlOutcome written = SqlRun::write(
        m_db, insert,
        QStringLiteral("INSERT INTO monitoring_cases (household_id, category, discovered_on, discovery,"
                       " income_check_id, visit_id, case_id, department, description, state, state_date)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'entry_review', ?)"),
        {d.householdId, enumKey(d.category), sqlDate(d.discoveredOn), enumKey(d.discovery),
         sqlId(d.discovery == DiscoverySource::IncomeFlag ? d.incomeCheckId : 0),
         sqlId(d.discovery == DiscoverySource::Visit ? d.visitId : 0),
         sqlId(d.discovery == DiscoverySource::Case ? d.gridCaseId : 0),
         sqlText(d.discovery == DiscoverySource::Department ? d.department.trimmed() : QString()),
         sqlText(d.description.trimmed()), sqlDate(d.discoveredOn)});
    if (!written)
        return Outcome::error(tr("The monitoring case was not saved: %1").arg(written.error));
    MonitoringCase c;
    c.id = insert.lastInsertId().toLongLong();
    for (const MonitoringRisk& risk : d.risks) {
        QSqlQuery r(m_db.connection());
        written = SqlRun::write(
            m_db, r, QStringLiteral("INSERT INTO monitoring_risks (case_id, risk, note) VALUES (?, ?, ?)"),
            {c.id, enumKey(risk.risk), sqlText(risk.note.trimmed())});
        if (!written)
            return Outcome::error(tr("The monitoring case was not saved: %1").arg(written.error));
    }
    if (Outcome begun = beginStep(c, MonitoringPhase::Entry, MonitoringStepKind::HomeCheck, d.discoveredOn);
        !begun)
        return begun;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

Outcome MonitoringService::updateCase(const MonitoringCase& before, MonitoringState state, QDate stateDate,
                                      QDate enteredOn, QDate declinedOn, const QString& declineReason,
                                      QDate eliminatedOn)
{
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "UPDATE monitoring_cases SET state = ?, state_date = ?, entered_on = ?, declined_on = ?,"
            " decline_reason = ?, eliminated_on = ?, row_version = row_version + 1"
            " WHERE id = ? AND row_version = ?"),
        {enumKey(state), sqlDate(stateDate), sqlDate(enteredOn), sqlDate(declinedOn), sqlText(declineReason),
         sqlDate(eliminatedOn), before.id, before.rowVersion});
    if (!written)
        return Outcome::error(tr("The monitoring case was not saved: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else changed this monitoring case meanwhile; open it again."));
    return {};
}

Outcome MonitoringService::beginStep(const MonitoringCase& c, MonitoringPhase phase, MonitoringStepKind step,
                                     QDate startedOn, QDate noticeFrom, QDate noticeTo)
{
    // A home check begins a new attempt of the procedure (an elimination rejected and begun again gets
    // fresh rows, the earlier attempt's staying as decided); every later step belongs to the running one.
    const int latest = MonitoringRules::latestAttempt(c.steps, phase);
    const int attempt = step == MonitoringStepKind::HomeCheck ? latest + 1 : std::max(latest, 1);
    // The attempt's row of the step when it has one: a notice whose period is set again, or, in a database
    // from before migration 17, a step of an attempt that was begun again in place.
    qint64 existing = 0;
    for (const MonitoringStep& s : c.steps) {
        if (s.phase == phase && s.step == step && s.attempt == attempt)
            existing = s.id;
    }
    QSqlQuery q(m_db.connection());
    const SqlOutcome written =
        existing > 0
            ? SqlRun::write(
                  m_db, q,
                  QStringLiteral("UPDATE monitoring_steps SET started_on = ?, notice_from = ?,"
                                 " notice_to = ?, decided_on = NULL, decision = NULL, decided_by = '',"
                                 " note = '' WHERE id = ?"),
                  {sqlDate(startedOn), sqlDate(noticeFrom), sqlDate(noticeTo), existing})
            : SqlRun::write(
                  m_db, q,
                  QStringLiteral("INSERT INTO monitoring_steps (case_id, phase, step, attempt,"
                                 " started_on, notice_from, notice_to) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {c.id, enumKey(phase), enumKey(step), attempt, sqlDate(startedOn), sqlDate(noticeFrom),
                   sqlDate(noticeTo)});
    if (!written)
        return Outcome::error(tr("The step was not saved: %1").arg(written.error));
    return {};
}

Result<MonitoringCase> MonitoringService::decide(const MonitoringStepDecision& d, QDate today)
{
    Result<MonitoringCase> found = writable(d.caseId);
    if (!found)
        return found;
    const MonitoringCase& c = found.value();
    const IncomeSettings settings = IncomeSettings::load(m_db);
    if (Outcome refused = MonitoringRules::checkDecision(c, d, settings, today); !refused)
        return refused;
    const MonitoringProgress p = MonitoringRules::progress(c, settings);
    const MonitoringEffect e = MonitoringRules::apply(c, d);

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const QString by = d.decidedBy.trimmed().isEmpty() ? userName() : d.decidedBy.trimmed();
    SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("UPDATE monitoring_steps SET decided_on = ?, decision = ?, decided_by = ?, note = ?"
                       " WHERE id = ? AND decision IS NULL"),
        {sqlDate(d.date), enumKey(d.decision), sqlText(by), sqlText(d.note.trimmed()), p.currentRow->id});
    if (!written)
        return Outcome::error(tr("The decision was not saved: %1").arg(written.error));
    if (q.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else decided this step meanwhile; open the case again."));
    if (e.next && *e.next != MonitoringStepKind::PublicNotice) {
        if (Outcome begun = beginStep(c, *p.phase, *e.next, d.date); !begun)
            return begun;
    }
    const bool stateChanges = e.state != c.state;
    if (Outcome updated = updateCase(c, e.state, stateChanges ? d.date : c.stateDate, e.enteredOn,
                                     e.declinedOn, e.declineReason, e.eliminatedOn);
        !updated)
        return updated;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

Result<MonitoringCase> MonitoringService::setNotice(qint64 caseId, QDate from, QDate to, QDate today)
{
    Result<MonitoringCase> found = writable(caseId);
    if (!found)
        return found;
    const MonitoringCase& c = found.value();
    const IncomeSettings settings = IncomeSettings::load(m_db);
    const OfficeCalendar calendar = OfficeCalendar::load(m_db);
    if (Outcome refused = MonitoringRules::checkNoticePeriod(c, from, to, settings, calendar, today);
        !refused)
        return refused;
    const MonitoringProgress p = MonitoringRules::progress(c, settings);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (Outcome begun = beginStep(c, *p.phase, MonitoringStepKind::PublicNotice, from, from, to); !begun)
        return begun;
    // The case row's version moves with it, so a desk that read the case before sees the change.
    if (Outcome updated =
            updateCase(c, c.state, c.stateDate, c.enteredOn, c.declinedOn, c.declineReason, c.eliminatedOn);
        !updated)
        return updated;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

Result<MonitoringCase> MonitoringService::decline(qint64 caseId, QDate date, const QString& reason,
                                                  QDate today)
{
    Result<MonitoringCase> found = writable(caseId);
    if (!found)
        return found;
    const MonitoringCase& c = found.value();
    if (Outcome refused = MonitoringRules::checkDecline(c, date, reason, today); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (Outcome updated = updateCase(c, MonitoringState::Declined, date, {}, date, reason.trimmed(), {});
        !updated)
        return updated;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

Result<MonitoringCase> MonitoringService::startElimination(qint64 caseId, QDate date, QDate today)
{
    Result<MonitoringCase> found = writable(caseId);
    if (!found)
        return found;
    const MonitoringCase& c = found.value();
    if (Outcome refused = MonitoringRules::checkStartElimination(c, date, today); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    if (Outcome begun = beginStep(c, MonitoringPhase::Elimination, MonitoringStepKind::HomeCheck, date);
        !begun)
        return begun;
    if (Outcome updated = updateCase(c, MonitoringState::EliminationReview, date, c.enteredOn, {}, {}, {});
        !updated)
        return updated;
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

} // namespace anju::income

#include "demo/DemoIncomeWriter.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"

#include <QSqlError>

namespace anju::demo {

bool DemoIncomeWriter::prepare(QSqlQuery& query, const char* sql)
{
    query = QSqlQuery(m_db.connection());
    if (query.prepare(QString::fromLatin1(sql)))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool DemoIncomeWriter::prepare()
{
    return prepare(m_check,
                   "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages,"
                   " income_business, income_property, income_transfers, operating_costs, expense_medical,"
                   " expense_education, expense_disaster, expense_other, source)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_case, "INSERT INTO monitoring_cases (household_id, category, discovered_on, discovery,"
                           " income_check_id, visit_id, case_id, department, description, state, state_date,"
                           " entered_on, declined_on, decline_reason, eliminated_on)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_risk, "INSERT INTO monitoring_risks (case_id, risk, note) VALUES (?, ?, ?)") &&
           prepare(m_step,
                   "INSERT INTO monitoring_steps (case_id, phase, step, started_on, notice_from, notice_to,"
                   " decided_on, decision, decided_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_objection,
                   "INSERT INTO monitoring_objections (step_id, received_on, raised_by, content, handling,"
                   " settled_on) VALUES (?, ?, ?, ?, ?, ?)") &&
           prepare(m_measure,
                   "INSERT INTO monitoring_measures (case_id, measure, description, provider, valid_from,"
                   " valid_to) VALUES (?, ?, ?, ?, ?, ?)") &&
           prepare(m_calendar, "INSERT INTO office_calendar (day, kind, name) VALUES (?, ?, ?)") &&
           prepare(m_enrolment,
                   "INSERT INTO safety_net_enrolments (person_id, scheme, amount, amount_kind, valid_from,"
                   " valid_to, end_reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_exemption, "INSERT INTO safety_net_exemptions (person_id, reason, valid_from, valid_to)"
                                " VALUES (?, ?, ?, ?)") &&
           prepare(m_checkId, "SELECT id FROM income_checks WHERE household_id = ? AND month = ?") &&
           prepare(m_visit, "SELECT id, visit_date FROM visits WHERE household_id = ? AND visit_date <= ?"
                            " AND visit_date >= ? ORDER BY visit_date DESC, id DESC") &&
           prepare(m_discoveryVisit,
                   "INSERT INTO visits (household_id, visitor_kind, visitor_name, visit_date, kind, findings,"
                   " follow_up) VALUES (?, 'cadre', ?, ?, 'routine', ?, ?)") &&
           prepare(m_gridCase, "SELECT c.id, c.received_on FROM grid_case_households g"
                               " JOIN grid_cases c ON c.id = g.case_id WHERE g.household_id = ?"
                               " AND c.received_on <= ? AND c.received_on >= ?"
                               " ORDER BY c.received_on DESC, c.id DESC");
}

QVariant DemoIncomeWriter::date(QDate day)
{
    auto it = m_dates.constFind(day);
    if (it == m_dates.constEnd())
        it = m_dates.insert(day, sqlDate(day));
    return it.value();
}

qint64 DemoIncomeWriter::run(QSqlQuery& query)
{
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    return id > 0 ? id : 1;
}

qint64 DemoIncomeWriter::run(QSqlQuery& query, const QVariantList& values)
{
    SqlRun::bind(query, values);
    return run(query);
}

bool DemoIncomeWriter::check(qint64 householdId, const DemoCheck& c)
{
    // Bound one by one: 6.7 million rows for a province, where a list per row would cost seconds.
    m_check.bindValue(0, householdId);
    m_check.bindValue(1, date(c.month));
    m_check.bindValue(2, date(c.checkedOn));
    m_check.bindValue(3, c.headcount);
    m_check.bindValue(4, c.wages);
    m_check.bindValue(5, c.business);
    m_check.bindValue(6, c.property);
    m_check.bindValue(7, c.transfers);
    m_check.bindValue(8, c.costs);
    m_check.bindValue(9, c.medical);
    m_check.bindValue(10, c.education);
    m_check.bindValue(11, c.disaster);
    m_check.bindValue(12, c.other);
    static const QVariant entry(QStringLiteral("entry"));
    m_check.bindValue(13, entry);
    // No id asked for: on PostgreSQL that is a statement of its own per row (the few a case links to are
    // read back by checkId()).
    if (!m_check.exec()) {
        m_error = m_check.lastError().text();
        return false;
    }
    return true;
}

qint64 DemoIncomeWriter::checkId(qint64 householdId, QDate month)
{
    m_checkId.bindValue(0, householdId);
    m_checkId.bindValue(1, date(month));
    qint64 id = 0;
    if (!m_checkId.exec())
        m_error = m_checkId.lastError().text();
    else if (m_checkId.next())
        id = m_checkId.value(0).toLongLong();
    m_checkId.finish();
    return id;
}

qint64 DemoIncomeWriter::monitoringCase(const QVariantList& values)
{
    return run(m_case, values);
}

qint64 DemoIncomeWriter::risk(qint64 caseId, const QString& risk, const QString& note)
{
    return run(m_risk, {caseId, risk, note});
}

qint64 DemoIncomeWriter::step(const QVariantList& values)
{
    return run(m_step, values);
}

qint64 DemoIncomeWriter::objection(const QVariantList& values)
{
    return run(m_objection, values);
}

qint64 DemoIncomeWriter::measure(const QVariantList& values)
{
    return run(m_measure, values);
}

qint64 DemoIncomeWriter::calendarDay(QDate day, const QString& kind, const QString& name)
{
    return run(m_calendar, {date(day), kind, name});
}

qint64 DemoIncomeWriter::enrolment(const QVariantList& values)
{
    return run(m_enrolment, values);
}

qint64 DemoIncomeWriter::exemption(qint64 personId, const QString& reason, QDate from, QDate to)
{
    return run(m_exemption, {personId, reason, date(from), date(to)});
}

std::pair<qint64, QDate> DemoIncomeWriter::latest(QSqlQuery& query, qint64 householdId, QDate day)
{
    query.bindValue(0, householdId);
    query.bindValue(1, date(day));
    query.bindValue(2, date(day.addDays(-60)));
    std::pair<qint64, QDate> found{0, QDate()};
    if (!query.exec()) {
        m_error = query.lastError().text();
        return found;
    }
    if (query.next())
        found = {query.value(0).toLongLong(), dateFrom(query.value(1))};
    query.finish();
    return found;
}

std::pair<qint64, QDate> DemoIncomeWriter::visitBefore(qint64 householdId, QDate day)
{
    return latest(m_visit, householdId, day);
}

qint64 DemoIncomeWriter::discoveryVisit(qint64 householdId, QDate day, const QString& cadre,
                                        const QString& findings)
{
    return run(m_discoveryVisit,
               {householdId, cadre, date(day), findings, QStringLiteral("启动防返贫监测程序，入户核实")});
}

std::pair<qint64, QDate> DemoIncomeWriter::gridCaseBefore(qint64 householdId, QDate day)
{
    return latest(m_gridCase, householdId, day);
}

void DemoIncomeWriter::finish()
{
    for (QSqlQuery* q : {&m_check, &m_checkId, &m_case, &m_risk, &m_step, &m_objection, &m_measure,
                         &m_calendar, &m_enrolment, &m_exemption, &m_visit, &m_discoveryVisit, &m_gridCase})
        q->finish();
}

} // namespace anju::demo

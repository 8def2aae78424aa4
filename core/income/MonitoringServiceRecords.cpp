// Objections to a notice and assistance measures: the records a monitoring case gathers besides its steps.
#include "income/MonitoringService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringRepository.h"
#include "income/MonitoringRules.h"

#include <QSqlQuery>

#include <algorithm>

namespace anju::income {

Result<MonitoringCase> MonitoringService::logObjection(qint64 caseId, const MonitoringObjection& objection,
                                                       QDate today)
{
    Result<MonitoringCase> found = writable(caseId);
    if (!found)
        return found;
    const MonitoringCase& c = found.value();
    const IncomeSettings settings = IncomeSettings::load(m_db);
    if (Outcome refused = MonitoringRules::checkObjection(c, objection, settings, today); !refused)
        return refused;
    const MonitoringProgress p = MonitoringRules::progress(c, settings);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("INSERT INTO monitoring_objections (step_id, received_on, raised_by, content)"
                       " VALUES (?, ?, ?, ?)"),
        {p.notice->id, sqlDate(objection.receivedOn), sqlText(objection.raisedBy.trimmed()),
         objection.content.trimmed()});
    if (!written)
        return Outcome::error(tr("The objection was not saved: %1").arg(written.error));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

Result<MonitoringCase> MonitoringService::settleObjection(qint64 objectionId, QDate settledOn,
                                                          const QString& handling, QDate today)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.case_id FROM monitoring_objections o JOIN monitoring_steps s"
                             " ON s.id = o.step_id WHERE o.id = ?"));
    q.addBindValue(objectionId);
    if (!q.exec() || !q.next())
        return Outcome::error(tr("The objection is not on file."));
    Result<MonitoringCase> found = writable(q.value(0).toLongLong());
    if (!found)
        return found;
    const MonitoringCase& c = found.value();
    const auto objection = std::find_if(c.objections.cbegin(), c.objections.cend(),
                                        [&](const MonitoringObjection& o) { return o.id == objectionId; });
    if (objection == c.objections.cend())
        return Outcome::error(tr("The objection is not on file."));
    if (Outcome refused = MonitoringRules::checkSettle(*objection, settledOn, handling, today); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery update(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, update,
        QStringLiteral("UPDATE monitoring_objections SET handling = ?, settled_on = ? WHERE id = ?"
                       " AND settled_on IS NULL"),
        {handling.trimmed(), sqlDate(settledOn), objectionId});
    if (!written)
        return Outcome::error(tr("The objection was not saved: %1").arg(written.error));
    if (update.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else settled this objection meanwhile; open the case again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

Result<MonitoringCase> MonitoringService::addMeasure(const MonitoringMeasure& measure)
{
    Result<MonitoringCase> found = writable(measure.caseId);
    if (!found)
        return found;
    const MonitoringCase& c = found.value();
    if (Outcome refused = MonitoringRules::checkMeasure(c, measure); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, q,
        QStringLiteral("INSERT INTO monitoring_measures (case_id, measure, description, provider, valid_from,"
                       " valid_to) VALUES (?, ?, ?, ?, ?, ?)"),
        {c.id, enumKey(measure.measure), measure.description.trimmed(), sqlText(measure.provider.trimmed()),
         sqlDate(measure.validFrom), sqlDate(measure.validTo)});
    if (!written)
        return Outcome::error(tr("The measure was not saved: %1").arg(written.error));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

Result<MonitoringCase> MonitoringService::endMeasure(qint64 measureId, QDate validTo)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteIncome); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT case_id FROM monitoring_measures WHERE id = ?"));
    q.addBindValue(measureId);
    if (!q.exec() || !q.next())
        return Outcome::error(tr("The measure is not on file."));
    Result<MonitoringCase> found = writable(q.value(0).toLongLong());
    if (!found)
        return found;
    const MonitoringCase& c = found.value();
    const auto measure = std::find_if(c.measures.cbegin(), c.measures.cend(),
                                      [&](const MonitoringMeasure& m) { return m.id == measureId; });
    if (measure == c.measures.cend())
        return Outcome::error(tr("The measure is not on file."));
    if (Outcome refused = MonitoringRules::checkMeasureEnd(*measure, validTo); !refused)
        return refused;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::error(transaction.error());
    QSqlQuery update(m_db.connection());
    const SqlOutcome written = SqlRun::write(
        m_db, update,
        QStringLiteral("UPDATE monitoring_measures SET valid_to = ? WHERE id = ? AND valid_to IS NULL"),
        {sqlDate(validTo), measureId});
    if (!written)
        return Outcome::error(tr("The measure was not saved: %1").arg(written.error));
    if (update.numRowsAffected() != 1)
        return Outcome::error(tr("Someone else ended this measure meanwhile; open the case again."));
    if (!transaction.commit())
        return Outcome::error(transaction.error());
    return reread(c.id);
}

} // namespace anju::income

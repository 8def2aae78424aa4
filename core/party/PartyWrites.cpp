#include "party/PartyWrites.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"

#include <QSqlError>

namespace anju::party {

bool PartyWrites::exec(QSqlQuery& q)
{
    const SqlOutcome written = SqlRun::write(m_db, q);
    if (!written)
        m_outcome.add(QLatin1String(Field::General),
                      tr("The party record was not saved: %1").arg(written.error));
    return written.ok;
}

bool PartyWrites::appendStep(qint64 memberId, const StageStep& step)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO party_stage_steps (member_id, event, step_date, reason, broken_rules,"
                       " extension_months, note, from_records) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(enumKey(step.event));
    q.addBindValue(sqlDate(step.date));
    q.addBindValue(sqlText(step.reason.trimmed()));
    q.addBindValue(sqlText(step.brokenRules));
    q.addBindValue(step.extensionMonths);
    q.addBindValue(sqlText(step.note.trimmed()));
    q.addBindValue(step.fromRecords ? 1 : 0);
    if (!exec(q))
        return false;
    const auto stage = stageReachedBy(step.event);
    if (!stage)
        return true;
    QSqlQuery m(m_db.connection());
    m.prepare(
        QStringLiteral("UPDATE party_members SET stage = ?, stage_date = ?, row_version = row_version + 1"
                       " WHERE id = ?"));
    m.addBindValue(enumKey(*stage));
    m.addBindValue(sqlDate(step.date));
    m.addBindValue(memberId);
    return exec(m);
}

bool PartyWrites::appendState(qint64 memberId, MemberState state, QDate date, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO party_member_states (member_id, state, state_date, reason) VALUES (?, ?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(enumKey(state));
    q.addBindValue(sqlDate(date));
    q.addBindValue(sqlText(reason.trimmed()));
    if (!exec(q))
        return false;
    QSqlQuery m(m_db.connection());
    m.prepare(
        QStringLiteral("UPDATE party_members SET state = ?, state_date = ?, row_version = row_version + 1"
                       " WHERE id = ?"));
    m.addBindValue(enumKey(state));
    m.addBindValue(sqlDate(date));
    m.addBindValue(memberId);
    return exec(m);
}

bool PartyWrites::moveBranch(qint64 memberId, qint64 organisationId, QDate date)
{
    QSqlQuery end(m_db.connection());
    end.prepare(QStringLiteral(
        "UPDATE party_branch_stays SET end_date = ? WHERE member_id = ? AND end_date IS NULL"));
    end.addBindValue(sqlDate(date));
    end.addBindValue(memberId);
    if (!exec(end))
        return false;
    // A 党小组 is part of the branch: whoever leaves the branch leaves their group the same day.
    QSqlQuery endGroup(m_db.connection());
    endGroup.prepare(
        QStringLiteral("UPDATE party_group_stays SET end_date = ? WHERE member_id = ? AND end_date IS NULL"));
    endGroup.addBindValue(sqlDate(date));
    endGroup.addBindValue(memberId);
    if (!exec(endGroup))
        return false;
    if (organisationId > 0) {
        QSqlQuery start(m_db.connection());
        start.prepare(QStringLiteral("INSERT INTO party_branch_stays (member_id, organisation_id, start_date)"
                                     " VALUES (?, ?, ?)"));
        start.addBindValue(memberId);
        start.addBindValue(organisationId);
        start.addBindValue(sqlDate(date));
        if (!exec(start))
            return false;
        QSqlQuery m(m_db.connection());
        m.prepare(QStringLiteral("UPDATE party_members SET organisation_id = ? WHERE id = ?"));
        m.addBindValue(organisationId);
        m.addBindValue(memberId);
        return exec(m);
    }
    return true;
}

bool PartyWrites::putDuesBasis(qint64 memberId, const DuesBasis& basis)
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM party_dues_bases WHERE member_id = ? AND from_month = ?"));
    del.addBindValue(memberId);
    del.addBindValue(sqlDate(basis.fromMonth));
    if (!exec(del))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO party_dues_bases (member_id, from_month, category, monthly_income,"
                             " fixed_amount) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(sqlDate(basis.fromMonth));
    q.addBindValue(enumKey(basis.category));
    q.addBindValue(basis.monthlyIncome);
    q.addBindValue(basis.fixedAmount);
    return exec(q);
}

bool PartyWrites::syncLinks(const char* table, const char* column, qint64 organisationId,
                            const QList<qint64>& wanted, QDate date)
{
    QList<qint64> open;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE organisation_id = ? AND end_date IS NULL")
                      .arg(QLatin1String(column), QLatin1String(table)));
        q.addBindValue(organisationId);
        if (!exec(q))
            return false;
        while (q.next())
            open.append(q.value(0).toLongLong());
    }
    for (qint64 id : open) {
        if (wanted.contains(id))
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                      "UPDATE %1 SET end_date = ? WHERE organisation_id = ? AND %2 = ? AND end_date IS NULL")
                      .arg(QLatin1String(table), QLatin1String(column)));
        q.addBindValue(sqlDate(date));
        q.addBindValue(organisationId);
        q.addBindValue(id);
        if (!exec(q))
            return false;
    }
    for (qint64 id : wanted) {
        if (open.contains(id))
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO %1 (organisation_id, %2, start_date) VALUES (?, ?, ?)")
                      .arg(QLatin1String(table), QLatin1String(column)));
        q.addBindValue(organisationId);
        q.addBindValue(id);
        q.addBindValue(sqlDate(date));
        if (!exec(q))
            return false;
    }
    return true;
}

} // namespace anju::party

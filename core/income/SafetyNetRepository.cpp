#include "income/SafetyNetRepository.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::income {

namespace {

const QString EnrolmentColumns = QStringLiteral(
    "e.id, e.person_id, e.scheme, e.amount, e.amount_kind, e.valid_from, e.valid_to, e.end_reason, e.note,"
    " e.row_version");
const QString ExemptionColumns = QStringLiteral("x.id, x.person_id, x.reason, x.valid_from, x.valid_to");

SafetyNetEnrolment enrolmentFrom(const QSqlQuery& q, int at = 0)
{
    SafetyNetEnrolment e;
    e.id = q.value(at).toLongLong();
    e.personId = q.value(at + 1).toLongLong();
    e.scheme = q.value(at + 2).toString();
    e.amount = q.value(at + 3).toLongLong();
    e.amountKind = amountKindFromKey(q.value(at + 4).toString());
    e.validFrom = dateFrom(q.value(at + 5));
    e.validTo = dateFrom(q.value(at + 6));
    e.endReason = q.value(at + 7).toString();
    e.note = q.value(at + 8).toString();
    e.rowVersion = q.value(at + 9).toInt();
    return e;
}

SafetyNetExemption exemptionFrom(const QSqlQuery& q, int at = 0)
{
    SafetyNetExemption x;
    x.id = q.value(at).toLongLong();
    x.personId = q.value(at + 1).toLongLong();
    x.reason = q.value(at + 2).toString();
    x.validFrom = dateFrom(q.value(at + 3));
    x.validTo = dateFrom(q.value(at + 4));
    return x;
}

// The filter's site and scheme and the user's site scope as " AND …" conditions on h.site_id / `scheme`.
QString filterSql(const Database& db, const SafetyNetFilter& filter, const QString& schemeColumn,
                  QVariantList* values)
{
    QString sql;
    if (!filter.scheme.isEmpty() && !schemeColumn.isEmpty()) {
        sql += QStringLiteral(" AND ") + schemeColumn + QStringLiteral(" = ?");
        values->append(filter.scheme);
    }
    if (filter.siteId > 0) {
        sql += QStringLiteral(" AND h.site_id = ?");
        values->append(filter.siteId);
    }
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("h.site_id"), values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    return sql;
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

Result<QList<SafetyNetRow>> SafetyNetRepository::enrolledOn(QDate day, const SafetyNetFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, filter.siteId); !denied)
        return denied;
    const QDate monthStart(day.year(), day.month(), 1);
    QVariantList values{sqlDate(day), sqlDate(day), sqlDate(monthStart), sqlDate(day)};
    QString sql =
        QStringLiteral("SELECT ") + EnrolmentColumns +
        QStringLiteral(", p.name, p.labour_capacity, h.id, h.number, h.site_id, s.name"
                       " FROM safety_net_enrolments e JOIN persons p ON p.id = e.person_id"
                       " JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id"
                       " WHERE ((e.amount_kind = 'monthly' AND e.valid_from <= ?"
                       " AND (e.valid_to IS NULL OR e.valid_to > ?))"
                       " OR (e.amount_kind = 'one_off' AND e.valid_from >= ? AND e.valid_from <= ?))");
    sql += filterSql(m_db, filter, QStringLiteral("e.scheme"), &values);
    sql += QStringLiteral(" ORDER BY e.scheme, h.number, p.name, e.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(tr("The safety-net list could not be read: %1").arg(q.lastError().text()));
    QList<SafetyNetRow> rows;
    while (q.next()) {
        SafetyNetRow row;
        row.enrolment = enrolmentFrom(q);
        row.personName = q.value(10).toString();
        row.labourCapacity = q.value(11).toString();
        row.householdId = q.value(12).toLongLong();
        row.householdNumber = q.value(13).toString();
        row.siteId = q.value(14).toLongLong();
        row.siteName = q.value(15).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<SafetyNetExemptionRow>> SafetyNetRepository::exemptionsOn(QDate day,
                                                                       const SafetyNetFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, filter.siteId); !denied)
        return denied;
    QVariantList values{sqlDate(day), sqlDate(day)};
    QString sql =
        QStringLiteral("SELECT ") + ExemptionColumns +
        QStringLiteral(", p.name, h.id, h.number, h.site_id FROM safety_net_exemptions x"
                       " JOIN persons p ON p.id = x.person_id JOIN households h ON h.id = p.household_id"
                       " WHERE x.valid_from <= ? AND (x.valid_to IS NULL OR x.valid_to > ?)");
    sql += filterSql(m_db, filter, {}, &values);
    sql += QStringLiteral(" ORDER BY h.number, p.name, x.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(tr("The exemptions could not be read: %1").arg(q.lastError().text()));
    QList<SafetyNetExemptionRow> rows;
    while (q.next()) {
        SafetyNetExemptionRow row;
        row.exemption = exemptionFrom(q);
        row.personName = q.value(5).toString();
        row.householdId = q.value(6).toLongLong();
        row.householdNumber = q.value(7).toString();
        row.siteId = q.value(8).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<SafetyNetHistory> SafetyNetRepository::historyOf(qint64 personId) const
{
    const qint64 siteId = siteOfPerson(personId);
    if (siteId <= 0)
        return Outcome::error(tr("The person is not on file."));
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, siteId); !denied)
        return denied;
    return SafetyNetHistory{enrolmentsOfPerson(personId), exemptionsOfPerson(personId)};
}

std::optional<SafetyNetEnrolment> SafetyNetRepository::enrolment(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + EnrolmentColumns +
                 QStringLiteral(" FROM safety_net_enrolments e WHERE e.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return enrolmentFrom(q);
}

std::optional<SafetyNetExemption> SafetyNetRepository::exemption(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + ExemptionColumns +
                 QStringLiteral(" FROM safety_net_exemptions x WHERE x.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return exemptionFrom(q);
}

QList<SafetyNetEnrolment> SafetyNetRepository::enrolmentsOfPerson(qint64 personId) const
{
    QList<SafetyNetEnrolment> list;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT ") + EnrolmentColumns +
                QStringLiteral(
                    " FROM safety_net_enrolments e WHERE e.person_id = ? ORDER BY e.valid_from, e.id"),
            {personId})) {
        while (q.next())
            list.append(enrolmentFrom(q));
    }
    return list;
}

QList<SafetyNetExemption> SafetyNetRepository::exemptionsOfPerson(qint64 personId) const
{
    QList<SafetyNetExemption> list;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT ") + ExemptionColumns +
                QStringLiteral(
                    " FROM safety_net_exemptions x WHERE x.person_id = ? ORDER BY x.valid_from, x.id"),
            {personId})) {
        while (q.next())
            list.append(exemptionFrom(q));
    }
    return list;
}

qint64 SafetyNetRepository::siteOfPerson(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT h.site_id FROM persons p JOIN households h ON h.id = p.household_id"
                            " WHERE p.id = ?"),
             {personId}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace anju::income

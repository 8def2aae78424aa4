#include "work/IndustryRepository.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlDialect.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::work {

namespace {

const QString ProjectColumns =
    QStringLiteral("j.id, j.site_id, j.name, j.level, j.model, j.operator, j.location, j.investment,"
                   " j.total_shares, j.started_on, j.ended_on, j.note, j.row_version");
constexpr int ProjectColumnCount = 13;
const QString BeneficiaryColumns = QStringLiteral("b.id, b.project_id, b.household_id, b.year, b.people, "
                                                  "b.shares, b.amount, b.benefit, b.note, b.row_version");
constexpr int BeneficiaryColumnCount = 10;
// The levels in the order of the four-level system, county first.
const QString LevelOrder = QStringLiteral("CASE j.level WHEN 'county_park' THEN 1 WHEN 'township_base' THEN 2"
                                          " WHEN 'village_cooperative' THEN 3 ELSE 4 END");

IndustryProject projectFrom(const QSqlQuery& q, int at = 0)
{
    IndustryProject p;
    p.id = q.value(at).toLongLong();
    p.siteId = q.value(at + 1).toLongLong();
    p.name = q.value(at + 2).toString();
    p.level =
        enumFromKey<IndustryLevel>(q.value(at + 3).toString()).value_or(IndustryLevel::VillageCooperative);
    p.model = enumFromKey<IndustryModel>(q.value(at + 4).toString()).value_or(IndustryModel::LabourPay);
    p.operatorName = q.value(at + 5).toString();
    p.location = q.value(at + 6).toString();
    p.investment = q.value(at + 7).toLongLong();
    p.totalShares = q.value(at + 8).toInt();
    p.startedOn = dateFrom(q.value(at + 9));
    p.endedOn = dateFrom(q.value(at + 10));
    p.note = q.value(at + 11).toString();
    p.rowVersion = q.value(at + 12).toInt();
    return p;
}

Beneficiary beneficiaryFrom(const QSqlQuery& q, int at = 0)
{
    Beneficiary b;
    b.id = q.value(at).toLongLong();
    b.projectId = q.value(at + 1).toLongLong();
    b.householdId = q.value(at + 2).toLongLong();
    b.year = q.value(at + 3).toInt();
    b.people = q.value(at + 4).toInt();
    b.shares = q.value(at + 5).toInt();
    b.amount = q.value(at + 6).toLongLong();
    b.benefit = q.value(at + 7).toString();
    b.note = q.value(at + 8).toString();
    b.rowVersion = q.value(at + 9).toInt();
    return b;
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

QString projectConditions(const Database& db, const ProjectFilter& filter, QVariantList* values)
{
    QString sql;
    if (filter.siteId > 0) {
        sql += QStringLiteral(" AND j.site_id = ?");
        values->append(filter.siteId);
    }
    QVariantList scopeValues;
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("j.site_id"), &scopeValues);
    if (!scope.isEmpty()) {
        sql += QStringLiteral(" AND (j.site_id IS NULL OR ") + scope + QStringLiteral(")");
        values->append(scopeValues);
    }
    if (filter.year > 0) {
        // Holding on some day of the year (ended_on exclusive).
        sql += QStringLiteral(" AND j.started_on <= ? AND (j.ended_on IS NULL OR j.ended_on > ?)");
        values->append(sqlDate(QDate(filter.year, 12, 31)));
        values->append(sqlDate(QDate(filter.year, 1, 1)));
    }
    if (filter.level) {
        sql += QStringLiteral(" AND j.level = ?");
        values->append(enumKey(*filter.level));
    }
    if (filter.model) {
        sql += QStringLiteral(" AND j.model = ?");
        values->append(enumKey(*filter.model));
    }
    const QString text = filter.search.trimmed();
    if (!text.isEmpty()) {
        const SqlDialect& d = db.dialect();
        const QString mark = QStringLiteral("?");
        sql += QStringLiteral(" AND (") + d.containsCondition(QStringLiteral("j.name"), mark) +
               QStringLiteral(" OR ") + d.containsCondition(QStringLiteral("j.operator"), mark) +
               QStringLiteral(" OR ") + d.containsCondition(QStringLiteral("j.location"), mark) +
               QStringLiteral(")");
        const QString escaped = SqlDialect::escapeLike(text);
        values->append(escaped);
        values->append(escaped);
        values->append(escaped);
    }
    return sql;
}

// The beneficiaries of the projects `idsSql` selects: households once each (their people the largest of
// their rows), for the user's sites only when limited.
QString figuresSql(const Database& db, const QString& idsSql, int year, QVariantList* values)
{
    QString sql =
        QStringLiteral("SELECT x.project_id AS project_id, COUNT(*) AS households, SUM(x.people) AS people,"
                       " SUM(x.shares) AS shares, SUM(x.amount) AS amount FROM ("
                       "SELECT b.project_id, b.household_id, MAX(b.people) AS people,"
                       " MAX(b.shares) AS shares, SUM(b.amount) AS amount FROM industry_beneficiaries b");
    QVariantList scopeValues;
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("h.site_id"), &scopeValues);
    if (!scope.isEmpty())
        sql += QStringLiteral(" JOIN households h ON h.id = b.household_id");
    sql += QStringLiteral(" WHERE b.project_id IN (") + idsSql + QStringLiteral(")");
    if (year > 0) {
        sql += QStringLiteral(" AND b.year = ?");
        values->append(year);
    }
    if (!scope.isEmpty()) {
        sql += QStringLiteral(" AND ") + scope;
        values->append(scopeValues);
    }
    sql += QStringLiteral(" GROUP BY b.project_id, b.household_id) x GROUP BY x.project_id");
    return sql;
}

} // namespace

Result<QList<ProjectRow>> IndustryRepository::projects(const ProjectFilter& filter, int offset,
                                                       int limit) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    QVariantList values;
    const QString page =
        QStringLiteral("SELECT ") + ProjectColumns + QStringLiteral(", ") + LevelOrder +
        QStringLiteral(" AS level_order FROM industry_projects j WHERE 1 = 1") +
        projectConditions(m_db, filter, &values) +
        QStringLiteral(" ORDER BY level_order, j.started_on DESC, j.id DESC LIMIT ? OFFSET ?");
    values.append(qMax(0, limit));
    values.append(qMax(0, offset));
    const QString figures = figuresSql(m_db, QStringLiteral("SELECT id FROM page"), filter.year, &values);
    const QString sql =
        QStringLiteral("WITH page AS (") + page +
        QStringLiteral(
            ") SELECT j.id, j.site_id, j.name, j.level, j.model, j.operator, j.location, j.investment,"
            " j.total_shares, j.started_on, j.ended_on, j.note, j.row_version, COALESCE(s.name, ''),"
            " COALESCE(f.households, 0), COALESCE(f.people, 0), COALESCE(f.shares, 0),"
            " COALESCE(f.amount, 0) FROM page j LEFT JOIN sites s ON s.id = j.site_id LEFT JOIN (") +
        figures +
        QStringLiteral(") f ON f.project_id = j.id ORDER BY j.level_order, j.started_on DESC, j.id DESC");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(tr("The projects could not be read: %1").arg(q.lastError().text()));
    QList<ProjectRow> rows;
    while (q.next()) {
        ProjectRow row;
        row.project = projectFrom(q);
        row.siteName = q.value(ProjectColumnCount).toString();
        row.households = q.value(ProjectColumnCount + 1).toInt();
        row.people = q.value(ProjectColumnCount + 2).toInt();
        row.shares = q.value(ProjectColumnCount + 3).toInt();
        row.amount = q.value(ProjectColumnCount + 4).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<int> IndustryRepository::projectCount(const ProjectFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM industry_projects j WHERE 1 = 1") +
                        projectConditions(m_db, filter, &values);
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values) || !q.next())
        return Outcome::error(tr("The projects could not be counted: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

namespace {

const QString BeneficiaryRowSql = QStringLiteral(
    ", h.number, COALESCE(h.head_name, ''), h.site_id, s.name, j.name, j.level FROM industry_beneficiaries b"
    " JOIN households h ON h.id = b.household_id JOIN sites s ON s.id = h.site_id"
    " JOIN industry_projects j ON j.id = b.project_id");

BeneficiaryRow beneficiaryRowFrom(const QSqlQuery& q)
{
    BeneficiaryRow row;
    row.beneficiary = beneficiaryFrom(q);
    const int at = BeneficiaryColumnCount;
    row.householdNumber = q.value(at).toString();
    row.headName = q.value(at + 1).toString();
    row.siteId = q.value(at + 2).toLongLong();
    row.siteName = q.value(at + 3).toString();
    row.projectName = q.value(at + 4).toString();
    row.level =
        enumFromKey<IndustryLevel>(q.value(at + 5).toString()).value_or(IndustryLevel::VillageCooperative);
    return row;
}

} // namespace

Result<QList<BeneficiaryRow>> IndustryRepository::beneficiaries(qint64 projectId, int year) const
{
    const auto found = project(projectId);
    if (!found)
        return Outcome::error(tr("Project %1 is not on file.").arg(projectId));
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, found->siteId); !denied)
        return denied;
    QVariantList values{projectId};
    QString sql = QStringLiteral("SELECT ") + BeneficiaryColumns + BeneficiaryRowSql +
                  QStringLiteral(" WHERE b.project_id = ?");
    if (year > 0) {
        sql += QStringLiteral(" AND b.year = ?");
        values.append(year);
    }
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    sql += QStringLiteral(" ORDER BY b.year DESC, h.number, b.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(tr("The beneficiaries could not be read: %1").arg(q.lastError().text()));
    QList<BeneficiaryRow> rows;
    while (q.next())
        rows.append(beneficiaryRowFrom(q));
    return rows;
}

Result<QList<BeneficiaryRow>> IndustryRepository::benefitsOfHousehold(qint64 householdId) const
{
    QSqlQuery site(m_db.connection());
    if (!run(site, QStringLiteral("SELECT site_id FROM households WHERE id = ?"), {householdId}) ||
        !site.next())
        return Outcome::error(tr("Household %1 is not on file.").arg(householdId));
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, site.value(0).toLongLong()); !denied)
        return denied;
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + BeneficiaryColumns + BeneficiaryRowSql +
                 QStringLiteral(" WHERE b.household_id = ? ORDER BY b.year DESC, ") + LevelOrder +
                 QStringLiteral(", j.name, b.id"),
             {householdId}))
        return Outcome::error(tr("The household's benefits could not be read: %1").arg(q.lastError().text()));
    QList<BeneficiaryRow> rows;
    while (q.next())
        rows.append(beneficiaryRowFrom(q));
    return rows;
}

std::optional<IndustryProject> IndustryRepository::project(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + ProjectColumns +
                 QStringLiteral(" FROM industry_projects j WHERE j.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return projectFrom(q);
}

std::optional<Beneficiary> IndustryRepository::beneficiary(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + BeneficiaryColumns +
                 QStringLiteral(" FROM industry_beneficiaries b WHERE b.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return beneficiaryFrom(q);
}

ProjectUsage IndustryRepository::usageOf(qint64 projectId) const
{
    ProjectUsage usage;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT b.year, SUM(b.shares) FROM industry_beneficiaries b WHERE b.project_id = ?"
                           " GROUP BY b.year"),
            {projectId})) {
        while (q.next()) {
            const int year = q.value(0).toInt();
            usage.maxSharesInAYear = qMax(usage.maxSharesInAYear, q.value(1).toInt());
            usage.firstYear = usage.firstYear == 0 ? year : qMin(usage.firstYear, year);
            usage.lastYear = qMax(usage.lastYear, year);
        }
    }
    QSqlQuery sites(m_db.connection());
    if (run(sites,
            QStringLiteral("SELECT DISTINCT h.site_id FROM industry_beneficiaries b"
                           " JOIN households h ON h.id = b.household_id WHERE b.project_id = ?"),
            {projectId})) {
        while (sites.next())
            usage.siteIds.append(sites.value(0).toLongLong());
    }
    return usage;
}

int IndustryRepository::sharesInYear(qint64 projectId, int year, qint64 exceptId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT COALESCE(SUM(shares), 0) FROM industry_beneficiaries"
                            " WHERE project_id = ? AND year = ? AND id <> ?"),
             {projectId, year, exceptId}) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace anju::work

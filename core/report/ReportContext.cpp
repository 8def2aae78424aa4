#include "report/ReportContext.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>

namespace anju {

ReportContext::ReportContext(const Database& db, ReportMonth month, qint64 siteId)
    : m_db(db), m_month(month), m_siteId(siteId)
{
}

QSqlQuery ReportContext::prepare(const QString& sql, QString* error) const
{
    QString text = sql;
    text.replace(QStringLiteral("${SITE}"), wholeOffice() ? QString() : QStringLiteral(" AND h.site_id = :site"));
    text.replace(QStringLiteral("${SITE_JOIN}"),
                 wholeOffice() ? QString() : QStringLiteral(" JOIN households h ON h.id = m.household_id"));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(text)) {
        *error = tr("The summary could not be computed: %1").arg(query.lastError().text());
        return query;
    }
    const auto bindIfUsed = [&](const QString& name, const QVariant& value) {
        if (text.contains(name))
            query.bindValue(name, value);
    };
    bindIfUsed(QStringLiteral(":site"), m_siteId);
    bindIfUsed(QStringLiteral(":cs"), sqlDate(m_month.first));
    bindIfUsed(QStringLiteral(":ce"), sqlDate(m_month.last()));
    bindIfUsed(QStringLiteral(":ps"), sqlDate(previousMonth().first));
    bindIfUsed(QStringLiteral(":pe"), sqlDate(previousMonth().last()));
    return query;
}

bool ReportContext::exec(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = tr("The summary could not be computed: %1").arg(query.lastError().text());
    return false;
}

const QList<ReportSite>& ReportContext::sites(QString* error) const
{
    if (!m_sites && !loadSites(error))
        m_sites.reset();
    static const QList<ReportSite> none;
    return m_sites ? *m_sites : none;
}

bool ReportContext::loadSites(QString* error) const
{
    QList<ReportSite> sites;
    QHash<qint64, int> index;
    QSqlQuery q = prepare(QStringLiteral("SELECT s.id, s.code, s.name, s.service_centre, s.five_connections"
                                         " FROM sites s ORDER BY s.code"),
                          error);
    if (!exec(q, error))
        return false;
    while (q.next()) {
        if (!wholeOffice() && q.value(0).toLongLong() != m_siteId)
            continue;
        ReportSite site;
        site.id = q.value(0).toLongLong();
        site.code = q.value(1).toString();
        site.name = q.value(2).toString();
        site.serviceCentre = q.value(3).toString();
        site.fiveConnections = q.value(4).toBool();
        index.insert(site.id, int(sites.size()));
        sites.append(site);
    }

    // A household is registered on a day from its relocation until the day its state changed.
    q = prepare(QStringLiteral(
                    "SELECT h.site_id,"
                    " SUM(CASE WHEN h.state = 'active' OR h.state_date > :ce THEN 1 ELSE 0 END),"
                    " SUM(CASE WHEN (h.relocation_date IS NULL OR h.relocation_date <= :pe)"
                    "  AND (h.state = 'active' OR h.state_date > :pe) THEN 1 ELSE 0 END)"
                    " FROM households h"
                    " WHERE (h.relocation_date IS NULL OR h.relocation_date <= :ce)"
                    " AND (h.state = 'active' OR h.state_date > :pe) ${SITE} GROUP BY h.site_id"),
                error);
    if (!exec(q, error))
        return false;
    while (q.next()) {
        if (const auto i = index.constFind(q.value(0).toLongLong()); i != index.cend())
            sites[*i].households = {q.value(1).toLongLong(), q.value(2).toLongLong()};
    }

    // A person is registered on a day when one of their stays (memberships) covers it: stays are
    // half-open, [start_date, end_date), so a person who left on the 31st is not counted on the 31st.
    q = prepare(QStringLiteral(
                    "SELECT h.site_id,"
                    " SUM(CASE WHEN (m.end_date IS NULL OR m.end_date > :ce) THEN 1 ELSE 0 END),"
                    " SUM(CASE WHEN (m.start_date IS NULL OR m.start_date <= :pe) THEN 1 ELSE 0 END)"
                    " FROM memberships m JOIN households h ON h.id = m.household_id"
                    " WHERE (m.start_date IS NULL OR m.start_date <= :ce)"
                    " AND (m.end_date IS NULL OR m.end_date > :pe) ${SITE} GROUP BY h.site_id"),
                error);
    if (!exec(q, error))
        return false;
    while (q.next()) {
        if (const auto i = index.constFind(q.value(0).toLongLong()); i != index.cend())
            sites[*i].people = {q.value(1).toLongLong(), q.value(2).toLongLong()};
    }
    m_sites = sites;
    return true;
}

} // namespace anju

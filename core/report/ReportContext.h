#pragma once

#include "report/ReportTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace anju {

class Database;

// Two numbers of one figure: at (or during) the reported month and the month before.
struct MonthPair
{
    qint64 value = 0;
    qint64 previous = 0;
};

// A site as the summary sees it: its facilities and its registered households and people at the end of
// the month and of the month before.
struct ReportSite
{
    qint64 id = 0;
    QString code;
    QString name;
    QString serviceCentre; // the stored key: none, management, one_stop
    bool fiveConnections = false;
    MonthPair households;
    MonthPair people;
};

// What every section computes from: the database, the month, the scope (the whole office or one site)
// and the counts several sections need, read once and shared.
class ReportContext
{
    Q_DECLARE_TR_FUNCTIONS(anju::ReportContext)

public:
    // `siteId` 0: the whole office.
    ReportContext(const Database& db, ReportMonth month, qint64 siteId);

    const Database& db() const { return m_db; }
    ReportMonth month() const { return m_month; }
    ReportMonth previousMonth() const { return m_month.previous(); }
    qint64 siteId() const { return m_siteId; }
    bool wholeOffice() const { return m_siteId == 0; }

    // The sites in scope ordered by code, with their stocks; empty with `error` set when reading failed.
    const QList<ReportSite>& sites(QString* error) const;

    // A query with the SQL, where "${SITE}" becomes " AND h.site_id = :site" for one site (and nothing for
    // the whole office) and "${SITE_JOIN}" joins the households h of memberships m only for one site, and
    // the month dates bound by name: :cs/:ce the first and last day of the month,
    // :ps/:pe of the month before.
    QSqlQuery prepare(const QString& sql, QString* error) const;
    // Runs the query; false with `error` set (in the user's language) on failure.
    static bool exec(QSqlQuery& query, QString* error);

private:
    bool loadSites(QString* error) const;

    const Database& m_db;
    ReportMonth m_month;
    qint64 m_siteId = 0;
    mutable std::optional<QList<ReportSite>> m_sites;
};

} // namespace anju

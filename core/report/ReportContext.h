#pragma once

#include "domain/Violation.h"
#include "report/ReportTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <array>
#include <memory>
#include <mutex>
#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::report {

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

// The age bands of the summary (age at the day counted): pre-school, compulsory school, working age,
// elderly, as on the township forms.
struct SummaryAgeBand
{
    const char* key;
    int fromAge;
};
inline constexpr std::array<SummaryAgeBand, 4> AgeBands = {
    {{"age_0_5", 0}, {"age_6_15", 6}, {"age_16_59", 16}, {"age_60_plus", 60}}};
inline constexpr int LargestHouseholdSize = 6; // "6 or more"

// The people registered in scope at one day: a person is registered on a day when one of their stays
// (memberships) covers it; stays are half-open [start_date, end_date), so whoever left on the 31st is not
// counted on the 31st.
struct PopulationAt
{
    QHash<qint64, qint64> peopleBySite;
    std::array<qint64, LargestHouseholdSize + 1> householdsBySize{}; // [0] unused
    QHash<QString, qint64> bySex;                                    // stored Sex key
    QHash<QString, qint64> byLabour;                                 // stored LabourCapacity key
    std::array<qint64, AgeBands.size()> byAgeBand{};
};

// What every section computes from: the database, the month, the scope (the whole office or one site)
// and the counts several sections need, read once and shared.
class ReportContext
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::ReportContext)

public:
    // `siteId` 0: the whole office.
    ReportContext(const Database& db, ReportMonth month, qint64 siteId);
    // The same month and scope read on another connection (a worker thread's, in the same snapshot): the
    // sites and people are read once, by whichever context asks first, and shared; safe across threads.
    ReportContext(const ReportContext& shared, const Database& db);

    const Database& db() const { return m_db; }
    ReportMonth month() const { return m_month; }
    ReportMonth previousMonth() const { return m_month.previous(); }
    qint64 siteId() const { return m_siteId; }
    bool wholeOffice() const { return m_siteId == 0; }

    // The sites in scope ordered by code, with their stocks; read once (a copy shares the list), read
    // again after a failure. A second caller waits for the first to finish reading.
    Result<QList<ReportSite>> sites() const;
    // The registered people at the end of the month (`previous` false) or of the month before.
    Result<PopulationAt> population(bool previous) const;

    // A query with the SQL, where "${SITE}" becomes " AND h.site_id = :site" for one site (and nothing for
    // the whole office) and "${SITE_JOIN}" joins the households h of memberships m only for one site, and
    // the month dates bound by name: :cs/:ce the first and last day of the month, :ps/:pe of the month
    // before. The failure in the user's language.
    Result<QSqlQuery> prepare(const QString& sql) const;
    // Runs the query; the failure in the user's language.
    static Outcome exec(QSqlQuery& query);
    // prepare() and exec() for a query that binds nothing more.
    Result<QSqlQuery> query(const QString& sql) const;
    // The band of someone born on `birth`, at `day`.
    static int ageBand(QDate birth, QDate day);

private:
    Outcome loadSites() const;
    Outcome loadSiteHouseholds(QList<ReportSite>& sites, const QHash<qint64, int>& index) const;
    Outcome loadOfficeHouseholds(QList<ReportSite>& sites, const QHash<qint64, int>& index) const;
    Outcome loadPopulation() const;
    Outcome loadSitePopulation() const;
    Outcome loadOfficePopulation() const;

    // What several sections read, shared by the contexts of one summary.
    struct SharedCounts
    {
        std::mutex sitesLock; // taken before populationLock when both are
        std::optional<QList<ReportSite>> sites;
        std::mutex populationLock;
        std::optional<std::array<PopulationAt, 2>> population; // [0] this month, [1] the one before
    };

    const Database& m_db;
    ReportMonth m_month;
    qint64 m_siteId = 0;
    std::shared_ptr<SharedCounts> m_shared;
};

} // namespace anju::report

#pragma once

#include "domain/Violation.h"
#include "income/IncomeCheckTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// One household on the entry sheet of a month: who it is, the headcount to default to, and its check of
// the month and of the month before, if any.
struct SheetRow
{
    qint64 householdId = 0;
    qint64 siteId = 0;
    QString number;           // the household's number (户编号)
    QString headName;         // the head's name
    QString address;          // building, unit and room ("3栋2单元501"), empty without a dwelling
    QString phone;            // masked for a role that sees phones masked
    int defaultHeadcount = 0; // its members on the month's last day (as the population section counts them)
    std::optional<IncomeCheck> current;  // the check of the month
    std::optional<IncomeCheck> previous; // the check of the month before, shown beside
    CheckFlags flags;                    // of `current`, none without one

    bool missing() const { return !current.has_value(); }
};

struct IncomeSheet
{
    QDate month;                        // first day
    std::optional<MonitoringLine> line; // the line judging the month's year (carried over), if any
    QList<SheetRow> rows;               // by household number
    int missing() const;                // rows with no check of the month
};

// Reads of the monthly checks. ReadIncome is required; a user limited to some sites reads only theirs.
class IncomeCheckRepository
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::IncomeCheckRepository)

public:
    explicit IncomeCheckRepository(const Database& db) : m_db(db) {}

    // The bulk-entry sheet of a site (gridId 0) or of one grid of it (siteId may then be 0) for `month` (any
    // day of it): the households active at the month's end (relocated by then, not moved away or dissolved
    // by then), and any other household with a check of the month, each with its default headcount, this
    // month's and last month's check and this month's flags. A grid's households are those it covers on
    // the month's last day (VisitSql::householdGrid). Three grouped queries, not one per row.
    Result<IncomeSheet> sheet(QDate month, qint64 siteId, qint64 gridId = 0) const;

    std::optional<IncomeCheck> check(qint64 id) const;
    std::optional<IncomeCheck> checkOf(qint64 householdId, QDate month) const;
    // The household's checks of the 12 months before `month`, as the drop rule reads them.
    QList<MonthFigure> earlierMonths(qint64 householdId, QDate month) const;
    // The household's members on `day` (its memberships holding that day): the default headcount.
    int activeMembers(qint64 householdId, QDate day) const;

private:
    const Database& m_db;
};

} // namespace anju::income

#pragma once

#include "domain/Violation.h"
#include "income/IncomeSettings.h"

#include <QCoreApplication>
#include <QDate>

#include <array>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// The bands of per-capita annual net income the summary and the dashboard count the checked households
// in, against the monitoring line L of the month's year: below L, L up to 1.5 L, 1.5 L up to 2 L, 2 L and
// more (each band includes its lower bound).
enum class IncomeBand
{
    BelowLine,
    LineTo1_5,
    From1_5To2,
    From2
};
inline constexpr std::size_t IncomeBandCount = 4;

// The income check figures of one month, counted from the dated rows (the checks of the month, the
// households' relocation and state dates) and today's settings, so a past month reads the same whenever it
// is asked while the line and thresholds stay. Definitions: docs/report-json.md, section `income`.
struct IncomeMonthFigures
{
    QDate month;                 // its first day
    int householdsActive = 0;    // active at the month's end, as the population section counts them
    int householdsChecked = 0;   // of them, those with a check of the month
    int flaggedBelowLine = 0;    // of the checked, flag below_line
    int flaggedDrop = 0;         // flag drop
    int flaggedLargeExpense = 0; // flag large_expense
    int flagged = 0;             // at least one flag
    std::array<int, IncomeBandCount> bands{}; // the checked households by IncomeBand (all 0 without a line)
    Fen line = 0;     // fen per person per year judging the month's year; 0 when none applies
    int lineYear = 0; // the year whose line that is (an earlier one when carried over); 0 none
    int missing() const { return householdsActive - householdsChecked; }
};

// One month of the dashboard's follow-up trend: households flagged in the month and households monitored
// at its end.
struct FollowUpTrendPoint
{
    QDate month; // its first day
    int flagged = 0;
    int monitored = 0;
};

// The month's income check figures for the summary and the dashboard: grouped queries with bound values,
// none per household in C++. ReadIncome is required. `siteId` 0: the whole office; else the households
// of the site.
class IncomeMonthQueries
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::IncomeMonthQueries)

public:
    // Reads the settings once (the line by year, the drop and large-expense thresholds).
    explicit IncomeMonthQueries(const Database& db);
    IncomeMonthQueries(const Database& db, IncomeSettings settings)
        : m_db(db), m_settings(std::move(settings))
    {
    }

    Result<IncomeMonthFigures> forMonth(QDate month, qint64 siteId = 0) const;
    // `months` points ending with the month of `last`, oldest first.
    Result<QList<FollowUpTrendPoint>> trend(QDate last, int months, qint64 siteId = 0) const;
    const IncomeSettings& settings() const { return m_settings; }

private:
    Outcome countActive(IncomeMonthFigures& f, qint64 siteId) const;
    Outcome countChecks(IncomeMonthFigures& f, qint64 siteId) const;

    const Database& m_db;
    IncomeSettings m_settings;
};

} // namespace anju::income

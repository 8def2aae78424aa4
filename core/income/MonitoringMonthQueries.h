#pragma once

#include "domain/Violation.h"
#include "income/IncomeSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <array>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// The three categories of a monitoring household 监测户, in the order the pages and the summary list them
// (the stored keys of monitoring_cases.category).
inline constexpr std::array<const char*, 3> MonitoringCategoryKeys = {"unstable_out_of_poverty",
                                                                      "marginal_at_risk", "sudden_hardship"};

// The monitoring and safety-net figures of one month, counted from the dated rows (entered_on, declined_on,
// eliminated_on of the cases; the enrolments' valid_from/valid_to; the people's stays), so a past month
// reads as it stood then. Definitions: docs/report-json.md, section `monitoring`.
struct MonitoringMonthFigures
{
    QDate month;                                                          // its first day
    std::array<int, MonitoringCategoryKeys.size()> monitoredByCategory{}; // households at the month's end
    int entered = 0;       // cases taken in (纳入) during the month
    int eliminated = 0;    // cases whose risk was eliminated (风险消除) during the month
    int inEntryReview = 0; // cases discovered and not yet decided at the month's end
    int declined = 0;      // cases reviewed and declined during the month
    // Registered people holding a monthly enrolment at the month's end, and its amounts (fen), by scheme
    // key; the totals count a person once however many schemes, and include schemes no longer listed.
    QMap<QString, int> peopleByScheme;
    QMap<QString, Fen> monthlyByScheme;
    int people = 0;
    Fen monthly = 0;
    int oneOffPeople = 0; // registered people paid a one-off amount (临时救助 …) during the month
    Fen oneOffPaid = 0;   // those amounts
    int monitored() const;
};

// The month's monitoring and safety-net figures for the summary and the dashboard: grouped queries with
// bound values. ReadIncome is required. `siteId` 0: the whole office; else the cases of the site's
// households and the people registered in its households.
class MonitoringMonthQueries
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::MonitoringMonthQueries)

public:
    explicit MonitoringMonthQueries(const Database& db);
    MonitoringMonthQueries(const Database& db, IncomeSettings settings)
        : m_db(db), m_settings(std::move(settings))
    {
    }

    Result<MonitoringMonthFigures> forMonth(QDate month, qint64 siteId = 0) const;
    // Households monitored on `day` (entered by then, risk not eliminated by then).
    Result<int> monitoredAt(QDate day, qint64 siteId = 0) const;
    // The scheme keys the summary lists one by one: the settings' list.
    QStringList schemeKeys() const { return m_settings.schemes.keys(); }
    const IncomeSettings& settings() const { return m_settings; }

private:
    Outcome countCases(MonitoringMonthFigures& f, qint64 siteId) const;
    Outcome countSafetyNet(MonitoringMonthFigures& f, qint64 siteId) const;

    const Database& m_db;
    IncomeSettings m_settings;
};

} // namespace anju::income

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

using Fen = qint64;

// The monitoring line 防返贫监测标准 of one year: yuan per person per year, kept in fen, with where the
// figure comes from (the province's notice, the county's).
struct MonitoringLine
{
    int year = 0;
    Fen perPersonPerYear = 0;
    QString source;
};

// How the 公示 notice period is counted.
enum class NoticeDayKind
{
    Calendar,
    Working
};

// The configurable figures of the income check, monitoring and the safety net (DOMAIN.md "Follow-up
// support"), read from the settings table with the defaults of migration 15. Setting keys:
//   income.line.<year> "6000" (yuan per person per year), income.line_source.<year> the figure's source
//   income.drop_percent 30, income.drop_months 3, income.large_expense "10000" (yuan, one month, one kind)
//   monitoring.notice_days 5, monitoring.notice_day_kind calendar|working,
//   monitoring.step_days.<home_check|village_review|public_notice|township_review|county_approval>
//   safetynet.scheme.<key> the scheme's printed name
//   safetynet.finding_schemes "dibao,tekun": the schemes whose enrolment covers a person for 应兜尽兜
struct IncomeSettings
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::IncomeSettings)

public:
    QMap<int, MonitoringLine> lines; // by year, only the years that have a line of their own
    int dropPercent = 30;            // a fall of more than this share, in percent, is a drop
    int dropMonths = 3;              // checked months the drop compares with; fewer, no drop flag
    Fen largeExpense = 1000000;      // fen; one month's expenditure of one kind over this is large
    int noticeDays = 5;
    NoticeDayKind noticeDayKind = NoticeDayKind::Calendar;
    QMap<QString, int> stepDays;    // step key → days it may take
    QMap<QString, QString> schemes; // scheme key → printed name, in key order
    QStringList findingSchemes; // the keys that cover a person for 应兜尽兜 (低保, 特困 by default)

    static IncomeSettings defaults();
    static IncomeSettings load(const Database& db);

    // The line that judges `year`: its own, else the latest earlier year's (the pages say which year's,
    // lineYearFor), none before the first line.
    std::optional<MonitoringLine> lineFor(int year) const;
    int lineYearFor(int year) const; // 0 when no line applies
    // "2024 uses the line of 2021 (6000 yuan), set no line of its own" — empty when the year has its own.
    QString carriedOverNote(int year) const;
    QString schemeName(const QString& key) const; // the key itself for a scheme no longer in the list
};

} // namespace anju::income

#pragma once

#include "domain/Violation.h"
#include "income/IncomeCheckTypes.h"
#include "income/IncomeSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Field keys of the income check forms and the entry grid (Violation::field, RangeWarning::field).
namespace anju::Field {
inline constexpr char IncomeHousehold[] = "income.household";
inline constexpr char IncomeMonth[] = "income.month";
inline constexpr char IncomeCheckedOn[] = "income.checkedOn";
inline constexpr char IncomeHeadcount[] = "income.headcount";
inline constexpr char IncomeWages[] = "income.wages";
inline constexpr char IncomeBusiness[] = "income.business";
inline constexpr char IncomeProperty[] = "income.property";
inline constexpr char IncomeTransfers[] = "income.transfers";
inline constexpr char IncomeOperatingCosts[] = "income.operatingCosts";
inline constexpr char IncomeExpenseMedical[] = "income.expenseMedical";
inline constexpr char IncomeExpenseEducation[] = "income.expenseEducation";
inline constexpr char IncomeExpenseDisaster[] = "income.expenseDisaster";
inline constexpr char IncomeExpenseOther[] = "income.expenseOther";
inline constexpr char IncomeChecker[] = "income.checker";
inline constexpr char IncomeSource[] = "income.source";
inline constexpr char IncomeVersion[] = "income.version";
} // namespace anju::Field

namespace anju::income {

// A warning the entry grid shows beside a cell while typing: the row may still be saved.
struct RangeWarning
{
    QString field; // a Field::Income… key
    QString message;
};

// The rules of the monthly check as pure functions (no database): the per-capita annual figure, the three
// flags, and the range warnings. The same arithmetic as IncomeFlagSql, so C++, SQL and an independent
// recount agree to the fen (the shared definitions of issue 18).
class IncomeRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::IncomeRules)

public:
    // An amount above this in one cell of one month is refused (1亿 yuan): a typing slip, and a bound
    // that keeps every product of the rules far inside 64 bits.
    static constexpr Fen MaxAmount = Fen(100000000) * 100;
    // An amount above this in one cell of one month is warned about (10 万 yuan): possible, rarely true.
    static constexpr Fen SanityAmount = Fen(100000) * 100;
    // A headcount above this is warned about.
    static constexpr int SanityHeadcount = 20;
    // A headcount above this is refused (the entry grid, the import): no household is that large.
    static constexpr int MaxHeadcount = 99;

    // Per-capita annual net income, fen per person per year: (net × 12) / headcount, integer division
    // truncating toward zero (as BIGINT division in SQLite and PostgreSQL). 0 for a headcount under 1.
    static Fen perCapitaAnnual(Fen net, int headcount);
    static Fen perCapitaAnnual(const IncomeCheck& check);

    // perCapitaAnnual < line; no line (none set for the year or earlier) is never below.
    static bool belowLine(Fen perCapitaAnnual, std::optional<Fen> line);
    // The drop rule: of `earlier` (the household's other checks, any order), those of the 12 months before
    // `month` (month in [M−12, M−1]); the `dropMonths` most recent of them; fewer, no drop. With S their
    // sum of per-capita figures and N = dropMonths: a drop when S > 0 and pca × 100 × N < S × (100 − pct).
    static bool drop(QDate month, Fen perCapitaAnnual, const QList<MonthFigure>& earlier, int dropMonths,
                     int dropPercent);
    // Any one of the four expenditures strictly over `largeExpense`.
    static bool largeExpense(const IncomeCheck& check, Fen largeExpense);

    // The three flags of `check` judged by `settings` (the line of the month's year, carried over).
    static CheckFlags flags(const IncomeCheck& check, const QList<MonthFigure>& earlier,
                            const IncomeSettings& settings);

    // What the entry grid warns about while typing (a negative net, an amount over the sanity bound, a
    // headcount of 0 or over SanityHeadcount, an expenditure over the large-expense amount), each in
    // Chinese with the field it belongs to. `activeMembers` < 0: not known, not compared.
    static QList<RangeWarning> warnings(const IncomeCheck& check, const IncomeSettings& settings,
                                        int activeMembers = -1);

    // A headcount as a clerk gives it (a cell of the entry grid, 家庭人口 of a sheet): a whole number of
    // people, 1 … MaxHeadcount, "4" or "4人". 0 and negative numbers are refused with the reason, never
    // taken as "not given" (the household's members by default): the clerk typed a figure that cannot be
    // a household's, and the row must not be saved with another one. (A check saved with headcount 0 through
    // the service still takes the members on file: that is a check made without a headcount, not a typed 0.)
    static Result<int> headcountFromText(const QString& text);
    static Outcome checkTypedHeadcount(int headcount);

    // "1234.56" for 123456 fen; "-12.00" for a negative figure.
    static QString yuanText(Fen fen);
    // Yuan as typed ("1234.5", "1,234.56", "1234") to fen; nullopt for text that is not an amount or has
    // more than two decimals.
    static std::optional<Fen> fenFromYuan(const QString& text);
    // The month's first day of "2026-11"; a null date for anything else.
    static QDate monthFromText(const QString& text);
};

} // namespace anju::income

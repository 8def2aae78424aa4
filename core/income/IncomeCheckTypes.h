#pragma once

#include "income/IncomeSettings.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <algorithm>

namespace anju::income {

// One household's monthly income check 月度收支核查 (a row of income_checks, migration 15). Money in fen.
// The income kinds are 工资性 (wages), 经营性 (business), 财产性 (property) and 转移性 (transfers);
// operating_costs are the household's costs of earning them (经营费用), subtracted from the net. The four
// expenditures are the large ones the large-expense flag reads; they do not lower the net income.
struct IncomeCheck
{
    qint64 id = 0; // 0: not saved yet
    qint64 householdId = 0;
    QDate month;       // the month's first day
    QDate checkedOn;   // the day the check was made (not before the month, not in the future)
    int headcount = 0; // the people the per-capita figure divides by; 0 when saving: the active members
    Fen incomeWages = 0;
    Fen incomeBusiness = 0;
    Fen incomeProperty = 0;
    Fen incomeTransfers = 0;
    Fen operatingCosts = 0;
    Fen expenseMedical = 0;
    Fen expenseEducation = 0;
    Fen expenseDisaster = 0;
    Fen expenseOther = 0;
    QString checker;                          // who checked (a name, as written on the office's sheet)
    QString source = QStringLiteral("entry"); // "entry" (typed on the grid) or "import" (the office's sheet)
    QString note;
    int rowVersion = 0; // as read; the service's optimistic check compares it
    QDateTime updatedAt;

    // Income of all four kinds.
    Fen income() const { return incomeWages + incomeBusiness + incomeProperty + incomeTransfers; }
    // 纯收入 of the month: the income less the costs of earning it; may be negative.
    Fen net() const { return income() - operatingCosts; }
    // The largest of the four expenditures.
    Fen largestExpense() const
    {
        return std::max(std::max(expenseMedical, expenseEducation), std::max(expenseDisaster, expenseOther));
    }
};

// The three flags of a check (the shared definitions of issue 18, IncomeRules), computed at read time.
struct CheckFlags
{
    bool belowLine = false;    // per-capita annual net income under the year's monitoring line
    bool drop = false;         // fell by more than the set share from the household's recent months
    bool largeExpense = false; // one expenditure of the month over the set amount

    bool any() const { return belowLine || drop || largeExpense; }
    bool operator==(const CheckFlags&) const = default;
};

// One earlier month of a household, as the drop rule reads it.
struct MonthFigure
{
    QDate month; // first day
    Fen perCapitaAnnual = 0;
};

} // namespace anju::income

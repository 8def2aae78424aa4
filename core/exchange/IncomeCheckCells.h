#pragma once

#include "domain/Violation.h"
#include "spreadsheet/TableReader.h"

#include <QCoreApplication>
#include <QDate>

namespace anju::exchange {

// Reads the cells of a month's income-check sheet the way offices fill them in Excel and WPS.
class IncomeCheckCells
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::IncomeCheckCells)

public:
    // Yuan as fen, exactly: a number cell, or text with or without thousands separators (1,234.50 /
    // 1，234.5), full-width (１２３４．５), in ten thousands (1.2万), after Excel's text marker ('1200), with
    // a 元 or ￥ and spaces; a blank cell, "-", "—", "/" or 无 is 0. Refuses a negative amount, more than two
    // decimals and anything else that is not an amount (the message in the user's language).
    static Result<qint64> fen(const CellValue& cell);
    // A month as its first day: an Excel date (its month), 2026-11, 2026.11, 2026/11, 2026年11月, 202611,
    // 11/2026, or a full date (its month: 2026/11/07, 25/11/2026). A day and month that cannot be told apart
    // (12/07/2026: December or July?) are refused, asking for the month year first.
    static Result<QDate> month(const CellValue& cell, bool date1904);
    // The month typed on the command line or in the dialog: YYYY-MM (also the forms above). Null when not
    // one.
    static QDate monthFromText(const QString& text);
    // A whole number of people, 1 … 99 (a number cell or text such as "4", "４" or "4人"); 0 and negative
    // numbers refused by IncomeRules::checkTypedHeadcount.
    static Result<int> headcount(const CellValue& cell);
};

} // namespace anju::exchange

#pragma once

#include <QString>
#include <QStringView>

namespace anju {

// CSV formula injection (OWASP "CSV Injection", CWE-1236): a spreadsheet runs a cell that starts with
// = + - @ (or a tab or carriage return before one) as a formula, so text a clerk typed or imported
// (=HYPERLINK(…), =cmd|' /C calc'!A0) would act on the machine of whoever opens an exported CSV.
// Every CSV Anju writes puts a ' before such text, and every CSV Anju reads takes exactly that ' off
// again, so an exported roster imports unchanged (docs/decisions.md, "Formulas in CSV files").
class FormulaGuard
{
public:
    // The text as a CSV cell: with one more ' in front when it starts with a formula character after
    // any number of ' (so that text which already began with ' reads back as it was).
    static QString guarded(const QString& text);
    // The cell's text without the ' that guarded() added; any other text as it is.
    static bool isGuarded(QStringView cell);
    static QString unguarded(const QString& cell);

private:
    static bool startsFormulaAfterQuotes(QStringView text);
};

} // namespace anju

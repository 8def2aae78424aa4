#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"
#include "exchange/IncomeCheckLayout.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

struct IncomeImportOptions
{
    QString path;
    // The month of the whole file (its first day); null: each row's 月份. A row whose own month differs
    // from it is rejected rather than filed under either.
    QDate month;
    bool dryRun = false; // check everything, write nothing
    QDate today = QDate::currentDate();
    // Where each field is, as the clerk placed it (-1: not in the file); empty: as the header names them.
    IncomeCheckMapping mapping;
    // Called with each rejected row's original cells and its reasons (one a line), for the error list.
    std::function<void(int row, const QStringList& cells, const QString& reason)> rejectedRow;
    // Reading is the first half of the work, writing the second; returning false cancels the pass: the
    // transaction is rolled back and nothing is written.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Whether the checks' own audit rows are left out for one import event (SQLite); by default when the
    // import writes at least QuietTrailFrom checks. For the tests that compare both ways.
    std::optional<bool> quietTrail;
    // Whether the server writes the checks in one call with the trail of each (by default on the server;
    // never on SQLite); false: one statement per check. For the tests that compare both ways.
    std::optional<bool> atOnce;
};

// What a sheet's header says before anything is imported: for the dialog's column mapping.
struct IncomeCheckHeader
{
    QString sheetName;
    int headerRow = 0;
    QStringList headers;
    QStringList firstRow; // the cells of the first row below the header, as text
    IncomeCheckMapping mapping;
};

struct IncomeImportSummary
{
    int rowsRead = 0;        // data rows below the header (footers and blank rows not counted)
    int checksNew = 0;       // with dryRun: would be added
    int checksChanged = 0;   // a check of that month on file, replaced by the sheet's
    int checksUnchanged = 0; // on file exactly as in the sheet: not rewritten
    int rowsRejected = 0;
    bool written = false;
    bool cancelled = false;  // the progress callback said stop: nothing was written
    bool quietTrail = false; // one audit event for the import instead of one row per check
    bool atOnce = false;     // the server wrote every check in one call
    QString sheetName;
    int headerRow = 0;
    QStringList headers;
    IncomeCheckMapping mapping;
    QList<QDate> months;       // the months the rows that were not rejected are for, in order
    QList<ImportError> errors; // each rejects its row; the other rows are written
};

// Imports a month's income checks 月度收支核查 from the office's sheet (.xlsx or .csv, with the roster's
// readers, header search and merged cells): one row per household, found by the head's ID number or the
// household code. A bad row is rejected with its reasons (an unknown household, one of a site the user does
// not cover, a 户主姓名 that is no active member of the household found (rows that slipped), a bad amount
// or headcount, a month in the future or written ambiguously, the household twice for one month) and the
// other rows are written in one transaction: a check of that month on file is replaced (changed), one the
// same as the sheet is left alone (unchanged); every written check has source 'import'.
class IncomeCheckImporter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::IncomeCheckImporter)

public:
    // From this many written checks on, SQLite keeps one audit event for the import instead of a row each.
    static constexpr int QuietTrailFrom = 1000;

    explicit IncomeCheckImporter(const Database& db) : m_db(db) {}

    // An Outcome error only for a file that cannot be read, a mapping that cannot be used, a refused
    // permission, or a write the database refused (then nothing is written).
    Result<IncomeImportSummary> run(const IncomeImportOptions& options);
    // Finds the header of a sheet of income checks and the columns it names, reading nothing else.
    static Result<IncomeCheckHeader> inspect(const QString& path);
    // "Row 5, 工资性收入: …"
    static QString describe(const ImportError& error);

private:
    const Database& m_db;
};

} // namespace anju::exchange

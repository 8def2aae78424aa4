#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"
#include "exchange/PartyRosterLayout.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

struct PartyImportOptions
{
    QString path;
    bool dryRun = false;
    QDate today = QDate::currentDate();
    // Called with each rejected row's original cells, for the error list the secretary fixes.
    std::function<void(int row, const QStringList& cells, const QString& reason)> rejectedRow;
    // Where each field is, as the secretary placed it (-1: not in the file); empty: as the header names
    // them. A mapping without the required fields, or with a column chosen twice, is refused.
    PartyRosterMapping mapping;
    // Called as rows are read and members checked or written (work done of a total); returning false
    // cancels the pass: the transaction is rolled back and nothing is written.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// What a roster's header says before anything is imported: for the dialog's column mapping.
struct PartyRosterHeader
{
    QString sheetName;
    int headerRow = 0;
    QStringList headers;
    QStringList firstRow; // the cells of the first row below the header, as text
    PartyRosterMapping mapping;
};

struct PartyImportSummary
{
    int membersImported = 0;  // with dryRun: would be imported
    int membersUnchanged = 0; // already on file (matched by ID number): left as they are
    int rowsRejected = 0;
    bool written = false;
    bool cancelled = false; // the progress callback said stop: nothing was written
    QString sheetName;
    int headerRow = 0;
    QStringList headers;
    QList<ImportError> errors;   // each rejects its row; any of them and nothing is written
    QList<ImportError> warnings; // rule deviations of old records, imported as entered from records
};

// Imports a branch's Excel roster of members 党员花名册 (.xlsx or .csv, with the household roster's readers,
// header search and cell parsing). A member is matched to a resident by ID number, otherwise created as an
// outside cadre. Hard errors reject the row (bad ID, an ID twice, dates out of order or in the future, an
// unknown branch, a 总支 or 党委 as the branch); the rules an old record may break (age, cultivation,
// sponsors, the probation's length) import the step as entered from records (据档案补录) with a warning
// each. One transaction; any error writes nothing; members already on file are left unchanged, so
// importing the same file again changes nothing.
class PartyRosterImporter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::PartyRosterImporter)

public:
    explicit PartyRosterImporter(const Database& db) : m_db(db) {}

    // An Outcome error only for a file that cannot be read at all (or a write the database refused).
    Result<PartyImportSummary> run(const PartyImportOptions& options);
    // Finds the header of a party roster and the columns it names, reading nothing else.
    static Result<PartyRosterHeader> inspect(const QString& path);

private:
    const Database& m_db;
};

} // namespace anju::exchange

#pragma once

#include "exchange/RosterLayout.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace anju::exchange {

// Where each roster field is in the file: field → 0-based column.
using ColumnMapping = QHash<RosterField, int>;
// Headers the clerk placed by hand before (RememberedColumns): header key (RosterLayout::headerKey) → the
// field it holds, or nullopt for a column not to import.
using HeaderMemory = QHash<QString, std::optional<RosterField>>;

// One reason a row was rejected: the row number as the spreadsheet shows it, the column's header
// (or the field's name when the column is missing), and the reason in the user's language.
struct ImportError
{
    int row = 0;
    QString column;
    QString message;
    QString sheet = {}; // set when the roster goes on over several sheets and this is not the first
};

struct ImportOptions
{
    QString path;
    bool dryRun = false;      // check everything, write nothing
    bool skipInvalid = false; // write the valid households even when others are rejected
    int sheetIndex = -1;      // -1: the first sheet that looks like a roster
    int headerRow = 0;        // 0: found by the importer; else the 1-based row of the header
    ColumnMapping mapping;    // fields the user placed by hand; the others are found from the header
    // Headers placed by hand in earlier imports, which win over the header's own words. The importer reads
    // them from the database itself; the window passes them to its own look at the header.
    HeaderMemory remembered;
    QString defaultSite; // site code or name for households whose rows name none
    // The move-in date for households whose rows give none: many offices keep no such column. A roster
    // without the column needs it (MoveInDate::problem).
    QDate movedIn;
    QDate today = QDate::currentDate();
    // Called now and then with bytes read and total; return false to cancel (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress;
    // Called with each rejected row's original cells, for the error list the clerk fixes and re-imports.
    std::function<void(int row, const QStringList& cells, const QString& reason)> rejectedRow;
    // How rows are written, for the tests that compare the ways (the defaults are chosen by size and engine):
    // through SQLite's own API or QSqlQuery, and with the indexes dropped and made again (a bulk load) or
    // not.
    bool useSqliteApi = true;
    std::optional<bool> bulkLoad;
};

struct ImportSummary
{
    int householdsImported = 0; // with dryRun: would be imported
    int personsImported = 0;
    int householdsRejected = 0;
    int rowsRejected = 0;
    int householdsUnchanged = 0;  // already in the database exactly as in the file
    bool alreadyImported = false; // this very file was imported before: nothing was done
    QDate alreadyImportedOn;
    bool written = false;
    bool cancelled = false;
    QString sheetName;
    QStringList moreSheets; // sheets the roster goes on in (花名册2 …), read after the first
    int headerRow = 0;
    QStringList headers; // the header row's texts, by column
    ColumnMapping mapping;
    QList<ImportError> errors;
};

} // namespace anju::exchange

#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace anju {

// One cell as the file holds it. Numbers keep their value; `text` is what the importer reads.
struct CellValue
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Boolean,
        Error
    };
    Kind kind = Kind::Empty;
    // Text cells: the text. Numbers: the shortest text that reads back as the same double
    // (13907391234, 4.3052419800101e+17, 31118). Booleans: "TRUE"/"FALSE". Errors: "#N/A" etc.
    QString text;
    double number = 0;
    bool dateFormatted = false; // a number shown with a date format (an Excel serial date)

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
};

struct TableRow
{
    int number = 0;         // 1-based, as the spreadsheet program shows it (a CSV's line of the record)
    QList<CellValue> cells; // column 0 = A; trailing empty cells may be missing
    const CellValue& cell(int column) const;
};

// A merged block of cells; rows 1-based, columns 0-based, both inclusive.
struct MergedRange
{
    int firstRow = 0;
    int lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
};

// Reads a roster file row by row, without loading it whole: .xlsx (a zip of XML parts) or .csv in
// UTF-8 (with or without BOM) or GB18030/GBK, told apart by content, not by the file name.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(anju::TableReader)

public:
    // Limits that keep a hostile or broken file from exhausting memory.
    static constexpr int MaxColumns = 16384;        // Excel's own limit (XFD)
    static constexpr int MaxCellCharacters = 32767; // Excel's own limit per cell
    // The .xlsx reader's own limits are in XlsxLimits.h.

    virtual ~TableReader() = default;

    // Opens the file; fails with a message in the user's language when it is not a readable roster file.
    [[nodiscard]] static Result<std::unique_ptr<TableReader>> open(const QString& path);

    virtual QStringList sheetNames() const = 0; // a CSV has one sheet named after the file
    // Starts (or restarts) reading a sheet; false with error() when it cannot be read.
    virtual bool selectSheet(int index) = 0;
    // The next row that has at least one non-empty cell; false at the end or on error (see error()).
    virtual bool next(TableRow& row) = 0;
    // Empty unless reading failed: truncated file, too many columns, a cell over the limit, bad XML.
    virtual QString error() const = 0;
    // The merged ranges of the selected sheet, known as soon as selectSheet() returned.
    virtual QList<MergedRange> merges() const = 0;
    // True when serial dates count from 1904 (old Mac workbooks) instead of 1899-12-30.
    virtual bool date1904() const { return false; }
    // Work done and total (bytes of the sheet), for a progress bar.
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;
    // "xlsx" or "csv"; for a CSV also the encoding detected ("UTF-8", "GB18030").
    virtual QString formatName() const = 0;
};

} // namespace anju

#pragma once

#include "spreadsheet/TableReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace anju::test {

using ZipParts = QList<std::pair<QString, QByteArray>>;

// Writes a zip with the given members, for .xlsx parts written by hand.
bool writeZip(const QString& path, const ZipParts& parts);

// A workbook with one sheet "Sheet1" whose <sheetData> holds `sheetData`, followed by `afterSheetData`
// (merges), with an optional shared-string table (the <si> elements).
ZipParts minimalWorkbook(const QByteArray& sheetData, const QByteArray& afterSheetData = {},
                         const QByteArray& sharedStringItems = {});

// What libxlsxwriter never writes: inline and rich-text strings, cells and rows without r, absolute
// relationship targets, a custom date format, date1904, a namespace prefix, _xHHHH_ escapes.
ZipParts quirksWorkbook();

// A roster as an office keeps it, written by libxlsxwriter: an instructions sheet before the roster, a
// title and a 填报单位/日期 row above the header, household columns merged over the members' rows, an
// Excel date, a phone and an ID stored as numbers, 王　芳, blank rows, a 合计 and a signature row, and a
// hidden sheet at the end.
bool writeRosterXlsx(const QString& path);

// The Excel serial number of a date in the 1900 system.
double excelSerial(int year, int month, int day);

// Writes `bytes` to `path` and returns the path.
QString writeFile(const QString& path, const QByteArray& bytes);
// The reader for a file that must open (with a warning showing the error when it does not).
std::unique_ptr<TableReader> openOk(const QString& path);
// The error of TableReader::open, or an empty string when the file opened.
QString openError(const QString& path);
// Opens, selects the first sheet and reads to the end: the first error met on the way, or none.
QString readError(const QString& path);
QList<TableRow> readAll(TableReader& reader);
QStringList texts(const TableRow& row);

} // namespace anju::test

#pragma once

#include "spreadsheet/TableReader.h"

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

namespace anju {

class XlsxSharedStrings;
class XlsxStyles;
class ZipEntryDevice;

// Streams the rows of one worksheet part straight out of the zip: one row in memory at a time.
// A stream, not a result type: next() says "a row" or "no more rows", and error() tells the end of the
// sheet from a failure, as TableReader does; a province's sheet has tens of millions of cells, and the
// per-cell steps below report through m_error instead of returning a result each.
class XlsxSheetStream
{
    Q_DECLARE_TR_FUNCTIONS(anju::XlsxSheetStream)

public:
    XlsxSheetStream(std::unique_ptr<ZipEntryDevice> device, const XlsxSharedStrings& strings,
                    const XlsxStyles& styles);
    ~XlsxSheetStream();

    // The next row with a non-empty cell; false at the end, or when reading failed (see error()).
    bool next(TableRow& row);
    // Empty unless reading failed: bad XML, a cell over the limits, a damaged part.
    const QString& error() const { return m_error; }
    qint64 bytesDone() const;
    qint64 bytesTotal() const;

    // The text of a number: the shortest that reads back as the same double, whole numbers below
    // 10^15 in full (13907391234), larger ones with an exponent (4.3052419800101e+17) because Excel
    // kept only 15 significant digits of them and the digits after are invented.
    static QString numberText(double value);

private:
    enum class CellType
    {
        Number,
        SharedString,
        InlineString,
        FormulaString,
        Boolean,
        Error,
        Date
    };

    // Each false with m_error set.
    bool readRow(TableRow& row);
    static CellType cellType(QStringView type);
    bool readCell(TableRow& row, bool& rowNumberKnown, int& column);
    bool readCellAttributes(TableRow& row, bool& rowNumberKnown, int& column, CellType& type, int& style);
    bool storeValue(TableRow& row, int column, CellType type, int style);
    bool fail(const QString& message);
    QString cellName(int column, int row) const;
    QString tooLong(int column, int row, qint64 length) const;

    std::unique_ptr<ZipEntryDevice> m_device;
    QXmlStreamReader m_xml;
    const XlsxSharedStrings& m_strings;
    const XlsxStyles& m_styles;
    int m_lastRowNumber = 0;
    bool m_finished = false;
    QString m_value; // the text of the current cell's <v> or <is>, reused from cell to cell
    qint64 m_valueLength = 0;
    qint64 m_rowCharacters = 0; // of the cells stored in the current row
    QString m_error;
};

} // namespace anju

#include "spreadsheet/XlsxSheetStream.h"

#include "spreadsheet/CellReference.h"
#include "spreadsheet/XlsxLimits.h"
#include "spreadsheet/XlsxSharedStrings.h"
#include "spreadsheet/XlsxStyles.h"
#include "spreadsheet/XlsxXml.h"
#include "spreadsheet/ZipArchive.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace anju {

using namespace Qt::Literals::StringLiterals;

namespace {

bool hasContent(const TableRow& row)
{
    return std::any_of(row.cells.cbegin(), row.cells.cend(),
                       [](const CellValue& cell) { return !cell.isEmpty(); });
}

} // namespace

XlsxSheetStream::XlsxSheetStream(std::unique_ptr<ZipEntryDevice> device, const XlsxSharedStrings& strings,
                                 const XlsxStyles& styles)
    : m_device(std::move(device)), m_xml(m_device.get()), m_strings(strings), m_styles(styles)
{
}

XlsxSheetStream::~XlsxSheetStream() = default;

qint64 XlsxSheetStream::bytesDone() const
{
    return m_device->bytesDecompressed();
}

qint64 XlsxSheetStream::bytesTotal() const
{
    return m_device->uncompressedSize();
}

QString XlsxSheetStream::numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(static_cast<qint64>(value));
    if (std::abs(value) >= 1e15)
        return QString::number(value, 'e', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString XlsxSheetStream::cellName(int column, int row) const
{
    return CellReference::name(column, row);
}

QString XlsxSheetStream::tooLong(int column, int row, qint64 length) const
{
    return tr("Cell %1 has %2 characters; a spreadsheet cell holds at most %3.")
        .arg(cellName(column, row), QLocale().toString(length),
             QLocale().toString(TableReader::MaxCellCharacters));
}

bool XlsxSheetStream::next(TableRow& row)
{
    while (!m_finished && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (name == u"row") {
                if (!readRow(row)) {
                    m_finished = true;
                    return false;
                }
                if (hasContent(row))
                    return true;
            } else if (name != u"worksheet" && name != u"sheetData") {
                m_xml.skipCurrentElement(); // views, column widths, merges, print settings
            }
        } else if (token == QXmlStreamReader::EndElement && m_xml.name() == u"sheetData") {
            m_finished = true; // nothing after the cells is needed; merges were read by selectSheet()
        }
    }
    if (m_xml.hasError())
        m_error = XlsxXml::partError(m_xml, *m_device);
    m_finished = true;
    return false;
}

bool XlsxSheetStream::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool XlsxSheetStream::readRow(TableRow& row)
{
    row.cells.clear();
    m_rowCharacters = 0;
    bool numbered = false;
    const int number = m_xml.attributes().value("r"_L1).toInt(&numbered);
    bool rowNumberKnown = numbered && number > 0;
    // Rows without r follow the previous one; their cells' own references may still say where they are.
    row.number = rowNumberKnown ? number : m_lastRowNumber + 1;
    int column = -1;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == u"c") {
                if (!readCell(row, rowNumberKnown, column))
                    return false;
            } else {
                m_xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            break; // the end of the row: the cells' own ends were read by readCell()
        }
    }
    if (m_xml.hasError())
        return fail(XlsxXml::partError(m_xml, *m_device));
    m_lastRowNumber = row.number;
    while (!row.cells.isEmpty() && row.cells.constLast().kind == CellValue::Kind::Empty)
        row.cells.removeLast();
    return true;
}

XlsxSheetStream::CellType XlsxSheetStream::cellType(QStringView type)
{
    if (type == u"s")
        return CellType::SharedString;
    if (type == u"inlineStr")
        return CellType::InlineString;
    if (type == u"str")
        return CellType::FormulaString;
    if (type == u"b")
        return CellType::Boolean;
    if (type == u"e")
        return CellType::Error;
    if (type == u"d")
        return CellType::Date;
    return CellType::Number;
}

bool XlsxSheetStream::readCellAttributes(TableRow& row, bool& rowNumberKnown, int& column, CellType& type,
                                         int& style)
{
    // The copy of the attributes must be gone before the reader moves on: while it is shared, the
    // reader reallocates its attribute list at every element.
    const auto attributes = m_xml.attributes();
    const QStringView reference = attributes.value("r"_L1);
    if (reference.isEmpty()) {
        ++column; // cells without r follow the previous cell
    } else {
        const auto parsed = CellReference::parse(reference);
        if (!parsed || parsed->row == 0)
            return fail(tr("Row %1 of sheet part %2 has a cell with the invalid reference \"%3\".")
                            .arg(QString::number(row.number), m_device->name(), reference.toString()));
        column = parsed->column;
        if (!rowNumberKnown) {
            row.number = parsed->row;
            rowNumberKnown = true;
        }
    }
    // Checked before anything is stored, so a row of 100,000 cells stops at the first one too many.
    if (column >= TableReader::MaxColumns)
        return fail(
            tr("Row %1 has more than %2 columns; a spreadsheet has at most %2 (cell %3 is past the limit).")
                .arg(QString::number(row.number), QLocale().toString(TableReader::MaxColumns),
                     cellName(column, row.number)));
    type = cellType(attributes.value("t"_L1));
    style = attributes.value("s"_L1).toInt();
    return true;
}

bool XlsxSheetStream::readCell(TableRow& row, bool& rowNumberKnown, int& column)
{
    CellType type = CellType::Number;
    int style = 0;
    if (!readCellAttributes(row, rowNumberKnown, column, type, style))
        return false;
    m_value.truncate(0);
    m_valueLength = 0;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == u"v")
                XlsxXml::readSimpleText(m_xml, m_value, m_valueLength);
            else if (m_xml.name() == u"is")
                XlsxXml::readRichText(m_xml, m_value, m_valueLength);
            else
                m_xml.skipCurrentElement(); // <f> formula text, <extLst>
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (m_xml.hasError()) {
        // The guard stopped a text run too long for any cell: name the cell, as for one just over.
        if (m_device->failure() == ZipEntryDevice::Failure::XmlTooLarge)
            return fail(
                tr("Cell %1 holds more text than the %2 characters a spreadsheet cell can hold; the "
                   "file is damaged or built to exhaust memory.")
                    .arg(cellName(column, row.number), QLocale().toString(TableReader::MaxCellCharacters)));
        return fail(XlsxXml::partError(m_xml, *m_device));
    }
    return storeValue(row, column, type, style);
}

bool XlsxSheetStream::storeValue(TableRow& row, int column, CellType type, int style)
{
    if (m_valueLength > TableReader::MaxCellCharacters)
        return fail(tooLong(column, row.number, m_valueLength));
    if (m_value.isEmpty())
        return true;
    CellValue value;
    switch (type) {
    case CellType::SharedString: {
        bool ok = false;
        const qsizetype index = m_value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_strings.size())
            return fail(
                tr("Cell %1 refers to a shared string the workbook does not have; the file is damaged.")
                    .arg(cellName(column, row.number)));
        if (m_strings.length(index) > TableReader::MaxCellCharacters)
            return fail(tooLong(column, row.number, m_strings.length(index)));
        value.text = m_strings.text(index);
        value.kind = value.text.isEmpty() ? CellValue::Kind::Empty : CellValue::Kind::Text;
        break;
    }
    case CellType::InlineString: // <is> escapes were decoded by readRichText()
    case CellType::Date:         // ISO 8601 text; Excel itself never writes these
        value.kind = CellValue::Kind::Text;
        // A copy, not a shared reference: m_value keeps its buffer for the next cell.
        value.text = QString(m_value.constData(), m_value.size());
        break;
    case CellType::FormulaString:
        value.kind = CellValue::Kind::Text;
        value.text = m_value.contains(u"_x") ? XlsxXml::decodeEscapes(m_value) : m_value;
        break;
    case CellType::Boolean:
        value.kind = CellValue::Kind::Boolean;
        value.number = m_value.trimmed() == u"1" ? 1 : 0;
        value.text = value.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        break;
    case CellType::Error:
        value.kind = CellValue::Kind::Error;
        value.text = m_value;
        break;
    case CellType::Number: {
        bool ok = false;
        const double number = m_value.toDouble(&ok);
        if (!ok) {
            value.kind = CellValue::Kind::Text; // not a number after all: keep what the file says
            value.text = m_value;
            break;
        }
        value.kind = CellValue::Kind::Number;
        value.number = number;
        value.text = numberText(number);
        value.dateFormatted = m_styles.isDateStyle(style);
        break;
    }
    }
    if (value.kind == CellValue::Kind::Empty)
        return true;
    // Each cell is within Excel's limit, but a row of 16,384 full cells would still be a gigabyte.
    m_rowCharacters += value.text.size();
    if (m_rowCharacters > XlsxLimits::MaxRowCharacters)
        return fail(tr("Row %1 holds more than %2 characters in its cells (cell %3 is past the limit); no "
                       "roster row comes near that. The file is damaged or built to exhaust memory.")
                        .arg(QString::number(row.number), QLocale().toString(XlsxLimits::MaxRowCharacters),
                             cellName(column, row.number)));
    if (column >= row.cells.size())
        row.cells.resize(column + 1);
    row.cells[column] = std::move(value);
    return true;
}

} // namespace anju

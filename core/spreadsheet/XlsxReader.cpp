#include "spreadsheet/XlsxReader.h"

#include "spreadsheet/XlsxMergeScanner.h"
#include "spreadsheet/XlsxSheetStream.h"

namespace anju {

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString& path, QString* error)
{
    return m_zip.open(path, error) && m_workbook.load(m_zip, error) &&
           m_strings.load(m_zip, m_workbook.sharedStringsPart(), error) &&
           m_styles.load(m_zip, m_workbook.stylesPart(), error);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const auto& sheet : m_workbook.sheets())
        names.append(sheet.name);
    return names;
}

bool XlsxReader::selectSheet(int index)
{
    m_sheet.reset();
    m_merges.clear();
    m_error.clear();
    if (index < 0 || index >= m_workbook.sheets().size()) {
        m_error = tr("The workbook has no sheet number %1.").arg(index + 1);
        return false;
    }
    const XlsxWorkbook::Sheet& sheet = m_workbook.sheets().at(index);
    if (sheet.part.isEmpty() || !m_zip.contains(sheet.part)) {
        m_error = tr("The sheet \"%1\" is missing from the workbook; the file is damaged.").arg(sheet.name);
        return false;
    }
    // Two passes over the part: merges first (they come after the cells), then rows on demand.
    auto mergePass = m_zip.openEntry(sheet.part, &m_error);
    if (!mergePass || !XlsxMergeScanner::scan(*mergePass, sheet.part, m_merges, &m_error))
        return false;
    auto rows = m_zip.openEntry(sheet.part, &m_error);
    if (!rows)
        return false;
    m_sheet = std::make_unique<XlsxSheetStream>(std::move(rows), m_strings, m_styles);
    return true;
}

bool XlsxReader::next(TableRow& row)
{
    if (!m_sheet && m_error.isEmpty())
        selectSheet(0);
    if (!m_sheet || !m_error.isEmpty())
        return false;
    return m_sheet->next(row, &m_error);
}

qint64 XlsxReader::progressDone() const
{
    return m_sheet ? m_sheet->bytesDone() : 0;
}

qint64 XlsxReader::progressTotal() const
{
    return m_sheet ? m_sheet->bytesTotal() : 0;
}

} // namespace anju

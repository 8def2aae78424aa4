#include "spreadsheet/XlsxReader.h"

#include "spreadsheet/XlsxLimits.h"
#include "spreadsheet/XlsxMergeScanner.h"
#include "spreadsheet/XlsxSheetStream.h"

namespace anju {

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

Outcome XlsxReader::open(const QString& path)
{
    if (Outcome opened = m_zip.open(path); !opened)
        return opened;
    if (Outcome loaded = m_workbook.load(m_zip); !loaded)
        return loaded;
    if (Outcome loaded = m_strings.load(m_zip, m_workbook.sharedStringsPart()); !loaded)
        return loaded;
    return m_styles.load(m_zip, m_workbook.stylesPart());
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
    Result<QList<MergedRange>> merges = [&]() -> Result<QList<MergedRange>> {
        // Unguarded: the scanner keeps at most a tag's worth of bytes, and the row pass below, which
        // the guard protects, names the cell when a text run is too long.
        const auto mergePass = m_zip.openEntry(sheet.part, XlsxLimits::MaxSheetPart, false);
        if (!mergePass)
            return mergePass;
        return XlsxMergeScanner::scan(*mergePass.value(), sheet.part);
    }();
    if (!merges) {
        m_error = merges.summary();
        return false;
    }
    m_merges = std::move(merges.value());
    auto rows = m_zip.openEntry(sheet.part, XlsxLimits::MaxSheetPart);
    if (!rows) {
        m_error = rows.summary();
        return false;
    }
    m_sheet = std::make_unique<XlsxSheetStream>(std::move(rows.value()), m_strings, m_styles);
    return true;
}

bool XlsxReader::next(TableRow& row)
{
    if (!m_sheet && m_error.isEmpty())
        selectSheet(0);
    if (!m_sheet || !m_error.isEmpty())
        return false;
    if (m_sheet->next(row))
        return true;
    m_error = m_sheet->error();
    return false;
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

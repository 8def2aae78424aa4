#pragma once

#include "spreadsheet/TableReader.h"
#include "spreadsheet/XlsxSharedStrings.h"
#include "spreadsheet/XlsxStyles.h"
#include "spreadsheet/XlsxWorkbook.h"
#include "spreadsheet/ZipArchive.h"

#include <memory>

namespace anju {

class XlsxSheetStream;

// Reads an Excel 2007+ workbook (.xlsx, also what WPS saves) sheet by sheet, streaming the rows.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(anju::XlsxReader)

public:
    XlsxReader();
    ~XlsxReader() override;

    // Reads the workbook's structure, shared strings and styles; the sheets are read when selected.
    [[nodiscard]] Outcome open(const QString& path);
    // For tests: parts that unpack to more than this are refused (below each part's own XlsxLimits).
    void setMaxPartSize(qint64 bytes) { m_zip.setMaxEntrySize(bytes); }

    QStringList sheetNames() const override;
    bool selectSheet(int index) override;
    bool next(TableRow& row) override;
    QString error() const override { return m_error; }
    QList<MergedRange> merges() const override { return m_merges; }
    bool date1904() const override { return m_workbook.date1904(); }
    qint64 progressDone() const override;
    qint64 progressTotal() const override;
    QString formatName() const override { return QStringLiteral("xlsx"); }

private:
    ZipArchive m_zip;
    XlsxWorkbook m_workbook;
    XlsxSharedStrings m_strings;
    XlsxStyles m_styles;
    std::unique_ptr<XlsxSheetStream> m_sheet;
    QList<MergedRange> m_merges;
    QString m_error;
};

} // namespace anju

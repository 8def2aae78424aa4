#include "spreadsheet/TableReader.h"

#include "spreadsheet/CsvReader.h"
#include "spreadsheet/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace anju {

const CellValue& TableRow::cell(int column) const
{
    static const CellValue empty;
    return column >= 0 && column < cells.size() ? cells.at(column) : empty;
}

Result<std::unique_ptr<TableReader>> TableReader::open(const QString& path)
{
    QByteArray magic;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || QFileInfo(path).isDir())
            return Outcome::error(
                tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        magic = file.read(64);
    }
    // Decided by content: offices rename files, and WPS saves .xlsx content under .xls and .et names.
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06")) {
        auto reader = std::make_unique<XlsxReader>();
        if (Outcome opened = reader->open(path); !opened)
            return opened;
        return std::unique_ptr<TableReader>(std::move(reader));
    }
    // An OLE compound file: Excel 97-2003 .xls, or an .xlsx that Excel encrypted with a password.
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Outcome::error(tr("The workbook is password-protected or in the old .xls format; save it as "
                                 ".xlsx without a password."));
    // Web systems export HTML tables or Excel 2003 XML under an .xls name; no CSV starts with '<'.
    if (magic.trimmed().startsWith('<') || magic.startsWith("\xEF\xBB\xBF<"))
        return Outcome::error(
            tr("The file is a web page or an XML document, not a workbook; open it in Excel "
               "or WPS and save it as .xlsx."));
    auto reader = std::make_unique<CsvReader>();
    if (Outcome opened = reader->open(path); !opened)
        return opened;
    return std::unique_ptr<TableReader>(std::move(reader));
}

} // namespace anju

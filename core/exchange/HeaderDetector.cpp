#include "exchange/HeaderDetector.h"

#include "spreadsheet/TableReader.h"

namespace anju::exchange {

namespace {

QStringList texts(const TableRow& row)
{
    QStringList out;
    out.reserve(row.cells.size());
    for (const CellValue& cell : row.cells)
        out.append(cell.text.trimmed());
    return out;
}

bool looksLikeHeader(const ColumnMapping& mapping)
{
    return mapping.contains(RosterField::Name) && mapping.contains(RosterField::IdNumber) &&
           mapping.size() >= 3;
}

// Reads rows up to `headerRow` (1-based) of the selected sheet; the reader stays after it.
bool readUpTo(TableReader& reader, int headerRow, QStringList* headers)
{
    TableRow row;
    while (reader.next(row)) {
        if (row.number == headerRow) {
            *headers = texts(row);
            return true;
        }
        if (row.number > headerRow)
            return false;
    }
    return false;
}

} // namespace

ColumnMapping HeaderDetector::mappingFor(const QStringList& headers, const ColumnMapping& overrides,
                                         const HeaderMemory& remembered)
{
    ColumnMapping mapping;
    for (int column = 0; column < headers.size(); ++column) {
        const auto known = remembered.constFind(RosterLayout::headerKey(headers.at(column)));
        const std::optional<RosterField> field =
            known != remembered.constEnd() ? *known : RosterLayout::fieldForHeader(headers.at(column));
        // The first column of a field wins: a second "电话" column is left to the user to place.
        if (field && !mapping.contains(*field))
            mapping.insert(*field, column);
    }
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        // A column the user placed elsewhere no longer counts for the field the header named.
        for (auto m = mapping.begin(); m != mapping.end();) {
            if (m.value() == it.value() && m.key() != it.key())
                m = mapping.erase(m);
            else
                ++m;
        }
        if (it.value() < 0)
            mapping.remove(it.key());
        else
            mapping.insert(it.key(), it.value());
    }
    return mapping;
}

Result<HeaderDetector::HeaderRow>
HeaderDetector::findHeaderRow(TableReader& reader, int sheetIndex, int headerRow,
                              const std::function<bool(const QStringList&)>& isHeader,
                              const QString& notFound)
{
    const auto failure = [](const QString& message) {
        return Outcome::failure(QLatin1String(Field::General), message);
    };
    const int sheets = static_cast<int>(reader.sheetNames().size());
    for (int sheet = 0; sheet < sheets; ++sheet) {
        if (sheetIndex >= 0 && sheet != sheetIndex)
            continue;
        if (!reader.selectSheet(sheet))
            return failure(reader.error());
        if (headerRow > 0) {
            QStringList headers;
            if (!readUpTo(reader, headerRow, &headers))
                return failure(reader.error().isEmpty()
                                   ? tr("Row %1 of sheet \"%2\" is empty; it cannot be the header.")
                                         .arg(headerRow)
                                         .arg(reader.sheetNames().at(sheet))
                                   : reader.error());
            return HeaderRow{sheet, headerRow, headers};
        }
        TableRow row;
        for (int seen = 0; seen < RowsSearched && reader.next(row); ++seen) {
            const QStringList headers = texts(row);
            if (isHeader(headers))
                return HeaderRow{sheet, row.number, headers};
        }
        if (!reader.error().isEmpty())
            return failure(reader.error());
    }
    return failure(notFound);
}

Result<HeaderDetector::Found> HeaderDetector::detect(TableReader& reader, const ImportOptions& options)
{
    const auto mapping = [&](const QStringList& headers) {
        return mappingFor(headers, options.mapping, options.remembered);
    };
    const auto found = findHeaderRow(
        reader, options.sheetIndex, options.headerRow,
        [&](const QStringList& headers) { return looksLikeHeader(mapping(headers)); },
        options.sheetIndex >= 0
            ? tr("No header with the name and ID-number columns was found in the first %1 rows of the sheet.")
                  .arg(RowsSearched)
            : tr("No sheet of the file looks like a household roster: none has a header with the name and "
                 "ID-number columns (姓名, 身份证号) in its first %1 rows.")
                  .arg(RowsSearched));
    if (!found)
        return Outcome(found);
    const HeaderRow& header = found.value();
    return Found{header.sheetIndex, header.headerRow, header.headers, mapping(header.headers)};
}

} // namespace anju::exchange

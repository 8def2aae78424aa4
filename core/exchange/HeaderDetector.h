#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"

#include <QCoreApplication>

#include <functional>

namespace anju {
class TableReader;
} // namespace anju

namespace anju::exchange {

// Finds the roster in a workbook: the first sheet (after instruction sheets) whose first rows hold a
// header naming at least the name and ID-number columns, below any title and "填报单位" rows.
class HeaderDetector
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::HeaderDetector)

public:
    struct Found
    {
        int sheetIndex = -1;
        int headerRow = 0;
        QStringList headers;
        ColumnMapping mapping;
    };

    static constexpr int RowsSearched = 30;

    // Where a header is, for any kind of roster (households, party members).
    struct HeaderRow
    {
        int sheetIndex = -1;
        int headerRow = 0;
        QStringList headers;
    };
    // The first row of the first sheet (or of `sheetIndex` when >= 0) among its first RowsSearched whose
    // texts `isHeader` accepts, or row `headerRow` when > 0. Leaves the reader positioned after it. Fails
    // with `notFound`, or with the reader's error.
    static Result<HeaderRow> findHeaderRow(TableReader& reader, int sheetIndex, int headerRow,
                                           const std::function<bool(const QStringList&)>& isHeader,
                                           const QString& notFound);

    // Uses the sheet and header row of `options` when given. Leaves the reader positioned after the
    // header row of the found sheet. Fails with a message (user's language) when none is found.
    static Result<Found> detect(TableReader& reader, const ImportOptions& options);
    // The header's fields, with the user's own placements winning over what the header says: those of
    // this import (`overrides`), then those remembered from earlier ones (`remembered`).
    static ColumnMapping mappingFor(const QStringList& headers, const ColumnMapping& overrides,
                                    const HeaderMemory& remembered = {});
};

} // namespace anju::exchange

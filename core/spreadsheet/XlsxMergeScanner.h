#pragma once

#include "domain/Violation.h"
#include "spreadsheet/TableReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

class QIODevice;

namespace anju {

// Finds the merged ranges of a sheet part. They follow <sheetData> in the file, yet the importer needs
// them before the first row; looking for <mergeCell ref="…"> in the raw bytes instead of parsing the XML
// makes this first pass cost little more than the decompression, and it holds only one chunk at a time.
class XlsxMergeScanner
{
    Q_DECLARE_TR_FUNCTIONS(anju::XlsxMergeScanner)

public:
    static constexpr int MaxMergedRanges = 1'000'000;

    // The merged ranges of the sheet part read from `device`, or why they cannot be read.
    [[nodiscard]] static Result<QList<MergedRange>> scan(QIODevice& device, const QString& partName);
    // "B3:B7" or a single cell "B3"; nullopt when malformed or past the column limit.
    static std::optional<MergedRange> parseRange(QStringView reference);

private:
    // The value of the ref attribute inside the text of one tag, or empty.
    static QString refAttribute(QByteArrayView tag);
    // True when the name at `nameAt` opens a start tag: "<mergeCell" or "<x:mergeCell".
    static bool isStartTag(QByteArrayView view, qsizetype nameAt);
};

} // namespace anju

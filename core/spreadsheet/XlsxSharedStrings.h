#pragma once

#include "domain/Violation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace anju {

class ZipArchive;

// The shared-string table of a workbook (xl/sharedStrings.xml): cells of type "s" hold an index here.
class XlsxSharedStrings
{
public:
    // An absent part is an empty table (workbooks with inline strings only have none).
    [[nodiscard]] Outcome load(const ZipArchive& zip, const QString& part);

    qsizetype size() const { return m_strings.size(); }
    const QString& text(qsizetype index) const { return m_strings.at(index); }
    // The true length of the string, which for an oversized one is more than text() holds.
    qint64 length(qsizetype index) const;

private:
    QList<QString> m_strings;
    QHash<qsizetype, qint64> m_oversized; // index -> characters; their text is not kept
};

} // namespace anju

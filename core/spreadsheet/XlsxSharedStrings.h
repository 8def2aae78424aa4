#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>

namespace anju {

class ZipArchive;

// The shared-string table of a workbook (xl/sharedStrings.xml): cells of type "s" hold an index here.
// Held compactly, because a province's roster has millions of strings: the characters back to back in
// blocks that are never reallocated, six bytes of index per string, and no more than XlsxLimits allows.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(anju::XlsxSharedStrings)

public:
    // An absent part is an empty table (workbooks with inline strings only have none). Fails when the
    // part is damaged or holds more strings or characters than XlsxLimits allows.
    [[nodiscard]] Outcome load(const ZipArchive& zip, const QString& part);

    qsizetype size() const { return qsizetype(m_starts.size()); }
    // Empty for an oversized string (its length() is over a cell's limit).
    QString text(qsizetype index) const;
    // The true length of the string, which for an oversized one is more than text() holds.
    qint64 length(qsizetype index) const;
    // Characters held, for tests of the limits.
    qint64 storedCharacters() const { return m_stored; }

private:
    void clear();
    void append(const QString& text, qint64 length);

    std::deque<QString> m_blocks;         // each reserved at BlockCharacters, filled up to it
    std::deque<quint32> m_starts;         // index -> block * BlockCharacters + offset in the block
    std::deque<quint16> m_lengths;        // index -> characters, or Oversized
    QHash<qsizetype, qint64> m_oversized; // index -> characters; their text is not kept
    qint64 m_stored = 0;
};

} // namespace anju

#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace anju::exchange {

// One sheet of text cells under a header, for files a clerk edits and imports again: every cell is text
// (ID numbers and phones stay exactly as written, also when edited), columns sized to their contents.
struct TextTable
{
    QString sheetName;
    QString title; // a merged title row above the header, or none when empty
    QStringList headers;
    QList<QStringList> rows;
    QSet<int> noteColumns; // wrapped, wide and in red: the reasons a row was rejected
    int frozenColumns = 0;
};

// Writes a TextTable as .xlsx: beside the target and moved into place, so a failed write leaves no half
// file, and private to its owner from the start (the rows hold personal data).
class TextTableXlsx
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::TextTableXlsx)

public:
    static Outcome write(const QString& path, const TextTable& table);
};

} // namespace anju::exchange

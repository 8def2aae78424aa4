#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace anju::test {

// Workbooks built to exhaust the memory of an .xlsx reader (issue 14): each is a few hundred KB to a
// few MB on disk and unpacks to hundreds of MB or gigabytes, written without ever holding that in memory.
enum class XlsxBomb
{
    ManyTinySharedStrings, // 40,000,000 one-letter shared strings (680 MB of XML)
    LongSharedStrings,     // 30,000 shared strings of 32,767 characters each (each within Excel's limit)
    HugeCell,              // one inline cell of 600,000,000 characters
    WhitespaceSheet,       // 3.9 GB of spaces between the sheet's rows
    WhitespaceInTag,       // 600 MB of spaces inside a cell's start tag
    WideRow,               // one row of 16,384 cells of 32,767 characters each (each within Excel's limit)
    HugeStyles,            // 100,000,000 cell formats in styles.xml
    HugeWorkbook,          // 10,000,000 sheets in workbook.xml
    HugeRelationships,     // 10,000,000 relationships of the workbook
    EmptyRows,             // 1,000,000 rows of 200 empty cells each
    DeepNesting,           // 50,000,000 elements nested in one cell
    EntityExpansion,       // a DOCTYPE whose entity of 4,000 characters is used 10,000,000 times
};

// Every bomb, with a short name for test rows and for make-xlsx-bomb.
QList<std::pair<XlsxBomb, QString>> allXlsxBombs();

// One part of a zip whose content is head + unit repeated `repeat` times + tail.
struct RepeatedPart
{
    QString name;
    QByteArray head;
    QByteArray unit;
    qint64 repeat = 0;
    QByteArray tail;
};

// Writes the parts to a zip, deflated at the fastest level, streaming each part as libzip asks for it.
bool writeRepeatedZip(const QString& path, const QList<RepeatedPart>& parts);

// `scale` multiplies the repetitions (a test may write a smaller bomb that still exceeds its bound).
bool writeXlsxBomb(XlsxBomb bomb, const QString& path, double scale = 1.0);

} // namespace anju::test

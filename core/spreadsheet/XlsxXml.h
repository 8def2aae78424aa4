#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

class QXmlStreamReader;

namespace anju {

class ZipEntryDevice;

// What every part of an .xlsx needs when it is parsed: the text of string items and the message when
// a part cannot be read.
class XlsxXml
{
    Q_DECLARE_TR_FUNCTIONS(anju::XlsxXml)

public:
    // Reads the text of an <si> or <is> element (the reader stands on its start) through its end:
    // plain <t>, rich-text runs <r><t> concatenated, phonetic guides <rPh> left out. Stores at most
    // what a cell can hold (plus room for _xHHHH_ escapes) into `text` but counts every character in
    // `length`, so an oversized cell is reported with its true size without being held in memory.
    static void readRichText(QXmlStreamReader& xml, QString& text, qint64& length);
    // Appends the characters up to the end of the current element (a <t> or <v>), with the same limit.
    static void readSimpleText(QXmlStreamReader& xml, QString& text, qint64& length);
    // Excel writes control characters as _x000D_; `_x005F_` escapes a literal underscore.
    static QString decodeEscapes(const QString& text);

    // The message for a part that failed: the archive's own error when decompression failed, otherwise
    // the XML error with its line.
    static QString partError(const QXmlStreamReader& xml, const ZipEntryDevice& device);
};

} // namespace anju

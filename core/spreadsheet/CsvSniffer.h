#pragma once

#include "domain/Violation.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

class QIODevice;

namespace anju {

// Works out how a CSV file is written before it is read: its encoding (from a byte-order mark, else by
// whether it is valid UTF-8, else GB18030 as Excel on Chinese Windows saves) and its delimiter.
class CsvSniffer
{
    Q_DECLARE_TR_FUNCTIONS(anju::CsvSniffer)

public:
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        Gb18030
    };

    struct Format
    {
        Encoding encoding = Encoding::Utf8;
        qint64 dataStart = 0; // after the byte-order mark
        bool byteOrderMark = false;
    };

    // Reads from the start of `file` (and leaves its position anywhere). Fails when the content is binary
    // rather than text.
    [[nodiscard]] static Result<Format> detectEncoding(QIODevice& file);
    // ',' ';' or '\t': the one found the same number of times on most of the first lines.
    static QChar detectDelimiter(QStringView sample);
    // Strict UTF-8 (no overlong forms, no surrogates); a sequence cut off at the end counts as valid
    // when `cutAtEnd` says the sample stops in the middle of the file.
    static bool isValidUtf8(QByteArrayView bytes, bool cutAtEnd);
    static QString encodingName(Encoding encoding);
};

} // namespace anju

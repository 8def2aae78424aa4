#include "spreadsheet/XlsxXml.h"

#include "spreadsheet/TableReader.h"
#include "spreadsheet/ZipArchive.h"

#include <QXmlStreamReader>

namespace anju {

namespace {

// Room for a maximal cell whose characters are all written as 7-character _xHHHH_ escapes.
constexpr qint64 StoredCharacterLimit = qint64(TableReader::MaxCellCharacters) * 7;

void appendLimited(QString& text, qint64& length, QStringView chunk)
{
    if (length + chunk.size() <= StoredCharacterLimit)
        text.append(chunk);
    length += chunk.size();
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

} // namespace

void XlsxXml::readSimpleText(QXmlStreamReader& xml, QString& text, qint64& length)
{
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            appendLimited(text, length, xml.text());
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return;
            break;
        default:
            break;
        }
    }
}

void XlsxXml::readRichText(QXmlStreamReader& xml, QString& text, qint64& length)
{
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"t") {
                readSimpleText(xml, text, length);
            } else if (xml.name() == u"r") {
                ++depth; // a run: its <t> is part of the text, its <rPr> is formatting
            } else {
                xml.skipCurrentElement(); // <rPh> phonetic guide, <phoneticPr>, <rPr>
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0) {
                if (length <= StoredCharacterLimit && text.contains(u"_x")) {
                    text = decodeEscapes(text);
                    length = text.size();
                }
                return;
            }
            break;
        default:
            break;
        }
    }
}

QString XlsxXml::decodeEscapes(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int value = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int digit = hexValue(text[i + k]);
                hex = digit >= 0;
                value = value * 16 + digit;
            }
            if (hex) {
                out.append(QChar(char16_t(value)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

QString XlsxXml::partError(const QXmlStreamReader& xml, const ZipEntryDevice& device)
{
    if (device.failed())
        return device.errorString();
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return tr("The part %1 of the workbook ends too early; the file is damaged or incomplete.")
            .arg(device.name());
    return tr("The part %1 of the workbook is damaged: %2 (line %3, column %4).")
        .arg(device.name(), xml.errorString(), QString::number(xml.lineNumber()),
             QString::number(xml.columnNumber()));
}

} // namespace anju

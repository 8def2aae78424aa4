#include "PdfUnicodeFix.h"

#include <QHash>
#include <QRawFont>
#include <QRegularExpression>

namespace anju {

namespace {

// Radical (Kangxi and supplement) -> the unified ideograph drawn with the same glyph.
QHash<uint, uint> radicalIdeographs(const QFont& font)
{
    QHash<uint, uint> map;
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid())
        return map;
    QString ideographs;
    for (char16_t u = 0x4E00; u <= 0x9FFF; ++u)
        ideographs.append(QChar(u));
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, uint> byGlyph;
    for (int i = 0; i < glyphs.size(); ++i) {
        if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
            byGlyph.insert(glyphs.at(i), 0x4E00 + uint(i));
    }
    QString radicals;
    for (char16_t r = 0x2E80; r <= 0x2FDF; ++r)
        radicals.append(QChar(r));
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (int i = 0; i < radicalGlyphs.size(); ++i) {
        if (const auto found = byGlyph.constFind(radicalGlyphs.at(i));
            radicalGlyphs.at(i) != 0 && found != byGlyph.cend())
            map.insert(0x2E80 + uint(i), *found);
    }
    return map;
}

} // namespace

int PdfUnicodeFix::apply(QByteArray& pdf, const QFont& font)
{
    QHash<uint, uint> map;
    bool mapped = false;
    int rewritten = 0;
    static const QRegularExpression token(QStringLiteral("<(2[EFef][0-9A-Fa-f]{2})>"));
    for (qsizetype from = 0;;) {
        const qsizetype begin = pdf.indexOf("beginbfrange", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endbfrange", begin);
        if (end < 0)
            break;
        from = end;
        // Only destinations change: in "<first> <last> [<u> <u> …]" the array, never the glyph numbers.
        for (qsizetype open = pdf.indexOf('[', begin); open >= 0 && open < end;
             open = pdf.indexOf('[', open + 1)) {
            const qsizetype close = pdf.indexOf(']', open);
            if (close < 0 || close > end)
                break;
            const QString array = QString::fromLatin1(pdf.mid(open, close - open));
            QRegularExpressionMatchIterator it = token.globalMatch(array);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (!mapped) {
                    map = radicalIdeographs(font);
                    mapped = true;
                }
                const uint radical = match.captured(1).toUInt(nullptr, 16);
                const auto ideograph = map.constFind(radical);
                if (ideograph == map.cend())
                    continue;
                const QByteArray hex = QByteArray::number(*ideograph, 16).toUpper().rightJustified(4, '0');
                pdf.replace(open + match.capturedStart(1), 4, hex);
                ++rewritten;
            }
        }
    }
    return rewritten;
}

} // namespace anju

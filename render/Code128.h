#pragma once

#include <QList>
#include <QString>

#include <optional>

class QPainter;
class QRectF;

namespace anju {

// Code 128, code set B (printable ASCII), drawn with QPainter: the row codes of the visit sheet for a USB
// barcode scanner. Code set B alone is enough for "V" and digits and keeps the encoder a table and a sum
// (no switching between sets, no library to package).
class Code128
{
public:
    static constexpr int StartB = 104;
    static constexpr int Stop = 106;

    // The symbol values: Start B, one per character, the check symbol, Stop. nullopt when a character is
    // outside code set B (space to '~').
    static std::optional<QList<int>> symbols(const QString& text);
    // The check symbol: (Start B + the sum of each data value times its position) mod 103.
    static int checkValue(const QString& text);
    // The widths in modules of bar, space, bar, … of the whole symbol (6 per symbol, 7 for Stop).
    static QList<int> widths(const QString& text);
    // How many modules wide the symbol is, quiet zones of 10 modules on each side excluded.
    static int moduleCount(const QString& text);
    // Draws the bars in `area` (left-aligned, its full height), each module `module` device units wide.
    // Returns the width drawn (0 when the text cannot be encoded).
    static qreal draw(QPainter* painter, const QRectF& area, const QString& text, qreal module);
    // The pattern of one symbol value, e.g. "212222" for 0 and "2331112" for Stop.
    static QString pattern(int value);
};

} // namespace anju

#pragma once

#include <QByteArray>
#include <QFont>

namespace anju {

// Noto CJK (like Source Han) gives some ideographs the same glyph as a Kangxi radical (月 and ⽉, 户 and
// ⼾). Qt's PDF writer names each embedded glyph by the first code point the font maps to it, so the
// text copied or searched in the PDF reads ⽉ (U+2F49) instead of 月 (U+6708), and a search for 月度
// finds nothing. This rewrites those names in the PDF's ToUnicode maps to the ideographs that share the
// glyph in `font`; each name keeps its length, so no offset in the file moves.
class PdfUnicodeFix
{
public:
    // Returns the number of names rewritten.
    static int apply(QByteArray& pdf, const QFont& font);
};

} // namespace anju

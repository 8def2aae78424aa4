#include "spreadsheet/CellReference.h"

namespace anju {

namespace {
// Larger than any real column index, small enough that the arithmetic below never overflows.
constexpr int ColumnCeiling = 10'000'000;
constexpr int RowCeiling = 2'000'000'000;
} // namespace

std::optional<CellReference> CellReference::parse(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == u'$')
        ++i;
    int column = 0;
    const qsizetype lettersStart = i;
    for (; i < n; ++i) {
        const char16_t c = text[i].unicode();
        int letter = 0;
        if (c >= u'A' && c <= u'Z')
            letter = c - u'A' + 1;
        else if (c >= u'a' && c <= u'z')
            letter = c - u'a' + 1;
        else
            break;
        column = column < ColumnCeiling ? column * 26 + letter : ColumnCeiling;
    }
    if (i == lettersStart)
        return std::nullopt;
    if (i < n && text[i] == u'$')
        ++i;
    int row = 0;
    const qsizetype digitsStart = i;
    for (; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        row = row < RowCeiling / 10 ? row * 10 + (c - u'0') : RowCeiling;
    }
    if (i > digitsStart && row == 0)
        return std::nullopt;
    return CellReference{column - 1, row};
}

QString CellReference::columnName(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace anju

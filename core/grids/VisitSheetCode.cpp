#include "grids/VisitSheetCode.h"

#include "grids/VisitService.h"

namespace anju::grids {

namespace {

// Damm's totally anti-symmetric quasigroup of order 10 (H. M. Damm, 2004): the interim digit times the
// next digit; a valid number (with its check digit) ends at 0.
constexpr int DammTable[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
};

// Task ids fit in 15 digits with room to spare; a longer run of digits is something else scanned.
constexpr int MaxIdDigits = 15;

QString normalised(const QString& text)
{
    QString plain;
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII, as an input method in Chinese mode types it
            u = char16_t(u - 0xFEE0);
        if (u == ' ' || u == '-' || u == 0x3000 || u == '\t' || u == '\r' || u == '\n')
            continue;
        plain.append(QChar(u).toUpper());
    }
    return plain;
}

QString field()
{
    return QString::fromLatin1(Field::VisitTaskField);
}

} // namespace

int VisitSheetCode::checkDigit(QStringView digits)
{
    int interim = 0;
    for (QChar c : digits)
        interim = DammTable[interim][c.digitValue()];
    return interim;
}

QString VisitSheetCode::encode(qint64 taskId)
{
    const QString digits = QString::number(taskId);
    return QLatin1Char('V') + digits + QString::number(checkDigit(digits));
}

Result<qint64> VisitSheetCode::decode(const QString& text)
{
    const QString code = normalised(text);
    if (code.isEmpty())
        return Outcome::failure(field(),
                                tr("Type or scan the code of a row of the visit sheet, e.g. V5724."));
    bool digitsOnly = code.size() >= 3 && code.size() <= MaxIdDigits + 2;
    for (qsizetype i = 1; digitsOnly && i < code.size(); ++i)
        digitsOnly = code.at(i) >= QLatin1Char('0') && code.at(i) <= QLatin1Char('9');
    if (!code.startsWith(QLatin1Char('V')) || !digitsOnly)
        return Outcome::failure(field(), tr("%1 is not a code of the visit sheet: a code is V followed by "
                                            "digits, e.g. V5724.")
                                             .arg(text.trimmed()));
    const QStringView digits = QStringView(code).mid(1);
    if (checkDigit(digits) != 0)
        return Outcome::failure(field(),
                                tr("The code %1 is mistyped (its last digit does not check); type it "
                                   "again from the sheet.")
                                    .arg(code));
    const qint64 id = digits.chopped(1).toLongLong();
    if (id <= 0 || digits.startsWith(QLatin1Char('0')))
        return Outcome::failure(field(), tr("%1 is not a code of the visit sheet: a code is V followed by "
                                            "digits, e.g. V5724.")
                                             .arg(code));
    return id;
}

} // namespace anju::grids

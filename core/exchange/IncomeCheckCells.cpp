#include "exchange/IncomeCheckCells.h"

#include "exchange/CellText.h"
#include "income/IncomeRules.h"

#include <QRegularExpression>

#include <cmath>

namespace anju::exchange {

namespace {

using income::IncomeRules;

// IncomeRules::MaxAmount, a hundred million yuan: far above any household's month, and far below where a
// double loses fen.
static_assert(IncomeRules::MaxAmount < (Q_INT64_C(1) << 53));

Result<qint64> notAnAmount(const QString& text)
{
    return Outcome::failure(QLatin1String(Field::General),
                            IncomeCheckCells::tr("%1 is not an amount in yuan.").arg(text));
}

Result<qint64> negative(const QString& text)
{
    return Outcome::failure(
        QLatin1String(Field::General),
        IncomeCheckCells::tr("The amount %1 is negative; amounts are 0 or more.").arg(text));
}

Result<qint64> tooLarge(const QString& text)
{
    return Outcome::failure(QLatin1String(Field::General),
                            IncomeCheckCells::tr("The amount %1 is too large for one month.").arg(text));
}

// The first day of year/month when both make a month.
QDate monthOf(int year, int month)
{
    if (year < 1900 || year > 2999 || month < 1 || month > 12)
        return {};
    return QDate(year, month, 1);
}

} // namespace

Result<qint64> IncomeCheckCells::fen(const CellValue& cell)
{
    if (cell.isEmpty())
        return qint64(0);
    if (cell.kind == CellValue::Kind::Number) {
        const double yuan = cell.number;
        if (!std::isfinite(yuan))
            return notAnAmount(cell.text);
        if (yuan < 0)
            return negative(cell.text);
        const double fen = yuan * 100.0;
        if (fen > double(IncomeRules::MaxAmount))
            return tooLarge(cell.text);
        const qint64 rounded = std::llround(fen);
        // A figure with a third decimal (12.345) is a typing or formula slip, not fen the office meant.
        if (std::fabs(fen - double(rounded)) > 1e-6 * std::max(1.0, std::fabs(fen)))
            return Outcome::failure(QLatin1String(Field::General),
                                    tr("The amount %1 has more than two decimals.").arg(cell.text));
        return rounded;
    }
    const QString typed = CellText::text(cell);
    // Full-width (１２３４．５，) as ASCII, then what is no part of the figure: spaces, 元, ￥. Commas stay
    // for CellText::number, which reads them only where they group thousands.
    QString text = CellText::halfWidth(typed);
    static const QRegularExpression noise(QStringLiteral("[\\s元￥¥]"));
    text.remove(noise);
    if (text.startsWith(QLatin1Char('\'')))
        text.remove(0, 1); // Excel's text marker: '1200
    static const QStringList nothing = {QStringLiteral("-"), QStringLiteral("—"), QStringLiteral("/"),
                                        QStringLiteral("无")};
    if (text.isEmpty() || nothing.contains(text))
        return qint64(0);
    // What is left is yuan, in ten thousands with 万 (1.2万), to the fen.
    const TypedNumber yuan = CellText::number(text, 2);
    switch (yuan.reading) {
    case TypedNumber::Reading::Number:
        break;
    case TypedNumber::Reading::TooManyDecimals:
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The amount %1 has more than two decimals.").arg(typed));
    case TypedNumber::Reading::TooLarge:
        return tooLarge(typed);
    case TypedNumber::Reading::NotANumber:
        return notAnAmount(typed);
    }
    if (yuan.negative && yuan.units != 0)
        return negative(typed);
    if (yuan.units > IncomeRules::MaxAmount)
        return tooLarge(typed);
    return yuan.units;
}

namespace {

// The month's text as the patterns read it: full-width as ASCII, no spaces, no leading apostrophe.
QString plainMonthText(const QString& typed)
{
    static const QRegularExpression spaces(QStringLiteral("\\s"));
    QString text = CellText::halfWidth(typed);
    text.remove(spaces);
    if (text.startsWith(QLatin1Char('\'')))
        text.remove(0, 1);
    return text;
}

} // namespace

QDate IncomeCheckCells::monthFromText(const QString& typed)
{
    const QString text = plainMonthText(typed);
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})(?:[-./年])(\\d{1,2})月?(?:份)?$"));
    if (const QRegularExpressionMatch m = yearMonth.match(text); m.hasMatch())
        return monthOf(m.captured(1).toInt(), m.captured(2).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})$"));
    if (const QRegularExpressionMatch m = compact.match(text); m.hasMatch())
        return monthOf(m.captured(1).toInt(), m.captured(2).toInt());
    // The month before the year (12/2026): no day to mistake it for.
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[-./](\\d{4})$"));
    if (const QRegularExpressionMatch m = monthYear.match(text); m.hasMatch())
        return monthOf(m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

Result<QDate> IncomeCheckCells::month(const CellValue& cell, bool date1904)
{
    const QString text = CellText::text(cell);
    CellValue plain = cell;
    if (!cell.dateFormatted) {
        if (const QDate first = monthFromText(text); first.isValid())
            return first;
        plain.text = plainMonthText(text);
        // The day and the month before the year, as a foreign Excel writes them: 25/07/2026 can only be
        // July, 12/07/2026 is December or July, and a guess would file the checks under the wrong month.
        static const QRegularExpression dayMonthYear(
            QStringLiteral("^(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})$"));
        if (const QRegularExpressionMatch m = dayMonthYear.match(plain.text); m.hasMatch()) {
            const int a = m.captured(1).toInt();
            const int b = m.captured(2).toInt();
            const int year = m.captured(3).toInt();
            const QDate monthFirst = QDate(year, a, b).isValid() ? monthOf(year, a) : QDate();
            const QDate dayFirst = QDate(year, b, a).isValid() ? monthOf(year, b) : QDate();
            if (monthFirst.isValid() && dayFirst.isValid() && monthFirst != dayFirst)
                return Outcome::failure(
                    QLatin1String(Field::General),
                    tr("%1 may be %2 or %3: the day and the month cannot be told apart. Write the month "
                       "year first, as %2 or %3.")
                        .arg(text, monthFirst.toString(QStringLiteral("yyyy-MM")),
                             dayFirst.toString(QStringLiteral("yyyy-MM"))));
            if (monthFirst.isValid() || dayFirst.isValid())
                return monthFirst.isValid() ? monthFirst : dayFirst;
        }
    }
    // An Excel date or a full date typed as text (2026/12/07, 2026年12月7日): the month it falls in.
    if (const Result<CellDate> date = CellText::date(plain, date1904); date && date.value().date.isValid()) {
        const QDate day = date.value().date;
        return QDate(day.year(), day.month(), 1);
    }
    return Outcome::failure(QLatin1String(Field::General),
                            tr("%1 is not a month (write it as 2026-11 or 2026年11月).").arg(text));
}

Result<int> IncomeCheckCells::headcount(const CellValue& cell)
{
    const QString typed = CellText::text(cell);
    const auto notPeople = [&] {
        return Outcome::failure(QLatin1String(Field::General),
                                tr("%1 is not a number of people (1 to %2).")
                                    .arg(typed, QString::number(IncomeRules::MaxHeadcount)));
    };
    int people = 0;
    if (cell.kind == CellValue::Kind::Number) {
        if (!std::isfinite(cell.number) || cell.number != std::floor(cell.number) ||
            std::fabs(cell.number) > 1e6)
            return notPeople();
        people = int(cell.number);
    } else {
        static const QRegularExpression noise(QStringLiteral("[人口]"));
        QString text = CellText::halfWidth(typed);
        text.remove(noise);
        const TypedNumber number = CellText::number(text, 0);
        if (!number.isNumber() || number.units > 1000000)
            return notPeople();
        people = int(number.negative ? -number.units : number.units);
    }
    // 0 and negative people, or more than a household has: core's rule, as on the entry grid.
    if (Outcome refused = IncomeRules::checkTypedHeadcount(people); !refused)
        return Outcome::failure(QLatin1String(Field::General), refused.summary());
    return people;
}

} // namespace anju::exchange

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
    QString text = typed;
    static const QRegularExpression noise(QStringLiteral("[\\s\\x{3000},，元￥¥]"));
    text.remove(noise);
    static const QStringList nothing = {QStringLiteral("-"), QStringLiteral("—"), QStringLiteral("/"),
                                        QStringLiteral("无"), QStringLiteral("－")};
    if (text.isEmpty() || nothing.contains(text))
        return qint64(0);
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0xFF0D)))
        return negative(typed);
    // What is left is yuan as the entry grid reads them.
    const std::optional<income::Fen> fen = IncomeRules::fenFromYuan(text);
    if (!fen) {
        static const QRegularExpression decimals(QStringLiteral("^\\d+\\.\\d{3,}$"));
        if (decimals.match(text).hasMatch())
            return Outcome::failure(QLatin1String(Field::General),
                                    tr("The amount %1 has more than two decimals.").arg(typed));
        return notAnAmount(typed);
    }
    if (*fen > IncomeRules::MaxAmount)
        return tooLarge(typed);
    return qint64(*fen);
}

QDate IncomeCheckCells::monthFromText(const QString& typed)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]"));
    QString text = typed.trimmed();
    text.remove(spaces);
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})(?:[-./年])(\\d{1,2})月?(?:份)?$"));
    if (const QRegularExpressionMatch m = yearMonth.match(text); m.hasMatch())
        return monthOf(m.captured(1).toInt(), m.captured(2).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})$"));
    if (const QRegularExpressionMatch m = compact.match(text); m.hasMatch())
        return monthOf(m.captured(1).toInt(), m.captured(2).toInt());
    return {};
}

Result<QDate> IncomeCheckCells::month(const CellValue& cell, bool date1904)
{
    const QString text = CellText::text(cell);
    if (!cell.dateFormatted) {
        if (const QDate first = monthFromText(text); first.isValid())
            return first;
    }
    // An Excel date or a full date typed as text: the month it falls in.
    if (const Result<CellDate> date = CellText::date(cell, date1904); date && date.value().date.isValid()) {
        const QDate day = date.value().date;
        return QDate(day.year(), day.month(), 1);
    }
    return Outcome::failure(QLatin1String(Field::General),
                            tr("%1 is not a month (write it as 2026-11 or 2026年11月).").arg(text));
}

Result<int> IncomeCheckCells::headcount(const CellValue& cell)
{
    static const QRegularExpression noise(QStringLiteral("[\\s\\x{3000}人口]"));
    QString text = CellText::text(cell);
    text.remove(noise);
    bool ok = false;
    const double value = cell.kind == CellValue::Kind::Number ? cell.number : text.toDouble(&ok);
    ok = ok || cell.kind == CellValue::Kind::Number;
    if (!ok || value != std::floor(value) || value < 1 || value > IncomeRules::MaxHeadcount)
        return Outcome::failure(QLatin1String(Field::General),
                                tr("%1 is not a number of people (1 to %2).")
                                    .arg(CellText::text(cell), QString::number(IncomeRules::MaxHeadcount)));
    return int(value);
}

} // namespace anju::exchange

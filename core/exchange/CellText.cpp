#include "exchange/CellText.h"

#include <QRegularExpression>

#include <cmath>

namespace anju::exchange {

namespace {

QString trimmedAll(const QString& text)
{
    int start = 0;
    int end = static_cast<int>(text.size());
    auto blank = [](QChar c) { return c.isSpace() || c == QChar(0x3000) || c == QChar(0xFEFF); };
    while (start < end && blank(text.at(start)))
        ++start;
    while (end > start && blank(text.at(end - 1)))
        --end;
    return text.mid(start, end - start);
}

QDate fromSerial(double serial, bool date1904)
{
    // Excel counts from 1899-12-30 (its 1900 leap-year bug included) or from 1904-01-01.
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    return epoch.addDays(static_cast<qint64>(std::floor(serial)));
}

struct CountyName
{
    const char* code;
    const char16_t* name;
};

constexpr CountyName ShaoyangCounties[] = {
    {"430502", u"双清区"}, {"430503", u"大祥区"},         {"430511", u"北塔区"}, {"430522", u"新邵县"},
    {"430523", u"邵阳县"}, {"430524", u"隆回县"},         {"430525", u"洞口县"}, {"430527", u"绥宁县"},
    {"430528", u"新宁县"}, {"430529", u"城步苗族自治县"}, {"430581", u"武冈市"}, {"430582", u"邵东市"},
};

} // namespace

QString CellText::text(const CellValue& cell)
{
    return trimmedAll(cell.text);
}

QString CellText::halfWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        else if (c == QChar(0x3000))
            c = QLatin1Char(' ');
    }
    return out;
}

TypedNumber CellText::number(const QString& typed, int places)
{
    TypedNumber n;
    QString t;
    t.reserve(typed.size());
    for (const QChar c : halfWidth(typed)) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            t.append(c);
    }
    if (t.startsWith(QLatin1Char('\'')))
        t.remove(0, 1);
    if (t.startsWith(QLatin1Char('-'))) {
        n.negative = true;
        t.remove(0, 1);
    } else if (t.startsWith(QLatin1Char('+'))) {
        t.remove(0, 1);
    }
    int shift = places;
    if (t.endsWith(QChar(0x4E07))) { // 万
        shift += 4;
        t.chop(1);
    }
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    QString whole = point < 0 ? t : t.left(point);
    QString fraction = point < 0 ? QString() : t.mid(point + 1);
    // Commas group thousands (1,200.50); a comma anywhere else (1,5 for one and a half, as some keyboards
    // write it) is not read as a number rather than as fifteen.
    if (whole.contains(QLatin1Char(','))) {
        const QStringList groups = whole.split(QLatin1Char(','));
        for (qsizetype i = 0; i < groups.size(); ++i)
            if (i == 0 ? groups.at(i).isEmpty() || groups.at(i).size() > 3 : groups.at(i).size() != 3)
                return n;
        whole = groups.join(QString());
    }
    const auto digitsOnly = [](const QString& s) {
        for (const QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        return true;
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !digitsOnly(whole) || !digitsOnly(fraction))
        return n;
    // The point moved `shift` places to the right, on the digits: 1.2万 with two places is 1200000.
    const QString padded =
        fraction + QString(std::max<qsizetype>(0, shift - fraction.size()), QLatin1Char('0'));
    whole += padded.left(shift);
    QString rest = padded.mid(shift);
    while (rest.endsWith(QLatin1Char('0')))
        rest.chop(1);
    if (!rest.isEmpty()) {
        n.reading = TypedNumber::Reading::TooManyDecimals;
        return n;
    }
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.size() > 15 + places) {
        n.reading = TypedNumber::Reading::TooLarge;
        return n;
    }
    n.units = whole.toLongLong();
    n.reading = TypedNumber::Reading::Number;
    return n;
}

namespace {

Outcome notA(const QString& message)
{
    return Outcome::failure(QLatin1String(Field::General), message);
}

} // namespace

Result<CellDate> CellText::date(const CellValue& cell, bool date1904)
{
    const QString t = text(cell);
    if (cell.kind == CellValue::Kind::Number) {
        // 19850312 typed into a number cell is a date written as digits, not a serial.
        if (cell.number >= 19000101 && cell.number <= 21001231 && !cell.dateFormatted)
            return date(CellValue{CellValue::Kind::Text, QString::number(qint64(cell.number)), 0, false},
                        date1904);
        if (cell.number >= 1 && cell.number < 2958466) {
            const QDate d = fromSerial(cell.number, date1904);
            if (d.isValid())
                return CellDate{d};
        }
        return notA(tr("%1 is not a date.").arg(t));
    }
    static const QRegularExpression full(
        QStringLiteral("^(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*月?$"));
    static const QRegularExpression compactMonth(QStringLiteral("^(\\d{4})(\\d{2})$"));
    QRegularExpressionMatch m = full.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return CellDate{d};
        return notA(tr("%1 is not a real date.").arg(t));
    }
    m = yearMonth.match(t);
    if (!m.hasMatch())
        m = compactMonth.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (d.isValid())
            return CellDate{d, true};
    }
    return notA(
        tr("%1 is not a date: write it as 1985-03-12, 1985.03.12, 1985/3/12, 19850312 or 1985年3月12日.")
            .arg(t));
}

Result<QString> CellText::phone(const CellValue& cell)
{
    if (cell.kind == CellValue::Kind::Number) {
        if (cell.number == std::floor(cell.number) && cell.number < 1e15)
            return QString::number(qint64(cell.number));
        return notA(
            tr("The phone number %1 was turned into a number by Excel and lost digits.").arg(cell.text));
    }
    const QString t = text(cell);
    static const QRegularExpression rounded(QStringLiteral("^\\d+(\\.\\d*)?[eE]\\+?\\d+$"));
    if (rounded.match(t).hasMatch())
        return notA(tr("The phone number %1 was turned into a number by Excel and lost digits.").arg(t));
    return t;
}

QString CellText::countyName(const QString& code)
{
    for (const CountyName& county : ShaoyangCounties) {
        if (code == QLatin1String(county.code))
            return QString::fromUtf16(county.name);
    }
    return {};
}

QString CellText::countyCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^\\d{6}$"));
    const QString t = trimmedAll(text);
    if (code.match(t).hasMatch())
        return t;
    for (const CountyName& county : ShaoyangCounties) {
        const QString name = QString::fromUtf16(county.name);
        if (t == name || (t.size() >= 2 && name.startsWith(t)))
            return QString::fromLatin1(county.code);
    }
    return {};
}

} // namespace anju::exchange

#include "domain/IdNumber.h"

#include <QRegularExpression>

#include <array>

namespace anju {

namespace {

constexpr std::array<int, 17> Weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char CheckCharacters[] = "10X98765432";

// First two digits of GB/T 2260 codes: provinces, plus 81-83 for residence permits of Hong Kong, Macao
// and Taiwan residents.
bool isProvinceCode(int code)
{
    static constexpr int Provinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                        43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int province : Provinces) {
        if (province == code)
            return true;
    }
    return false;
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString IdNumber::normalizeText(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits from Chinese input methods
            out.append(QChar(u'0' + (u - 0xFF10)));
        else if (u == u'x' || u == 0xFF38 || u == 0xFF58)
            out.append(u'X');
        else if (c.isSpace() || u == u'-' || u == 0x3000 || u == 0x200B || u == 0xFEFF || u == u'\'')
            continue; // spaces, grouping hyphens, and Excel's leading apostrophe
        else if (u == 0xFF25 || u == 0xFF45) // full-width E/e, so a float pasted full-width is still seen
            out.append(u'E');
        else if (u == 0xFF0B)
            out.append(u'+');
        else if (u == 0xFF0E)
            out.append(u'.');
        else
            out.append(c.toUpper());
    }
    return out;
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * Weights[static_cast<size_t>(i)];
    return QLatin1Char(CheckCharacters[sum % 11]);
}

IdNumber IdNumber::parse(QStringView input, QDate today)
{
    IdNumber id;
    id.m_input = input.toString();
    QString text = normalizeText(input);
    id.m_text = text;
    if (text.isEmpty()) {
        id.m_problem = Problem::Empty;
        return id;
    }
    static const QRegularExpression floatPattern(QStringLiteral("^\\d+(\\.\\d*)?E\\+?\\d+$"));
    // The pattern needs an exponent: most IDs have none, and skip the regular expression.
    if (text.contains(u'E') && floatPattern.match(text).hasMatch()) {
        id.m_problem = Problem::LooksLikeFloat;
        return id;
    }
    const bool lastIsX = text.endsWith(u'X');
    if (!allDigits(lastIsX ? QStringView(text).chopped(1) : QStringView(text))) {
        id.m_problem = Problem::BadCharacters;
        return id;
    }
    if (text.size() == 15 && !lastIsX) {
        // GB 11643-1989: YYMMDD birth date in the 20th century and no check character.
        const QString first17 = text.left(6) + QStringLiteral("19") + text.mid(6);
        text = first17 + checkCharacter(first17);
        id.m_convertedFrom15 = true;
        id.m_text = text;
    }
    if (text.size() != 18) {
        id.m_problem = Problem::BadLength;
        return id;
    }
    if (!isProvinceCode(text.left(2).toInt())) {
        id.m_problem = Problem::BadAddressCode;
        return id;
    }
    // The eight characters are digits here (checked above), so the date is read without a format parser,
    // which took a quarter of an import's reading time.
    auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text.at(i).unicode() - u'0');
        return value;
    };
    const QDate birth(digits(6, 4), digits(10, 2), digits(12, 2));
    if (!birth.isValid() || birth.year() < 1900) {
        id.m_problem = Problem::BadBirthDate;
        return id;
    }
    if (birth > today) {
        id.m_problem = Problem::FutureBirthDate;
        return id;
    }
    if (!id.m_convertedFrom15 && checkCharacter(QStringView(text).left(17)) != text.at(17)) {
        id.m_problem = Problem::BadCheckCharacter;
        return id;
    }
    id.m_birthDate = birth;
    id.m_sex = (text.at(16).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    id.m_problem = Problem::None;
    return id;
}

QString IdNumber::errorMessage() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("The ID number is missing.");
    case Problem::LooksLikeFloat:
        return tr("The ID number %1 was turned into a number by Excel and its last digits are lost; "
                  "type it again from the ID card (format the column as text).")
            .arg(m_input.trimmed());
    case Problem::BadCharacters:
        return tr("The ID number %1 may contain only digits and a final X.").arg(m_input.trimmed());
    case Problem::BadLength:
        return tr("The ID number has %n character(s); it must have 18 (or 15 on an old card).", nullptr,
                  static_cast<int>(m_text.size()));
    case Problem::BadAddressCode:
        return tr("The ID number does not start with a valid region code (%1).").arg(m_text.left(6));
    case Problem::BadBirthDate:
        return tr("The birth date in the ID number (%1) is not a real date.").arg(m_text.mid(6, 8));
    case Problem::FutureBirthDate:
        return tr("The birth date in the ID number (%1) is in the future.").arg(m_text.mid(6, 8));
    case Problem::BadCheckCharacter:
        return tr("The check character of the ID number is wrong (it should be %1 for these digits): a digit "
                  "was probably mistyped.")
            .arg(checkCharacter(QStringView(m_text).left(17)));
    }
    return {};
}

QString IdNumber::masked(const QString& normalized)
{
    if (normalized.size() != 18)
        return normalized;
    return normalized.left(6) + QString(8, u'*') + normalized.right(4);
}

} // namespace anju

#include "access/IdentityMask.h"

#include "access/Permissions.h"

#include <QRegularExpression>

namespace anju {

QDate IdentityMask::shownBirthDate(const Session* session, QDate birthDate)
{
    return Permissions::masks(session) ? yearOnly(birthDate) : birthDate;
}

QString IdentityMask::birthDateText(const Session* session, QDate birthDate)
{
    if (!birthDate.isValid())
        return {};
    return Permissions::masks(session) ? QString::number(birthDate.year()) : birthDate.toString(Qt::ISODate);
}

int IdentityMask::digitCount(const QString& text)
{
    int digits = 0;
    for (const QChar c : text)
        if (c.isDigit())
            ++digits;
    return digits;
}

bool IdentityMask::isHouseholdNumberQuery(const QString& text)
{
    // Full-width digits, letters and hyphens from Chinese input methods count as their ASCII forms.
    const QString query = text.trimmed().normalized(QString::NormalizationForm_KC);
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z]*-[0-9A-Za-z-]*$"));
    return shape.match(query).hasMatch() && digitCount(query) > 0;
}

bool IdentityMask::searchesHouseholdNumbersOnly(const Session* session, const QString& text)
{
    return Permissions::masks(session) && isHouseholdNumberQuery(text);
}

bool IdentityMask::findsByIdentityDigits(const Session* session)
{
    return !Permissions::masks(session);
}

Outcome IdentityMask::searchRefusal(const Session* session, const QString& text)
{
    if (!Permissions::masks(session) || !searchesIdentity(text) || isHouseholdNumberQuery(text))
        return {};
    return Outcome::failure(
        QLatin1String(Field::General),
        tr("ID numbers and phones are masked for you, so you cannot search by their digits "
           "(%1 or more digits typed). Search by name, or by household number with its hyphen "
           "(430524001-0001).")
            .arg(MinIdentityDigits));
}

QString IdentityMask::maskedQuery(const QString& text)
{
    const QString query = text.trimmed();
    return query.size() >= 15 ? Permissions::maskIdNumber(query) : Permissions::maskPhone(query);
}

} // namespace anju

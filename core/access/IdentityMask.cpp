#include "access/IdentityMask.h"

#include "access/Permissions.h"

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

Outcome IdentityMask::searchRefusal(const Session* session, const QString& text)
{
    if (!Permissions::masks(session) || !searchesIdentity(text))
        return {};
    return Outcome::failure(
        QLatin1String(Field::General),
        tr("ID numbers and phones are masked for you, so you cannot search by their digits "
           "(%1 or more digits typed). Search by name instead.")
            .arg(MinIdentityDigits));
}

QString IdentityMask::maskedQuery(const QString& text)
{
    const QString query = text.trimmed();
    return query.size() >= 15 ? Permissions::maskIdNumber(query) : Permissions::maskPhone(query);
}

} // namespace anju

#include "registry/HouseholdRepository.h"

#include "access/IdentityMask.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "registry/PersonRow.h"

#include <QSqlQuery>

namespace anju::registry {

namespace {

constexpr char HouseholdColumns[] =
    "id, number, site_id, dwelling_id, origin_county_code, origin_township, origin_village, relocation_date,"
    " registration_moved, residence_permit, phone, state, state_date, row_version";

Household readHousehold(const QSqlQuery& q)
{
    Household h;
    h.id = q.value(0).toLongLong();
    h.number = q.value(1).toString();
    h.siteId = q.value(2).toLongLong();
    h.dwellingId = q.value(3).toLongLong();
    h.originCountyCode = q.value(4).toString();
    h.originTownship = q.value(5).toString();
    h.originVillage = q.value(6).toString();
    h.relocationDate = dateFrom(q.value(7));
    h.registrationMoved = q.value(8).toInt() != 0;
    h.residencePermit = q.value(9).toInt() != 0;
    h.phone = q.value(10).toString();
    h.state = enumFromKey<HouseholdState>(q.value(11).toString()).value_or(HouseholdState::Active);
    h.stateDate = dateFrom(q.value(12));
    h.rowVersion = q.value(13).toInt();
    return h;
}

// Roles that see ID numbers and phones masked get them masked here, so no window or command can forget;
// and the birth year only, since the full date is exactly the digits the ID mask hides.
Person masked(const Session* session, Person p)
{
    p.birthDate = IdentityMask::shownBirthDate(session, p.birthDate);
    p.idNumber = Permissions::shownIdNumber(session, p.idNumber);
    p.phone = Permissions::shownPhone(session, p.phone);
    return p;
}

bool readable(const Session* session, qint64 siteId)
{
    return Permissions::require(session, Action::ReadRegistry, siteId).ok();
}

// Active members first (head first, then by birth date), then former members.
QList<Person> membersOf(const Database& db, qint64 householdId)
{
    QList<Person> members;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM persons p WHERE p.household_id = ?"
                             " ORDER BY CASE p.state WHEN 'active' THEN 0 ELSE 1 END,"
                             " CASE p.relationship WHEN 'head' THEN 0 WHEN 'spouse' THEN 1 ELSE 2 END,"
                             " p.birth_date, p.id")
                  .arg(QLatin1String(PersonColumns)));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next())
            members.append(masked(db.session(), readPerson(q)));
    }
    return members;
}

QList<Membership> readMemberships(QSqlQuery& q)
{
    QList<Membership> result;
    while (q.next()) {
        Membership m;
        m.id = q.value(0).toLongLong();
        m.personId = q.value(1).toLongLong();
        m.householdId = q.value(2).toLongLong();
        m.householdNumber = q.value(3).toString();
        m.relationship = enumFromKey<Relationship>(q.value(4).toString()).value_or(Relationship::Other);
        m.startDate = dateFrom(q.value(5));
        m.endDate = dateFrom(q.value(6));
        if (!q.value(7).isNull())
            m.endReason = enumFromKey<MembershipEnd>(q.value(7).toString());
        result.append(m);
    }
    return result;
}

} // namespace

std::optional<Household> HouseholdRepository::household(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM households WHERE id = ?").arg(QLatin1String(HouseholdColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Household h = readHousehold(q);
    if (!readable(m_db.session(), h.siteId))
        return std::nullopt;
    h.phone = Permissions::shownPhone(m_db.session(), h.phone);
    h.members = membersOf(m_db, h.id);
    return h;
}

std::optional<Household> HouseholdRepository::householdByNumber(const QString& number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM households WHERE number = ?"));
    q.addBindValue(number.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return household(q.value(0).toLongLong());
}

std::optional<Person> HouseholdRepository::person(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM persons p WHERE p.id = ?").arg(QLatin1String(PersonColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next() && readable(m_db.session(), 0))
        return masked(m_db.session(), readPerson(q));
    return std::nullopt;
}

std::optional<Person> HouseholdRepository::personByIdNumber(const QString& idNumber) const
{
    // Looking a full ID up would confirm the digits a masked role may not see.
    if (Permissions::masks(m_db.session()))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM persons p WHERE p.id_number = ?").arg(QLatin1String(PersonColumns)));
    q.addBindValue(idNumber);
    if (q.exec() && q.next() && readable(m_db.session(), 0))
        return masked(m_db.session(), readPerson(q));
    return std::nullopt;
}

QList<Membership> HouseholdRepository::memberships(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.person_id, m.household_id, h.number, m.relationship, m.start_date,"
        " m.end_date, m.end_reason FROM memberships m JOIN households h ON h.id = m.household_id"
        " WHERE m.person_id = ? ORDER BY m.start_date, m.id"));
    q.addBindValue(personId);
    if (!q.exec())
        return {};
    return readMemberships(q);
}

QList<Membership> HouseholdRepository::formerMemberships(qint64 householdId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.person_id, m.household_id, h.number, m.relationship, m.start_date,"
        " m.end_date, m.end_reason FROM memberships m JOIN households h ON h.id = m.household_id"
        " WHERE m.household_id = ? AND m.end_reason = 'moved_to_household'"
        " ORDER BY m.end_date, m.id"));
    q.addBindValue(householdId);
    if (!q.exec())
        return {};
    return readMemberships(q);
}

QList<Household> HouseholdRepository::households(qint64 siteId, bool withMembers) const
{
    QList<Household> result;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM households WHERE (? = 0 OR site_id = ?) ORDER BY number")
                      .arg(QLatin1String(HouseholdColumns)));
        q.addBindValue(siteId);
        q.addBindValue(siteId);
        if (!q.exec())
            return result;
        while (q.next()) {
            Household h = readHousehold(q);
            if (!readable(m_db.session(), h.siteId))
                continue;
            h.phone = Permissions::shownPhone(m_db.session(), h.phone);
            result.append(h);
        }
    }
    if (withMembers) {
        for (Household& h : result)
            h.members = membersOf(m_db, h.id);
    }
    return result;
}

} // namespace anju::registry

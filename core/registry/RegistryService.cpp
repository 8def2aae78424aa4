#include "registry/RegistryService.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "registry/HouseholdRepository.h"
#include "registry/HouseholdRules.h"
#include "registry/PersonWriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace anju::registry {

namespace {

QString general()
{
    return QLatin1String(Field::General);
}

} // namespace

Result<Household> RegistryService::saveHousehold(Household household, QDate today)
{
    return saveHousehold(std::move(household), 0, QString(), today);
}

Result<Household> RegistryService::saveHousehold(Household household, qint64 unitId, const QString& room, QDate today)
{
    if (Outcome denied = Permissions::require(m_db, Action::WriteRegistry, household.siteId); !denied)
        return denied;
    Outcome outcome = HouseholdRules::validate(household, today);
    if (!outcome)
        return outcome;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());

    // A household may not be taken from a site the user does not work on either.
    if (household.id > 0) {
        if (const std::optional<Household> stored = HouseholdRepository(m_db).household(household.id)) {
            if (Outcome denied = Permissions::require(m_db, Action::WriteRegistry, stored->siteId); !denied)
                return denied;
        }
    }
    PersonWriter writer(m_db);
    if (unitId > 0 && !room.trimmed().isEmpty()) {
        household.dwellingId = writer.dwelling(unitId, room.trimmed(), outcome);
        if (!outcome)
            return outcome;
    }
    outcome.add(writer.checkHousehold(household));
    if (!outcome)
        return outcome;

    const bool isNew = household.id == 0;
    if (!writer.writeHousehold(household, outcome))
        return outcome;

    // Non-heads first, so that handing the head role from one member to another never has two heads
    // for a moment (the database refuses that, as it must).
    QList<int> order(household.members.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return household.members.at(a).relationship != Relationship::Head
            && household.members.at(b).relationship == Relationship::Head;
    });
    for (int row : order) {
        Person& person = household.members[row];
        person.householdId = household.id;
        // A member of a new household joined at its relocation (or birth); a child born into the household
        // later joined at birth, however late the clerk adds them; anyone else joins on the day they are added.
        const bool bornHere = person.id == 0 && person.birthDate.isValid() && household.relocationDate.isValid()
            && person.birthDate >= household.relocationDate;
        const QDate joined = isNew || bornHere ? std::max(household.relocationDate, person.birthDate) : today;
        if (!writer.writePerson(person, row, joined, outcome))
            return outcome;
    }
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());

    if (auto stored = HouseholdRepository(m_db).household(household.id))
        return *stored;
    return Outcome::failure(general(), tr("The household was saved but cannot be read back."));
}

Outcome RegistryService::moveOut(qint64 personId, QDate date, qint64 newHeadId)
{
    return endMembership(personId, date, MembershipEnd::MovedAway, newHeadId, 0, Relationship::Other);
}

Outcome RegistryService::markDeceased(qint64 personId, QDate date, qint64 newHeadId)
{
    return endMembership(personId, date, MembershipEnd::Deceased, newHeadId, 0, Relationship::Other);
}

Outcome RegistryService::moveToHousehold(qint64 personId, qint64 targetHouseholdId, Relationship relationship,
                                         QDate date, qint64 newHeadId)
{
    return endMembership(personId, date, MembershipEnd::MovedToHousehold, newHeadId, targetHouseholdId,
                         relationship);
}

Outcome RegistryService::endMembership(qint64 personId, QDate date, MembershipEnd reason, qint64 newHeadId,
                                       qint64 targetHouseholdId, Relationship newRelationship)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());

    const HouseholdRepository repository(m_db);
    const std::optional<Person> person = repository.person(personId);
    if (!person)
        return Outcome::failure(general(), tr("The member no longer exists."));
    if (!person->isActive())
        return Outcome::failure(general(), tr("%1 is no longer a registered member.").arg(person->name));
    const std::optional<Household> household = repository.household(person->householdId);
    if (!household)
        return Outcome::failure(general(), tr("The member's household no longer exists."));
    if (Outcome denied = Permissions::require(m_db, Action::WriteRegistry, household->siteId); !denied)
        return denied;

    PersonWriter writer(m_db);
    Outcome outcome = writer.checkLeaving(*person, *household, date, QDate::currentDate(), newHeadId);
    std::optional<Household> target;
    if (reason == MembershipEnd::MovedToHousehold) {
        target = repository.household(targetHouseholdId);
        if (target)
            outcome.add(Permissions::require(m_db, Action::WriteRegistry, target->siteId));
        outcome.add(writer.checkJoining(*person, *household, target, newRelationship));
    }
    if (!outcome)
        return outcome;

    if (!writer.endStay(*person, date, reason, outcome))
        return outcome;
    if (target && !writer.startStay(*person, *target, newRelationship, date, outcome))
        return outcome;
    if (newHeadId > 0 && person->relationship == Relationship::Head && !writer.makeHead(newHeadId, outcome))
        return outcome;
    if (!writer.closeHouseholdIfEmpty(*household, date, reason, outcome))
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return {};
}

Outcome RegistryService::moveHouseholdAway(qint64 householdId, QDate date)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    const std::optional<Household> household = HouseholdRepository(m_db).household(householdId);
    if (!household)
        return Outcome::failure(general(), tr("The household no longer exists."));
    if (Outcome denied = Permissions::require(m_db, Action::WriteRegistry, household->siteId); !denied)
        return denied;
    if (household->state != HouseholdState::Active)
        return Outcome::failure(general(), tr("Household %1 is no longer registered.").arg(household->number));

    PersonWriter writer(m_db);
    Outcome outcome;
    for (const Person& person : household->members) {
        if (!person.isActive())
            continue;
        outcome.add(writer.checkLeaving(person, *household, date, QDate::currentDate(), -1));
        if (!outcome)
            return outcome;
        if (!writer.endStay(person, date, MembershipEnd::MovedAway, outcome))
            return outcome;
    }
    if (!writer.closeHouseholdIfEmpty(*household, date, MembershipEnd::MovedAway, outcome))
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return {};
}

QString RegistryService::suggestHouseholdNumber(qint64 siteId) const
{
    QSqlQuery site(m_db.connection());
    site.prepare(QStringLiteral("SELECT code FROM sites WHERE id = ?"));
    site.addBindValue(siteId);
    if (!site.exec() || !site.next())
        return {};
    const QString prefix = site.value(0).toString() + QLatin1Char('-');

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT number FROM households WHERE site_id = ? AND substr(number, 1, ?) = ?"));
    q.addBindValue(siteId);
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    int highest = 0;
    if (q.exec()) {
        while (q.next()) {
            bool ok = false;
            const int n = q.value(0).toString().mid(prefix.size()).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, 4, 10, QLatin1Char('0'));
}

} // namespace anju::registry

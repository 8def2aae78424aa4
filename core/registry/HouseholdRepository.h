#pragma once

#include "domain/Household.h"

#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// Reads households with their members, persons, and the membership history.
class HouseholdRepository
{
public:
    explicit HouseholdRepository(const Database& db) : m_db(db) {}

    // The household with all members that ever belonged to it and still point to it.
    std::optional<Household> household(qint64 id) const;
    std::optional<Household> householdByNumber(const QString& number) const;
    std::optional<Person> person(qint64 id) const;
    std::optional<Person> personByIdNumber(const QString& normalizedIdNumber) const;
    // Every household the person belonged to, oldest first.
    QList<Membership> memberships(qint64 personId) const;
    // Former members: persons whose stay in this household ended by moving to another household.
    QList<Membership> formerMemberships(qint64 householdId) const;
    // Households of a site (all when siteId is 0), by number.
    QList<Household> households(qint64 siteId, bool withMembers) const;

private:
    const Database& m_db;
};

} // namespace anju::registry

#pragma once

#include "domain/Household.h"
#include "domain/Violation.h"

#include <QCoreApplication>

#include <optional>

class QSqlQuery;

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// The SQL behind RegistryService: checks that need the database and the writes, each inside the
// caller's transaction. A failed write adds its violation to `outcome` and returns false.
class PersonWriter
{
    Q_DECLARE_TR_FUNCTIONS(anju::registry::PersonWriter)

public:
    explicit PersonWriter(const Database& db) : m_db(db) {}

    // Number free, site and dwelling valid, IDs not held by other persons, no stored member dropped.
    Outcome checkHousehold(const Household& household) const;
    bool writeHousehold(Household& household, Outcome& outcome) const;
    // The dwelling with that room in the unit, made when missing; 0 with the violation in `outcome`.
    qint64 dwelling(qint64 unitId, const QString& room, Outcome& outcome) const;
    bool writePerson(Person& person, int row, QDate joined, Outcome& outcome) const;

    // `newHeadId` -1: the whole household leaves, no successor needed.
    Outcome checkLeaving(const Person& person, const Household& household, QDate date, QDate today,
                         qint64 newHeadId) const;
    Outcome checkJoining(const Person& person, const Household& source,
                         const std::optional<Household>& target, Relationship relationship) const;
    bool endStay(const Person& person, QDate date, MembershipEnd reason, Outcome& outcome) const;
    bool startStay(const Person& person, const Household& target, Relationship relationship, QDate date,
                   Outcome& outcome) const;
    bool makeHead(qint64 personId, Outcome& outcome) const;
    // Marks the household moved away (or dissolved) when no active member is left; bumps its version.
    bool closeHouseholdIfEmpty(const Household& household, QDate date, MembershipEnd reason,
                               Outcome& outcome) const;

private:
    // Refuses a save from a form opened before someone else's, saying when they saved.
    Outcome staleHousehold(qint64 id, const QString& number) const;
    bool run(QSqlQuery& query, Outcome& outcome, const QString& field = {}, int row = -1) const;
    const Database& m_db;
};

} // namespace anju::registry

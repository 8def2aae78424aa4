#pragma once

#include "domain/Enums.h"
#include "domain/Violation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// One person found by the search, with where they live.
struct PersonHit
{
    qint64 personId = 0;
    qint64 householdId = 0;
    QString name;
    QString idNumber;
    Sex sex = Sex::Unknown;
    QDate birthDate; // the year only (1 July) for roles that see ID numbers masked
    Relationship relationship = Relationship::Other;
    PersonState state = PersonState::Active;
    QString phone;
    QString householdNumber;
    QString siteName;
};

// Finds persons by a fragment of their name (one or two Chinese characters are enough), any part of
// their ID number or phone (three characters or more through the index), or their household number.
class PersonSearch
{
public:
    explicit PersonSearch(const Database& db) : m_db(db) {}

    // Why the session may not search for this text (a masked role typing ID or phone digits), or
    // success. count() and page() return nothing for a refused text; callers show this reason instead.
    Outcome refusal(const QString& text) const;
    int count(const QString& text) const;
    // In the order they were registered; `limit` persons from `offset`. The first page (offset 0) of a
    // search by ID or phone digits is written to the audit trail.
    QList<PersonHit> page(const QString& text, int offset, int limit) const;

private:
    const Database& m_db;
};

} // namespace anju::registry

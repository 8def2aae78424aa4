#pragma once

#include "domain/Enums.h"

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
    QDate birthDate;
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

    int count(const QString& text) const;
    // In the order they were registered; `limit` persons from `offset`.
    QList<PersonHit> page(const QString& text, int offset, int limit) const;

private:
    const Database& m_db;
};

} // namespace anju::registry

#pragma once

#include "party/PartyTypes.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Internal to the party module: reads members with their histories in a few queries (one per table,
// not one per member), residents resolved through their person record.
class PartyMemberLoader
{
public:
    explicit PartyMemberLoader(const Database& db) : m_db(db) {}

    // Members matching `condition` (SQL over aliases m = party_members, p = persons; bound `values`),
    // ordered by name; with histories when asked.
    QList<PartyMember> load(const QString& condition, const QVariantList& values, bool withHistory) const;

private:
    const Database& m_db;
};

} // namespace anju::party

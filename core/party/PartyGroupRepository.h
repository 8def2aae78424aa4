#pragma once

#include "party/PartyTypes.h"

#include <QHash>
#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Reads the 党小组 party groups of the branches and who is in which group on a day.
class PartyGroupRepository
{
public:
    explicit PartyGroupRepository(const Database& db) : m_db(db) {}

    // Every group (dissolved ones too) of one branch, or of all branches when branchId is 0, by name.
    QList<PartyGroup> groups(qint64 branchId = 0) const;
    // The group with its members on `asOf` (today when null).
    std::optional<PartyGroup> group(qint64 id, QDate asOf = {}) const;
    // The group of each member in one on the day (half-open stays, as the branch stays).
    QHash<qint64, qint64> memberGroupsOn(QDate day) const;

private:
    const Database& m_db;
};

} // namespace anju::party

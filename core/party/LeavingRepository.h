#pragma once

#include "party/PartyTypes.h"

#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Reads the leavings of the party (party_leavings), with the date of the meeting that decided each.
class LeavingRepository
{
public:
    explicit LeavingRepository(const Database& db) : m_db(db) {}

    // A member's leavings, oldest first (one in practice: the member stays in the state Left).
    QList<Leaving> leavings(qint64 memberId) const;

private:
    const Database& m_db;
};

} // namespace anju::party

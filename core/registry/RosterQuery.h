#pragma once

#include "domain/Enums.h"

#include "domain/Violation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// What the household roster shows: a filter and a search, all run in SQL.
struct RosterFilter
{
    qint64 siteId = 0;                                            // 0: every site
    qint64 buildingId = 0;                                        // 0: every building
    std::optional<HouseholdState> state = HouseholdState::Active; // nullopt: every state
    // Name (or fragment) of any member, part of any member's ID number, phone, or household number.
    QString search;
};

enum class RosterColumn
{
    Number,
    HeadName,
    HeadIdNumber,
    Site,
    Address,
    MemberCount,
    Phone,
    RelocationDate,
    State,
};
inline constexpr int RosterColumnCount = 9;

struct RosterRow
{
    qint64 householdId = 0;
    QString number;
    QString headName;
    QString headIdNumber;
    QString siteName;
    QString address;     // building, unit and room
    int memberCount = 0; // active members
    QString phone;
    QDate relocationDate;
    HouseholdState state = HouseholdState::Active;
    // With a search: the member whose own name, ID number or phone it found (an active member first,
    // then the head, then the first by id); 0 and empty when the search matched the household itself.
    qint64 matchedPersonId = 0;
    QString matchedName;
};

// One roster page at a time, so a province of households never loads whole.
class RosterQuery
{
public:
    explicit RosterQuery(const Database& db) : m_db(db) {}

    // Why the session may not run this search (a masked role typing ID or phone digits), or success.
    // count() and page() return nothing for a refused search; callers show this reason instead.
    Outcome refusal(const RosterFilter& filter) const;
    int count(const RosterFilter& filter) const;
    QList<RosterRow> page(const RosterFilter& filter, RosterColumn sortColumn, bool ascending, int offset,
                          int limit) const;
    // The row the household has in the roster under the filter and order, or -1 when the filter leaves
    // it out. Ordered by number this is one count; other orders walk the ordered ids.
    int rowOf(const RosterFilter& filter, RosterColumn sortColumn, bool ascending, qint64 householdId) const;

private:
    const Database& m_db;
};

} // namespace anju::registry

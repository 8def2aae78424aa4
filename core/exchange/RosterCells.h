#pragma once

#include "exchange/RosterLayout.h"
#include "exchange/RosterRowsQuery.h"

#include <QDate>
#include <QString>

#include <variant>

namespace anju::exchange {

// What one roster cell holds: nothing, text (ID numbers and phones stay text), a date, or a number.
using RosterCell = std::variant<std::monostate, QString, QDate, qint64>;

// The cells of a roster line, the same for every file format, so .xlsx and .csv never disagree.
class RosterCells
{
public:
    // True for the columns that belong to the household (merged over its members' rows in .xlsx).
    static bool isHouseholdField(RosterField field);
    // `sequence` is the household's 序号 in the file (1, 2, …).
    static RosterCell cell(RosterField field, const RosterHouseholdRows& household,
                           const RosterMemberRow& member, qint64 sequence);
};

} // namespace anju::exchange

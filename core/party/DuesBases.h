#pragma once

#include "party/PartySettings.h"
#include "party/PartyTypes.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// The dated dues bases of the members, for what a month of arrears costs: the basis in force in that
// month, not today's. The review and the dues overview price arrears through the same two calls.
class DuesBases
{
public:
    // Every member's bases, oldest first.
    static QHash<qint64, QList<DuesBasis>> all(const Database& db);
    // The dues of `month` from the basis in force then (the oldest one before any basis applies).
    static Fen forMonth(const QList<DuesBasis>& history, QDate month, const DuesRateTable& table);
    static Fen forMonths(const QList<DuesBasis>& history, const QList<QDate>& months,
                         const DuesRateTable& table);
};

} // namespace anju::party

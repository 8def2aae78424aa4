#pragma once

#include "domain/Violation.h"
#include "party/PartyTypes.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Internal to the party module: the history rows every write appends, each inside the caller's
// transaction. Each returns false and adds the database's complaint to `outcome` on failure.
class PartyWrites
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::PartyWrites)

public:
    PartyWrites(const Database& db, Outcome& outcome) : m_db(db), m_outcome(outcome) {}

    // A failed query is kept until the transaction ends (see Database::keepUntilTransactionEnds).
    bool exec(QSqlQuery& q);
    bool appendStep(qint64 memberId, const StageStep& step);
    // Adds the dated state change and sets the member's current state.
    bool appendState(qint64 memberId, MemberState state, QDate date, const QString& reason);
    // Ends the member's open branch stay (and 党小组 stay) on `date` and, when organisationId is set,
    // starts one there; sets the member's current organisation.
    bool moveBranch(qint64 memberId, qint64 organisationId, QDate date);
    // Adds (or replaces, for the same month) the dues basis from its month.
    bool putDuesBasis(qint64 memberId, const DuesBasis& basis);
    // Ends the open rows of a dated link table that are not in `wanted` and opens rows for the new ones.
    bool syncLinks(const char* table, const char* column, qint64 organisationId, const QList<qint64>& wanted,
                   QDate date);

private:
    const Database& m_db;
    Outcome& m_outcome;
};

} // namespace anju::party

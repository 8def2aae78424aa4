#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::backup {

// One thing wrong in the database, in the user's language, with the household it concerns if any.
struct CheckFinding
{
    QString rule; // integrity, foreign_key, no_head, invalid_id, …
    QString message;
    QString householdNumber;
};

// SQLite's own integrity and foreign-key checks (on a server: what the server reports of its indexes and
// constraints), then the registry's and the party's rules over the stored rows (what the forms prevent but an
// old import, a crash or a hand edit might have left).
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(anju::backup::DatabaseCheck)

public:
    static constexpr int MaxPerRule = 200;

    explicit DatabaseCheck(const Database& db) : m_db(db) {}
    // Empty findings when all is well. A failure only when the user may not check or a query fails.
    Result<QList<CheckFinding>> run() const;

private:
    Outcome serverChecks(QList<CheckFinding>* findings) const;
    // Numbers missing from the audit trail's ids (SQLite, where ids are never skipped).
    Outcome auditGaps(QList<CheckFinding>* findings) const;
    // Stored facts that contradict each other: an ID and the birth date or sex beside it, dates that
    // cannot be, a household's kept size and its members.
    Outcome registryFacts(QList<CheckFinding>* findings) const;
    // Party records that break a rule made hard after they were stored (a probation extended by other
    // than 6 to 12 months, or twice): listed for the secretary, never changed (issue 16).
    Outcome partyFacts(QList<CheckFinding>* findings) const;
    // Age or cultivation set aside on a step not marked as entered from records.
    Outcome ageAndCultivation(QList<CheckFinding>* findings) const;
    const Database& m_db;
};

} // namespace anju::backup

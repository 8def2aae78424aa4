#pragma once

#include "domain/Violation.h"
#include "exchange/ImportedHousehold.h"

#include <QCoreApplication>
#include <QHash>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

class HouseholdAssembler;

// The rules over a whole imported household: the registry's own rules (one head, valid IDs, names),
// an ID that already appeared in the file or is already in the database, a household number taken.
// What is in the database is read once at the start, so the checks need no query per row.
class ImportChecker
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::ImportChecker)

public:
    ImportChecker(const Database& db, QDate today);
    // Reads the households and ID numbers on file; fails with the database's text.
    Outcome loadExisting();

    enum class Verdict
    {
        Write,
        Unchanged,
        Reject
    };
    // The registry's rules over the household alone, without the database or the rest of the file: safe on
    // another thread than check() (the import reads ahead on one). check() does it when not done yet.
    void checkRules(ImportedHousehold& household, const HouseholdAssembler& columns) const;
    Verdict check(ImportedHousehold& household, const HouseholdAssembler& columns);

    // An 18-character ID number as a 64-bit key (17 digits and the check character), to keep a
    // province's worth of them in memory.
    static quint64 key(const QString& normalizedId);

private:
    // The first field where the stored household differs from the file ("姓名：王芳 → 王芳芳"), comparing
    // only the columns the file has; empty when they agree.
    QString differenceFromStored(qint64 householdId, const ImportedHousehold& imported,
                                 const HouseholdAssembler& columns) const;

    const Database& m_db;
    QDate m_today;
    QHash<quint64, int> m_rowOfIdInFile;
    QHash<quint64, qint64> m_householdOfExistingId;
    QHash<QString, qint64> m_existingHouseholds; // number → id
    QHash<qint64, QString> m_existingNumbers;
    QHash<qint64, int> m_existingMemberCounts;
};

} // namespace anju::exchange

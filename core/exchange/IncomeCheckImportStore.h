#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// One month's check of one household as the import reads and writes it: the columns of income_checks.
// (`income::IncomeCheck` of the checks part holds the same; this importer keeps its own small row so that it
// reads and writes 280,000 of them without the service's per-row transaction.)
struct ImportedIncomeCheck
{
    qint64 id = 0; // 0: not on file
    qint64 householdId = 0;
    QDate month; // its first day
    QDate checkedOn;
    int headcount = 0;
    qint64 wages = 0;
    qint64 business = 0;
    qint64 property = 0;
    qint64 transfers = 0;
    qint64 operatingCosts = 0;
    qint64 medical = 0;
    qint64 education = 0;
    qint64 disaster = 0;
    qint64 otherExpense = 0;
    QString checker;
    QString note;

    // The same figures, words and day (what a re-import compares; the source and the id do not count).
    bool sameAs(const ImportedIncomeCheck& other) const;
};

// A household as the sheet's key finds it.
struct ImportHousehold
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString number;
    QString headName; // the active head's, else the last head's (households.head_name); with names loaded
};

// What the income import reads from and writes to the database, in as few statements as a month of a
// whole office allows: the households and their heads once, the month's checks once, then one prepared
// insert or update per written check.
class IncomeCheckImportStore
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::IncomeCheckImportStore)

public:
    explicit IncomeCheckImportStore(const Database& db) : m_db(db) {}

    // The households by code and by their head's ID number; with `names`, their heads' names too (for a
    // sheet with a 户主姓名 column).
    Outcome loadHouseholds(bool names = false);
    // The household of a head's ID number, or of any member's when it is no head's; nullopt when none.
    std::optional<ImportHousehold> byIdNumber(const QString& idNumber) const;
    std::optional<ImportHousehold> byNumber(const QString& number) const;
    // Whether `name` is an active member of the household (loadHouseholds with names): its active head's
    // name, else any active member's (the head changed since the sheet was made), all members read in one
    // query the first time a name is not the head's. Compared without spaces, full-width ones included.
    Result<bool> isCurrentMember(qint64 householdId, const QString& name);
    static QString comparableName(const QString& name);

    // The month's checks on file, by household (loaded on first use).
    const QHash<qint64, ImportedIncomeCheck>& checksOf(QDate month);
    // Active members on the month's last day (DOMAIN: the headcount a check defaults to), 0 for none.
    int defaultHeadcount(qint64 householdId, QDate month);

    // Inside the caller's transaction: an insert when check.id is 0, else an update (row_version + 1).
    Outcome prepareWrites();
    Outcome write(const ImportedIncomeCheck& check);

    // On the server, inside the caller's transaction: every check at once, sent with COPY and written by
    // the server's anju_import_income_checks() (schema version 19) with the trail of each. `sent` is told
    // the checks sent so far; false cancels (an Outcome error with no message). Another desk importing or
    // changing the month's checks meanwhile fails it with a message that says so. PostgreSQL only.
    static bool mayWriteAtOnce(const Database& db);
    Outcome writeAtOnce(const QList<ImportedIncomeCheck>& checks,
                        const std::function<bool(qint64 sent)>& sent);

private:
    const Database& m_db;
    QHash<QString, qint64> m_byIdNumber; // head's ID number → household id
    QHash<QString, qint64> m_byNumber;   // household code → household id
    QHash<qint64, ImportHousehold> m_households;
    QHash<qint64, QString> m_activeHeads; // household id → its active head's name, comparable
    std::optional<QMultiHash<qint64, QString>> m_members; // household id → its active members' names
    QHash<QDate, QHash<qint64, ImportedIncomeCheck>> m_checks;
    QHash<QDate, QHash<qint64, int>> m_headcounts;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_update;
};

} // namespace anju::exchange

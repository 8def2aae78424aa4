#pragma once

#include "domain/Violation.h"
#include "income/IncomeCheckTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// A household whose check of the month has at least one flag, with its figures.
struct FlaggedHousehold
{
    qint64 householdId = 0;
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    QString number;   // 户编号
    QString headName; // by name
    qint64 checkId = 0;
    QDate checkedOn;
    int headcount = 0;
    Fen net = 0;             // the month's net income, fen
    Fen perCapitaAnnual = 0; // fen per person per year
    Fen line = 0;            // the line it was judged by; 0 when the year has none
    Fen largestExpense = 0;  // the largest of the four expenditures of the month
    CheckFlags flags;
};

// An active household with no check of the month.
struct MissingHousehold
{
    qint64 householdId = 0;
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    QString number;
    QString headName;
    QDate lastCheckMonth; // its latest check's month before this one; null: never checked
};

// The month's flagged and missing households of the office (siteId 0) or of one site, computed at read
// time (IncomeFlagSql) and sorted by site code, then household number. ReadIncome is required; a user
// limited to some sites sees only theirs.
class IncomeFlags
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::IncomeFlags)

public:
    explicit IncomeFlags(const Database& db) : m_db(db) {}

    Result<QList<FlaggedHousehold>> flagged(QDate month, qint64 siteId = 0) const;
    // Active at the month's end (relocation_date NULL or <= its last day; state 'active' or state_date
    // after its last day) and no check of the month.
    Result<QList<MissingHousehold>> missing(QDate month, qint64 siteId = 0) const;

private:
    const Database& m_db;
};

} // namespace anju::income

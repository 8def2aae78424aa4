#pragma once

#include "domain/Violation.h"
#include "income/FindingFlagQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// 应纳尽纳: a household flagged in the month that has not entered the monitoring workflow.
struct IntakeFinding
{
    FindingHousehold household;
    QString flagsText; // "below the line, large expense"
    QString todo;      // what the office does about it
};

// 应兜尽兜: a person with no or weak labour in a household at risk, in no 低保 / 特困 enrolment and with no
// recorded reason.
struct CoverFinding
{
    qint64 personId = 0;
    QString personName;
    QString labourCapacity; // the persons.labour_capacity key
    qint64 householdId = 0;
    QString householdNumber;
    QString headName;
    qint64 siteId = 0;
    QString siteName;
    bool monitored = false; // the household is monitored at the month's end
    int flags = 0;          // the household's flags in the month (FindingFlag bits)
    QString why;            // why the household is at risk
    QString todo;
};

struct FollowUpFindingsList
{
    QDate month; // its first day
    QDate asOf;  // the day monitoring and review are judged on: today, or the month's last day if past
    QList<IntakeFinding> intake;
    QList<CoverFinding> cover;
};

// The two findings lists of a month, by name, as the shared definitions of issue 18 say; computed at read
// time from the checks, monitoring cases, enrolments and exemptions with a few grouped queries (never one
// per household). ReadIncome is required; siteId 0 is every site the user may see.
class FollowUpFindings
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::FollowUpFindings)

public:
    explicit FollowUpFindings(const Database& db) : m_db(db) {}

    Result<FollowUpFindingsList> forMonth(QDate month, qint64 siteId = 0,
                                          QDate today = QDate::currentDate()) const;

    // "below the line, a drop, a large expense" in the user's language.
    static QString flagsText(int flags);

private:
    const Database& m_db;
};

} // namespace anju::income

#pragma once

#include "demo/DemoIncomeModel.h"
#include "demo/DemoIncomeWriter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju::demo {

// What the safety net needs to know of a household's monitoring case.
struct CaseOutcome
{
    QString category;
    QDate discovered;
    QDate entered;
    QDate declined;
    QDate eliminated;
};

struct DemoMonitoringCounts
{
    int cases = 0;
    int steps = 0;
    int objections = 0;
    int measures = 0;
    int risks = 0;
};

// The monitoring cases of the demo, made household by household from its flagged checks: a flagged month
// no case covers yet (monitored, in entry review, or declined in or after that month) is reviewed, and the
// review is declined with a reason or passes the five steps into monitoring; a monitored household whose
// income has been above the line for months goes through the elimination review. Low households were
// mostly monitored before the demo's months. A few flagged households are never taken in (应纳尽纳
// findings), and most of the newest month's flags are still unreviewed on the demo's day. The reviews under
// way on the demo's day stand at every step in turn, with some notices open around that day.
class DemoMonitoringCases
{
public:
    DemoMonitoringCases(DemoIncomeWriter& writer, const DemoIncomeModel& model, QDate today)
        : m_writer(writer), m_model(model), m_today(today)
    {
    }

    // Writes the household's cases; false (with the writer's error) when the database refused a row.
    bool write(Random& random, const IncomeHousehold& household, const HouseholdIncome& income,
               QList<CaseOutcome>& outcomes);
    const DemoMonitoringCounts& counts() const { return m_counts; }

private:
    struct StepPlan
    {
        QString step;
        QDate started;
        QDate noticeFrom;
        QDate noticeTo;
        QDate decided; // null while pending
        bool rejected = false;
    };
    // The steps of one phase from `start`: all passed, or rejected at `rejectAt` (-1: none), stopping at
    // the first step not decided by the demo's day; `pendingAt` >= 0 squeezes the earlier steps so that
    // step is the one pending on that day (when the days allow it).
    QList<StepPlan> plan(Random& random, QDate start, int rejectAt, int pendingAt) const;
    bool writeSteps(Random& random, qint64 caseId, const QString& phase, const QList<StepPlan>& steps,
                    const QString& rejection);
    bool writeCase(Random& random, const IncomeHousehold& household, const HouseholdIncome& income, int month,
                   bool beforeTheMonths, QList<CaseOutcome>& outcomes, int& coveredThrough);
    int monthIndex(QDate day) const;
    int pendingTarget(int turn, QDate start) const;
    static bool reached(int target, const QList<StepPlan>& steps);

    DemoIncomeWriter& m_writer;
    const DemoIncomeModel& m_model;
    QDate m_today;
    DemoMonitoringCounts m_counts;
    int m_entryTurn = 0;       // the step the next review under way stops at
    int m_eliminationTurn = 0; // the same for elimination reviews
};

} // namespace anju::demo

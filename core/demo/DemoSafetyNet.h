#pragma once

#include "demo/DemoIncomeWriter.h"
#include "demo/DemoMonitoringCases.h"

namespace anju::demo {

struct DemoSafetyNetCounts
{
    int enrolments = 0;
    int exemptions = 0;
};

// The demo's safety-net enrolments, household by household after its monitoring cases: 低保 for the weak
// and no-labour members of most households taken into monitoring (特困 for the old who live alone), ended
// when the risk was eliminated for many; 残疾人两项补贴 for the severely disabled; a one-off 临时救助 after
// many sudden hardships; exemptions with reasons for some members of monitored and declined households.
// Deliberately a few weak members of monitored or flagged households are neither enrolled nor exempted,
// so the 应兜尽兜 list names them. Amounts in the usual range of a Hunan county (fen).
class DemoSafetyNet
{
public:
    DemoSafetyNet(DemoIncomeWriter& writer, QDate firstMonth, QDate today)
        : m_writer(writer), m_first(firstMonth), m_today(today)
    {
    }

    bool write(Random& random, const IncomeHousehold& household, const QList<CaseOutcome>& cases);
    const DemoSafetyNetCounts& counts() const { return m_counts; }

private:
    bool enrol(qint64 personId, const char* scheme, qint64 amount, bool oneOff, QDate from, QDate to,
               const QString& endReason);
    bool exempt(qint64 personId, const QString& reason, QDate from, QDate to);

    DemoIncomeWriter& m_writer;
    QDate m_first;
    QDate m_today;
    DemoSafetyNetCounts m_counts;
};

} // namespace anju::demo

#pragma once

#include "domain/Violation.h"

#include <QDate>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// How many party rows the demo wrote.
struct DemoPartyCounts
{
    int organisations = 0;
    int members = 0;
    int meetings = 0;
    int duesPayments = 0;
};

// The party side of the demo data, made after the households in the same transaction: a 党委 per county
// over branches covering its sites (the coverage rule kept by most sites and broken on purpose by a few),
// members at every stage drawn from the residents' political status with dated histories that give a
// secretary real work today (conversions due and overdue, activists reaching a year, arrears, meetings
// missing, transfers pending), a year of meetings and dues, and work teams and first secretaries (one
// site in a few without a current team). Deterministic per seed.
class DemoParty
{
public:
    DemoParty(const Database& db, quint64 seed, QDate today) : m_db(db), m_seed(seed), m_today(today) {}

    // Fails with the database's text; the caller's transaction then rolls back.
    Outcome generate();
    const DemoPartyCounts& counts() const { return m_counts; }

private:
    const Database& m_db;
    quint64 m_seed;
    QDate m_today;
    DemoPartyCounts m_counts;
};

} // namespace anju::demo

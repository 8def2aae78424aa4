#pragma once

#include "domain/Violation.h"

#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

struct DemoGridCounts
{
    int grids = 0;
    int staff = 0;
    int pairings = 0;
    int contacts = 0;
};

// The demo's grids (issue 17): every site cut into grids of about 150–300 households by building, with a
// grid leader, grid workers, building and unit leaders chosen from the residents and 党员中心户 from the
// resident party members; most households paired with a grid worker or a 党员中心户 and contacted over the
// 24 months with realistic gaps (unpaired households, pairings whose contacts lapsed, a building
// reassigned last year). Care categories are
// DemoVisits'. Deterministic per seed; written with prepared statements, not the audited
// service, inside the caller's transaction.
class DemoGrids
{
public:
    DemoGrids(const Database& db, quint64 seed, QDate today) : m_db(db), m_seed(seed), m_today(today) {}

    Outcome generate();
    const DemoGridCounts& counts() const { return m_counts; }

private:
    const Database& m_db;
    quint64 m_seed;
    QDate m_today;
    DemoGridCounts m_counts;
};

} // namespace anju::demo

#pragma once

#include "domain/Violation.h"

#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// How many rows of work, training and industry the demo wrote.
struct DemoWorkCounts
{
    int workshops = 0;
    int posts = 0;
    int brokers = 0;
    int batches = 0;
    int employments = 0;
    int wishes = 0;
    int absences = 0;
    int courses = 0;
    int attendances = 0;
    int payments = 0;
    int projects = 0;
    int beneficiaries = 0;
};

// The demo's work, training and industry (issue 19), made after the households and the grids (the pairing
// cadre collects the wishes) in the same transaction: a few labour brokers and the courses of each county
// for the whole office, the county parks and township bases, then site by site its workshops and public
// posts, the jobs, wishes and absence reasons of its labour force, its courses with attendance and
// subsidies (DemoWorkModel), its cooperative and household projects (DemoIndustry). Written with prepared
// statements, not the audited services. Deterministic per seed.
class DemoWork
{
public:
    DemoWork(const Database& db, quint64 seed, QDate today) : m_db(db), m_seed(seed), m_today(today) {}

    // Fails with the database's text; the caller's transaction then rolls back.
    Outcome generate();
    const DemoWorkCounts& counts() const { return m_counts; }

private:
    const Database& m_db;
    quint64 m_seed;
    QDate m_today;
    DemoWorkCounts m_counts;
};

} // namespace anju::demo

#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// What a staff member's handover would move (GridService::handOver): their open pairings, their open
// visit tasks and the households these are for, so the page can say it before the user confirms.
struct StaffLoad
{
    int pairings = 0;
    int tasks = 0;
    int households = 0;
};

class StaffLoadQuery
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::StaffLoadQuery)

public:
    explicit StaffLoadQuery(const Database& db) : m_db(db) {}

    // The same rows handOver moves: pairings with no end, tasks neither closed nor cancelled.
    // What a handover on `day` would move (tasks whose window has not ended before it).
    Result<StaffLoad> of(qint64 staffId, QDate day = QDate::currentDate()) const;

private:
    const Database& m_db;
};

} // namespace anju::grids

#pragma once

#include <QtGlobal>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// Whether a stored income check has at least one flag (below the line, a drop, a large expense): the check
// and the household's earlier months as IncomeCheckRepository reads them, judged by IncomeRules::flags (the
// shared definitions of issue 18), so that a discovery "from an income flag" agrees with the flags list.
class MonitoringFlagCheck
{
public:
    // The household of the check and whether it is flagged; householdId 0 when the check is not on file.
    struct Answer
    {
        qint64 householdId = 0;
        bool flagged = false;
    };
    static Answer of(const Database& db, qint64 checkId);
};

} // namespace anju::income

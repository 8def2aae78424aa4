#pragma once

#include <QtGlobal>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// Whether a stored income check has at least one flag (below the line, a drop, a large expense) under the
// shared definitions of issue 18. Written here against the schema so that a discovery "from an income flag"
// can be checked before the checks part (IncomeRules::flags) is merged; swap the body for IncomeRules then.
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

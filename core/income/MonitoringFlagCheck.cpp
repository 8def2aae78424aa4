#include "income/MonitoringFlagCheck.h"

#include "income/IncomeCheckRepository.h"
#include "income/IncomeRules.h"
#include "income/IncomeSettings.h"

namespace anju::income {

MonitoringFlagCheck::Answer MonitoringFlagCheck::of(const Database& db, qint64 checkId)
{
    // The repository's plain reads ask no permission: the monitoring service asked before it gets here.
    const IncomeCheckRepository checks(db);
    const std::optional<IncomeCheck> check = checks.check(checkId);
    if (!check)
        return {};
    const QList<MonthFigure> earlier = checks.earlierMonths(check->householdId, check->month);
    return {check->householdId, IncomeRules::flags(*check, earlier, IncomeSettings::load(db)).any()};
}

} // namespace anju::income

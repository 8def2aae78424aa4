#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 网格化管理: the grids, their staff, the households in a grid and paired, the month's 四必访 and 三必到
// tasks and the month's cases by kind, as GridMonthQueries counts them from the dated rows (for one site:
// its grids and staff, its households and their tasks, its cases).
class GridsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::GridsSection)

public:
    QString key() const override { return QStringLiteral("grids"); }
    QString title() const override { return tr("Grid management"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
    // Grid records: a role without ReadGrids gets a summary without them.
    std::optional<Action> requiredAction() const override { return Action::ReadGrids; }
};

} // namespace anju::report

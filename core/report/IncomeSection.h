#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 收支核查: the active households, those checked in the month and those missing, the flags of the month's
// checks and the per-capita income bands against the monitoring line, as IncomeMonthQueries counts them
// from the month's checks (for one site: its households). The line itself is a figure, in yuan; a year
// judged by an earlier year's line gets a note saying so.
class IncomeSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::IncomeSection)

public:
    QString key() const override { return QStringLiteral("income"); }
    QString title() const override { return tr("Monthly income check"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
    // Households' incomes: a role without ReadIncome (the party secretary) gets a summary without them.
    std::optional<Action> requiredAction() const override { return Action::ReadIncome; }
};

} // namespace anju::report

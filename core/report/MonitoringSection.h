#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 监测帮扶与兜底保障: the households monitored at the month's end by category, those taken in, eliminated,
// declined in the month and in entry review at its end, and the people in the safety net by scheme with
// the monthly amounts and the one-off amounts paid in the month, as MonitoringMonthQueries counts them from
// the dated rows. One figure per scheme of the settings' list (keys made from the scheme's key).
class MonitoringSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::MonitoringSection)

public:
    QString key() const override { return QStringLiteral("monitoring"); }
    QString title() const override { return tr("Monitoring households and the safety net"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
    // The same records as the income check: ReadIncome.
    std::optional<Action> requiredAction() const override { return Action::ReadIncome; }
};

} // namespace anju::report

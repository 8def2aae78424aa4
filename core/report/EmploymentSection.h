#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 就业: the labour force, the people employed (in all and by channel), the employment rate, the jobs begun
// and ended in the month and the support paid for it, as WorkMonthQueries counts them from the dated jobs
// and payments (for one site: the people of its households). A table `rate_note` says how the rate is
// counted.
class EmploymentSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::EmploymentSection)

public:
    QString key() const override { return QStringLiteral("employment"); }
    QString title() const override { return tr("Employment"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
    // People's jobs and support: a role without ReadWork (the party secretary) gets a summary without them.
    std::optional<Action> requiredAction() const override { return Action::ReadWork; }
    // The rate's definition as the summary and docs/report-json.md state it, with the ages of the settings.
    static QString rateDefinition(int ageFrom, int ageTo);
};

} // namespace anju::report

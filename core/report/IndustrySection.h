#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 产业帮扶: the projects holding at the month's end at each of the four levels, and the households and
// people benefiting in the month's year by level and in all, as WorkMonthQueries counts them (for one site:
// its projects, and its households among the beneficiaries).
class IndustrySection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::IndustrySection)

public:
    QString key() const override { return QStringLiteral("industry"); }
    QString title() const override { return tr("Industry support"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
    std::optional<Action> requiredAction() const override { return Action::ReadWork; }
};

} // namespace anju::report

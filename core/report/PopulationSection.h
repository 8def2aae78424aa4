#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 户数人口: households and people registered at the month's end, moved in, born, moved out and died
// during it; for the whole office also the same by site.
class PopulationSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::PopulationSection)

public:
    QString key() const override { return QStringLiteral("population"); }
    QString title() const override { return tr("Households and people"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
};

} // namespace anju::report

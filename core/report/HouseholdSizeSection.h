#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 户规模: households by the number of people registered in them at the month's end.
class HouseholdSizeSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::HouseholdSizeSection)

public:
    QString key() const override { return QStringLiteral("household_size"); }
    bool reshapesSharedCounts() const override { return true; }
    QString title() const override { return tr("Households by size"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
};

} // namespace anju::report

#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 安置点规范: the configurable site rules of DOMAIN.md that sites break at the month's end, reckoned with
// the residents and households registered then and the facilities recorded for the site now.
class SiteRulesSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::SiteRulesSection)

public:
    QString key() const override { return QStringLiteral("site_rules"); }
    bool reshapesSharedCounts() const override { return true; }
    QString title() const override { return tr("Site rules"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
};

} // namespace anju::report

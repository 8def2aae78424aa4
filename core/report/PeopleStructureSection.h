#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 人口结构: the people registered at the month's end by sex, age band (age at the month's end) and labour
// capacity. Sex, birth date and labour capacity are the person's current record: a corrected or
// reassessed value counts in past months too.
class PeopleStructureSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::PeopleStructureSection)

public:
    QString key() const override { return QStringLiteral("structure"); }
    bool reshapesSharedCounts() const override { return true; }
    QString title() const override { return tr("People by sex, age and labour capacity"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
};

} // namespace anju::report

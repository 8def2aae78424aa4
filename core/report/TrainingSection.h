#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 技能培训: the courses ending in the month, the person-times 人次 and certificates of courses ending in the
// month and from 1 January to its end, as WorkMonthQueries counts them (for one site: its courses, and the
// attendances of the people of its households).
class TrainingSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::TrainingSection)

public:
    QString key() const override { return QStringLiteral("training"); }
    QString title() const override { return tr("Skills training"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
    std::optional<Action> requiredAction() const override { return Action::ReadWork; }
};

} // namespace anju::report

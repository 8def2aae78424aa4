#pragma once

#include "report/ReportSection.h"

namespace anju::report {

// 党建: the party organisations and their members at the month's end, the development steps, transfers,
// dues and meetings of the month, as PartyStatistics counts them from the dated histories (for one site:
// the organisations covering it at the month's end, with those under them, and their members).
class PartySection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::PartySection)

public:
    QString key() const override { return QStringLiteral("party"); }
    QString title() const override { return tr("Party building"); }
    Result<ReportSectionResult> compute(const ReportContext& context) const override;
    // 党建 figures are party records: a clerk (no ReadParty) gets a summary without them.
    std::optional<Action> requiredAction() const override { return Action::ReadParty; }
};

} // namespace anju::report

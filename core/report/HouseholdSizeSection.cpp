#include "report/HouseholdSizeSection.h"

namespace anju::report {

Result<ReportSectionResult> HouseholdSizeSection::compute(const ReportContext& context) const
{
    const Result<PopulationAt> atEnd = context.population(false);
    if (!atEnd)
        return atEnd;
    const Result<PopulationAt> atPreviousEnd = context.population(true);
    if (!atPreviousEnd)
        return atPreviousEnd;
    const PopulationAt& now = atEnd.value();
    const PopulationAt& before = atPreviousEnd.value();
    ReportSectionResult result = started();
    for (int size = 1; size <= LargestHouseholdSize; ++size) {
        const bool last = size == LargestHouseholdSize;
        result.figures.append(
            {last ? QStringLiteral("size_%1_plus").arg(size) : QStringLiteral("size_%1").arg(size),
             last ? tr("%1 or more people").arg(size) : tr("%n person(s)", nullptr, size),
             now.householdsBySize[std::size_t(size)], before.householdsBySize[std::size_t(size)]});
    }
    return result;
}

} // namespace anju::report

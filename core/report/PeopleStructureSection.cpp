#include "report/PeopleStructureSection.h"

#include "domain/Enums.h"

namespace anju::report {

Result<ReportSectionResult> PeopleStructureSection::compute(const ReportContext& context) const
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
    for (const EnumInfo<Sex>& info : enumInfos<Sex>()) {
        if (info.value == Sex::Unknown)
            continue; // an ID number always tells
        const QString key = QLatin1String(info.key);
        result.figures.append({QStringLiteral("sex_") + key, enumLabel(info.value), now.bySex.value(key),
                               before.bySex.value(key)});
    }
    const QStringList bandLabels = {tr("Aged 0–5"), tr("Aged 6–15"), tr("Aged 16–59"),
                                    tr("Aged 60 and over")};
    for (std::size_t i = 0; i < AgeBands.size(); ++i)
        result.figures.append({QLatin1String(AgeBands[i].key), bandLabels.at(qsizetype(i)), now.byAgeBand[i],
                               before.byAgeBand[i]});
    for (const EnumInfo<LabourCapacity>& info : enumInfos<LabourCapacity>()) {
        const QString key = QLatin1String(info.key);
        result.figures.append({QStringLiteral("labour_") + key, enumLabel(info.value),
                               now.byLabour.value(key), before.byLabour.value(key)});
    }
    return result;
}

} // namespace anju::report

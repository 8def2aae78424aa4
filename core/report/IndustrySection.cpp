#include "report/IndustrySection.h"

#include "work/WorkMonthQueries.h"

namespace anju::report {

Result<ReportSectionResult> IndustrySection::compute(const ReportContext& context) const
{
    if (Outcome allowed = Permissions::require(context.db(), Action::ReadWork); !allowed)
        return allowed;
    const Result<std::array<work::IndustryMonthFigures, 2>> counted =
        work::WorkMonthQueries(context.db()).industry(context.month().first, context.siteId());
    if (!counted)
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The industry figures could not be computed: %1").arg(counted.summary()));
    const work::IndustryMonthFigures& now = counted.value()[0];
    const work::IndustryMonthFigures& before = counted.value()[1];

    ReportSectionResult result = started();
    using F = const work::IndustryMonthFigures&;
    const auto add = [&](const QString& key, const QString& label, auto of) {
        result.figures.append({key, label, qint64(of(now)), qint64(of(before)), FigureUnit::Count});
    };
    const QList<EnumInfo<work::IndustryLevel>> levels = enumInfos<work::IndustryLevel>();
    for (const EnumInfo<work::IndustryLevel>& l : levels) {
        const std::size_t i = std::size_t(l.value);
        add(QStringLiteral("projects_") + QLatin1String(l.key),
            tr("Projects at the month's end: %1").arg(enumLabel(l.value)),
            [i](F f) { return f.projects[i]; });
    }
    add(QStringLiteral("projects"), tr("Projects at the month's end"), [](F f) { return f.projectsAll; });
    for (const EnumInfo<work::IndustryLevel>& l : levels) {
        const std::size_t i = std::size_t(l.value);
        add(QStringLiteral("beneficiary_households_") + QLatin1String(l.key),
            tr("Households benefiting this year: %1").arg(enumLabel(l.value)),
            [i](F f) { return f.households[i]; });
        add(QStringLiteral("beneficiary_people_") + QLatin1String(l.key),
            tr("People benefiting this year: %1").arg(enumLabel(l.value)), [i](F f) { return f.people[i]; });
    }
    add(QStringLiteral("beneficiary_households"), tr("Households benefiting this year"),
        [](F f) { return f.householdsAll; });
    add(QStringLiteral("beneficiary_people"), tr("People benefiting this year"),
        [](F f) { return f.peopleAll; });
    return result;
}

} // namespace anju::report

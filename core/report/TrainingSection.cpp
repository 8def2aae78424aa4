#include "report/TrainingSection.h"

#include "work/WorkMonthQueries.h"

namespace anju::report {

Result<ReportSectionResult> TrainingSection::compute(const ReportContext& context) const
{
    if (Outcome allowed = Permissions::require(context.db(), Action::ReadWork); !allowed)
        return allowed;
    const Result<std::array<work::TrainingMonthFigures, 2>> counted =
        work::WorkMonthQueries(context.db()).training(context.month().first, context.siteId());
    if (!counted)
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The training figures could not be computed: %1").arg(counted.summary()));
    const work::TrainingMonthFigures& now = counted.value()[0];
    const work::TrainingMonthFigures& before = counted.value()[1];

    ReportSectionResult result = started();
    using F = const work::TrainingMonthFigures&;
    const auto add = [&](const char* key, const QString& label, auto of) {
        result.figures.append(
            {QLatin1String(key), label, qint64(of(now)), qint64(of(before)), FigureUnit::Count});
    };
    add("courses_ended", tr("Courses ending this month"), [](F f) { return f.coursesEnded; });
    add("person_times", tr("Person-times trained this month"), [](F f) { return f.personTimes; });
    add("person_times_year", tr("Person-times trained this year"), [](F f) { return f.personTimesYear; });
    add("certificates", tr("Certificates earned this month"), [](F f) { return f.certificates; });
    add("certificates_year", tr("Certificates earned this year"), [](F f) { return f.certificatesYear; });
    return result;
}

} // namespace anju::report

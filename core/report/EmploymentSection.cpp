#include "report/EmploymentSection.h"

#include "work/WorkMonthQueries.h"

namespace anju::report {

QString EmploymentSection::rateDefinition(int ageFrom, int ageTo)
{
    return tr("Employment rate = employed ÷ labour force, at the month's last day. Labour force: people on "
              "file that day (active, or moved away or died after it) aged %1 to %2 in whole years, with "
              "ordinary, skilled or weak labour capacity. Employed: of them, those with at least one job "
              "holding that day (begun on or before it and not ended by it); a person with two jobs counts "
              "once. People employed by channel count everyone on file holding a job of the channel, of any "
              "age; a person in two channels counts in each.")
        .arg(ageFrom)
        .arg(ageTo);
}

Result<ReportSectionResult> EmploymentSection::compute(const ReportContext& context) const
{
    // Asked directly (not through the builder, which leaves the section out): refused, never empty.
    if (Outcome allowed = Permissions::require(context.db(), Action::ReadWork); !allowed)
        return allowed;
    const work::WorkMonthQueries queries(context.db());
    const Result<std::array<work::EmploymentMonthFigures, 2>> counted =
        queries.employment(context.month().first, context.siteId());
    if (!counted)
        return Outcome::failure(
            QLatin1String(Field::General),
            tr("The employment figures could not be computed: %1").arg(counted.summary()));
    const work::EmploymentMonthFigures& now = counted.value()[0];
    const work::EmploymentMonthFigures& before = counted.value()[1];

    ReportSectionResult result = started();
    using F = const work::EmploymentMonthFigures&;
    const auto add = [&](const QString& key, const QString& label, auto of,
                         FigureUnit unit = FigureUnit::Count) {
        result.figures.append({key, label, qint64(of(now)), qint64(of(before)), unit});
    };
    add(QStringLiteral("labour_force"), tr("Labour force at the month's end"),
        [](F f) { return f.labourForce; });
    add(QStringLiteral("employed"), tr("Of them employed"), [](F f) { return f.employed; });
    add(
        QStringLiteral("employment_rate"), tr("Employment rate"), [](F f) { return f.rateBasisPoints(); },
        FigureUnit::Percent);
    for (const EnumInfo<work::Channel>& c : enumInfos<work::Channel>()) {
        const std::size_t i = std::size_t(c.value);
        add(QStringLiteral("employed_") + QLatin1String(c.key),
            tr("People employed: %1").arg(enumLabel(c.value)), [i](F f) { return f.byChannel[i]; });
    }
    add(QStringLiteral("people_employed"), tr("People employed (each once)"),
        [](F f) { return f.peopleEmployed; });
    add(QStringLiteral("jobs_started"), tr("Jobs begun this month"), [](F f) { return f.jobsStarted; });
    add(QStringLiteral("jobs_ended"), tr("Jobs ended this month"), [](F f) { return f.jobsEnded; });
    for (const EnumInfo<work::SupportKind>& k : enumInfos<work::SupportKind>()) {
        const std::size_t i = std::size_t(k.value);
        add(QStringLiteral("support_%1_people").arg(QLatin1String(k.key)),
            tr("People paid for the month: %1").arg(enumLabel(k.value)),
            [i](F f) { return f.supportPeople[i]; });
        add(
            QStringLiteral("support_%1_fen").arg(QLatin1String(k.key)),
            tr("Paid for the month: %1 (yuan)").arg(enumLabel(k.value)),
            [i](F f) { return f.supportAmount[i]; }, FigureUnit::Fen);
    }
    add(QStringLiteral("support_people"), tr("People paid any support for the month"),
        [](F f) { return f.supportPeopleAll; });
    add(
        QStringLiteral("support_fen"), tr("Support paid for the month (yuan)"),
        [](F f) { return f.supportAmountAll; }, FigureUnit::Fen);

    result.tables.append(
        {QStringLiteral("rate_note"),
         tr("Employment rate"),
         {{QStringLiteral("note"), tr("Note")}},
         {{rateDefinition(queries.settings().labourAgeFrom, queries.settings().labourAgeTo)}}});
    return result;
}

} // namespace anju::report

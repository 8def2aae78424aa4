// The visit and income rules on the settings list: every key VisitRules and IncomeSettings read, so that
// the office sees (and OfficeSettingEdit changes) each figure its findings are counted with.
#include "database/Database.h"
#include "domain/Enums.h"
#include "grids/DifficultFamilySources.h"
#include "grids/VisitEnums.h"
#include "grids/VisitRules.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringTypes.h"
#include "settings/OfficeSettingEdit.h"
#include "settings/SettingsRows.h"

namespace anju::settings {

namespace {

QString frequencyWords(const grids::VisitFrequency& f)
{
    return f.unit == grids::VisitFrequency::Unit::Months
               ? OfficeSettings::tr("every %1 month(s)").arg(f.count)
               : OfficeSettings::tr("every %1 day(s)").arg(f.count);
}

// Yuan as the settings store them: whole yuan without decimals, else with the fen.
QString yuanText(income::Fen fen)
{
    return fen % 100 == 0 ? QString::number(fen / 100) : QString::number(double(fen) / 100.0, 'f', 2);
}

QString dayKindWords(income::NoticeDayKind kind)
{
    return kind == income::NoticeDayKind::Working ? OfficeSettingEdit::tr("Working days")
                                                  : OfficeSettingEdit::tr("Calendar days");
}

QString dayKindText(income::NoticeDayKind kind)
{
    return kind == income::NoticeDayKind::Working ? QStringLiteral("working") : QStringLiteral("calendar");
}

QString schemeNames(const income::IncomeSettings& s, const QStringList& keys)
{
    QStringList names;
    for (const QString& key : keys)
        names.append(s.schemeName(key));
    return names.join(OfficeSettings::tr(", "));
}

} // namespace

void listVisitRules(const Database& db, SettingsRows& rows)
{
    const grids::VisitRules rules = grids::VisitRules::load(db);
    const grids::VisitRules defaults = grids::VisitRules::defaults();
    const QString group = OfficeSettings::tr("Grids and visits");
    for (const auto& info : enumInfos<grids::VisitTargetKind>()) {
        const grids::VisitFrequency inForce = rules.frequencyFor(info.value);
        const grids::VisitFrequency fallback = defaults.frequencyFor(info.value);
        OfficeSetting& s =
            rows.add(group, OfficeSettings::tr("Regular visits (四必访): %1").arg(enumLabel(info.value)),
                     grids::VisitRules::frequencyKey(info.value), inForce.text(), fallback.text());
        s.value = frequencyWords(inForce);
        s.defaultValue = frequencyWords(fallback);
    }
    for (const auto& info : enumInfos<grids::AttendTrigger>())
        rows.add(group,
                 OfficeSettings::tr("Days to go after it happened (三必到): %1").arg(enumLabel(info.value)),
                 grids::VisitRules::attendKey(info.value), QString::number(rules.daysToAttend(info.value)),
                 QString::number(defaults.daysToAttend(info.value)), OfficeSettings::tr("0: the same day."));
    for (const auto& info : enumInfos<grids::CaseKind>())
        rows.add(group, OfficeSettings::tr("Days to resolve a case: %1").arg(enumLabel(info.value)),
                 grids::VisitRules::deadlineKey(info.value),
                 QString::number(rules.caseDeadlineDays.value(info.value)),
                 QString::number(defaults.caseDeadlineDays.value(info.value)));
    rows.add(group, OfficeSettings::tr("Days without contact after which a paired household is a finding"),
             QStringLiteral("grids.no_contact_days"), QString::number(rules.noContactDays),
             QString::number(defaults.noContactDays));
    rows.add(group, OfficeSettings::tr("Days after its deadline a late case goes to the grid leader"),
             QStringLiteral("grids.escalate_to_grid_leader_days"), QString::number(rules.escalation.toLeader),
             QString::number(defaults.escalation.toLeader));
    rows.add(group, OfficeSettings::tr("Days after that it goes to the person in charge"),
             QStringLiteral("grids.escalate_to_manager_days"), QString::number(rules.escalation.toManager),
             QString::number(defaults.escalation.toManager));

    // Which households are 困难家庭 for 四必访: compared as stored text (database or default), shown in the
    // user's words.
    OfficeSetting& sources =
        rows.add(group, OfficeSettings::tr("Difficult families visited regularly (四必访)"),
                 QStringLiteral("grids.difficult_family_sources"), rules.difficultFamilySources.join(u','),
                 defaults.difficultFamilySources.join(u','),
                 OfficeSettings::tr(
                     "Stored as a comma list of: mark (marked by hand), monitoring (监测户), safety_net "
                     "(兜底保障户), care:<care category>."));
    sources.value = grids::DifficultFamilySources::describe(rules.difficultFamilySources);
    sources.defaultValue = grids::DifficultFamilySources::describe(defaults.difficultFamilySources);
}

void listIncomeRules(const Database& db, SettingsRows& rows)
{
    const income::IncomeSettings s = income::IncomeSettings::load(db);
    const income::IncomeSettings defaults = income::IncomeSettings::defaults();
    const QString group = OfficeSettings::tr("Income monitoring");
    for (const income::MonitoringLine& line : s.lines) {
        const std::optional<income::MonitoringLine> byDefault =
            defaults.lines.contains(line.year) ? std::optional(defaults.lines.value(line.year))
                                               : std::nullopt;
        rows.add(
            group, OfficeSettings::tr("Monitoring line %1, yuan per person per year").arg(line.year),
            OfficeSettingEdit::lineKey(line.year), yuanText(line.perPersonPerYear),
            byDefault ? yuanText(byDefault->perPersonPerYear) : QString(),
            OfficeSettings::tr("A year without a line of its own is judged by the latest earlier year's."));
        rows.add(group, OfficeSettings::tr("Where the %1 line comes from").arg(line.year),
                 OfficeSettingEdit::lineSourceKey(line.year), line.source,
                 byDefault ? byDefault->source : QString());
    }
    rows.add(group, OfficeSettings::tr("A fall of income above this percent is a drop"),
             QStringLiteral("income.drop_percent"), QString::number(s.dropPercent),
             QString::number(defaults.dropPercent));
    rows.add(group, OfficeSettings::tr("Checked months a drop is compared with"),
             QStringLiteral("income.drop_months"), QString::number(s.dropMonths),
             QString::number(defaults.dropMonths),
             OfficeSettingEdit::consequence(QStringLiteral("income.drop_months")));
    rows.add(group, OfficeSettings::tr("Large expenditure of one kind in one month, yuan above"),
             QStringLiteral("income.large_expense"), yuanText(s.largeExpense),
             yuanText(defaults.largeExpense));
    rows.add(group, OfficeSettings::tr("Days of the public notice (公示)"),
             QStringLiteral("monitoring.notice_days"), QString::number(s.noticeDays),
             QString::number(defaults.noticeDays));
    OfficeSetting& kind = rows.add(group, OfficeSettings::tr("The public notice counts"),
                                   QStringLiteral("monitoring.notice_day_kind"), dayKindText(s.noticeDayKind),
                                   dayKindText(defaults.noticeDayKind));
    kind.value = dayKindWords(s.noticeDayKind);
    kind.defaultValue = dayKindWords(defaults.noticeDayKind);
    for (const auto& info : enumInfos<income::MonitoringStepKind>()) {
        const QString step = QLatin1String(info.key);
        rows.add(group, OfficeSettings::tr("Days a monitoring step may take: %1").arg(enumLabel(info.value)),
                 QStringLiteral("monitoring.step_days.") + step, QString::number(s.stepDays.value(step)),
                 QString::number(defaults.stepDays.value(step)));
    }
    OfficeSetting& finding =
        rows.add(group, OfficeSettings::tr("Safety-net schemes that cover a person (应兜尽兜)"),
                 QStringLiteral("safetynet.finding_schemes"), s.findingSchemes.join(u','),
                 defaults.findingSchemes.join(u','));
    finding.value = schemeNames(s, s.findingSchemes);
    finding.defaultValue = schemeNames(defaults, defaults.findingSchemes);
    for (auto it = s.schemes.cbegin(); it != s.schemes.cend(); ++it)
        rows.add(group, OfficeSettings::tr("Printed name of the safety-net scheme \"%1\"").arg(it.key()),
                 QStringLiteral("safetynet.scheme.") + it.key(), it.value(),
                 defaults.schemes.value(it.key()));
}

} // namespace anju::settings

#include "grids/VisitRules.h"

#include "database/Database.h"

namespace anju::grids {

namespace {

const char SourcesKey[] = "grids.difficult_family_sources";
const char NoContactKey[] = "grids.no_contact_days";
const char ToLeaderKey[] = "grids.escalate_to_grid_leader_days";
const char ToManagerKey[] = "grids.escalate_to_manager_days";
const char CarePrefix[] = "care:";

// A day count from the settings: 0..366, else the default.
int daysSetting(const Database& db, const QString& key, int fallback)
{
    bool ok = false;
    const int value = db.setting(key).toInt(&ok);
    return ok && value >= 0 && value <= 366 ? value : fallback;
}

} // namespace

VisitRules VisitRules::defaults()
{
    VisitRules r;
    r.frequency = {
        {VisitTargetKind::DifficultFamily, {VisitFrequency::Unit::Months, 1}},
        {VisitTargetKind::Hospitalised, {VisitFrequency::Unit::Days, 7}},
        {VisitTargetKind::LossOfSelfCare, {VisitFrequency::Unit::Months, 1}},
        {VisitTargetKind::ElderlyAlone, {VisitFrequency::Unit::Months, 1}},
    };
    r.attendDays = {
        {AttendTrigger::Emergency, 1},
        {AttendTrigger::Discontent, 3},
        {AttendTrigger::FamilyDispute, 3},
    };
    r.caseDeadlineDays = {
        {CaseKind::DisputeMediation, 15}, {CaseKind::ProblemScreening, 7}, {CaseKind::Stability, 3},
        {CaseKind::PolicyPublicity, 30},  {CaseKind::ServiceRequest, 7},   {CaseKind::PublicSentiment, 15},
    };
    // The households the follow-up workflows single out are difficult families as soon as those workflows
    // hold them, besides those marked by hand (DOMAIN.md: 四必访 difficult families).
    r.difficultFamilySources = {QStringLiteral("mark"), QStringLiteral("monitoring"),
                                QStringLiteral("safety_net")};
    return r;
}

QString VisitRules::frequencyKey(VisitTargetKind kind)
{
    return QStringLiteral("grids.must_visit.") + enumKey(kind);
}

QString VisitRules::attendKey(AttendTrigger trigger)
{
    return QStringLiteral("grids.must_attend_days.") + enumKey(trigger);
}

QString VisitRules::deadlineKey(CaseKind kind)
{
    return QStringLiteral("grids.case_deadline_days.") + enumKey(kind);
}

VisitRules VisitRules::load(const Database& db)
{
    VisitRules r = defaults();
    for (const auto& info : enumInfos<VisitTargetKind>()) {
        if (const auto f = VisitFrequency::parse(db.setting(frequencyKey(info.value))))
            r.frequency[info.value] = *f;
    }
    for (const auto& info : enumInfos<AttendTrigger>())
        r.attendDays[info.value] = daysSetting(db, attendKey(info.value), r.attendDays.value(info.value));
    for (const auto& info : enumInfos<CaseKind>()) {
        const int days = daysSetting(db, deadlineKey(info.value), r.caseDeadlineDays.value(info.value));
        r.caseDeadlineDays[info.value] = days > 0 ? days : r.caseDeadlineDays.value(info.value);
    }
    const QString sources = db.setting(QString::fromLatin1(SourcesKey), r.difficultFamilySources.join(u','));
    r.difficultFamilySources.clear();
    for (const QString& s : sources.split(u',', Qt::SkipEmptyParts))
        r.difficultFamilySources.append(s.trimmed());
    r.noContactDays = daysSetting(db, QString::fromLatin1(NoContactKey), r.noContactDays);
    r.escalation.toLeader = daysSetting(db, QString::fromLatin1(ToLeaderKey), r.escalation.toLeader);
    r.escalation.toManager = daysSetting(db, QString::fromLatin1(ToManagerKey), r.escalation.toManager);
    return r;
}

QList<QPair<QString, QString>> VisitRules::texts() const
{
    QList<QPair<QString, QString>> texts;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        texts.append({frequencyKey(it.key()), it.value().text()});
    for (auto it = attendDays.cbegin(); it != attendDays.cend(); ++it)
        texts.append({attendKey(it.key()), QString::number(it.value())});
    for (auto it = caseDeadlineDays.cbegin(); it != caseDeadlineDays.cend(); ++it)
        texts.append({deadlineKey(it.key()), QString::number(it.value())});
    texts.append({QString::fromLatin1(SourcesKey), difficultFamilySources.join(u',')});
    texts.append({QString::fromLatin1(NoContactKey), QString::number(noContactDays)});
    texts.append({QString::fromLatin1(ToLeaderKey), QString::number(escalation.toLeader)});
    texts.append({QString::fromLatin1(ToManagerKey), QString::number(escalation.toManager)});
    return texts;
}

bool VisitRules::save(Database& db) const
{
    bool ok = true;
    for (const auto& [key, text] : texts())
        ok = ok && db.setSetting(key, text);
    return ok;
}

QDate VisitRules::caseDeadline(CaseKind kind, QDate received) const
{
    return received.isValid() ? received.addDays(caseDeadlineDays.value(kind, 15)) : QDate();
}

QStringList VisitRules::difficultFamilyCareCategories() const
{
    QStringList keys;
    for (const QString& source : difficultFamilySources) {
        if (source.startsWith(QLatin1String(CarePrefix)))
            keys.append(source.mid(int(qstrlen(CarePrefix))));
    }
    return keys;
}

} // namespace anju::grids

#include "work/IndustryRules.h"

#include <QSet>

namespace anju::work {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

QString IndustryRules::householdText(const QString& number, const QString& headName)
{
    return headName.isEmpty() ? number : tr("%1 (head %2)").arg(number, headName);
}

int IndustryRules::lastYear(const IndustryProject& project)
{
    return project.endedOn.isValid() ? qMax(project.startedOn.year(), project.endedOn.addDays(-1).year()) : 0;
}

Outcome IndustryRules::checkProject(const IndustryProject& draft)
{
    Outcome outcome;
    if (draft.name.trimmed().isEmpty())
        outcome.add(field(Field::IndustryName), tr("Enter the project's name."));
    if (!draft.startedOn.isValid())
        outcome.add(field(Field::IndustryStartedOn), tr("Enter the day the project began."));
    else if (draft.endedOn.isValid() && draft.endedOn < draft.startedOn)
        outcome.add(field(Field::IndustryEndedOn), tr("The project cannot end before it begins."));
    if (draft.investment < 0)
        outcome.add(field(Field::IndustryInvestment), tr("The investment cannot be below 0."));
    if (draft.model == IndustryModel::AssetShares) {
        if (draft.totalShares <= 0)
            outcome.add(field(Field::IndustryShares),
                        tr("Enter the shares the assets are divided into, more than 0."));
    } else if (draft.totalShares != 0) {
        outcome.add(field(Field::IndustryShares), tr("Only an asset-shares project is divided into shares."));
    }
    return outcome;
}

Outcome IndustryRules::checkProjectChange(const IndustryProject& draft, const ProjectUsage& usage)
{
    Outcome outcome = checkProject(draft);
    if (usage.maxSharesInAYear > 0 && draft.totalShares < usage.maxSharesInAYear)
        outcome.add(field(Field::IndustryShares),
                    tr("%1 shares are given in one year; the project needs at least as many.")
                        .arg(usage.maxSharesInAYear));
    if (usage.firstYear > 0 && draft.startedOn.isValid() && draft.startedOn.year() > usage.firstYear)
        outcome.add(field(Field::IndustryStartedOn),
                    tr("Households benefit in %1; the project must begin in that year or before.")
                        .arg(usage.firstYear));
    const int last = lastYear(draft);
    if (usage.lastYear > 0 && last > 0 && last < usage.lastYear)
        outcome.add(
            field(Field::IndustryEndedOn),
            tr("Households benefit in %1; the project must last into that year.").arg(usage.lastYear));
    if (draft.siteId > 0) {
        for (qint64 site : usage.siteIds) {
            if (site != draft.siteId) {
                outcome.add(field(Field::IndustrySite),
                            tr("Households of another site benefit from the project; it cannot be limited "
                               "to this site while they do."));
                break;
            }
        }
    }
    return outcome;
}

Outcome IndustryRules::checkBeneficiaries(const IndustryProject& project, int year,
                                          const QList<BeneficiaryCandidate>& households, int sharesTaken,
                                          QDate recordedOn)
{
    Outcome outcome;
    const QString householdField = field(Field::IndustryHousehold);
    if (households.isEmpty())
        outcome.add(householdField, tr("Choose the households that benefit."));
    const int last = lastYear(project);
    if (year <= 0)
        outcome.add(field(Field::IndustryYear), tr("Enter the year of the benefit."));
    else if (project.startedOn.isValid() && year < project.startedOn.year())
        outcome.add(
            field(Field::IndustryYear),
            tr("The project began in %1; it gave nothing in %2.").arg(project.startedOn.year()).arg(year));
    else if (last > 0 && year > last)
        outcome.add(field(Field::IndustryYear),
                    tr("The project ended in %1; it gave nothing in %2.").arg(last).arg(year));
    else if (recordedOn.isValid() && year > recordedOn.year())
        outcome.add(field(Field::IndustryYear), tr("%1 has not begun yet.").arg(year));
    const bool sharesModel = project.model == IndustryModel::AssetShares;
    QSet<qint64> seen;
    int shares = sharesTaken;
    for (int i = 0; i < households.size(); ++i) {
        const BeneficiaryCandidate& c = households.at(i);
        if (!c.found) {
            outcome.add(householdField, tr("Household %1 is not on file.").arg(c.entry.householdId), i);
            continue;
        }
        const QString which = householdText(c.number, c.headName);
        if (seen.contains(c.entry.householdId)) {
            outcome.add(householdField, tr("%1 is in the list twice.").arg(which), i);
            continue;
        }
        seen.insert(c.entry.householdId);
        if (c.alreadyThisYear) {
            outcome.add(householdField,
                        tr("%1 already benefits from the project in %2.").arg(which).arg(year), i);
            continue;
        }
        if (!c.active && recordedOn.isValid() && (!c.stateDate.isValid() || c.stateDate <= recordedOn)) {
            outcome.add(
                householdField,
                tr("%1 is no longer on file (since %2).").arg(which, c.stateDate.toString(Qt::ISODate)), i);
            continue;
        }
        if (project.siteId > 0 && c.siteId != project.siteId) {
            outcome.add(householdField, tr("%1 lives at another site than the project's.").arg(which), i);
            continue;
        }
        if (c.people <= 0) {
            outcome.add(householdField,
                        tr("%1 has no members on %2.").arg(which, recordedOn.toString(Qt::ISODate)), i);
            continue;
        }
        if (c.entry.shares < 0 || c.entry.amount < 0) {
            outcome.add(householdField, tr("%1: shares and amount cannot be below 0.").arg(which), i);
            continue;
        }
        if (c.entry.shares > 0 && !sharesModel) {
            outcome.add(householdField, tr("%1: only an asset-shares project gives shares.").arg(which), i);
            continue;
        }
        shares += c.entry.shares;
        if (sharesModel && shares > project.totalShares)
            outcome.add(householdField,
                        tr("%1: %2 shares do not fit; the project has %3 and %4 are given in %5.")
                            .arg(which)
                            .arg(c.entry.shares)
                            .arg(project.totalShares)
                            .arg(shares - c.entry.shares)
                            .arg(year),
                        i);
    }
    return outcome;
}

Outcome IndustryRules::checkBeneficiaryChange(const IndustryProject& project, const Beneficiary& changed,
                                              int sharesOfOthers)
{
    Outcome outcome;
    const QString householdField = field(Field::IndustryHousehold);
    if (changed.shares < 0 || changed.amount < 0)
        outcome.add(householdField, tr("Shares and amount cannot be below 0."));
    else if (changed.shares > 0 && project.model != IndustryModel::AssetShares)
        outcome.add(householdField, tr("Only an asset-shares project gives shares."));
    else if (project.model == IndustryModel::AssetShares &&
             sharesOfOthers + changed.shares > project.totalShares)
        outcome.add(householdField,
                    tr("%1 shares do not fit; the project has %2 and %3 are given to others in %4.")
                        .arg(changed.shares)
                        .arg(project.totalShares)
                        .arg(sharesOfOthers)
                        .arg(changed.year));
    return outcome;
}

} // namespace anju::work

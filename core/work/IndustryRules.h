#pragma once

#include "domain/Violation.h"
#include "work/IndustryTypes.h"

#include <QCoreApplication>

// Field keys of the industry forms (Violation::field). A bulk entry's violation carries the entry's index
// in Violation::row.
namespace anju::Field {
inline constexpr char IndustryName[] = "industry.name";
inline constexpr char IndustryStartedOn[] = "industry.startedOn";
inline constexpr char IndustryEndedOn[] = "industry.endedOn";
inline constexpr char IndustryInvestment[] = "industry.investment";
inline constexpr char IndustryShares[] = "industry.totalShares";
inline constexpr char IndustrySite[] = "industry.site";
inline constexpr char IndustryYear[] = "industry.year";
inline constexpr char IndustryHousehold[] = "industry.household";
} // namespace anju::Field

namespace anju::work {

// One household a bulk entry names, as the service found it (found false: no such household on file).
struct BeneficiaryCandidate
{
    BeneficiaryEntry entry;
    bool found = false;
    QString number;
    QString headName;
    qint64 siteId = 0;
    bool active = true; // households.state = 'active'
    QDate stateDate;    // the day it moved away or was dissolved
    int people = 0;     // its members on the day recorded
    bool alreadyThisYear = false;
};

// The rules of projects and their beneficiaries, with no database. Decisions (docs: the industry chapter):
//   - A project has a name, a first day and an end not before it, an investment of 0 or more; a project of
//     the asset-shares model 资产折股量化 is divided into total_shares > 0, and only such a project gives
//     shares.
//   - A household benefits from a project once a year, in a year from the project's first to its last
//     (and not after the year it is recorded in); it is on file on the day recorded and has members then
//     (their count is kept on the row); it lives at the project's site when the project has one. The
//     shares of a project's households in one year never exceed its total_shares.
//   - A changed project must still hold its beneficiaries: shares for the most any year gave, years that
//     take every year recorded, and the site of every household.
class IndustryRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::work::IndustryRules)

public:
    static Outcome checkProject(const IndustryProject& draft);
    static Outcome checkProjectChange(const IndustryProject& draft, const ProjectUsage& usage);
    // The project's last year with days (ended_on is exclusive); 0 while it holds.
    static int lastYear(const IndustryProject& project);
    // A bulk entry of `year`'s beneficiaries recorded on `recordedOn`; `sharesTaken`: the shares of the
    // project's households already on file for the year. Every refusal names its household.
    static Outcome checkBeneficiaries(const IndustryProject& project, int year,
                                      const QList<BeneficiaryCandidate>& households, int sharesTaken,
                                      QDate recordedOn);
    // One stored row changed to these shares and amount; `sharesOfOthers`: the year's other households.
    static Outcome checkBeneficiaryChange(const IndustryProject& project, const Beneficiary& changed,
                                          int sharesOfOthers);
    // "H001 (户主 张三)"
    static QString householdText(const QString& number, const QString& headName);
};

} // namespace anju::work

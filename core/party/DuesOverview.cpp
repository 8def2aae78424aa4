#include "party/DuesOverview.h"

#include "access/Permissions.h"
#include "party/DuesBases.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyRules.h"
#include "party/PartySettings.h"

#include <QHash>

#include <algorithm>

namespace anju::party {

Result<DuesOverview> DuesOverview::forOrganisation(const Database& db, qint64 organisationId, QDate today)
{
    if (Outcome allowed = Permissions::require(db, Action::ReadParty); !allowed)
        return allowed;
    DuesOverview overview;
    const QDate yearStart(today.year(), 1, 1);
    overview.through = PartyRules::monthStart(today).addMonths(-1);
    const QList<qint64> organisations = OrganisationRepository(db).subtreeIds(organisationId);
    overview.organisations = int(organisations.size());
    const PartySettings settings = PartySettings::load(db);
    // Paid months from long ago too: arrears may reach back before this year.
    const QHash<qint64, QSet<QDate>> paid = PartyActivityRepository(db).paidMonths(QDate(1900, 1, 1), today);
    const QHash<qint64, QList<DuesBasis>> bases = DuesBases::all(db);
    QHash<qint64, QString> names;
    for (const Organisation& o : OrganisationRepository(db).organisations())
        names.insert(o.id, o.name);

    for (const PartyMember& m : PartyMemberRepository(db).allMembers()) {
        const bool partyMember =
            m.stage == DevelopmentStage::Probationary || m.stage == DevelopmentStage::Full;
        const bool onRoll = m.state == MemberState::Normal || m.state == MemberState::Mobile;
        if (!partyMember || !onRoll || !organisations.contains(m.organisationId))
            continue;
        DuesOverviewRow row;
        row.memberId = m.id;
        row.name = m.name;
        row.organisationId = m.organisationId;
        row.organisationName = names.value(m.organisationId);
        row.category = m.dues.category;
        row.perMonth = PartyRules::monthlyDues(m.dues, settings.dues);
        const QSet<QDate> months = paid.value(m.id);
        row.paidThisYear =
            int(std::count_if(months.begin(), months.end(), [&](const QDate& d) { return d >= yearStart; }));
        row.owed = PartyRules::unpaidMonths(m, months, overview.through);
        row.owedAmount = DuesBases::forMonths(bases.value(m.id), row.owed, settings.dues);
        overview.owing += row.owed.isEmpty() ? 0 : 1;
        overview.owedTotal += row.owedAmount;
        overview.rows.append(row);
    }
    std::stable_sort(overview.rows.begin(), overview.rows.end(),
                     [](const DuesOverviewRow& a, const DuesOverviewRow& b) {
                         if (a.owed.size() != b.owed.size())
                             return a.owed.size() > b.owed.size();
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return overview;
}

} // namespace anju::party

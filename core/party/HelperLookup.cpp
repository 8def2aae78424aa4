#include "party/HelperLookup.h"

#include "party/PartyMemberLoader.h"
#include "party/PartyRules.h"
#include "party/PartyTypes.h"

namespace anju::party {

const QList<PartyMember>& HelperLookup::membersNamed(const QString& name)
{
    auto found = m_byName.find(name);
    if (found == m_byName.end()) {
        // A resident's name is the register's; an outside cadre's is their own.
        found = m_byName.insert(
            name, PartyMemberLoader(m_db).load(
                      QStringLiteral("CASE WHEN m.person_id IS NULL THEN m.cadre_name ELSE p.name END = ?"),
                      {name}, true));
    }
    return *found;
}

HelperMatch HelperLookup::find(const QString& name, qint64 branchId, QDate day)
{
    HelperMatch match;
    const QList<PartyMember>& named = membersNamed(name.trimmed());
    QList<qint64> inBranch;
    QList<qint64> inOffice;
    for (const PartyMember& m : named) {
        if (m.stageOn(day) != DevelopmentStage::Full || !m.isInGoodStandingOn(day))
            continue;
        inOffice.append(m.id);
        if (branchId > 0 && m.organisationOn(day) == branchId)
            inBranch.append(m.id);
    }
    // The branch's own member wins over a namesake elsewhere in the office.
    const QList<qint64>& among = !inBranch.isEmpty() ? inBranch : inOffice;
    if (among.size() == 1) {
        match.kind = HelperMatch::Kind::Linked;
        match.memberId = among.first();
    } else if (among.size() > 1) {
        match.kind = HelperMatch::Kind::Ambiguous;
        match.candidates = int(among.size());
    } else if (!named.isEmpty()) {
        match.kind = HelperMatch::Kind::NotYetFull;
        match.candidates = int(named.size());
        for (const PartyMember& m : named) {
            const QDate since = PartyRules::fullMemberSince(m);
            if (since.isValid() && (!match.earliestFull.isValid() || since < match.earliestFull))
                match.earliestFull = since;
        }
    }
    return match;
}

} // namespace anju::party

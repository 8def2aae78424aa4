#pragma once

#include "party/OrganisationRepository.h"
#include "party/PartyTypes.h"

#include <QList>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// What the member list shows; every condition is optional.
struct PartyMemberFilter
{
    qint64 organisationId = 0; // 0: every organisation
    bool includeSubOrganisations = true;
    std::optional<DevelopmentStage> stage;
    std::optional<MemberState> state; // unset: normal and mobile members only
    std::optional<Sex> sex;
    int minAge = -1; // on asOf; -1: no bound
    int maxAge = -1;
    QString text; // part of the name, or the ID number
    QDate asOf;   // null: today
};

// One row of the member list.
struct PartyMemberRow
{
    qint64 id = 0;
    qint64 personId = 0;
    MemberOrigin origin = MemberOrigin::Resident;
    QString name;
    Sex sex = Sex::Unknown;
    QDate birthDate; // the year only (1 July) for roles that see identities masked
    int age = 0;     // on the filter's day, from the full date
    QString phone;
    qint64 organisationId = 0;
    QString organisationName;
    QString siteName; // residents: their current site
    DevelopmentStage stage = DevelopmentStage::Applicant;
    QDate stageDate;
    MemberState state = MemberState::Normal;
    QDate stateDate;
    QDate nextDue; // conversion due (probationary), 1 year of cultivation (activist), talk (applicant)
    bool enteredFromRecords = false; // some step entered from old paper records (据档案补录)
};

// Counts for the charts of one branch (or a subtree) on a day. byStage counts every stage; age bands and
// sex count party members (probationary and full), all in a normal or mobile state.
struct BranchProfile
{
    StageCounts byStage;
    std::array<int, 6> byAgeBand{}; // indexed by AgeBand
    int male = 0;
    int female = 0;
};

// Reads party members with their dated histories.
class PartyMemberRepository
{
public:
    explicit PartyMemberRepository(const Database& db) : m_db(db) {}

    // The member with stage, state and branch histories and the dues basis in force; residents' name,
    // sex, birth date, ID, household and site from their person record. As the session may see it: ID
    // and phone masked and the birth year only (1 July) for roles that see identities masked.
    std::optional<PartyMember> member(qint64 id) const;
    // The same in full, for the rules inside core (ages, checks): never handed to a window.
    std::optional<PartyMember> storedMember(qint64 id) const;
    std::optional<PartyMember> memberForPerson(qint64 personId) const;
    // Every member with histories (for the review); residents resolved as in member().
    QList<PartyMember> allMembers() const;
    // Masked as member() is (ages computed from the full date first). A search by ID digits is refused
    // for a masked role (empty; memberSearchRefusal() says why) and written to the audit trail otherwise.
    QList<PartyMemberRow> members(const PartyMemberFilter& filter) const;
    Outcome memberSearchRefusal(const PartyMemberFilter& filter) const;
    BranchProfile profile(qint64 organisationId, QDate asOf, bool includeSubOrganisations = true) const;
    // Members who are full members in a normal or mobile state on the day (possible mentors, sponsors).
    QList<qint64> fullMemberIds(QDate asOf) const;
    // Every dues basis of the member, oldest first.
    QList<DuesBasis> duesHistory(qint64 memberId) const;

private:
    const Database& m_db;
};

} // namespace anju::party

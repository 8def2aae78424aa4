#pragma once

#include "demo/DemoParty.h"
#include "demo/DemoPartyWriter.h"
#include "demo/DemoRandom.h"
#include "party/PartySettings.h"

#include <QHash>
#include <QList>

namespace anju::demo {

// Internal to DemoParty: the plan of one run and its steps (organisations and members in DemoParty.cpp;
// dues, meetings and site assignments in DemoPartyActivity.cpp).
class DemoPartyRun
{
public:
    struct SiteRow
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString countyCode;
        QDate moveIn;
        int residents = 0;
        QList<int> candidates;     // indices into m_candidates
        qint64 organisationId = 0; // the organisation its resident members belong to
    };
    struct Candidate
    {
        qint64 personId = 0;
        qint64 siteId = 0;
        QDate birth;
        Sex sex = Sex::Unknown;
        PoliticalStatus status = PoliticalStatus::Masses;
    };
    struct Branch
    {
        qint64 id = 0;
        QDate founded;
        QList<int> members; // indices into m_members
        bool lax = false;   // holds fewer meetings than it should
        bool committee = false;
    };

    DemoPartyRun(const Database& db, quint64 seed, QDate today, DemoPartyCounts& counts)
        : m_db(db), m_random(seed ^ 0x5d0b1c2a9e37ULL), m_today(today), m_writer(db), m_counts(counts)
    {
    }

    Outcome run();

private:
    bool load();
    bool makeOrganisations();
    qint64 addOrganisation(party::OrganisationKind kind, const QString& name, qint64 parent, QDate founded,
                           const QList<qint64>& sites);
    bool makeMembers();
    party::PartyMember planMember(const Candidate& c, qint64 organisationId, QDate branchFounded);
    void planFull(party::PartyMember& m, const Candidate& c);
    void planProbationary(party::PartyMember& m, const Candidate& c);
    bool planDeveloping(party::PartyMember& m, const Candidate& c);
    void planState(party::PartyMember& m, qint64 organisationId, QDate branchFounded);
    party::DuesBasis planDues(const Candidate& c);
    bool makeHelpersAndCommittees();
    bool makeTransfers();
    bool makeDues();
    bool makeMeetings();
    bool makeAssignments();
    QDate dayBetween(QDate from, QDate to);
    QString cadreName(int birthYear);

    const Database& m_db;
    Random m_random;
    QDate m_today;
    DemoPartyWriter m_writer;
    DemoPartyCounts& m_counts;
    party::PartySettings m_settings = party::PartySettings::defaults();
    QList<SiteRow> m_sites;
    QList<Candidate> m_candidates;
    QList<party::PartyMember> m_members;
    QList<qint64> m_memberBranch; // per member: the Branch index in m_branches (-1 when none)
    QList<Branch> m_branches;
    QHash<qint64, int> m_branchIndex; // organisation id → index in m_branches
    QList<int> m_pendingOut;          // members with a transfer out not yet completed
    QList<int> m_transferredOut;      // members whose transfer out was completed
    QList<int> m_returned;            // members transferred out and back in
    int m_qualifyingSites = 0;
    int m_smallSites = 0;
    int m_partyMembers = 0;
    int m_probationers = 0;
    QString m_error;
};

} // namespace anju::demo

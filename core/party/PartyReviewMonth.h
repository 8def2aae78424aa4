#pragma once

#include "party/OrganisationRepository.h"
#include "party/PartyReview.h"
#include "party/PartySettings.h"

#include <QCoreApplication>
#include <QHash>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// Internal to PartyReview: the month under review and what its collectors share (the organisations
// and members as they stood at the month's end, the scope), one collector per kind of row, each in
// its own file. Their strings keep PartyReview's translation context.
class PartyReviewMonth
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::PartyReview)

public:
    PartyReviewMonth(const Database& db, QDate month, qint64 organisationId);

    void stepsDue();    // ReviewStepsDue.cpp: applicants' talks, activists' year, conversions
    void duesArrears(); // ReviewDuesArrears.cpp
    // ReviewLapses.cpp: six months without organisational life (自行脱党, 党章 第三十八条), and branch
    // secretaries under a year of party standing with no exception recorded.
    void organisationalLife();
    void secretaries();
    void branches();        // ReviewBranches.cpp: meetings missing, branch size and committee
    void transfers();       // ReviewTransfers.cpp: transfers pending at the month's end
    void sites();           // ReviewSites.cpp: coverage, own branches, work teams, first secretaries
    void politicalStatus(); // ReviewPoliticalStatus.cpp: 政治面貌 against the party records
    // Overdue first, then by kind, due date and record.
    QList<PartyReviewItem> sortedItems() const;

private:
    // A member on the roll at the month's end, as their record stood then.
    struct MemberAtEnd
    {
        PartyMember member;
        qint64 organisationId = 0;
        DevelopmentStage stage = DevelopmentStage::Applicant;
    };

    static QString day(QDate date);
    static ReviewUrgency urgencyOf(QDate due, QDate monthStart);
    bool inScope(qint64 organisationId) const;
    void add(PartyReviewItem item);
    PartyReviewItem memberItem(const MemberAtEnd& m) const;

    const Database& m_db;
    QDate first;
    QDate last;
    qint64 organisationId = 0;
    PartySettings settings;
    QList<qint64> scope;
    QHash<qint64, Organisation> orgs;
    QHash<qint64, QString> siteNames;
    QList<PartyMember> members;        // as stored, for the site coverage
    QList<MemberAtEnd> membersAtEnd;   // in good standing with a stage at the month's end, every organisation
    QHash<qint64, StageCounts> counts; // by organisation, of membersAtEnd
    QList<PartyReviewItem> items;
};

} // namespace anju::party

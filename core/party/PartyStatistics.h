#pragma once

#include "domain/Violation.h"
#include "party/OrganisationRepository.h"
#include "party/PartyTypes.h"

#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// The party figures of one month as they stood at its end, for the monthly summary and the dashboard:
// computed from the dated histories, so a closed month reads the same whenever it is asked.
struct PartyMonthFigures
{
    QDate month;           // its first day
    int organisations = 0; // existing at the month's end
    int branches = 0;      // 党支部 and 联合党支部 among them
    StageCounts members;   // by stage at the month's end, normal or mobile
    int mobileMembers = 0; // 流动党员 among them
    // Steps dated in the month.
    int applications = 0;
    int newActivists = 0;
    int newDevelopmentTargets = 0;
    int admissions = 0;
    int conversions = 0;
    // Transfers completed in the month.
    int transfersIn = 0;
    int transfersOut = 0;
    // Dues of the month: owed by the members who owe it, paid for it by the month's end, and all dues
    // received during the month (for any month).
    int membersOwingDues = 0;
    int membersPaidDues = 0;
    Fen duesDue = 0;
    Fen duesPaid = 0;
    Fen duesReceived = 0;
    // Meetings: held in the month; and per branch and meeting type whose period ends this month, the
    // periods expected and those with a meeting held.
    int meetingsHeld = 0;
    int meetingPeriodsExpected = 0;
    int meetingPeriodsHeld = 0;
};

// Computes PartyMonthFigures for the whole office or for the organisations covering one site.
class PartyStatistics
{
public:
    explicit PartyStatistics(const Database& db) : m_db(db) {}

    // `siteId` 0: the whole office; otherwise the organisations covering that site at the month's end
    // (with the organisations under them) and their members.
    // Counted by grouped SQL over the histories (PartyMonthQueries), not member by member: a province's
    // month takes a few tens of milliseconds. Fails with the database's text when a query failed.
    Result<PartyMonthFigures> forMonth(QDate month, qint64 siteId = 0) const;

private:
    const Database& m_db;
};

} // namespace anju::party

#pragma once

#include "domain/Violation.h"
#include "party/PartySettings.h"

#include <QDate>
#include <QList>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// The member's organisation that the month's figures count them in: the branch stay covering the month's
// last day, or (for whoever left during the month) the one covering its first day.
struct MonthOrganisation
{
    qint64 id = 0;      // 0: in none on either day
    bool atEnd = false; // the stay covers the last day
};

// Members grouped by organisation, stage and state at the month's end.
struct MemberGroupRow
{
    MonthOrganisation organisation;
    QString stage; // DevelopmentStage key; empty before the first step
    QString state; // MemberState key; empty before the first state change
    int members = 0;
    int owingFromDuesStart = 0; // of them probationary or full and owing from dues_from on
    Fen duesOfThose = 0;        // the monthly dues of those, after the basis in force in the month
};

// Counts (or amounts) in one organisation of something keyed (a step's event, a transfer's direction).
struct KeyedCountRow
{
    MonthOrganisation organisation;
    QString key;
    qint64 otherOrganisationId = 0; // transfers: the organisation named on the transfer
    int count = 0;
};

struct DuesPaymentRow
{
    MonthOrganisation organisation;
    int membersPaid = 0; // paid for the month by its end
    Fen paid = 0;
    Fen received = 0; // received during the month, for any month
};

// A branch's meetings: held in the month, and whether each asked type was held since its period start.
struct MeetingRow
{
    qint64 organisationId = 0;
    int heldInMonth = 0;
    QList<bool> heldInPeriod; // parallel to the asked periods
};

// What a meeting type's period asks: a meeting of `typeKey` on or after `periodStart`.
struct MeetingPeriod
{
    QString typeKey;
    QDate periodStart;
};

// An organisation counted in the month, with what the figures need of it.
struct MonthOrganisationInfo
{
    qint64 id = 0;
    bool branch = false; // 党支部 or 联合党支部
    QDate foundingDate;
    int committeeSeats = 0; // 支部委员会 seats held at the month's end
};

// The grouped SQL behind PartyStatistics: each query reads one month from the dated histories through
// indexes and returns a few rows per organisation instead of every member with their histories.
// `organisationIds` non-empty limits the members read to those who ever stayed in one of them.
class PartyMonthQueries
{
public:
    PartyMonthQueries(const Database& db, QDate first, QDate last, const QList<qint64>& organisationIds);

    // The organisations counted: every one existing at the month's end, or for a site those covering it
    // then with every existing organisation under them.
    // Each fails with the database's own text.
    Result<QList<MonthOrganisationInfo>> organisations(qint64 siteId) const;
    Result<QList<MemberGroupRow>> members(const DuesRateTable& dues) const;
    Result<QList<KeyedCountRow>> stageSteps() const;
    Result<QList<KeyedCountRow>> transfers() const;
    Result<QList<DuesPaymentRow>> duesPayments() const;
    Result<QList<MeetingRow>> meetings(const QList<MeetingPeriod>& periods) const;

private:
    const Database& m_db;
    QDate m_first;
    QDate m_last;
    QList<qint64> m_organisationIds;
};

} // namespace anju::party

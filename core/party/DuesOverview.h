#pragma once

#include "domain/Violation.h"
#include "party/PartyEnums.h"
#include "party/PartyTypes.h"

#include <QDate>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// One member's dues as the secretary follows them: the rate now, months paid this year, the months
// owed through last month and what they cost (each month at the basis in force then, as the review
// prices them).
struct DuesOverviewRow
{
    qint64 memberId = 0;
    QString name;
    qint64 organisationId = 0;
    QString organisationName;
    DuesCategory category = DuesCategory::Farmer;
    Fen perMonth = 0;
    int paidThisYear = 0;
    QList<QDate> owed; // first days of the months owed, oldest first
    Fen owedAmount = 0;
};

// The dues of the probationary and full members on the roll of an organisation and those under it,
// those owing the most months first, then by name: who the secretary talks to first. This month is
// not owed until it is over.
struct DuesOverview
{
    QList<DuesOverviewRow> rows;
    QDate through;         // the last month counted as owed (the month before `today`)
    int organisations = 0; // in scope (1: one branch, the organisation column can go)
    int owing = 0;         // members owing at least one month
    Fen owedTotal = 0;

    static Result<DuesOverview> forOrganisation(const Database& db, qint64 organisationId,
                                                QDate today = QDate::currentDate());
};

} // namespace anju::party

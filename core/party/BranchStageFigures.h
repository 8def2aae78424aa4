#pragma once

#include "domain/Violation.h"
#include "party/OrganisationRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::party {

// One branch (党支部 or 联合党支部) with its members by development stage at a month's end.
struct BranchStages
{
    qint64 organisationId = 0;
    QString name;
    StageCounts members; // the branch's own and any organisation under it, from applicants to full members
};

// Members by stage per branch as a month ended, for the dashboard's chart: closed history like
// PartyStatistics (the same dated stays, steps and states), for the whole office or one site.
class BranchStageFigures
{
    Q_DECLARE_TR_FUNCTIONS(anju::party::BranchStageFigures)

public:
    // The branches existing at the end of `month` (any day of it), largest first (by everyone counted,
    // then by name). `siteId` 0: every branch; otherwise the branches covering the site at the month's
    // end and those under an organisation covering it. Refused to a role that may not read party records.
    static Result<QList<BranchStages>> atMonthEnd(const Database& db, QDate month, qint64 siteId = 0);
};

} // namespace anju::party

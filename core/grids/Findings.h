#pragma once

#include "domain/Violation.h"
#include "grids/VisitEnums.h"
#include "grids/VisitRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

struct Finding
{
    FindingKind kind = FindingKind::NoPairing;
    qint64 siteId = 0;
    qint64 householdId = 0;
    QString householdNumber;
    qint64 personId = 0;
    QString personName;
    qint64 caseId = 0;
    qint64 gridId = 0; // a case's grid (a case may name no household)
    qint64 taskId = 0;
    QDate since; // the day it became a finding: last contact, end of the window, the deadline
    QString description;
};

// The grid findings on a day, computed from dates at read time (never stored): households with no
// pairing, no contact for VisitRules::noContactDays, vulnerable persons not visited in their window,
// must-attend tasks overdue, cases overdue. ReadGrids is required; a user limited to some sites sees theirs.
class GridFindings
{
    Q_DECLARE_TR_FUNCTIONS(anju::grids::GridFindings)

public:
    explicit GridFindings(const Database& db) : m_db(db) {}

    // `siteId` 0: every site the user may see; else that site only (the page asks for the chosen grid's
    // site: the whole office's findings take seconds at a province's size).
    Result<QList<Finding>> on(QDate today = QDate::currentDate(), qint64 siteId = 0) const;

private:
    const Database& m_db;
};

} // namespace anju::grids

#pragma once

#include "domain/Session.h"
#include "domain/Violation.h"

#include <QCoreApplication>
#include <QVariantList>

namespace anju {

class Database;

// Something a user may or may not do. Services check one in the same call that reads or writes.
enum class Action
{
    ReadRegistry,    // households, persons, sites
    WriteRegistry,   // households and persons, rooms
    SeeFullIdentity, // ID numbers and phones unmasked
    ImportRoster,
    ExportRoster,
    EditSites, // sites and buildings
    ReadAudit,
    ManageUsers,
    Backup,
    Restore,
    CheckDatabase,
    ReadParty,
    WriteParty,
    EditOfficeSettings, // 填报单位 on reports, and the visit and income rules
    MoveToServer,       // the whole file, users and password hashes included, onto a shared server
    UpgradeDatabase,    // a database written by an older Anju, brought to this program's schema
    RepairDatabase,     // make the schema's missing or altered triggers again (administrator only)
    ReadRuleSettings,   // the office's rule thresholds, dues rates and backup keeping, with their sources
    ReadGrids,          // grids, their staff, pairings, visits and cases
    WriteGrids,         // the same, changed: pairings and contacts, care categories, visits, cases
    OrganiseGrids,      // grids drawn and their coverage, staff named and ended, a worker's work handed over
    ReadIncome,  // the monthly income checks, monitoring households and safety-net enrolments (issue 18)
    WriteIncome, // the same, changed: checks typed or imported, monitoring steps and measures, enrolments
    ReadWork,    // employment, wishes, training, support paid, industry projects (issue 19)
    WriteWork,   // the same, changed: jobs, places, wishes, courses and attendance, payments, projects
};

// The role × action table, the per-site scope, and the masking of ID numbers and phones.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(anju::Permissions)

public:
    static bool allows(Role role, Action action);
    static bool allows(const Session* session, Action action);
    // Success, or why not (not logged in, the role may not, the site is not the user's). siteId 0: no
    // particular site; a user limited to some sites then may do it only where the caller scopes it.
    static Outcome require(const Session* session, Action action, qint64 siteId = 0);
    static Outcome require(const Database& db, Action action, qint64 siteId = 0);
    // For figures of one site or, with siteId 0, of the whole office: a user limited to some sites may
    // only ask for one of theirs, since the office's totals count every other site too.
    static Outcome requireSiteOrWholeOffice(const Database& db, Action action, qint64 siteId);
    // A condition "column IN (…)" with its values for users limited to some sites; empty sql otherwise.
    static QString siteScopeSql(const Session* session, const QString& column, QVariantList* values);

    // 430524********1234: the place and the last digits stay, enough to tell two persons apart.
    static QString maskIdNumber(const QString& idNumber);
    // 138****5678
    static QString maskPhone(const QString& phone);
    static bool masks(const Session* session) { return !allows(session, Action::SeeFullIdentity); }
    static QString shownIdNumber(const Session* session, const QString& idNumber);
    static QString shownPhone(const Session* session, const QString& phone);

    static QString describe(Action action);
};

} // namespace anju

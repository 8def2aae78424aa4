#include "access/Permissions.h"

#include "database/Database.h"

namespace anju {

bool Permissions::allows(Role role, Action action)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        // The manager oversees: reads everything in full, exports, edits sites, reads the trail; the
        // clerks enter the households, so every entry has a clerk's name on it. No backup: a backup is
        // the whole database, every site and every user's password hash, which no site scope can cut.
        return action == Action::ReadRegistry || action == Action::SeeFullIdentity ||
               action == Action::ExportRoster || action == Action::EditSites || action == Action::ReadAudit ||
               action == Action::CheckDatabase || action == Action::ReadParty ||
               action == Action::EditOfficeSettings || // the manager signs the summary the office sends
               // ...and changes the visit and income rules (next year's monitoring line every January), so
               // reads the rule settings in force.
               action == Action::ReadRuleSettings ||
               // The centre's head 负责人 draws the grids, names their staff, hands a leaving worker's
               // households over and is the last step of a case's escalation.
               action == Action::ReadGrids || action == Action::WriteGrids ||
               action == Action::OrganiseGrids ||
               // ...and the last office step of taking a household into monitoring and of its risk
               // elimination; the monthly check figures are the summary's.
               action == Action::ReadIncome || action == Action::WriteIncome ||
               // ...and the centre's jobs, courses and industry projects, whose figures the summary sends.
               action == Action::ReadWork || action == Action::WriteWork;
    case Role::Clerk:
        // The clerk is also the grid worker 网格员 (DOMAIN.md "Who uses it"): logs visits, cases and
        // pairings, but does not name the staff or hand a colleague's households over, which is the 负责人's.
        return action == Action::ReadRegistry || action == Action::WriteRegistry ||
               action == Action::SeeFullIdentity || action == Action::ImportRoster ||
               action == Action::ReadGrids || action == Action::WriteGrids ||
               // The grid worker checks each household's income every month and records the safety net.
               action == Action::ReadIncome || action == Action::WriteIncome ||
               // ...and logs employment and training (DOMAIN.md "Who uses it").
               action == Action::ReadWork || action == Action::WriteWork;
    case Role::Secretary:
        // Party work needs names and households, not ID numbers and phones in full.
        // Reads the grids too: party members are paired with households and serve as 党员中心户.
        return action == Action::ReadRegistry || action == Action::ReadParty ||
               action == Action::WriteParty || action == Action::ReadGrids;
    }
    return false;
}

bool Permissions::allows(const Session* session, Action action)
{
    return session && allows(session->role, action);
}

Outcome Permissions::require(const Session* session, Action action, qint64 siteId)
{
    const QString general = QLatin1String(Field::General);
    if (!session)
        return Outcome::failure(general, tr("Log in first: %1 needs a user.").arg(describe(action)));
    if (!allows(session->role, action))
        return Outcome::failure(
            general,
            tr("%1 (%2) may not %3.").arg(session->userName, Roles::label(session->role), describe(action)));
    if (siteId > 0 && !session->coversSite(siteId))
        return Outcome::failure(
            general,
            tr("%1 works on other sites and may not %2 here.").arg(session->userName, describe(action)));
    return {};
}

Outcome Permissions::require(const Database& db, Action action, qint64 siteId)
{
    return require(db.session(), action, siteId);
}

Outcome Permissions::requireSiteOrWholeOffice(const Database& db, Action action, qint64 siteId)
{
    Outcome allowed = require(db, action, siteId);
    const Session* session = db.session();
    if (allowed && siteId == 0 && !session->coversEverySite())
        return Outcome::failure(QLatin1String(Field::General),
                                tr("%1 works on some sites only and may not %2 for the whole office; "
                                   "choose one of those sites.")
                                    .arg(session->userName, describe(action)));
    return allowed;
}

QString Permissions::siteScopeSql(const Session* session, const QString& column, QVariantList* values)
{
    if (!session || session->coversEverySite())
        return {};
    QStringList marks;
    for (qint64 id : session->siteIds) {
        marks.append(QStringLiteral("?"));
        values->append(id);
    }
    return column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString Permissions::maskIdNumber(const QString& idNumber)
{
    if (idNumber.size() <= 10)
        return QString(idNumber.size(), QLatin1Char('*'));
    return idNumber.left(6) + QString(idNumber.size() - 10, QLatin1Char('*')) + idNumber.right(4);
}

QString Permissions::maskPhone(const QString& phone)
{
    if (phone.isEmpty())
        return phone;
    if (phone.size() <= 7)
        return QString(phone.size() - 2, QLatin1Char('*')) + phone.right(2);
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

QString Permissions::shownIdNumber(const Session* session, const QString& idNumber)
{
    return masks(session) ? maskIdNumber(idNumber) : idNumber;
}

QString Permissions::shownPhone(const Session* session, const QString& phone)
{
    return masks(session) ? maskPhone(phone) : phone;
}

QString Permissions::describe(Action action)
{
    switch (action) {
    case Action::ReadRegistry:
        return tr("read the registry");
    case Action::WriteRegistry:
        return tr("change households and persons");
    case Action::SeeFullIdentity:
        return tr("see ID numbers and phones in full");
    case Action::ImportRoster:
        return tr("import rosters");
    case Action::ExportRoster:
        return tr("export rosters");
    case Action::EditSites:
        return tr("change sites and buildings");
    case Action::ReadAudit:
        return tr("read the audit trail");
    case Action::ManageUsers:
        return tr("manage users");
    case Action::Backup:
        return tr("back up the database");
    case Action::Restore:
        return tr("restore the database from a backup");
    case Action::CheckDatabase:
        return tr("check the database");
    case Action::ReadParty:
        return tr("read party records");
    case Action::WriteParty:
        return tr("change party records");
    case Action::EditOfficeSettings:
        return tr("change the office's settings");
    case Action::MoveToServer:
        return tr("move the database onto a server");
    case Action::UpgradeDatabase:
        return tr("upgrade the database to this version of Anju");
    case Action::RepairDatabase:
        return tr("repair the database's triggers");
    case Action::ReadRuleSettings:
        return tr("read the office's rule settings");
    case Action::ReadGrids:
        return tr("read grids, visits and cases");
    case Action::WriteGrids:
        return tr("change pairings, visits and cases");
    case Action::OrganiseGrids:
        return tr("draw grids, name or end their staff and hand a worker's households over");
    case Action::ReadIncome:
        return tr("read income checks, monitoring households and the safety net");
    case Action::WriteIncome:
        return tr("change income checks, monitoring households and the safety net");
    case Action::ReadWork:
        return tr("read employment, training and industry support");
    case Action::WriteWork:
        return tr("change employment, training and industry support");
    }
    return {};
}

} // namespace anju

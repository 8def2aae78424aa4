#pragma once

#include "schema/Migration.h"

namespace anju {

// One function per migration, each in its own file (V<version><Name>.cpp). A new version is a new file
// and one line here and in Migrations.cpp; a shipped file never changes.
Migration v001Registry();
Migration v002SiteRules();
Migration v003SearchIndex();
Migration v004ImportLog();
Migration v005Party();
Migration v006UsersAndAudit();
Migration v007Reporting();
Migration v008PartyReport();
Migration v009ServerRosterCount();
Migration v010ServerLogins();
Migration v011PartyLeaving();
Migration v012PartyGroups();
Migration v013PartyRecords();
Migration v014Grids();
Migration v015FollowUp();
Migration v016IncomePriors();
Migration v017StepAttempts();
Migration v018ReportIndexes();
Migration v019ServerIncomeImport();
Migration v020Work();

} // namespace anju

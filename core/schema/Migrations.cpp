#include "schema/SchemaVersions.h"

namespace anju {

QString migrationListProblem(const QList<Migration>& list)
{
    for (int i = 0; i < list.size(); ++i) {
        const Migration& migration = list.at(i);
        if (migration.version != i + 1)
            return QStringLiteral("migration %1 of the list has version %2: versions must run 1, 2, 3… "
                                  "without a gap or a repeat")
                .arg(i + 1)
                .arg(migration.version);
        if (!migration.description || !*migration.description)
            return QStringLiteral("migration %1 has no description").arg(migration.version);
    }
    return {};
}

const QList<Migration>& migrations()
{
    static const QList<Migration> all = {
        v001Registry(),           v002SiteRules(),    v003SearchIndex(),
        v004ImportLog(),          v005Party(),        v006UsersAndAudit(),
        v007Reporting(),          v008PartyReport(),  v009ServerRosterCount(),
        v010ServerLogins(),       v011PartyLeaving(), v012PartyGroups(),
        v013PartyRecords(),       v014Grids(),        v015FollowUp(),
        v016IncomePriors(),       v017StepAttempts(), v018ReportIndexes(),
        v019ServerIncomeImport(), v020Work(),
    };
    return all;
}

} // namespace anju

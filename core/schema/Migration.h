#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace anju {

// One numbered schema change, frozen once shipped: its statements are text fixed as of its version (never
// built by code that later versions may change), run in order in one transaction with the version row.
// Statements use the placeholders of SqlDialect::expand() (${ID}, ${DATE}, ${TIMESTAMP}, ${BOOL}, ${NOW}),
// whose expansions are part of the frozen text too.
struct Migration
{
    int version = 0;
    const char* description = "";
    QStringList sqlite;   // every statement on SQLite, in order
    QStringList postgres; // every statement on PostgreSQL, in order

    // The same statements on both engines.
    static Migration portable(int version, const char* description, const QStringList& statements)
    {
        return {version, description, statements, statements};
    }
};

// What is wrong with a list of migrations (versions must run 1, 2, 3… with no gap or repeat, each with a
// description), or empty when nothing is. Checked when a database opens, and by a test.
QString migrationListProblem(const QList<Migration>& list);

// Every migration, oldest first; the last version is the schema this program knows.
const QList<Migration>& migrations();

} // namespace anju

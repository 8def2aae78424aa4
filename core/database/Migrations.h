#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace anju {

// One numbered schema change. Its statements run in one transaction with the version row.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;              // portable SQL with the placeholders of SqlDialect::expand()
    QStringList sqliteStatements = {};   // run after `statements` on SQLite only
    QStringList postgresStatements = {}; // run after `statements` on PostgreSQL only
};

// Every migration, oldest first; the last version is the schema this program knows.
const QList<Migration>& migrations();

} // namespace anju

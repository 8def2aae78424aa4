#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace anju {

// One numbered schema change. Its statements run in one transaction with the version row.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;              // portable SQL with the placeholders of SqlDialect::expand()
    QStringList sqliteStatements = {};   // run after `statements` on SQLite only
    QStringList postgresStatements = {}; // run after `statements` on PostgreSQL only
    // SQLite statements made from the schema as the statements above left it (run after them).
    std::function<QStringList(const QSqlDatabase&)> sqliteGenerated = {};
};

// Every migration, oldest first; the last version is the schema this program knows.
const QList<Migration>& migrations();

} // namespace anju

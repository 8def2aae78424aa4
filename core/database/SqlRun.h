#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace anju {

class Database;

// What the database said to one statement: ok, or its own error text (for a message and a log).
struct SqlOutcome
{
    bool ok = true;
    QString error;      // the database's text, empty when ok
    QSqlError sqlError; // for callers that tell a unique violation from other refusals

    explicit operator bool() const { return ok; }
};

// The one way core runs a statement in a write: binds the values, executes, and when the database
// refuses keeps the query alive until the transaction ends (on PostgreSQL a refused statement aborts
// the transaction and its prepared statement cannot be freed until then, see
// Database::keepUntilTransactionEnds), returning the database's error text.
class SqlRun
{
public:
    // The bind loop: values in the order of the statement's "?".
    static void bind(QSqlQuery& query, const QVariantList& values);
    // A prepared (and bound) query.
    static SqlOutcome write(const Database& db, QSqlQuery& query);
    // Prepares `sql` on `query`, binds `values` and executes.
    static SqlOutcome write(const Database& db, QSqlQuery& query, const QString& sql,
                            const QVariantList& values);
};

} // namespace anju

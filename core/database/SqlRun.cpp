#include "database/SqlRun.h"

#include "database/Database.h"

namespace anju {

void SqlRun::bind(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
}

SqlOutcome SqlRun::write(const Database& db, QSqlQuery& query)
{
    // Nothing more on success: QPSQL's lastInsertId() is a statement of its own (lastval()), which
    // would abort the transaction after a write that used no sequence; inserts ask for it themselves.
    if (query.exec())
        return {};
    db.keepUntilTransactionEnds(query);
    const QSqlError error = query.lastError();
    return {false, error.text(), error};
}

SqlOutcome SqlRun::write(const Database& db, QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql)) {
        db.keepUntilTransactionEnds(query);
        const QSqlError error = query.lastError();
        return {false, error.text(), error};
    }
    bind(query, values);
    return write(db, query);
}

} // namespace anju

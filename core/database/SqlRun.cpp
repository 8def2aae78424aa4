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

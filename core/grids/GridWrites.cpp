#include "grids/GridWrites.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"

#include <QSqlQuery>

namespace anju::grids {

bool GridWrites::write(const QString& sql, const QVariantList& values, qint64* insertedId)
{
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(m_db, q, sql, values);
    if (!written) {
        m_outcome.add(QLatin1String(Field::General),
                      tr("The grid record was not saved: %1").arg(written.error));
        return false;
    }
    if (insertedId)
        *insertedId = q.lastInsertId().toLongLong();
    return true;
}

int GridWrites::update(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_db.connection());
    const SqlOutcome written = SqlRun::write(m_db, q, sql, values);
    if (!written) {
        m_outcome.add(QLatin1String(Field::General),
                      tr("The grid record was not saved: %1").arg(written.error));
        return -1;
    }
    return q.numRowsAffected();
}

int GridWrites::moveOpenTasks(const char* assigneeColumn, qint64 from, qint64 to, QDate day)
{
    // Only the column names the caller chose (assignee_staff_id or assignee_member_id) are spliced in.
    const QString column = QString::fromLatin1(assigneeColumn);
    return update(QStringLiteral("UPDATE visit_tasks SET %1 = ?, row_version = row_version + 1"
                                 " WHERE %1 = ? AND closed_on IS NULL AND cancelled_on IS NULL"
                                 " AND overdue_after >= ?")
                      .arg(column),
                  {to, from, sqlDate(day)});
}

QVariant GridWrites::scalar(const Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    SqlRun::bind(q, values);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace anju::grids

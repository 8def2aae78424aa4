#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace anju {

// Bound values that are NULL in SQL when absent (a null QDate or an id of 0), rather than '' or 0.
inline QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Flags are 0/1 integers on both engines (${BOOL} is SMALLINT on PostgreSQL, which refuses a bound
// boolean there), so a bool is never bound as it is.
inline int sqlBool(bool flag)
{
    return flag ? 1 : 0;
}

// Text for NOT NULL columns: a null QString would be bound as NULL, an empty one as ''.
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QDate dateFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// Timestamps are stored in UTC on both engines (${NOW}): ISO text on SQLite, TIMESTAMP on PostgreSQL.
inline QDateTime timestampFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = value.metaType() == QMetaType::fromType<QDateTime>()
                         ? value.toDateTime()
                         : QDateTime::fromString(value.toString().left(19), Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

} // namespace anju

#include "access/UserRepository.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace anju {

namespace {

constexpr char Columns[] =
    "id, name, display_name, role, active, failed_attempts, locked_until, last_login_at, row_version";

QDateTime utc(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString().left(19), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QVariant utcText(const QDateTime& t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

bool UserRepository::hasUsers() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1")) && q.next();
}

QList<User> UserRepository::users() const
{
    QList<User> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(QLatin1String(Columns))))
        return list;
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.role = Roles::fromKey(q.value(3).toString()).value_or(Role::Clerk);
        u.active = q.value(4).toBool();
        u.failedAttempts = q.value(5).toInt();
        u.lockedUntil = utc(q.value(6));
        u.lastLoginAt = utc(q.value(7));
        u.rowVersion = q.value(8).toInt();
        list.append(u);
    }
    QSqlQuery sites(m_db.connection());
    sites.prepare(QStringLiteral("SELECT site_id FROM user_sites WHERE user_id = ? ORDER BY site_id"));
    for (User& u : list) {
        sites.addBindValue(u.id);
        if (sites.exec()) {
            while (sites.next())
                u.siteIds.append(sites.value(0).toLongLong());
        }
    }
    return list;
}

std::optional<User> UserRepository::user(qint64 id) const
{
    for (const User& u : users()) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

std::optional<User> UserRepository::userByName(const QString& name) const
{
    for (const User& u : users()) {
        if (u.name == name)
            return u;
    }
    return std::nullopt;
}

QString UserRepository::passwordHash(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int UserRepository::activeAdminCount() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1")) &&
                   q.next()
               ? q.value(0).toInt()
               : 0;
}

SqlOutcome UserRepository::insert(const User& user, const QString& passwordHash, qint64& id) const
{
    QSqlQuery q(m_db.connection());
    SqlOutcome inserted = SqlRun::write(
        m_db, q,
        QStringLiteral(
            "INSERT INTO users (name, display_name, role, password_hash, active) VALUES (?, ?, ?, ?, ?)"),
        {user.name, user.displayName.isNull() ? QStringLiteral("") : user.displayName, Roles::key(user.role),
         passwordHash, user.active ? 1 : 0});
    if (!inserted)
        return inserted;
    id = q.lastInsertId().toLongLong();
    return writeSites(id, user.siteIds);
}

SqlOutcome UserRepository::update(const User& user) const
{
    QSqlQuery q(m_db.connection());
    if (const SqlOutcome updated = SqlRun::write(
            m_db, q,
            QStringLiteral(
                "UPDATE users SET display_name = ?, role = ?, active = ?, row_version = row_version + 1"
                " WHERE id = ?"),
            {user.displayName.isNull() ? QStringLiteral("") : user.displayName, Roles::key(user.role),
             user.active ? 1 : 0, user.id});
        !updated)
        return updated;
    return writeSites(user.id, user.siteIds);
}

SqlOutcome UserRepository::writeSites(qint64 userId, const QList<qint64>& siteIds) const
{
    QSqlQuery current(m_db.connection());
    if (const SqlOutcome read = SqlRun::write(
            m_db, current, QStringLiteral("SELECT site_id FROM user_sites WHERE user_id = ?"), {userId});
        !read)
        return read;
    QList<qint64> existing;
    while (current.next())
        existing.append(current.value(0).toLongLong());
    // Only the differences, so the audit trail shows what was given and taken.
    for (qint64 site : std::as_const(existing)) {
        if (siteIds.contains(site))
            continue;
        QSqlQuery remove(m_db.connection());
        if (const SqlOutcome removed = SqlRun::write(
                m_db, remove, QStringLiteral("DELETE FROM user_sites WHERE user_id = ? AND site_id = ?"),
                {userId, site});
            !removed)
            return removed;
    }
    for (qint64 site : siteIds) {
        if (existing.contains(site))
            continue;
        QSqlQuery add(m_db.connection());
        if (const SqlOutcome added = SqlRun::write(
                m_db, add, QStringLiteral("INSERT INTO user_sites (user_id, site_id) VALUES (?, ?)"),
                {userId, site});
            !added)
            return added;
    }
    return {};
}

SqlOutcome UserRepository::setPasswordHash(qint64 id, const QString& hash) const
{
    QSqlQuery q(m_db.connection());
    return SqlRun::write(
        m_db, q,
        QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL"
                       " WHERE id = ?"),
        {hash, id});
}

SqlOutcome UserRepository::setFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil) const
{
    QSqlQuery q(m_db.connection());
    return SqlRun::write(
        m_db, q, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
        {failedAttempts, utcText(lockedUntil), id});
}

SqlOutcome UserRepository::recordLogin(qint64 id, const QDateTime& at) const
{
    QSqlQuery q(m_db.connection());
    return SqlRun::write(
        m_db, q,
        QStringLiteral(
            "UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?"),
        {utcText(at), id});
}

} // namespace anju

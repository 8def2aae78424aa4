#pragma once

#include "access/User.h"
#include "database/SqlRun.h"

#include <QList>

#include <optional>

namespace anju {

class Database;

// Reads and writes the users table and their sites (AccountService decides who may call the writes).
class UserRepository
{
public:
    explicit UserRepository(const Database& db) : m_db(db) {}

    bool hasUsers() const;
    QList<User> users() const;
    std::optional<User> user(qint64 id) const;
    std::optional<User> userByName(const QString& name) const;
    QString passwordHash(qint64 id) const;
    int activeAdminCount() const;

    // Each says what the database said; the caller holds the transaction. insert sets `id` to the new user's.
    SqlOutcome insert(const User& user, const QString& passwordHash, qint64& id) const;
    SqlOutcome update(const User& user) const;
    SqlOutcome setPasswordHash(qint64 id, const QString& hash) const;
    SqlOutcome setFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil) const;
    SqlOutcome recordLogin(qint64 id, const QDateTime& at) const;

private:
    SqlOutcome writeSites(qint64 userId, const QList<qint64>& siteIds) const;
    const Database& m_db;
};

} // namespace anju

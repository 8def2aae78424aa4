#pragma once

#include "access/User.h"

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

    // Each returns false with `error` set; the caller holds the transaction.
    qint64 insert(const User& user, const QString& passwordHash, QString* error) const;
    bool update(const User& user, QString* error) const;
    bool setPasswordHash(qint64 id, const QString& hash, QString* error) const;
    bool setFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil, QString* error) const;
    bool recordLogin(qint64 id, const QDateTime& at, QString* error) const;

private:
    bool writeSites(qint64 userId, const QList<qint64>& siteIds, QString* error) const;
    const Database& m_db;
};

} // namespace anju

#pragma once

#include "domain/Session.h"
#include "access/User.h"
#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDateTime>

namespace anju {
class Database;
} // namespace anju

namespace anju::accounts {

// Logins with lock-out, the first administrator, and the users an administrator manages. Every change
// and every login attempt is one transaction with its audit row.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(anju::accounts::AccountService)

public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockMinutes = 15;

    explicit AccountService(const Database& db) : m_db(db) {}

    bool hasUsers() const;
    // On a database without users only: the administrator that then manages the others. The password
    // must pass PasswordHasher::weakness.
    Result<User> createFirstAdmin(const QString& name, const QString& displayName, const QString& password);
    // On a demo database without users only: admin, clerk, secretary and manager, all with DemoPassword.
    Outcome createDemoUsers();
    static constexpr char DemoPassword[] = "anju-demo";
    // Demo data goes into a database without users, or one whose administrator is logged in: the
    // users of a database own it, and only their administrator may fill it.
    Outcome mayFillWithDemoData() const;

    // Checks the password; on success sets the session on the database and returns it. Failures are
    // recorded; after MaxFailedAttempts in a row the account is locked for LockMinutes.
    Result<Session> login(const QString& name, const QString& password,
                          const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    void logout();

    // The administrator's user management (Action::ManageUsers): the list is refused to anyone else.
    Result<QList<User>> users() const;
    Result<User> addUser(const User& user, const QString& password);
    Outcome updateUser(const User& user); // display name, role, sites, active
    Outcome resetPassword(qint64 userId, const QString& password);
    Outcome unlock(qint64 userId);
    // Any logged-in user, for themselves.
    Outcome changeOwnPassword(const QString& oldPassword, const QString& newPassword);

    static Session sessionFor(const User& user);

private:
    Outcome validateName(const QString& name) const;
    const Database& m_db;
};

} // namespace anju::accounts

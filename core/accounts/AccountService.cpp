#include "accounts/AccountService.h"

#include "access/PasswordHasher.h"
#include "access/Permissions.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "database/Database.h"

#include <QJsonObject>

namespace anju::accounts {

namespace {

QString general()
{
    return QLatin1String(Field::General);
}

// Verifying against a real hash when the name is unknown takes as long as for a known one, so the
// time of a failed login does not tell whether the user exists.
const QString& dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("no such user, no such password"));
    return hash;
}

} // namespace

bool AccountService::hasUsers() const
{
    return UserRepository(m_db).hasUsers();
}

Session AccountService::sessionFor(const User& user)
{
    Session s;
    s.userId = user.id;
    s.userName = user.name;
    s.role = user.role;
    s.siteIds = user.siteIds;
    return s;
}

Outcome AccountService::validateName(const QString& name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Outcome::failure(QStringLiteral("user.name"), tr("Enter a user name."));
    if (trimmed.size() > 40)
        return Outcome::failure(QStringLiteral("user.name"), tr("A user name has at most 40 characters."));
    if (trimmed.contains(QLatin1Char(' ')))
        return Outcome::failure(QStringLiteral("user.name"), tr("A user name has no spaces."));
    if (UserRepository(m_db).userByName(trimmed))
        return Outcome::failure(QStringLiteral("user.name"), tr("There is already a user %1.").arg(trimmed));
    return {};
}

Result<User> AccountService::createFirstAdmin(const QString& name, const QString& displayName,
                                              const QString& password)
{
    Outcome outcome = validateName(name);
    const QString weakness = PasswordHasher::weakness(password, name);
    if (!weakness.isEmpty())
        outcome.add(QStringLiteral("user.password"), weakness);
    if (!outcome)
        return outcome;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Outcome::failure(general(), tr("The password could not be stored: not enough memory."));

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    UserRepository users(m_db);
    if (users.hasUsers())
        return Outcome::failure(general(),
                                tr("The database already has users: an administrator adds new ones."));
    User user;
    user.name = name.trimmed();
    user.displayName = displayName.trimmed();
    user.role = Role::Admin;
    if (const SqlOutcome inserted = users.insert(user, hash, user.id); !inserted)
        return Outcome::failure(general(), inserted.error);
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return user;
}

Outcome AccountService::createDemoUsers()
{
    if (!m_db.isDemo())
        return Outcome::failure(general(), tr("Only a demo database gets the demo users."));
    // One hash for all four: the password is the same and public anyway.
    const QString hash = PasswordHasher::hash(QLatin1String(DemoPassword));
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    UserRepository users(m_db);
    if (users.hasUsers())
        return Outcome::failure(general(), tr("The database already has users."));
    const QList<std::pair<Role, QString>> demo = {
        {Role::Admin, QStringLiteral("admin")},
        {Role::Clerk, QStringLiteral("clerk")},
        {Role::Secretary, QStringLiteral("secretary")},
        {Role::Manager, QStringLiteral("manager")},
    };
    for (const auto& [role, name] : demo) {
        User user;
        user.name = name;
        user.displayName = Roles::label(role);
        user.role = role;
        if (const SqlOutcome inserted = users.insert(user, hash, user.id); !inserted)
            return Outcome::failure(general(), inserted.error);
    }
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return {};
}

Result<Session> AccountService::login(const QString& name, const QString& password, const QDateTime& nowUtc)
{
    const QString refused = tr("The user name or the password is wrong.");
    // Made on the first login of the process whatever the name, so that first refusal takes no longer
    // for an unknown name than for a known one either.
    const QString& dummy = dummyHash();
    UserRepository users(m_db);
    const std::optional<User> user = users.userByName(name.trimmed());
    const QString hash = user ? users.passwordHash(user->id) : QString();
    const bool matches = PasswordHasher::verify(user ? hash : dummy, password);

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    const AuditLog audit(m_db);
    // A refused login is on record even when writing the record fails: the refusal is what the user needs.
    if (!user) {
        // Only that an unknown name was tried: the text may be a password typed into the name box, and
        // the trail keeps it forever. Not a keyed hash of it either: names are few and guessable, and the
        // key would sit beside the trail, so a hash would give the text back to whoever reads both.
        audit.recordWithoutUser(QStringLiteral("login_failed"),
                                {{QStringLiteral("reason"), QStringLiteral("unknown user")}});
        transaction.commit();
        return Outcome::failure(general(), refused);
    }
    if (user->isLocked(nowUtc)) {
        audit.record(QStringLiteral("login_failed"), {{QStringLiteral("reason"), QStringLiteral("locked")}},
                     user->name, user->id);
        transaction.commit();
        const int minutes = std::max<qint64>(1, (nowUtc.secsTo(user->lockedUntil) + 59) / 60);
        return Outcome::failure(general(),
                                tr("Too many wrong passwords: %1 is locked for %n more minute(s), or "
                                   "until an administrator unlocks the account.",
                                   nullptr, minutes)
                                    .arg(user->name));
    }
    if (!matches || !user->active) {
        const int failures = matches ? user->failedAttempts : user->failedAttempts + 1;
        const bool lock = failures >= MaxFailedAttempts;
        users.setFailures(user->id, lock ? 0 : failures,
                          lock ? nowUtc.addSecs(LockMinutes * 60) : QDateTime());
        audit.record(
            QStringLiteral("login_failed"),
            {{QStringLiteral("reason"), matches ? QStringLiteral("inactive") : QStringLiteral("password")}},
            user->name, user->id);
        if (lock)
            audit.record(QStringLiteral("locked"), {{QStringLiteral("minutes"), LockMinutes}}, user->name,
                         user->id);
        transaction.commit();
        if (matches)
            return Outcome::failure(general(), tr("The account %1 is switched off.").arg(user->name));
        if (lock)
            return Outcome::failure(general(), tr("Too many wrong passwords: %1 is locked for %n minute(s).",
                                                  nullptr, LockMinutes)
                                                   .arg(user->name));
        return Outcome::failure(general(), refused);
    }
    SqlOutcome written = users.recordLogin(user->id, nowUtc);
    if (written)
        written = audit.record(QStringLiteral("login"), {}, user->name, user->id);
    if (!written)
        return Outcome::failure(general(), written.error);
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    const Session session = sessionFor(*user);
    m_db.setSession(session);
    return session;
}

void AccountService::logout()
{
    m_db.setSession(std::nullopt);
}

Result<User> AccountService::addUser(const User& user, const QString& password)
{
    Outcome outcome = Permissions::require(m_db, Action::ManageUsers);
    if (!outcome)
        return outcome;
    outcome = validateName(user.name);
    const QString weakness = PasswordHasher::weakness(password, user.name);
    if (!weakness.isEmpty())
        outcome.add(QStringLiteral("user.password"), weakness);
    if (!outcome)
        return outcome;
    const QString hash = PasswordHasher::hash(password);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    User stored = user;
    stored.name = user.name.trimmed();
    if (const SqlOutcome inserted = UserRepository(m_db).insert(stored, hash, stored.id); !inserted)
        return Outcome::failure(general(), inserted.error);
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return stored;
}

Outcome AccountService::updateUser(const User& user)
{
    Outcome outcome = Permissions::require(m_db, Action::ManageUsers);
    if (!outcome)
        return outcome;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    UserRepository users(m_db);
    const std::optional<User> before = users.user(user.id);
    if (!before)
        return Outcome::failure(general(), tr("The user no longer exists."));
    const bool wasAdmin = before->role == Role::Admin && before->active;
    const bool staysAdmin = user.role == Role::Admin && user.active;
    if (wasAdmin && !staysAdmin && users.activeAdminCount() <= 1)
        return Outcome::failure(
            QStringLiteral("user.role"),
            tr("%1 is the last administrator: make another user administrator first.").arg(before->name));
    if (const SqlOutcome updated = users.update(user); !updated)
        return Outcome::failure(general(), updated.error);
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return {};
}

Outcome AccountService::resetPassword(qint64 userId, const QString& password)
{
    Outcome outcome = Permissions::require(m_db, Action::ManageUsers);
    if (!outcome)
        return outcome;
    UserRepository users(m_db);
    const std::optional<User> user = users.user(userId);
    if (!user)
        return Outcome::failure(general(), tr("The user no longer exists."));
    const QString weakness = PasswordHasher::weakness(password, user->name);
    if (!weakness.isEmpty())
        return Outcome::failure(QStringLiteral("user.password"), weakness);
    const QString hash = PasswordHasher::hash(password);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    SqlOutcome written = users.setPasswordHash(userId, hash);
    if (written)
        written = AuditLog(m_db).record(QStringLiteral("password"), {{QStringLiteral("user"), user->name}});
    if (!written)
        return Outcome::failure(general(), written.error);
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return {};
}

Result<QList<User>> AccountService::users() const
{
    if (Outcome allowed = Permissions::require(m_db, Action::ManageUsers); !allowed)
        return allowed;
    return UserRepository(m_db).users();
}

Outcome AccountService::mayFillWithDemoData() const
{
    if (!hasUsers())
        return {};
    return Permissions::require(m_db, Action::ManageUsers);
}

Outcome AccountService::unlock(qint64 userId)
{
    Outcome outcome = Permissions::require(m_db, Action::ManageUsers);
    if (!outcome)
        return outcome;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    UserRepository users(m_db);
    const std::optional<User> user = users.user(userId);
    if (!user)
        return Outcome::failure(general(), tr("The user no longer exists."));
    SqlOutcome written = users.setFailures(userId, 0, {});
    if (written)
        written = AuditLog(m_db).record(QStringLiteral("unlock"), {{QStringLiteral("user"), user->name}});
    if (!written)
        return Outcome::failure(general(), written.error);
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return {};
}

Outcome AccountService::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    const Session* session = m_db.session();
    if (!session)
        return Outcome::failure(general(), tr("Log in first."));
    UserRepository users(m_db);
    if (!PasswordHasher::verify(users.passwordHash(session->userId), oldPassword))
        return Outcome::failure(QStringLiteral("user.oldPassword"), tr("The present password is wrong."));
    const QString weakness = PasswordHasher::weakness(newPassword, session->userName);
    if (!weakness.isEmpty())
        return Outcome::failure(QStringLiteral("user.password"), weakness);
    const QString hash = PasswordHasher::hash(newPassword);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(general(), transaction.error());
    SqlOutcome written = users.setPasswordHash(session->userId, hash);
    if (written)
        written =
            AuditLog(m_db).record(QStringLiteral("password"), {{QStringLiteral("user"), session->userName}});
    if (!written)
        return Outcome::failure(general(), written.error);
    if (!transaction.commit())
        return Outcome::failure(general(), transaction.error());
    return {};
}

} // namespace anju::accounts

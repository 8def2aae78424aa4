#pragma once

#include "database/SqlDialect.h"
#include "domain/Session.h"
#include "domain/Violation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace anju {

// Where a database lives: a file path (embedded SQLite) or a postgresql:// URL (a shared server).
struct DatabaseLocation
{
    SqlDialect::Engine engine = SqlDialect::Engine::Sqlite;
    QString path;     // SQLite file, or the postgresql:// URL as given
    QString password; // for a server, when not in PGPASSWORD or ~/.pgpass; never shown or stored
    static DatabaseLocation parse(const QString& text);
    // The file in the user's data folder used when no --db is given.
    static DatabaseLocation defaultLocation();
    QString display() const;
};

// One connection to the Anju database, migrated to the schema this program knows.
// Not thread-safe: a worker thread opens its own with reopen().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(anju::Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating the file and folders when missing) and migrates. Fails with a message in the user's
    // language when the location cannot be used or the database is newer than this program.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location);
    // Like open(), but an existing database older than this program stays at its schema until upgrade():
    // the program logs in first, since upgrading is the administrator's (accounts/SchemaUpgrade). A new
    // or empty database is created at this program's schema; a newer one is refused as by open().
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openWithoutUpgrade(const DatabaseLocation& location);
    // Like open(), but migrates no further than `version`: for the tests of migrations, which need the
    // files older programs wrote. The program itself always uses open().
    [[nodiscard]] static Result<std::unique_ptr<Database>> openAtVersion(const DatabaseLocation& location,
                                                                         int version);
    // A second, independent connection to the same database (for another thread or a test).
    [[nodiscard]] Result<std::unique_ptr<Database>> reopen() const;
    // The same for a thread that has only copies of a connection's location and session (KeptReaders):
    // the database must already be at this program's schema.
    [[nodiscard]] static Result<std::unique_ptr<Database>> reopen(const DatabaseLocation& location,
                                                                  std::optional<Session> session);

    QSqlDatabase connection() const;
    // For a server restore, which replaces the database under its name: closes this connection, and
    // opens it again (to whatever database has the name then) with the same settings and session.
    void disconnect() const;
    [[nodiscard]] Outcome reconnect() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    const DatabaseLocation& location() const { return m_location; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Brings a database opened by openWithoutUpgrade() to this program's schema (a copy of the file is
    // kept beside it first). Checks no permission: SchemaUpgrade decides who may.
    [[nodiscard]] Outcome upgrade();
    // True when the database was filled by `anju-cli demo` (shown in the window title).
    bool isDemo() const;
    void markDemo();
    // Reads and writes small settings stored in the database (configurable rules, office name).
    QString setting(const QString& key, const QString& fallback = {}) const;
    bool setSetting(const QString& key, const QString& value);

    // The user logged in on this connection: services check their permissions against it and the audit
    // triggers name them. Null until a login (AccountService) or a test sets one. The session is state of
    // the connection, like an open transaction, so those holding a const Database (every service and
    // page) may log in and out.
    const Session* session() const { return m_session ? &*m_session : nullptr; }
    void setSession(std::optional<Session> session) const;

    // On PostgreSQL a failed statement aborts the transaction, and QPSQL frees a prepared statement when
    // its last QSqlQuery goes, which the aborted transaction refuses ("Unable to free statement"). A
    // refused write hands its query here; it is let go once the transaction has ended.
    void keepUntilTransactionEnds(const QSqlQuery& failed) const;
    void transactionEnded() const;

private:
    Database(DatabaseLocation location, QString connectionName);
    Outcome configure();
    Outcome configureServer();
    Outcome openServerConnection() const;
    Outcome migrate(int targetVersion);

    DatabaseLocation m_location;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    mutable std::optional<Session> m_session;
    mutable QList<QSqlQuery> m_failedInTransaction;
};

// One write transaction: rolls back unless commit() was called. One per user action.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; } // why it could not begin or commit
    bool commit();
    void rollback();

private:
    const Database& m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace anju

#include "database/Database.h"

#include "database/AuditFunctions.h"
#include "database/PostgresUrl.h"
#include "database/PrivateFile.h"
#include "database/ServerRoles.h"
#include "database/SqliteOutOfSpace.h"
#include "schema/Migration.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace anju {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("anju-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// The driver's message when the statement fails.
Outcome exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return Outcome::error(query.lastError().text());
}

} // namespace

DatabaseLocation DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        location.engine = SqlDialect::Engine::PostgreSql;
        location.path = text;
        return location;
    }
    location.path = QFileInfo(text).absoluteFilePath();
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    // The window and anju-cli share one default file, whatever each executable is called.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return parse(QDir(folder).filePath(QStringLiteral("Anju/anju.sqlite")));
}

QString DatabaseLocation::display() const
{
    if (engine == SqlDialect::Engine::PostgreSql) {
        const Result<PostgresUrl> url = PostgresUrl::parse(path);
        return url ? url.value().display() : QStringLiteral("postgresql://…");
    }
    return QDir::toNativeSeparators(path);
}

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)),
      m_dialect(SqlDialect::create(m_location.engine))
{
}

Database::~Database()
{
    m_failedInTransaction.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location)
{
    return openAtVersion(location, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openWithoutUpgrade(const DatabaseLocation& location)
{
    // Version 0 checks what is there (refusing another program's tables or a newer schema) and migrates
    // nothing; a database with no version yet is new and is made whole at once.
    Result<std::unique_ptr<Database>> opened = openAtVersion(location, 0);
    if (opened && opened.value()->schemaVersion() == 0) {
        if (Outcome upgraded = opened.value()->upgrade(); !upgraded)
            return upgraded;
    }
    return opened;
}

Outcome Database::upgrade()
{
    return migrate(latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const DatabaseLocation& location, int version)
{
    if (location.engine != SqlDialect::Engine::PostgreSql) {
        const QFileInfo file(location.path);
        if (file.isDir())
            return Outcome::error(tr("%1 is a folder, not a database file.").arg(location.display()));
        if (!QDir().mkpath(file.absolutePath()))
            return Outcome::error(
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(file.absolutePath())));
    }
    std::unique_ptr<Database> db(new Database(location, nextConnectionName()));
    if (Outcome configured = db->configure(); !configured)
        return configured;
    if (Outcome migrated = db->migrate(version); !migrated)
        return migrated;
    return db;
}

Result<std::unique_ptr<Database>> Database::reopen() const
{
    return reopen(m_location, m_session);
}

Result<std::unique_ptr<Database>> Database::reopen(const DatabaseLocation& location,
                                                   std::optional<Session> session)
{
    std::unique_ptr<Database> db(new Database(location, nextConnectionName()));
    db->m_session = std::move(session);
    if (Outcome configured = db->configure(); !configured)
        return configured;
    if (db->schemaVersion() != latestSchemaVersion())
        return Outcome::error(tr("The database changed its schema while it was open."));
    return db;
}

Outcome Database::configure()
{
    if (m_dialect->engine() == SqlDialect::Engine::PostgreSql)
        return configureServer();
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(m_location.path);
    // Another desk or the daily backup may hold the write lock for a moment: wait rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    // A full disk shows first here or in the pragmas (the -shm file), as an I/O error: said as what it is.
    const QString diskFull = tr("The disk that holds %1 is full, so the database cannot be opened (SQLite "
                                "needs room beside it for "
                                "its -wal and -shm files). Free some space on that disk, or copy the "
                                "database to a disk with room, "
                                "and open it again.")
                                 .arg(m_location.display());
    if (!db.open())
        return Outcome::error(
            sqliteOutOfSpace(db)
                ? diskFull
                : tr("Cannot open the database %1: %2").arg(m_location.display(), db.lastError().text()));
    // WAL lets the roster read while a save writes. FULL flushes the log to the disk at every commit, so
    // a save or an import reported done survives a power cut too (NORMAL could lose the last commits):
    // it costs about 7 ms a form save and 7% of an import (tests/bench/bench_durability, docs/benchmarks.md).
    const char* const pragmas[] = {
        "PRAGMA foreign_keys = ON",    "PRAGMA journal_mode = WAL",     "PRAGMA synchronous = FULL",
        "PRAGMA busy_timeout = 10000", "PRAGMA mmap_size = 1073741824",
    };
    for (const char* pragma : pragmas) {
        if (const Outcome set = exec(db, QString::fromLatin1(pragma)); !set)
            return Outcome::error(sqliteOutOfSpace(db)
                                      ? diskFull
                                      : tr("%1 is not an Anju database or cannot be read: %2")
                                            .arg(m_location.display(), set.summary()));
    }
    // anju_actor() and anju_actor_id() for the audit triggers (PostgreSQL reads setSession's settings).
    if (!registerAuditFunctions(db, this))
        return Outcome::error(tr("Cannot prepare the audit trail on %1.").arg(m_location.display()));
    return {};
}

Outcome Database::configureServer()
{
    const Result<PostgresUrl> url = PostgresUrl::parse(m_location.path);
    if (!url)
        return url;
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!db.isValid())
        return Outcome::error(tr("The PostgreSQL driver of Qt (QPSQL) is not installed."));
    db.setHostName(url.value().host);
    db.setPort(url.value().port);
    db.setUserName(url.value().user);
    db.setPassword(m_location.password.isEmpty() ? url.value().password : m_location.password);
    db.setDatabaseName(url.value().database);
    db.setConnectOptions(url.value().connectOptions());
    return openServerConnection();
}

Outcome Database::openServerConnection() const
{
    const Result<PostgresUrl> url = PostgresUrl::parse(m_location.path);
    if (!url)
        return url;
    QSqlDatabase db = connection();
    if (!db.open())
        return Outcome::error(
            tr("Cannot connect to %1: %2").arg(url.value().display(), db.lastError().text().trimmed()));
    // Dates and text travel as ISO strings and UTF-8 whatever the server's defaults; a save that waits
    // for another desk's lock gives up after the same 10 s as on SQLite.
    // No JIT: the summary's grouped queries over a province cost enough for PostgreSQL to compile them,
    // and compiling took 400 of the 530 ms of the party members' query; the program's queries are short.
    // One statement, one round trip to a server that may be across the office network.
    if (const Outcome set =
            exec(db, QStringLiteral("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO, YMD';"
                                    " SET client_min_messages = warning; SET lock_timeout = "
                                    "'10s'; SET jit = off"));
        !set)
        return Outcome::error(tr("Cannot use the database %1: %2").arg(url.value().display(), set.summary()));
    return {};
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Outcome Database::migrate(int targetVersion)
{
    // A program built with a gap or a repeat in its migrations would skip or redo a version.
    if (const QString problem = migrationListProblem(migrations()); !problem.isEmpty())
        return Outcome::error(problem);
    QSqlDatabase db = connection();
    const QStringList tables = db.tables();
    const bool fresh = tables.isEmpty();
    if (!fresh && !tables.contains(QLatin1String("schema_version")))
        return Outcome::error(
            m_dialect->engine() == SqlDialect::Engine::Sqlite
                ? tr("%1 is an SQLite file of another program, not an Anju database.")
                      .arg(m_location.display())
                : tr("The database %1 holds tables of another program; give Anju a database of its own.")
                      .arg(m_location.display()));
    if (fresh) {
        const Outcome created =
            exec(db, m_dialect->expand(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                                      " version INTEGER PRIMARY KEY,"
                                                      " description TEXT NOT NULL,"
                                                      " applied_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW})")));
        if (!created)
            return Outcome::error(
                tr("Cannot create the database %1: %2").arg(m_location.display(), created.summary()));
    }

    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        return Outcome::error(
            tr("The database %1 was written by a newer version of Anju (schema %2; this program knows "
               "schema %3). Install the newer version to open it; the file was not changed.")
                .arg(m_location.display())
                .arg(current)
                .arg(latest));
    if (current >= targetVersion)
        return {};

    // Keep a copy of a file that already holds data before changing its schema.
    if (current > 0 && m_dialect->engine() == SqlDialect::Engine::Sqlite) {
        const QString backup = m_location.path + QStringLiteral(".schema-%1.bak").arg(current);
        QFile::remove(backup);
        // A copy of everyone's data: owner-only, like every backup (PrivateFile). VACUUM INTO fills the
        // empty file and keeps its mode.
        if (const Outcome made = PrivateFile::create(backup); !made)
            return Outcome::error(
                tr("Cannot back up %1 before upgrading it: %2").arg(m_location.display(), made.summary()));
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec()) {
            QFile::remove(backup);
            return Outcome::error(tr("Cannot back up %1 before upgrading it: %2")
                                      .arg(m_location.display(), vacuum.lastError().text()));
        }
    }

    for (const Migration& migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (migration.version > targetVersion)
            break;
        WriteTransaction transaction(*this);
        if (!transaction.isActive())
            return Outcome::error(transaction.error());
        // Two desks starting a new program at once on a server: the second waits here for the first.
        if (m_dialect->engine() == SqlDialect::Engine::PostgreSql) {
            if (Outcome locked = exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(20261128)")); !locked)
                return locked;
        }
        // Another program may have migrated while we waited for the write lock.
        if (schemaVersion() >= migration.version)
            continue;
        const QStringList& statements =
            m_dialect->engine() == SqlDialect::Engine::Sqlite ? migration.sqlite : migration.postgres;
        for (const QString& statement : statements) {
            if (const Outcome done = exec(db, m_dialect->expand(statement)); !done)
                return Outcome::error(
                    tr("Upgrading the database to schema %1 failed; nothing was changed: %2")
                        .arg(migration.version)
                        .arg(done.summary()));
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, description) VALUES (?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(QString::fromUtf8(migration.description));
        if (!record.exec() || !transaction.commit())
            return Outcome::error(tr("Upgrading the database to schema %1 failed; nothing was changed: %2")
                                      .arg(migration.version)
                                      .arg(record.lastError().text() + transaction.error()));
    }
    // What the migrations made belongs to the owner role, with the desks' grants, when this login may
    // see to it (the administrator's or a superuser); a desk's login never migrates.
    if (m_dialect->engine() == SqlDialect::Engine::PostgreSql)
        return ServerRoles::keepInPlace(*this, true);
    return {};
}

void Database::setSession(std::optional<Session> session) const
{
    m_session = std::move(session);
    // The PostgreSQL audit triggers read the writer from the connection's settings (SQLite's call back
    // into the program through anju_actor(), which reads m_session).
    if (m_dialect->engine() == SqlDialect::Engine::PostgreSql) {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral(
            "SELECT set_config('anju.actor', ?, false), set_config('anju.actor_id', ?, false)"));
        q.addBindValue(m_session ? m_session->userName : QString());
        q.addBindValue(m_session && m_session->userId > 0 ? QString::number(m_session->userId) : QString());
        q.exec();
    }
}

void Database::disconnect() const
{
    connection().close();
}

Outcome Database::reconnect() const
{
    connection().close();
    if (m_dialect->engine() == SqlDialect::Engine::PostgreSql) {
        if (Outcome opened = openServerConnection(); !opened)
            return opened;
    } else if (!connection().open()) {
        return Outcome::error(connection().lastError().text());
    }
    setSession(m_session);
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isDemo() const
{
    return setting(QStringLiteral("demo")) == QLatin1String("1");
}

void Database::markDemo()
{
    setSetting(QStringLiteral("demo"), QStringLiteral("1"));
}

QString Database::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString& key, const QString& value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

WriteTransaction::WriteTransaction(const Database& db) : m_db(db)
{
    QSqlQuery query(m_db.connection());
    m_active = query.exec(m_db.dialect().beginWrite());
    if (!m_active)
        m_error = Database::tr("Another desk is writing to the database; try again in a moment (%1).")
                      .arg(query.lastError().text());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = Database::tr("Saving failed; nothing was written (%1).").arg(query.lastError().text());
        rollback();
        return false;
    }
    m_active = false;
    m_db.transactionEnded();
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
    m_db.transactionEnded();
}

void Database::keepUntilTransactionEnds(const QSqlQuery& failed) const
{
    if (m_dialect->engine() == SqlDialect::Engine::PostgreSql)
        m_failedInTransaction.append(failed);
}

void Database::transactionEnded() const
{
    m_failedInTransaction.clear();
}

} // namespace anju

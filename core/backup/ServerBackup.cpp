#include "backup/ServerBackup.h"

#include "backup/PgTool.h"
#include "database/Database.h"
#include "database/KeptReaders.h"
#include "database/PostgresUrl.h"
#include "database/PrivateFile.h"
#include "database/ServerRoles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <filesystem>

namespace anju::backup {

namespace {

QString general()
{
    return QLatin1String(Field::General);
}

// Tables every Anju database has had since schema 1: an archive without them is another program's.
const QStringList& anjuTables()
{
    static const QStringList tables = {QStringLiteral("schema_version"), QStringLiteral("settings"),
                                       QStringLiteral("sites"), QStringLiteral("households"),
                                       QStringLiteral("persons")};
    return tables;
}

QString quotedIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString quotedLiteral(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// A connection to the server's maintenance database ("postgres"), where a database can be renamed and
// made, with the same host, user, password and TLS options as the program's own.
class MaintenanceConnection
{
public:
    explicit MaintenanceConnection(const DatabaseLocation& location)
        : m_name(QStringLiteral("anju-maintenance-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        const Result<PostgresUrl> parsed = PostgresUrl::parse(location.path);
        const PostgresUrl url = parsed ? parsed.value() : PostgresUrl();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(location.password.isEmpty() ? url.password : location.password);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setConnectOptions(url.connectOptions());
        if (!db.open())
            m_error = db.lastError().text().trimmed();
    }
    ~MaintenanceConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QString error() const { return m_error; }
    // Fails with the server's text.
    Outcome exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        return Outcome::failure(general(), q.lastError().text().trimmed());
    }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }

private:
    QString m_name;
    QString m_error;
};

// The name the present database is kept under: NAME_before_restore_YYYYMMDD_HHMMSS, shortened to
// PostgreSQL's 63 bytes.
QString keptAsideName(const QString& database)
{
    const QString suffix = QStringLiteral("_before_restore_") +
                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss"));
    QString base = database;
    while (!base.isEmpty() && (base + suffix).toUtf8().size() > 63)
        base.chop(1);
    return base + suffix;
}

// pg_restore's list of an archive: the names of its tables, and how many tables' data it holds.
struct ArchiveList
{
    QStringList tables;
    int dataEntries = 0;
};

Result<ArchiveList> listArchive(const QString& pgRestore, const QString& file)
{
    const Result<QByteArray> listing =
        PgTool::run(pgRestore, {QStringLiteral("--list"), file}, QProcessEnvironment::systemEnvironment());
    if (!listing)
        return listing;
    ArchiveList list;
    for (const QByteArray& raw : listing.value().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1Char(';')))
            continue;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // "215; 1259 16390 TABLE public households anju" and "3456; 0 16390 TABLE DATA public households
        // anju"
        const qsizetype table = words.indexOf(QStringLiteral("TABLE"));
        if (table < 0 || table + 2 >= words.size())
            continue;
        if (words.at(table + 1) == QLatin1String("DATA"))
            ++list.dataEntries;
        else if (words.at(table + 1) == QLatin1String("public"))
            list.tables.append(words.at(table + 2));
    }
    return list;
}

} // namespace

bool ServerBackup::isServerBackup(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "PGDMP";
}

Outcome ServerBackup::backup(const Database& db, const QString& target,
                             const DatabaseBackup::Progress& progress)
{
    const Result<QString> pgDump = PgTool::find(QStringLiteral("pg_dump"));
    if (!pgDump)
        return pgDump;
    int total = 0;
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'")) && q.next())
            total = q.value(0).toInt();
    }
    const QString shown = QDir::toNativeSeparators(target);
    // Under a temporary name, owner-only from the start (pg_dump writes into the file it is given),
    // checked before it takes the target's name.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (const Outcome made = PrivateFile::create(partial); !made)
        return Outcome::failure(general(), tr("%1 cannot be written: %2").arg(shown, made.summary()));
    int done = 0;
    const Outcome dumped = PgTool::run(
        pgDump.value(),
        {QStringLiteral("--format=custom"), QStringLiteral("--verbose"), QStringLiteral("--file"), partial},
        PgTool::environment(db.location()), [&](const QString& line) {
            if (line.contains(QLatin1String("dumping contents of table")))
                done = std::min(done + 1, total);
            return !progress || progress(done, total);
        });
    const bool ok = dumped.ok();
    QString error = ok ? DatabaseBackup::copyProblem(partial) : dumped.summary();
    if (ok && error.isEmpty() && !PrivateFile::restrict(partial))
        error = DatabaseBackup::tr("its permissions cannot be limited to you");
    if (!ok || !error.isEmpty()) {
        QFile::remove(partial);
        return Outcome::failure(general(),
                                tr("The backup to %1 failed; no file was made: %2").arg(shown, error));
    }
    if (progress)
        progress(total, total);
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), code);
    if (code) {
        QFile::remove(partial);
        return Outcome::failure(
            general(), tr("%1 cannot be written: %2").arg(shown, QString::fromStdString(code.message())));
    }
    return {};
}

QString ServerBackup::verify(const QString& file, int* schemaVersion)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    const Result<QString> pgRestore = PgTool::find(QStringLiteral("pg_restore"));
    if (!pgRestore)
        return pgRestore.summary();
    const Result<ArchiveList> list = listArchive(pgRestore.value(), file);
    if (!list)
        return tr("%1 is damaged or not a backup of a server database: %2").arg(shown, list.summary());
    for (const QString& table : anjuTables()) {
        if (!list.value().tables.contains(table))
            return tr("%1 is a backup of a server database, but not of an Anju database (it has no table "
                      "%2).")
                .arg(shown, table);
    }
    // Every byte read and decompressed, as the restore will: a damaged archive fails here, not halfway.
    if (const Outcome read =
            PgTool::run(pgRestore.value(), {QStringLiteral("--file"), QProcess::nullDevice(), file},
                        QProcessEnvironment::systemEnvironment());
        !read)
        return tr("%1 is damaged: %2").arg(shown, read.summary());
    const Result<QByteArray> versionRows =
        PgTool::run(pgRestore.value(),
                    {QStringLiteral("--data-only"), QStringLiteral("--table=schema_version"),
                     QStringLiteral("--file=-"), file},
                    QProcessEnvironment::systemEnvironment());
    if (!versionRows)
        return tr("%1 is damaged: %2").arg(shown, versionRows.summary());
    const QByteArray& versions = versionRows.value();
    // The rows of schema_version, as COPY text between "COPY … FROM stdin;" and "\.".
    int version = 0;
    bool inData = false;
    for (const QByteArray& line : versions.split('\n')) {
        if (line.startsWith("COPY "))
            inData = true;
        else if (line == "\\.")
            inData = false;
        else if (inData)
            version = std::max(version, line.split('\t').constFirst().toInt());
    }
    if (version <= 0)
        return tr("%1 is not a backup of an Anju database.").arg(shown);
    return DatabaseBackup::refusedVersion(shown, version, schemaVersion);
}

Outcome ServerBackup::restore(const Database& db, const QString& file, QString* keptAside,
                              const DatabaseBackup::Progress& progress)
{
    const Result<QString> pgRestore = PgTool::find(QStringLiteral("pg_restore"));
    if (!pgRestore)
        return pgRestore;
    const Result<PostgresUrl> parsed = PostgresUrl::parse(db.location().path);
    if (!parsed)
        return parsed;
    const PostgresUrl& url = parsed.value();
    MaintenanceConnection server(db.location());
    if (!server.error().isEmpty())
        return Outcome::failure(general(),
                                tr("The server's maintenance database \"postgres\" cannot be reached, "
                                   "so nothing was restored: %1")
                                    .arg(server.error()));
    // Nobody else may be working in the database that is about to be replaced: this program's own
    // background readers let theirs go first.
    KeptReaders::closeEverywhere();
    qint64 ownSession = 0;
    {
        QSqlQuery own(db.connection());
        if (own.exec(QStringLiteral("SELECT pg_backend_pid()")) && own.next())
            ownSession = own.value(0).toLongLong();
    }
    QSqlQuery others = server.query();
    others.prepare(QStringLiteral(
        "SELECT COUNT(*), string_agg(DISTINCT COALESCE(usename, '?') || '@' ||"
        " COALESCE(host(client_addr), 'local'), ', ')"
        " FROM pg_stat_activity WHERE datname = ? AND pid <> ? AND backend_type = 'client backend'"));
    others.addBindValue(url.database);
    others.addBindValue(ownSession);
    if (!others.exec() || !others.next())
        return Outcome::failure(general(), others.lastError().text());
    // A server ends a closed connection's session a moment after the client lets go, so the readers closed
    // just above may still be listed: look again for up to two seconds before naming them as other desks.
    for (int attempt = 0; attempt < 20 && others.value(0).toInt() > 0; ++attempt) {
        QThread::msleep(100);
        if (!others.exec() || !others.next())
            return Outcome::failure(general(), others.lastError().text());
    }
    if (const int count = others.value(0).toInt(); count > 0)
        return Outcome::failure(
            general(), tr("%n other connection(s) to the database %1 are open (%2). Ask the other desks "
                          "to close Anju, then restore again; nothing was restored.",
                          nullptr, count)
                           .arg(url.database, others.value(1).toString()));
    QSqlQuery locale = server.query();
    locale.prepare(
        QStringLiteral("SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database"
                       " WHERE datname = ?"));
    locale.addBindValue(url.database);
    if (!locale.exec() || !locale.next())
        return Outcome::failure(general(), locale.lastError().text());
    const QString create =
        QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING %2 LC_COLLATE %3 LC_CTYPE %4")
            .arg(quotedIdentifier(url.database), quotedLiteral(locale.value(0).toString()),
                 quotedLiteral(locale.value(1).toString()), quotedLiteral(locale.value(2).toString()));
    locale.finish();

    const QString aside = keptAsideName(url.database);
    db.disconnect();
    const auto reconnected = [&db](Outcome outcome) {
        const Outcome again = db.reconnect();
        if (!again && outcome)
            return Outcome::failure(
                general(), tr("Restored, but the database cannot be reached again: %1").arg(again.summary()));
        return outcome;
    };
    if (const Outcome renamed =
            server.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                            .arg(quotedIdentifier(url.database), quotedIdentifier(aside)));
        !renamed)
        return reconnected(Outcome::failure(
            general(), tr("The present database could not be kept aside, so nothing was restored: %1")
                           .arg(renamed.summary())));
    const auto putBack = [&](const QString& why) {
        server.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quotedIdentifier(url.database)));
        if (const Outcome renamedBack =
                server.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                .arg(quotedIdentifier(aside), quotedIdentifier(url.database)));
            !renamedBack)
            return Outcome::failure(general(),
                                    tr("Restoring failed: %1. The database as it was is kept as %2; "
                                       "renaming it back failed: %3")
                                        .arg(why, aside, renamedBack.summary()));
        return reconnected(
            Outcome::failure(general(), tr("Restoring failed; the database is as it was: %1").arg(why)));
    };
    if (const Outcome created = server.exec(create); !created)
        return putBack(created.summary());

    const Result<ArchiveList> list = listArchive(pgRestore.value(), file);
    if (!list)
        return putBack(list.summary());
    const int total = list.value().dataEntries;
    int done = 0;
    // One transaction: all of the archive or nothing. The restoring user owns what it makes, and no grant
    // of the archive is made (it may name the roles of another database); ServerRoles then hands it all to
    // the owner role with the desks' grants, when this login may.
    const Outcome restored =
        PgTool::run(pgRestore.value(),
                    {QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                     QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                     QStringLiteral("--verbose"), QStringLiteral("--dbname=") + url.database, file},
                    PgTool::environment(db.location()), [&](const QString& line) {
                        if (line.contains(QLatin1String("processing data for table")))
                            done = std::min(done + 1, total);
                        return !progress || progress(done, total);
                    });
    if (!restored)
        return putBack(restored.summary());
    if (keptAside)
        *keptAside = aside;
    if (const Outcome again = reconnected({}); !again)
        return again;
    // --no-owner made the restoring login the owner of everything: hand it back to the owner role with the
    // desks' grants (ServerRoles), as init would.
    if (const Outcome roles = ServerRoles::keepInPlace(db, true); !roles)
        return Outcome::failure(general(), tr("Restored, but the owner role could not take the database "
                                              "over again: %1")
                                               .arg(roles.summary()));
    return {};
}

} // namespace anju::backup

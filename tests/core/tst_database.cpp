#include "TestDatabase.h"
#include "TestServer.h"

#include "database/Database.h"
#include "schema/Migration.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/resource.h>

using namespace anju;

// Opening, migrating and refusing databases, settings and transactions. On the test server
// (ANJU_TEST_ENGINE=postgresql) every case that is not about the SQLite file itself runs on a new empty
// database; the file-only ones skip there.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsEmptyDatabaseAtLatestSchema();
    void createsMissingFolders();
    void pragmasAreSet();
    void foreignKeysAreEnforced();
    void migratesOlderDatabaseAndKeepsBackup();
    void migrationVersionsAreContiguous();
    void refusesNewerDatabase();
    void refusesForeignSqliteFile();
    void refusesGarbageFile();
    void refusesFolder();
    void fullDiskAtOpenSaysSo();
    void settingsRoundTrip();
    void transactionRollsBackUnlessCommitted();
    void uniqueViolationIsRecognised();
    void busyIsRecognised();
    void refusesUnreachableServer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScratchLocation> m_scratch;
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    // Where a case's database lives: the file `name` in the case's folder, or the case's empty
    // database on the test server.
    DatabaseLocation where(const char* name) const
    {
        return m_scratch ? m_scratch->location() : DatabaseLocation::parse(path(name));
    }
};

#define FILE_ONLY()                                                                                          \
    if (test::TestDatabase::onServer())                                                                      \
    QSKIP("about the SQLite file itself; a server database has no file, folder or pragmas")

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (test::TestDatabase::onServer())
        m_scratch = std::make_unique<test::ScratchLocation>();
}

void TestDatabase::cleanup()
{
    m_scratch.reset();
}

void TestDatabase::createsEmptyDatabaseAtLatestSchema()
{
    auto opened = Database::open(where("a.anju"));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QVERIFY(db->connection().tables().contains(QStringLiteral("persons")));
    QCOMPARE(db->setting(QStringLiteral("rule.own_branch_min_residents")), QStringLiteral("500"));
    QVERIFY(!db->isDemo());
    // Opening again changes nothing and takes no backup.
    db.reset();
    auto againOpened = Database::open(where("a.anju"));
    QVERIFY2(againOpened, qPrintable(againOpened.summary()));
    auto again = std::move(againOpened.value());
    QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!QFile::exists(path("a.anju") + QStringLiteral(".schema-1.bak")));
}

void TestDatabase::createsMissingFolders()
{
    FILE_ONLY();
    auto opened = Database::open(DatabaseLocation::parse(path("deep/er/b.anju")));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QVERIFY(QFile::exists(path("deep/er/b.anju")));
}

void TestDatabase::pragmasAreSet()
{
    FILE_ONLY();
    auto opened = Database::open(DatabaseLocation::parse(path("p.anju")));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    // FULL (2): every commit reported done is on the disk, power cut or not (docs/security.md).
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() >= 5000);
}

void TestDatabase::foreignKeysAreEnforced()
{
    auto opened = Database::open(where("f.anju"));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QSqlQuery q(db->connection());
    // A household on a site that does not exist is refused.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO households (number, site_id) VALUES ('X', 12345)")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM households")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabase::migratesOlderDatabaseAndKeepsBackup()
{
    {
        // A schema-1 database, as the first release wrote it, with a household in it.
        auto opened = Database::openAtVersion(where("old.anju"), 1);
        QVERIFY2(opened, qPrintable(opened.summary()));
        auto db = std::move(opened.value());
        QCOMPARE(db->schemaVersion(), 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO sites (code, name, county_code) VALUES ('S1', 'Old site', '430524')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO households (number, site_id) VALUES ('H1', 1)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship)"
            " VALUES (1, '欧阳建华', '34052419800101001X', 'male', '1980-01-01', 'head')")));
        QVERIFY(!db->connection().tables().contains(QStringLiteral("users")));
    }
    auto opened = Database::open(where("old.anju"));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->setting(QStringLiteral("rule.service_center_min_residents")), QStringLiteral("800"));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sites WHERE code = 'S1'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Old site"));
    QVERIFY(db->connection().tables().contains(QStringLiteral("users")));
    QVERIFY(q.exec(QStringLiteral("SELECT head_name, member_count FROM households WHERE number = 'H1'")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("欧阳建华"));
    QCOMPARE(q.value(1).toInt(), 1);
    if (test::TestDatabase::onServer())
        return; // pg_trgm searches the names themselves; a server database is backed up by pg_dump
    // The search index was filled from the persons already there.
    QVERIFY(q.exec(QStringLiteral("SELECT person_id FROM person_name_grams WHERE gram = '建华'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // The backup taken before migrating is the schema-1 file, data included.
    const QString backup = path("old.anju") + QStringLiteral(".schema-1.bak");
    QVERIFY(QFile::exists(backup));
    auto copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
    copy.setDatabaseName(backup);
    QVERIFY(copy.open());
    {
        QSqlQuery b(copy);
        QVERIFY(b.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && b.next());
        QCOMPARE(b.value(0).toInt(), 1);
        QVERIFY(b.exec(QStringLiteral("SELECT COUNT(*) FROM persons")) && b.next());
        QCOMPARE(b.value(0).toInt(), 1);
    }
    copy.close();
    copy = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
}

// Versions run 1, 2, 3… in the list the program ships, and the check finds a gap or a repeat.
void TestDatabase::migrationVersionsAreContiguous()
{
    QCOMPARE(migrationListProblem(migrations()), QString());
    QCOMPARE(migrations().constLast().version, Database::latestSchemaVersion());
    QList<Migration> gap = {Migration::portable(1, "one", {}), Migration::portable(3, "three", {})};
    QVERIFY(migrationListProblem(gap).contains(QLatin1String("version 3")));
    QList<Migration> repeat = {Migration::portable(1, "one", {}), Migration::portable(1, "again", {})};
    QVERIFY(!migrationListProblem(repeat).isEmpty());
    QList<Migration> unnamed = {Migration::portable(1, "", {})};
    QVERIFY(migrationListProblem(unnamed).contains(QLatin1String("no description")));
}

void TestDatabase::refusesNewerDatabase()
{
    {
        auto opened = Database::open(where("new.anju"));
        QVERIFY2(opened, qPrintable(opened.summary()));
        auto db = std::move(opened.value());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO schema_version (version, description) VALUES (999, 'future')")));
    }
    const auto db = Database::open(where("new.anju"));
    QVERIFY(!db);
    const QString error = db.summary();
    QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
    QVERIFY(error.contains(QString::number(Database::latestSchemaVersion())));
}

void TestDatabase::refusesForeignSqliteFile()
{
    if (test::TestDatabase::onServer()) {
        // A server database holding another program's tables is not taken over either.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
        const QUrl url(m_scratch->location().path);
        other.setHostName(url.host());
        other.setPort(url.port());
        other.setUserName(url.userName());
        other.setDatabaseName(m_scratch->serverDatabase());
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const auto refused = Database::open(where(""));
        QVERIFY(!refused);
        QVERIFY2(refused.summary().contains(m_scratch->serverDatabase()), qPrintable(refused.summary()));
        return;
    }
    {
        auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path("foreign.sqlite"));
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const auto refused = Database::open(DatabaseLocation::parse(path("foreign.sqlite")));
    QVERIFY(!refused);
    QVERIFY(!refused.summary().isEmpty());
}

void TestDatabase::refusesGarbageFile()
{
    FILE_ONLY();
    QFile file(path("garbage.anju"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto refused = Database::open(DatabaseLocation::parse(path("garbage.anju")));
    QVERIFY(!refused);
    QVERIFY(!refused.summary().isEmpty());
}

void TestDatabase::refusesFolder()
{
    FILE_ONLY();
    const auto refused = Database::open(DatabaseLocation::parse(m_dir->path()));
    QVERIFY(!refused);
    QVERIFY(refused.summary().contains(QDir::toNativeSeparators(m_dir->path())));
}

// Opening a WAL database makes its -shm file (32 KB) beside it. A file-size limit of 16 KB makes that
// write fail as a full disk would (EFBIG where a full disk says ENOSPC; SIGXFSZ ignored so that the
// write fails instead of killing the test): the message must say the disk is full, not that the file
// is no Anju database.
void TestDatabase::fullDiskAtOpenSaysSo()
{
    FILE_ONLY();
    const DatabaseLocation location = DatabaseLocation::parse(path("full.anju"));
    QVERIFY(Database::open(location));
    QVERIFY(!QFile::exists(path("full.anju-shm"))); // closed cleanly: the next open must make it again

    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto refused = Database::open(location);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!refused);
    QVERIFY2(refused.summary().contains(QStringLiteral("is full")), qPrintable(refused.summary()));
    QVERIFY2(!refused.summary().contains(QStringLiteral("not an Anju database")),
             qPrintable(refused.summary()));
    // With room again the same file opens: nothing was damaged.
    QVERIFY(Database::open(location));
}

void TestDatabase::settingsRoundTrip()
{
    auto opened = Database::open(where("s.anju"));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QVERIFY(db->setSetting(QStringLiteral("office.name"), QStringLiteral("隆回县易地搬迁后续扶持办")));
    QVERIFY(db->setSetting(QStringLiteral("office.name"), QStringLiteral("新邵县")));
    QCOMPARE(db->setting(QStringLiteral("office.name")), QStringLiteral("新邵县"));
    QCOMPARE(db->setting(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    db->markDemo();
    QVERIFY(db->isDemo());
    // Another connection sees what was committed.
    auto secondOpened = db->reopen();
    QVERIFY2(secondOpened, qPrintable(secondOpened.summary()));
    auto second = std::move(secondOpened.value());
    QCOMPARE(second->setting(QStringLiteral("office.name")), QStringLiteral("新邵县"));
    QVERIFY(second->isDemo());
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto opened = Database::open(where("t.anju"));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    {
        WriteTransaction t(*db);
        QVERIFY(t.isActive());
        QSqlQuery q(db->connection());
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES ('A', 'A', '430524')")),
            qPrintable(q.lastError().text()));
    }
    {
        WriteTransaction t(*db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES ('B', 'B', '430524')")));
        QVERIFY(t.commit());
    }
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM sites ORDER BY code")));
    QStringList codes;
    while (q.next())
        codes.append(q.value(0).toString());
    QCOMPARE(codes, QStringList{QStringLiteral("B")});
}

void TestDatabase::uniqueViolationIsRecognised()
{
    auto opened = Database::open(where("u.anju"));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QSqlQuery q(db->connection());
    const QString insert =
        QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES ('S', 'S', '430524')");
    QVERIFY(q.exec(insert));
    QVERIFY(!q.exec(insert));
    const QSqlError failure = q.lastError();
    QVERIFY2(db->dialect().isUniqueViolation(failure.nativeErrorCode(), failure.text()),
             qPrintable(failure.nativeErrorCode() + QLatin1Char(' ') + failure.text()));
    // A refused foreign key is not mistaken for a duplicate.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO households (number, site_id) VALUES ('X', 12345)")));
    QVERIFY(!db->dialect().isUniqueViolation(q.lastError().nativeErrorCode(), q.lastError().text()));
}

// A second desk that cannot get at what the first is writing gets an error the dialect calls "busy" (so
// the program says "another desk is writing" instead of a raw database error).
void TestDatabase::busyIsRecognised()
{
    auto opened = Database::open(where("b.anju"));
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    auto secondOpened = db->reopen();
    QVERIFY2(secondOpened, qPrintable(secondOpened.summary()));
    auto second = std::move(secondOpened.value());
    QVERIFY(db->setSetting(QStringLiteral("office.name"), QStringLiteral("未定")));
    WriteTransaction first(*db);
    QVERIFY(first.isActive());
    QVERIFY(db->setSetting(QStringLiteral("office.name"), QStringLiteral("第一台")));
    QSqlQuery q(second->connection());
    QSqlError failure;
    if (test::TestDatabase::onServer()) {
        QVERIFY(q.exec(QStringLiteral("SET lock_timeout = '200ms'")));
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE settings SET value = 'x' WHERE key = 'office.name'")));
        failure = q.lastError();
        QSqlQuery(second->connection()).exec(QStringLiteral("ROLLBACK"));
    } else {
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        WriteTransaction blocked(*second);
        QVERIFY(!blocked.isActive());
        QVERIFY(!blocked.error().isEmpty());
        QVERIFY(!q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        failure = q.lastError();
    }
    QVERIFY2(second->dialect().isBusy(failure.nativeErrorCode(), failure.text()),
             qPrintable(failure.nativeErrorCode() + QLatin1Char(' ') + failure.text()));
    QVERIFY(first.commit());
    QCOMPARE(second->setting(QStringLiteral("office.name")), QStringLiteral("第一台"));
}

void TestDatabase::refusesUnreachableServer()
{
    // Nothing listens on port 1 of this machine.
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://clerk@127.0.0.1:1/anju?connect_timeout=2"));
    QCOMPARE(location.engine, SqlDialect::Engine::PostgreSql);
    const auto refused = Database::open(location);
    QVERIFY(!refused);
    QVERIFY2(refused.summary().contains(QStringLiteral("127.0.0.1")), qPrintable(refused.summary()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

#include "database/Database.h"
#include "database/Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsEmptyDatabaseAtLatestSchema();
    void createsMissingFolders();
    void pragmasAreSet();
    void migratesOlderDatabaseAndKeepsBackup();
    void refusesNewerDatabase();
    void refusesForeignSqliteFile();
    void refusesGarbageFile();
    void refusesFolder();
    void settingsRoundTrip();
    void transactionRollsBackUnlessCommitted();
    void postgresNotYetSupported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsEmptyDatabaseAtLatestSchema()
{
    QString error;
    auto db = Database::open(DatabaseLocation::parse(path("a.anju")), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QVERIFY(db->connection().tables().contains(QStringLiteral("persons")));
    QCOMPARE(db->setting(QStringLiteral("rule.own_branch_min_residents")), QStringLiteral("500"));
    QVERIFY(!db->isDemo());
    // Opening again changes nothing and takes no backup.
    db.reset();
    auto again = Database::open(DatabaseLocation::parse(path("a.anju")), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(!QFile::exists(path("a.anju") + QStringLiteral(".schema-1.bak")));
}

void TestDatabase::createsMissingFolders()
{
    QString error;
    auto db = Database::open(DatabaseLocation::parse(path("deep/er/b.anju")), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(QFile::exists(path("deep/er/b.anju")));
}

void TestDatabase::pragmasAreSet()
{
    QString error;
    auto db = Database::open(DatabaseLocation::parse(path("p.anju")), &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() >= 5000);
    // Foreign keys are enforced: a household on a site that does not exist is refused.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO households (number, site_id) VALUES ('X', 12345)")));
}

void TestDatabase::migratesOlderDatabaseAndKeepsBackup()
{
    QString error;
    {
        // A schema-1 file, as the first release wrote it, with a household in it.
        auto db = Database::openAtVersion(DatabaseLocation::parse(path("old.anju")), 1, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES ('S1', 'Old site', '430524')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO households (number, site_id) VALUES ('H1', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship)"
                                      " VALUES (1, '欧阳建华', '34052419800101001X', 'male', '1980-01-01', 'head')")));
        QVERIFY(!db->connection().tables().contains(QStringLiteral("person_name_grams")));
    }
    auto db = Database::open(DatabaseLocation::parse(path("old.anju")), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->setting(QStringLiteral("rule.service_center_min_residents")), QStringLiteral("800"));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sites WHERE code = 'S1'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Old site"));
    // The search index was filled from the persons already there.
    QVERIFY(q.exec(QStringLiteral("SELECT person_id FROM person_name_grams WHERE gram = '建华'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT head_name, member_count FROM households WHERE number = 'H1'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("欧阳建华"));
    QCOMPARE(q.value(1).toInt(), 1);

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

void TestDatabase::refusesNewerDatabase()
{
    QString error;
    {
        auto db = Database::open(DatabaseLocation::parse(path("new.anju")), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, description) VALUES (999, 'future')")));
    }
    auto db = Database::open(DatabaseLocation::parse(path("new.anju")), &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
    QVERIFY(error.contains(QString::number(Database::latestSchemaVersion())));
}

void TestDatabase::refusesForeignSqliteFile()
{
    {
        auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path("foreign.sqlite"));
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QString error;
    QVERIFY(!Database::open(DatabaseLocation::parse(path("foreign.sqlite")), &error));
    QVERIFY(!error.isEmpty());
}

void TestDatabase::refusesGarbageFile()
{
    QFile file(path("garbage.anju"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QString error;
    QVERIFY(!Database::open(DatabaseLocation::parse(path("garbage.anju")), &error));
    QVERIFY(!error.isEmpty());
}

void TestDatabase::refusesFolder()
{
    QString error;
    QVERIFY(!Database::open(DatabaseLocation::parse(m_dir->path()), &error));
    QVERIFY(error.contains(QDir::toNativeSeparators(m_dir->path())));
}

void TestDatabase::settingsRoundTrip()
{
    QString error;
    auto db = Database::open(DatabaseLocation::parse(path("s.anju")), &error);
    QVERIFY(db->setSetting(QStringLiteral("office.name"), QStringLiteral("隆回县易地搬迁后续扶持办")));
    QVERIFY(db->setSetting(QStringLiteral("office.name"), QStringLiteral("新邵县")));
    QCOMPARE(db->setting(QStringLiteral("office.name")), QStringLiteral("新邵县"));
    QCOMPARE(db->setting(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    db->markDemo();
    QVERIFY(db->isDemo());
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    QString error;
    auto db = Database::open(DatabaseLocation::parse(path("t.anju")), &error);
    {
        WriteTransaction t(*db);
        QVERIFY(t.isActive());
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES ('A', 'A', '430524')")), qPrintable(q.lastError().text()));
    }
    {
        WriteTransaction t(*db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sites (code, name, county_code) VALUES ('B', 'B', '430524')")));
        QVERIFY(t.commit());
    }
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(code) FROM sites")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("B"));
}

void TestDatabase::postgresNotYetSupported()
{
    const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("postgresql://clerk@db:5432/anju"));
    QCOMPARE(location.engine, SqlDialect::Engine::PostgreSql);
    QString error;
    QVERIFY(!Database::open(location, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

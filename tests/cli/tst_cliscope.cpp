// Scope that holds on every path, through anju-cli as an office runs it (issue 14): backup is the
// administrator's, `audit` of a manager limited to one site lists that site only, an older database
// waits for its administrator to upgrade it, and a backup of a damaged database replaces nothing.
#include "TestDatabase.h"

#include "accounts/AccountService.h"
#include "registry/RegistryService.h"
#include "registry/SiteService.h"

#include "ProgramRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = test::ProgramRun;

const QDate Today(2026, 11, 28);
constexpr char Password[] = "Xin-2026-yuan";

Household household(qint64 siteId, const QString& number, const QString& idNumber)
{
    Household h;
    h.siteId = siteId;
    h.number = number;
    h.relocationDate = QDate(2020, 1, 1);
    h.originCountyCode = QStringLiteral("430524");
    h.phone = QStringLiteral("13907391234");
    h.members = {test::makePerson(QStringLiteral("赵丽"), idNumber, Relationship::Head)};
    return h;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The schema version of a file as it is on disk, read without opening it through Database (which would
// create or check it).
int schemaOnDisk(const QString& path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
            version = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

} // namespace

class TestCliScope : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run run(const QString& database, const QString& user, const QStringList& arguments,
            const QString& password = QStringLiteral("anju-demo")) const
    {
        QProcessEnvironment env = test::cliEnvironment(m_dir.path(), user);
        env.insert(QStringLiteral("ANJU_PASSWORD"), password);
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("en"),
                                            QStringLiteral("--db"), database} +
                                    arguments,
                                env);
    }

    // The demo accounts (admin, clerk, secretary, manager; password anju-demo) on the fixture.
    static void addDemoUsers(Database& db)
    {
        db.markDemo();
        QVERIFY(accounts::AccountService(db).createDemoUsers());
    }

private slots:
    void managerMayNotBackUp()
    {
        test::TestDatabase fixture(test::TestDatabase::Contents::OneSite, test::TestDatabase::Where::File);
        addDemoUsers(fixture.db());
        const QString file = m_dir.filePath(QStringLiteral("by-manager.sqlite"));
        const Run refused = run(fixture.path(), QStringLiteral("manager"),
                                {QStringLiteral("backup"), QStringLiteral("-o"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("may not back up the database")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        const Run admin = run(fixture.path(), QStringLiteral("admin"),
                              {QStringLiteral("backup"), QStringLiteral("-o"), file});
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
        QVERIFY(QFile::exists(file));
    }

    // `audit --type persons --json` of a manager of one site: that site's persons, not another's ID and
    // phone (before, every site's person came out in full).
    void auditOfTheManagersSitesOnly()
    {
        test::TestDatabase fixture(test::TestDatabase::Contents::OneSite, test::TestDatabase::Where::File);
        Database& db = fixture.db();
        addDemoUsers(db);
        Site site;
        site.code = QStringLiteral("430524002");
        site.name = QStringLiteral("幸福家园");
        site.countyCode = QStringLiteral("430524");
        const Result<Site> other = registry::SiteService(db).saveSite(site);
        QVERIFY2(other, qPrintable(other.summary()));
        registry::RegistryService registry(db);
        const QString mine = test::makeIdNumber(QStringLiteral("430524"), QDate(1990, 1, 1), 11);
        const QString theirs = test::makeIdNumber(QStringLiteral("430524"), QDate(1966, 6, 6), 22);
        const Result<Household> a =
            registry.saveHousehold(household(fixture.siteId(), QStringLiteral("A1"), mine), Today);
        QVERIFY2(a, qPrintable(a.summary()));
        Household b = household(other.value().id, QStringLiteral("B1"), theirs);
        b.phone = QStringLiteral("13812345678");
        QVERIFY(registry.saveHousehold(b, Today));
        User manager;
        manager.name = QStringLiteral("zhang");
        manager.role = Role::Manager;
        manager.siteIds = {fixture.siteId()};
        QVERIFY(accounts::AccountService(db).addUser(manager, QLatin1String(Password)));

        const Run persons = run(fixture.path(), QStringLiteral("zhang"),
                                {QStringLiteral("audit"), QStringLiteral("--type"), QStringLiteral("persons"),
                                 QStringLiteral("--json")},
                                QLatin1String(Password));
        QVERIFY2(persons.exitCode == 0, qPrintable(persons.err));
        const QJsonArray entries = QJsonDocument::fromJson(persons.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("household_id")).toInteger(), a.value().id);
        QVERIFY2(persons.out.contains(mine), qPrintable(persons.out)); // the manager sees in full
        QVERIFY2(!persons.out.contains(theirs), qPrintable(persons.out));

        const Run all = run(fixture.path(), QStringLiteral("zhang"),
                            {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--limit"),
                             QStringLiteral("1000")},
                            QLatin1String(Password));
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QVERIFY(!all.out.contains(theirs));
        QVERIFY(!all.out.contains(QStringLiteral("13812345678")));
        QVERIFY(!all.out.contains(QStringLiteral("幸福家园")));
        // The office's manager, of every site, reads both.
        const Run office = run(fixture.path(), QStringLiteral("manager"),
                               {QStringLiteral("audit"), QStringLiteral("--type"), QStringLiteral("persons"),
                                QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(office.out.toUtf8()).array().size(), 2);
    }

    // init (or any command) on a database of an older schema: refused to the clerk, secretary and manager,
    // the file left at its schema; the administrator's init upgrades it.
    void olderDatabaseWaitsForTheAdministrator()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.anju"));
        const int older = Database::latestSchemaVersion() - 1;
        {
            QString error;
            auto opened = Database::openAtVersion(DatabaseLocation::parse(path), older);
            QVERIFY2(opened, qPrintable(opened.summary()));
            auto db = std::move(opened.value());
            addDemoUsers(*db);
        }
        QCOMPARE(schemaOnDisk(path), older);
        for (const char* user : {"clerk", "secretary", "manager"}) {
            for (const QStringList& command :
                 {QStringList{QStringLiteral("init")},
                  QStringList{QStringLiteral("household"), QStringLiteral("list")}}) {
                const Run refused = run(path, QLatin1String(user), command);
                QCOMPARE(refused.exitCode, 1);
                QVERIFY2(refused.err.contains(QStringLiteral("Ask the administrator to upgrade it")),
                         qPrintable(refused.err));
                QCOMPARE(schemaOnDisk(path), older);
            }
        }
        const Run init = run(path, QStringLiteral("admin"), {QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.err.contains(QStringLiteral("Upgraded")), qPrintable(init.err));
        QVERIFY2(init.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())),
                 qPrintable(init.out));
        QCOMPARE(schemaOnDisk(path), Database::latestSchemaVersion());
        const Run list =
            run(path, QStringLiteral("clerk"), {QStringLiteral("household"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    }

    // The README's first step, init on a new file, needs nobody to log in.
    void initMakesANewDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.anju"));
        const Run init =
            run(path, QStringLiteral("chief"), {QStringLiteral("init")}, QLatin1String(Password));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QStringLiteral("Administrator: chief")), qPrintable(init.out));
        QCOMPARE(schemaOnDisk(path), Database::latestSchemaVersion());
    }

    // `backup -o good.bak` from a damaged database when good.bak exists: exit 1, good.bak byte for byte
    // as it was, and no damaged copy left under any name.
    void damagedDatabaseKeepsTheGoodBackup()
    {
        test::TestDatabase fixture(test::TestDatabase::Contents::OneSite, test::TestDatabase::Where::File);
        Database& db = fixture.db();
        addDemoUsers(db);
        registry::RegistryService registry(db);
        for (int i = 1; i <= 40; ++i)
            QVERIFY(registry.saveHousehold(
                household(fixture.siteId(), QStringLiteral("H%1").arg(i),
                          test::makeIdNumber(QStringLiteral("430524"), QDate(1980, 1, 1), i)),
                Today));
        QTemporaryDir backups;
        const QString good = QDir(backups.path()).filePath(QStringLiteral("good.bak"));
        const QStringList backupTo = {QStringLiteral("backup"), QStringLiteral("-o"), good};
        const Run first = run(fixture.path(), QStringLiteral("admin"), backupTo);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QByteArray goodBytes = contentsOf(good);
        QVERIFY(goodBytes.size() > 8 * 4096);

        // A page of the persons table overwritten, as a failing disk would: users and the trail, which the
        // login reads and writes, stay whole, so the command gets as far as the backup.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        const qint64 pageSize = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'persons'")) &&
                q.next());
        const qint64 rootPage = q.value(0).toLongLong();
        q.finish();
        QFile file(fixture.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((rootPage - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(pageSize, '\x5a')), pageSize);
        file.close();

        const Run over = run(fixture.path(), QStringLiteral("admin"), backupTo);
        QCOMPARE(over.exitCode, 1);
        QVERIFY2(over.err.contains(QStringLiteral("no file was made")), qPrintable(over.err));
        QCOMPARE(contentsOf(good), goodBytes);
        QCOMPARE(QDir(backups.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("good.bak")});
    }
};

QTEST_GUILESS_MAIN(TestCliScope)
#include "tst_cliscope.moc"

#include "TestDatabase.h"
#include "TestServer.h"
#include "Translations.h"

#include "backup/DatabaseBackup.h"
#include "backup/DatabaseCheck.h"
#include "backup/PgTool.h"
#include "database/KeptReaders.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

const QDate Today(2026, 11, 28);

Household family(qint64 siteId, const QString& number, int seq)
{
    Household h;
    h.number = number;
    h.siteId = siteId;
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.members = {
        makePerson(QStringLiteral("王建国"),
                   makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), seq * 10 + 1),
                   Relationship::Head),
    };
    return h;
}

int count(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

bool onServer()
{
    return test::TestDatabase::onServer();
}

// A backup file's name as the program would suggest it: a pg_dump archive from a server.
QString backupName(const char* base)
{
    return QLatin1String(base) + (onServer() ? QStringLiteral(".dump") : QStringLiteral(".sqlite"));
}

// Households in the database `name` on the test server (a restore's kept-aside one), then drops it.
int householdsInAndDrop(const QString& name)
{
    int households = -1;
    {
        const auto kept = Database::open(DatabaseLocation::parse(test::TestServer::urlOf(name)));
        if (kept)
            households = count(*kept.value(), QStringLiteral("SELECT COUNT(*) FROM households"));
    }
    test::TestServer::onMaintenanceDatabase(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    return households;
}

// Read and written by its owner, nobody else.
bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions p = QFile::permissions(path);
    return QFile::exists(path) && (p & others) == 0 && p.testFlag(QFileDevice::ReadOwner);
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Online backup, restore, the daily backups' rotation, and the check command's rules. On the test server
// (tst_backup_pg) the same calls go through pg_dump and pg_restore; the daily backup is the file's only.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_db = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_db.reset(); }
    void backupAndRestoreRoundTrip();
    void verifyRefusesWhatCannotBeRestored();
    void backupOfTheOtherEngineIsRefused();
    void backupWhileAnotherConnectionWrites();
    void onlyPermittedRolesBackUpAndRestore();
    void serverRestoreWaitsForOtherDesks();
    void messagesInChinese();
    void dailyBackupOncePerDay();
    void rotationKeepsDaysAndMonthEnds();
    void checkFindsBrokenRules();
    void checkReportsWhatTheServerKnows();
    void checkListsFilesLeftBeside();
    void serverToolsGetTheConnectionInTheirEnvironment();
    void backupsAreOwnerOnly();
    void failedVerificationKeepsTheGoodBackup();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestBackup::backupAndRestoreRoundTrip()
{
    Database& db = m_db->db();
    registry::RegistryService registry(db);
    QVERIFY(registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today));
    QTemporaryDir dir;
    const QString file = dir.filePath(backupName("backup"));
    int lastDone = -1, lastTotal = -1;
    const Outcome backup = backup::DatabaseBackup::backup(db, file, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY2(backup, qPrintable(backup.summary()));
    QVERIFY(lastTotal > 0);
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal"))); // one self-contained file
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup'")), 1);
    int version = 0;
    QCOMPARE(backup::DatabaseBackup::verify(file, &version), QString());
    QCOMPARE(version, Database::latestSchemaVersion());

    // Work after the backup…
    QVERIFY(registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0002"), 2), Today));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM households")), 2);
    // (the window's summary loader reading on its kept connection meanwhile)
    KeptReaders loader(1);
    const auto householdsSeenByTheLoader = [&] {
        int seen = -1;
        loader.run(db, [&](const Database* reader, const Outcome&) {
            if (reader)
                seen = count(*reader, QStringLiteral("SELECT COUNT(*) FROM households"));
        });
        return seen;
    };
    QCOMPARE(householdsSeenByTheLoader(), 2);
    // …is gone after the restore, and kept in the file set aside.
    QString aside;
    const Outcome restored = backup::DatabaseBackup::restore(db, file, &aside);
    QVERIFY2(restored, qPrintable(restored.summary()));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM households")), 1);
    QCOMPARE(householdsSeenByTheLoader(), 1);
    QVERIFY(registry::HouseholdRepository(db).householdByNumber(QStringLiteral("430524001-0001")));
    QVERIFY(!registry::HouseholdRepository(db).householdByNumber(QStringLiteral("430524001-0002")));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'")), 1);
    if (onServer()) {
        // The database as it was is kept under another name, with the work done after the backup.
        QVERIFY2(aside.startsWith(m_db->location().path.section(QLatin1Char('/'), -1) +
                                  QStringLiteral("_before_restore_")),
                 qPrintable(aside));
        QCOMPARE(householdsInAndDrop(aside), 2);
    } else {
        QCOMPARE(count(db, QStringLiteral("PRAGMA integrity_check")), 0); // "ok" is not a number
        QVERIFY(QFile::exists(aside));
        QCOMPARE(backup::DatabaseBackup::verify(aside), QString());
        // The database is still in WAL mode.
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }
    // It takes writes, audited under the same user.
    const Result<Household> after =
        registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0003"), 3), Today);
    QVERIFY2(after, qPrintable(after.summary()));
    // A second connection sees the restored contents.
    auto second = m_db->secondConnection();
    QCOMPARE(count(*second, QStringLiteral("SELECT COUNT(*) FROM households")), 2);
    QCOMPARE(count(*second, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'insert' AND"
                                           " record_type = 'households' AND user_name = 'test-admin'")),
             2); // 0001 before the backup and 0003 after the restore
}

void TestBackup::verifyRefusesWhatCannotBeRestored()
{
    QTemporaryDir dir;
    QVERIFY(!backup::DatabaseBackup::verify(dir.filePath(QStringLiteral("missing.sqlite"))).isEmpty());
    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'j'));
    junk.close();
    QVERIFY(!backup::DatabaseBackup::verify(junk.fileName()).isEmpty());
    QVERIFY(!backup::DatabaseBackup::restore(m_db->db(), junk.fileName()));

    // A backup from a newer program.
    const QString newer = dir.filePath(backupName("newer"));
    if (onServer()) {
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO schema_version (version, description) VALUES (999, 'future')")));
        QVERIFY(backup::DatabaseBackup::backup(m_db->db(), newer));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version = 999")));
    } else {
        QVERIFY(backup::DatabaseBackup::backup(m_db->db(), newer));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(newer);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(
            QStringLiteral("INSERT INTO schema_version (version, description) VALUES (999, 'future')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    QVERIFY2(backup::DatabaseBackup::verify(newer).contains(QStringLiteral("newer version")),
             qPrintable(backup::DatabaseBackup::verify(newer)));
    QVERIFY(!backup::DatabaseBackup::restore(m_db->db(), newer));

    // A damaged backup: bytes overwritten in the middle (a file's pages, an archive's compressed data).
    const QString damaged = dir.filePath(backupName("damaged"));
    QVERIFY(backup::DatabaseBackup::backup(m_db->db(), damaged));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    file.seek(onServer() ? file.size() / 2 : 4096 * 3);
    file.write(QByteArray(4096 * 4, '\x5a'));
    file.close();
    QVERIFY(!backup::DatabaseBackup::verify(damaged).isEmpty());
    const int sites = count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites"));
    QVERIFY(!backup::DatabaseBackup::restore(m_db->db(), damaged));
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites")), sites);
    // A cut-off one.
    const QString cut = dir.filePath(backupName("cut"));
    QVERIFY(QFile::copy(dir.filePath(backupName("newer")), cut));
    QVERIFY(QFile(cut).resize(QFileInfo(cut).size() / 3));
    QVERIFY(!backup::DatabaseBackup::verify(cut).isEmpty());
    QVERIFY(!backup::DatabaseBackup::restore(m_db->db(), cut));
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites")), sites);
}

// A file's backup is not restored on a server, nor a server's in a file; a server's archive of some other
// program's database is not taken for an Anju backup.
void TestBackup::backupOfTheOtherEngineIsRefused()
{
    QTemporaryDir dir;
    const QString otherBackup = dir.filePath(QStringLiteral("other.backup"));
    if (onServer()) {
        test::TestDatabase other(test::TestDatabase::Contents::OneSite, test::TestDatabase::Where::File);
        QVERIFY(backup::DatabaseBackup::backup(other.db(), otherBackup));
    } else {
        // What pg_dump's archives start with; the file is refused before anything reads further.
        QFile archive(otherBackup);
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.write(QByteArray("PGDMP") + QByteArray(4000, '\0'));
    }
    const Outcome refused = backup::DatabaseBackup::restore(m_db->db(), otherBackup);
    QVERIFY(!refused);
    QVERIFY2(refused.summary().contains(onServer() ? QStringLiteral("backup of a database file")
                                                   : QStringLiteral("only on a server")),
             qPrintable(refused.summary()));
    if (!onServer())
        return;
    // pg_dump of a database that is not Anju's.
    const QString name = test::TestServer::newDatabaseName();
    test::TestServer::onMaintenanceDatabase(QStringLiteral("CREATE DATABASE ") + name);
    {
        auto foreign = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
        const QUrl url(test::TestServer::urlOf(name));
        foreign.setHostName(url.host());
        foreign.setPort(url.port());
        foreign.setUserName(url.userName());
        foreign.setDatabaseName(name);
        QVERIFY(foreign.open());
        QVERIFY(QSqlQuery(foreign).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        foreign.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QString foreignDump = dir.filePath(QStringLiteral("songs.dump"));
    const Result<QString> pgDumpPath = backup::PgTool::find(QStringLiteral("pg_dump"));
    QVERIFY2(pgDumpPath, qPrintable(pgDumpPath.summary()));
    QProcess pgDump;
    pgDump.start(pgDumpPath.value(),
                 {QStringLiteral("-Fc"), QStringLiteral("-f"), foreignDump, test::TestServer::urlOf(name)});
    QVERIFY(pgDump.waitForFinished() && pgDump.exitCode() == 0);
    test::TestServer::onMaintenanceDatabase(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    QVERIFY2(backup::DatabaseBackup::verify(foreignDump).contains(QStringLiteral("not of an Anju database")),
             qPrintable(backup::DatabaseBackup::verify(foreignDump)));
    QVERIFY(!backup::DatabaseBackup::restore(m_db->db(), foreignDump));
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites")), 1);
}

void TestBackup::backupWhileAnotherConnectionWrites()
{
    // The backup reads a step at a time; a second desk's writes in between do not make it fail.
    auto other = m_db->secondConnection();
    registry::RegistryService registry(*other);
    QTemporaryDir dir;
    int steps = 0;
    const Outcome outcome =
        backup::DatabaseBackup::backup(m_db->db(), dir.filePath(backupName("live")), [&](int, int) {
            if (steps++ == 0)
                registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
            return true;
        });
    QVERIFY2(outcome, qPrintable(outcome.summary()));
    QCOMPARE(backup::DatabaseBackup::verify(dir.filePath(backupName("live"))), QString());
    QVERIFY(steps >= 1);
}

void TestBackup::onlyPermittedRolesBackUpAndRestore()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(backupName("b"));
    m_db->logInAs(Role::Clerk);
    QVERIFY(!backup::DatabaseBackup::backup(m_db->db(), file));
    QVERIFY(!QFile::exists(file));
    // The manager neither: a backup is every site and every user's password hash (tst_scope).
    m_db->logInAs(Role::Manager);
    QVERIFY(!backup::DatabaseBackup::backup(m_db->db(), file));
    QVERIFY(!QFile::exists(file));
    m_db->logInAs(Role::Admin);
    QVERIFY(backup::DatabaseBackup::backup(m_db->db(), file));
    m_db->logInAs(Role::Manager);
    QVERIFY(!backup::DatabaseBackup::restore(m_db->db(), file));
    m_db->logInAs(Role::Admin);
    QString aside;
    QVERIFY(backup::DatabaseBackup::restore(m_db->db(), file, &aside));
    if (onServer())
        QCOMPARE(householdsInAndDrop(aside), 0);
}

void TestBackup::serverRestoreWaitsForOtherDesks()
{
    if (!onServer())
        QSKIP("a file is restored under the other desks' feet by SQLite's own locking");
    QTemporaryDir dir;
    const QString file = dir.filePath(backupName("busy"));
    QVERIFY(backup::DatabaseBackup::backup(m_db->db(), file));
    {
        auto otherDesk = m_db->secondConnection();
        const Outcome refused = backup::DatabaseBackup::restore(m_db->db(), file);
        QVERIFY(!refused);
        QVERIFY2(refused.summary().contains(QStringLiteral("1 other connection")),
                 qPrintable(refused.summary()));
        // Nothing was renamed: the other desk goes on working.
        QCOMPARE(count(*otherDesk, QStringLiteral("SELECT COUNT(*) FROM sites")), 1);
        QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites")), 1);
    }
    QString aside;
    const Outcome restored = backup::DatabaseBackup::restore(m_db->db(), file, &aside);
    QVERIFY2(restored, qPrintable(restored.summary()));
    QCOMPARE(householdsInAndDrop(aside), 0);
}

// What a clerk in the office sees: progress and refusals in Chinese.
void TestBackup::messagesInChinese()
{
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QTemporaryDir dir;
    QFile junk(dir.filePath(backupName("junk")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(onServer() ? QByteArray("PGDMP") + QByteArray(4000, 'j') : QByteArray(8192, 'j'));
    junk.close();
    const Outcome refused = backup::DatabaseBackup::restore(m_db->db(), junk.fileName());
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QVERIFY(!refused);
    QVERIFY2(refused.summary().contains(onServer() ? QStringLiteral("已损坏") : QStringLiteral("不是")),
             qPrintable(refused.summary()));
    QVERIFY2(refused.summary().contains(QDir::toNativeSeparators(junk.fileName())),
             qPrintable(refused.summary()));
}

void TestBackup::dailyBackupOncePerDay()
{
    Database& db = m_db->db();
    m_db->logInAs(Role::Clerk); // any user's first start of the day makes it
    if (onServer()) {
        // Not on every desk of a server (docs/decisions.md): the server's backup is the administrator's.
        const Result<QString> refused = backup::DatabaseBackup::dailyBackup(db, Today);
        QVERIFY(!refused);
        QVERIFY2(refused.summary().contains(QStringLiteral("anju-cli backup")),
                 qPrintable(refused.summary()));
        return;
    }
    const Result<QString> first = backup::DatabaseBackup::dailyBackup(db, Today);
    QVERIFY2(first, qPrintable(first.summary()));
    QVERIFY(first.value().endsWith(QStringLiteral("test-2026-11-28.sqlite")));
    QVERIFY(QFile::exists(first.value()));
    QCOMPARE(QFileInfo(first.value()).absolutePath(), backup::DatabaseBackup::folderFor(db));
    const Result<QString> again = backup::DatabaseBackup::dailyBackup(db, Today);
    QVERIFY(again);
    QVERIFY(again.value().isEmpty());
    // Twenty days on: the old ones beyond the rule go.
    for (int d = 1; d <= 20; ++d)
        QVERIFY(backup::DatabaseBackup::dailyBackup(db, Today.addDays(d)));
    const QStringList files = QDir(backup::DatabaseBackup::folderFor(db)).entryList(QDir::Files);
    QCOMPARE(files.size(), 14 + 1); // the last 14 days and November's last
    QVERIFY(files.contains(QStringLiteral("test-2026-11-30.sqlite")));
    QVERIFY(!files.contains(QStringLiteral("test-2026-11-28.sqlite")));
}

void TestBackup::rotationKeepsDaysAndMonthEnds()
{
    // A year and a half of daily backups.
    QList<QDate> days;
    const QDate today(2026, 11, 28);
    for (QDate d = today.addDays(-540); d <= today; d = d.addDays(1))
        days.append(d);
    const QList<QDate> removed = backup::DatabaseBackup::toDelete(days, today, 14, 12);
    QList<QDate> kept;
    for (QDate d : days) {
        if (!removed.contains(d))
            kept.append(d);
    }
    QCOMPARE(kept.size(), 14 + 11); // November's last is among the 14 days
    for (int i = 0; i < 14; ++i)
        QVERIFY(kept.contains(today.addDays(-i)));
    for (int m = 1; m <= 11; ++m) {
        const QDate month = QDate(2026, 11, 1).addMonths(-m);
        QVERIFY2(kept.contains(QDate(month.year(), month.month(), month.daysInMonth())),
                 qPrintable(month.toString()));
    }
    QVERIFY(!kept.contains(QDate(2025, 11, 30))); // the thirteenth month back
    // Gaps (holidays) do not shorten what is kept.
    QCOMPARE(backup::DatabaseBackup::toDelete({QDate(2026, 1, 5), QDate(2026, 1, 31)}, today).size(), 0);
}

void TestBackup::checkFindsBrokenRules()
{
    Database& db = m_db->db();
    const Result<Household> saved = registry::RegistryService(db).saveHousehold(
        family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
    QVERIFY(saved);
    Result<QList<backup::CheckFinding>> clean = backup::DatabaseCheck(db).run();
    QVERIFY(clean);
    QVERIFY(clean.value().isEmpty());
    // What a hand edit or an old import might leave: a head gone, an ID number with a wrong check digit.
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE persons SET relationship = 'son', id_number = '43052419750402011'")));
    const Result<QList<backup::CheckFinding>> findings = backup::DatabaseCheck(db).run();
    QVERIFY(findings);
    QStringList rules;
    for (const backup::CheckFinding& f : findings.value())
        rules.append(f.rule);
    QCOMPARE(rules, (QStringList{QStringLiteral("no_head"), QStringLiteral("invalid_id")}));
    QCOMPARE(findings.value().constFirst().householdNumber, QStringLiteral("430524001-0001"));
    m_db->logInAs(Role::Clerk);
    QVERIFY(!backup::DatabaseCheck(db).run());
}

// A restore's kept-aside copy and the .part files of interrupted backups hold the whole registry: check
// names them, so that they do not stay forever beside the database.
void TestBackup::checkListsFilesLeftBeside()
{
    if (onServer())
        QSKIP("a server keeps its kept-aside databases itself");
    Database& db = m_db->db();
    const QFileInfo file(db.location().path);
    QDir folder = file.absoluteDir();
    const QString aside =
        folder.filePath(file.fileName() + QStringLiteral(".before-restore-20261206-093000.sqlite"));
    const QString exportPart = folder.filePath(QStringLiteral(".花名册.xlsx.a1b2c3.part"));
    QVERIFY(QDir().mkpath(backup::DatabaseBackup::folderFor(db)));
    const QString backupPart =
        QDir(backup::DatabaseBackup::folderFor(db)).filePath(QStringLiteral("daily.sqlite.part"));
    for (const QString& name : {aside, exportPart, backupPart}) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const Result<QList<backup::CheckFinding>> findings = backup::DatabaseCheck(db).run();
    QVERIFY(findings);
    QStringList named;
    for (const backup::CheckFinding& f : findings.value())
        named.append(f.rule + QLatin1Char(' ') +
                     QFileInfo(f.message.section(QLatin1Char(' '), 0, 0)).fileName());
    named.sort();
    QCOMPARE(named, (QStringList{QStringLiteral("kept_aside ") + QFileInfo(aside).fileName(),
                                 QStringLiteral("unfinished_file .花名册.xlsx.a1b2c3.part"),
                                 QStringLiteral("unfinished_file daily.sqlite.part")}));
}

void TestBackup::checkReportsWhatTheServerKnows()
{
    if (!onServer())
        QSKIP("SQLite's integrity check is in checkFindsBrokenRules");
    Database& db = m_db->db();
    QVERIFY(registry::RegistryService(db).saveHousehold(
        family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today));
    QVERIFY(registry::RegistryService(db).saveHousehold(
        family(m_db->siteId(), QStringLiteral("430524001-0002"), 2), Today));
    QSqlQuery q(db.connection());
    // What a failed or hand-made schema change leaves: an index CREATE INDEX CONCURRENTLY did not finish
    // (two households have the same head name), a constraint added NOT VALID.
    QVERIFY(
        !q.exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY heads_unique ON households (head_name)")));
    QVERIFY(q.exec(QStringLiteral(
        "ALTER TABLE households ADD CONSTRAINT members_counted CHECK (member_count > 0) NOT VALID")));
    QVERIFY(q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck")));
    const Result<QList<backup::CheckFinding>> findings = backup::DatabaseCheck(db).run();
    QVERIFY2(findings, qPrintable(findings.summary()));
    QStringList rules;
    for (const backup::CheckFinding& f : findings.value())
        rules.append(f.rule);
    QCOMPARE(rules, (QStringList{QStringLiteral("invalid_index"), QStringLiteral("unvalidated_constraint")}));
    QVERIFY(findings.value().constFirst().message.contains(QStringLiteral("heads_unique")));
    // Built again and validated: all is well (amcheck found nothing wrong in the indexes either).
    QVERIFY(q.exec(QStringLiteral("DROP INDEX heads_unique")));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE households VALIDATE CONSTRAINT members_counted")));
    const Result<QList<backup::CheckFinding>> clean = backup::DatabaseCheck(db).run();
    QVERIFY(clean);
    QVERIFY(clean.value().isEmpty());
}

// pg_dump and pg_restore connect as the program does, with nothing of it on their command line.
void TestBackup::serverToolsGetTheConnectionInTheirEnvironment()
{
    DatabaseLocation location = DatabaseLocation::parse(QStringLiteral(
        "postgresql://clerk@db.example:5433/anju?sslmode=verify-full&sslrootcert=/etc/anju/ca.pem"
        "&connect_timeout=5"));
    location.password = QStringLiteral("s3cret");
    const QProcessEnvironment env = backup::PgTool::environment(location);
    QCOMPARE(env.value(QStringLiteral("PGHOST")), QStringLiteral("db.example"));
    QCOMPARE(env.value(QStringLiteral("PGPORT")), QStringLiteral("5433"));
    QCOMPARE(env.value(QStringLiteral("PGUSER")), QStringLiteral("clerk"));
    QCOMPARE(env.value(QStringLiteral("PGDATABASE")), QStringLiteral("anju"));
    QCOMPARE(env.value(QStringLiteral("PGPASSWORD")), QStringLiteral("s3cret"));
    QCOMPARE(env.value(QStringLiteral("PGSSLMODE")), QStringLiteral("verify-full"));
    QCOMPARE(env.value(QStringLiteral("PGSSLROOTCERT")), QStringLiteral("/etc/anju/ca.pem"));
    QCOMPARE(env.value(QStringLiteral("PGCONNECT_TIMEOUT")), QStringLiteral("5"));
    QCOMPARE(
        backup::PgTool::environment(location, QStringLiteral("postgres")).value(QStringLiteral("PGDATABASE")),
        QStringLiteral("postgres"));
    // Without a password the child looks in ~/.pgpass itself, and none is inherited from a stale variable
    // unless this process has one.
    location.password.clear();
    QCOMPARE(backup::PgTool::environment(location).contains(QStringLiteral("PGPASSWORD")),
             qEnvironmentVariableIsSet("PGPASSWORD"));
}

// Backups and the copy kept aside by a restore hold everyone's data: only their owner may read them,
// whatever the umask.
void TestBackup::backupsAreOwnerOnly()
{
#ifdef Q_OS_UNIX
    Database& db = m_db->db();
    QVERIFY(registry::RegistryService(db).saveHousehold(
        family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today));
    QTemporaryDir dir;
    const QString file = dir.filePath(backupName("backup"));
    const mode_t previous = ::umask(022);
    const Outcome made = backup::DatabaseBackup::backup(db, file);
    QString aside;
    const Outcome restored = made ? backup::DatabaseBackup::restore(db, file, &aside) : made;
    const Result<QString> daily =
        onServer() ? Result<QString>(QString()) : backup::DatabaseBackup::dailyBackup(db, Today);
    ::umask(previous);
    QVERIFY2(made, qPrintable(made.summary()));
    QVERIFY2(ownerOnly(file), qPrintable(QString::number(QFile::permissions(file).toInt(), 16)));
    QVERIFY2(restored, qPrintable(restored.summary()));
    if (onServer()) {
        householdsInAndDrop(aside);
        return;
    }
    QVERIFY2(ownerOnly(aside), qPrintable(QString::number(QFile::permissions(aside).toInt(), 16)));
    QVERIFY2(daily, qPrintable(daily.summary()));
    QVERIFY2(ownerOnly(daily.value()), qPrintable(daily.value()));
#else
    QSKIP("Unix file modes");
#endif
}

// A backup is checked under a temporary name before it takes the name asked for: a copy of a damaged
// database neither replaces a good backup nor stays behind under the final name.
void TestBackup::failedVerificationKeepsTheGoodBackup()
{
    if (onServer())
        QSKIP("A damaged database file is the file's case; the server's archive is checked the same way");
    Database& db = m_db->db();
    registry::RegistryService registry(db);
    for (int i = 1; i <= 40; ++i)
        QVERIFY(registry.saveHousehold(
            family(m_db->siteId(), QStringLiteral("430524001-%1").arg(i, 4, 10, QLatin1Char('0')), i),
            Today));
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.bak"));
    QVERIFY(backup::DatabaseBackup::backup(db, good));
    QCOMPARE(backup::DatabaseBackup::verify(good), QString());
    const QByteArray goodBytes = contentsOf(good);

    // Damage the database file's pages (as a failing disk would) behind the program's back.
    QSqlQuery checkpoint(db.connection());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    QFile file(m_db->location().path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    file.seek(4096 * 3);
    file.write(QByteArray(4096 * 4, '\x5a'));
    file.close();

    const Outcome over = backup::DatabaseBackup::backup(db, good);
    QVERIFY(!over);
    QVERIFY2(over.summary().contains(QStringLiteral("good.bak.part")), qPrintable(over.summary()));
    QCOMPARE(contentsOf(good), goodBytes);
    const Outcome fresh = backup::DatabaseBackup::backup(db, dir.filePath(QStringLiteral("new.bak")));
    QVERIFY(!fresh);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("good.bak")});
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

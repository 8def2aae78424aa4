#include "TestDatabase.h"

#include "backup/DatabaseBackup.h"
#include "backup/DatabaseCheck.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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

} // namespace

// Online backup, restore, the daily backups' rotation, and the check command's rules.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_db = std::make_unique<test::TestDatabase>(); }
    void backupAndRestoreRoundTrip();
    void verifyRefusesWhatCannotBeRestored();
    void backupWhileAnotherConnectionWrites();
    void onlyPermittedRolesBackUpAndRestore();
    void dailyBackupOncePerDay();
    void rotationKeepsDaysAndMonthEnds();
    void checkFindsBrokenRules();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestBackup::backupAndRestoreRoundTrip()
{
    Database& db = m_db->db();
    RegistryService registry(db);
    QVERIFY(registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
    int lastDone = -1, lastTotal = -1;
    const Outcome backup = DatabaseBackup::backup(db, file, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY2(backup, qPrintable(backup.summary()));
    QVERIFY(lastTotal > 0);
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal"))); // one self-contained file
    int version = 0;
    QCOMPARE(DatabaseBackup::verify(file, &version), QString());
    QCOMPARE(version, Database::latestSchemaVersion());

    // Work after the backup…
    QVERIFY(registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0002"), 2), Today));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM households")), 2);
    // …is gone after the restore, and kept in the file set aside.
    QString aside;
    const Outcome restored = DatabaseBackup::restore(db, file, &aside);
    QVERIFY2(restored, qPrintable(restored.summary()));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM households")), 1);
    QVERIFY(HouseholdRepository(db).householdByNumber(QStringLiteral("430524001-0001")));
    QVERIFY(!HouseholdRepository(db).householdByNumber(QStringLiteral("430524001-0002")));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'")), 1);
    QCOMPARE(count(db, QStringLiteral("PRAGMA integrity_check")), 0); // "ok" is not a number
    QVERIFY(QFile::exists(aside));
    QCOMPARE(DatabaseBackup::verify(aside), QString());
    // The database is still in WAL mode and takes writes.
    QSqlQuery mode(db.connection());
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    mode.finish();
    const Result<Household> after =
        registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0003"), 3), Today);
    QVERIFY2(after, qPrintable(after.summary()));
    // A second connection sees the restored contents.
    auto second = m_db->secondConnection();
    QCOMPARE(count(*second, QStringLiteral("SELECT COUNT(*) FROM households")), 2);
}

void TestBackup::verifyRefusesWhatCannotBeRestored()
{
    QTemporaryDir dir;
    QVERIFY(!DatabaseBackup::verify(dir.filePath(QStringLiteral("missing.sqlite"))).isEmpty());
    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'j'));
    junk.close();
    QVERIFY(!DatabaseBackup::verify(junk.fileName()).isEmpty());

    // A backup from a newer program.
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(DatabaseBackup::backup(m_db->db(), newer));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(newer);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(
            QStringLiteral("INSERT INTO schema_version (version, description) VALUES (999, 'future')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    QVERIFY(DatabaseBackup::verify(newer).contains(QStringLiteral("newer version")));
    QVERIFY(!DatabaseBackup::restore(m_db->db(), newer));

    // A damaged backup: pages overwritten in the middle.
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(DatabaseBackup::backup(m_db->db(), damaged));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    file.seek(4096 * 3);
    file.write(QByteArray(4096 * 4, '\x5a'));
    file.close();
    QVERIFY(!DatabaseBackup::verify(damaged).isEmpty());
    const int sites = count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites"));
    QVERIFY(!DatabaseBackup::restore(m_db->db(), damaged));
    QCOMPARE(count(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM sites")), sites);
}

void TestBackup::backupWhileAnotherConnectionWrites()
{
    // The backup reads a step at a time; a second desk's writes in between do not make it fail.
    auto other = m_db->secondConnection();
    RegistryService registry(*other);
    QTemporaryDir dir;
    int steps = 0;
    const Outcome outcome =
        DatabaseBackup::backup(m_db->db(), dir.filePath(QStringLiteral("live.sqlite")), [&](int, int) {
            if (steps++ == 0)
                registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
            return true;
        });
    QVERIFY2(outcome, qPrintable(outcome.summary()));
    QCOMPARE(DatabaseBackup::verify(dir.filePath(QStringLiteral("live.sqlite"))), QString());
}

void TestBackup::onlyPermittedRolesBackUpAndRestore()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("b.sqlite"));
    m_db->logInAs(Role::Clerk);
    QVERIFY(!DatabaseBackup::backup(m_db->db(), file));
    QVERIFY(!QFile::exists(file));
    m_db->logInAs(Role::Manager);
    QVERIFY(DatabaseBackup::backup(m_db->db(), file));
    QVERIFY(!DatabaseBackup::restore(m_db->db(), file));
    m_db->logInAs(Role::Admin);
    QVERIFY(DatabaseBackup::restore(m_db->db(), file));
}

void TestBackup::dailyBackupOncePerDay()
{
    Database& db = m_db->db();
    m_db->logInAs(Role::Clerk); // any user's first start of the day makes it
    const Result<QString> first = DatabaseBackup::dailyBackup(db, Today);
    QVERIFY2(first, qPrintable(first.summary()));
    QVERIFY(first.value().endsWith(QStringLiteral("test-2026-11-28.sqlite")));
    QVERIFY(QFile::exists(first.value()));
    QCOMPARE(QFileInfo(first.value()).absolutePath(), DatabaseBackup::folderFor(db));
    const Result<QString> again = DatabaseBackup::dailyBackup(db, Today);
    QVERIFY(again);
    QVERIFY(again.value().isEmpty());
    // Twenty days on: the old ones beyond the rule go.
    for (int d = 1; d <= 20; ++d)
        QVERIFY(DatabaseBackup::dailyBackup(db, Today.addDays(d)));
    const QStringList files = QDir(DatabaseBackup::folderFor(db)).entryList(QDir::Files);
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
    const QList<QDate> removed = DatabaseBackup::toDelete(days, today, 14, 12);
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
    QCOMPARE(DatabaseBackup::toDelete({QDate(2026, 1, 5), QDate(2026, 1, 31)}, today).size(), 0);
}

void TestBackup::checkFindsBrokenRules()
{
    Database& db = m_db->db();
    const Result<Household> saved =
        RegistryService(db).saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
    QVERIFY(saved);
    Result<QList<CheckFinding>> clean = DatabaseCheck(db).run();
    QVERIFY(clean);
    QVERIFY(clean.value().isEmpty());
    // What a hand edit or an old import might leave: a head gone, an ID number with a wrong check digit.
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE persons SET relationship = 'son', id_number = '43052419750402011'")));
    const Result<QList<CheckFinding>> findings = DatabaseCheck(db).run();
    QVERIFY(findings);
    QStringList rules;
    for (const CheckFinding& f : findings.value())
        rules.append(f.rule);
    QCOMPARE(rules, (QStringList{QStringLiteral("no_head"), QStringLiteral("invalid_id")}));
    QCOMPARE(findings.value().constFirst().householdNumber, QStringLiteral("430524001-0001"));
    m_db->logInAs(Role::Clerk);
    QVERIFY(!DatabaseCheck(db).run());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

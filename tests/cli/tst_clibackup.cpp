// anju-cli backup, restore and check on the test's engine: a file, or (tst_clibackup_pg) a database on
// the throw-away server through pg_dump and pg_restore. In Chinese, as an office runs it.
#include "TestDatabase.h"
#include "TestServer.h"

#include "accounts/AccountService.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"

#include "ProgramRun.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = test::ProgramRun;

const QDate Today(2026, 11, 28);

Household household(qint64 siteId, const QString& number, int seq)
{
    Household h;
    h.siteId = siteId;
    h.number = number;
    h.relocationDate = QDate(2020, 1, 1);
    h.originCountyCode = QStringLiteral("430524");
    h.members = {test::makePerson(QStringLiteral("赵丽"),
                                  test::makeIdNumber(QStringLiteral("430524"), QDate(1990, 1, 1), seq),
                                  Relationship::Head)};
    return h;
}

int households(const Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM households")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run run(const test::TestDatabase& db, const QStringList& arguments) const
    {
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("zh_CN"),
                                            QStringLiteral("--db"), db.location().path} +
                                    arguments,
                                test::cliEnvironment(m_dir.path(), QStringLiteral("admin")));
    }

private slots:
    void backupChangeRestoreCheck()
    {
        test::TestDatabase fixture;
        Database& db = fixture.db();
        db.markDemo(); // for its demo accounts, which the command logs in with
        QVERIFY(accounts::AccountService(db).createDemoUsers());
        QVERIFY(registry::RegistryService(db).saveHousehold(
            household(fixture.siteId(), QStringLiteral("H1"), 11), Today));
        const QString file = m_dir.filePath(test::TestDatabase::onServer() ? QStringLiteral("b.dump")
                                                                           : QStringLiteral("b.sqlite"));
        const Run backup = run(fixture, {QStringLiteral("backup"), QStringLiteral("-o"), file});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY2(backup.err.contains(QStringLiteral("正在备份：100%")), qPrintable(backup.err));
        QVERIFY2(backup.out.contains(QStringLiteral("备份文件：")), qPrintable(backup.out));

        // Work after the backup, which the restore takes back.
        QVERIFY(registry::RegistryService(db).saveHousehold(
            household(fixture.siteId(), QStringLiteral("H2"), 12), Today));
        QCOMPARE(households(db), 2);
        if (test::TestDatabase::onServer()) {
            // This test's own connection is "another desk" to the command: refused, nothing changed.
            const Run refused = run(fixture, {QStringLiteral("restore"), file});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("请其他工作站先退出安居")), qPrintable(refused.err));
            QCOMPARE(households(db), 2);
            db.disconnect();
        }
        const Run restore = run(fixture, {QStringLiteral("restore"), file});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        QVERIFY2(restore.err.contains(QStringLiteral("正在恢复：100%")), qPrintable(restore.err));
        QVERIFY2(restore.out.contains(QStringLiteral("恢复前的数据库：")), qPrintable(restore.out));
        const Outcome reconnected = db.reconnect();
        QVERIFY2(reconnected, qPrintable(reconnected.summary()));
        QCOMPARE(households(db), 1);
        QVERIFY(registry::HouseholdRepository(db).householdByNumber(QStringLiteral("H1")));
        QSqlQuery audit(db.connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT user_name FROM audit_log WHERE action = 'restore'")) &&
                audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("admin"));
        if (test::TestDatabase::onServer()) {
            const QString aside =
                QRegularExpression(QStringLiteral("恢复前的数据库：(\\S+)")).match(restore.out).captured(1);
            QVERIFY2(aside.contains(QStringLiteral("_before_restore_")), qPrintable(aside));
            test::TestServer::onMaintenanceDatabase(
                QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(aside));
        }

        if (!test::TestDatabase::onServer()) {
            // The copy kept aside holds the whole registry: check names it until the administrator
            // deletes it.
            const QString aside =
                QRegularExpression(QStringLiteral("恢复前的数据库：(\\S+)")).match(restore.out).captured(1);
            QVERIFY2(QFile::exists(aside), qPrintable(restore.out));
            const Run listed = run(fixture, {QStringLiteral("check")});
            QCOMPARE(listed.exitCode, 1);
            QVERIFY2(listed.out.contains(QFileInfo(aside).fileName()), qPrintable(listed.out + listed.err));
            QVERIFY(QFile::remove(aside));
        }
        const Run check = run(fixture, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY2(check.out.contains(QStringLiteral("未发现问题")), qPrintable(check.out));

        // Not a backup: refused in Chinese, the database as it was.
        const QString junk = m_dir.filePath(QStringLiteral("junk.dump"));
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly));
        junkFile.write(QByteArray(5000, 'j'));
        junkFile.close();
        db.disconnect();
        const Run refused = run(fixture, {QStringLiteral("restore"), junk});
        QVERIFY(db.reconnect().ok());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("不是")), qPrintable(refused.err));
        QCOMPARE(households(db), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"

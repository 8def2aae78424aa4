// anju-cli migrate, the real executable: a demo file's administrator moves it onto the test server (one
// audit event in their name); a clerk may not. Runs as tst_climigrate_pg, with the server.
#include "TestDatabase.h"

#include "ProgramRun.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

class TestCliMigrate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    using Run = test::ProgramRun;

    Run run(const QStringList& arguments, const QString& user) const
    {
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("en")} + arguments,
                                test::cliEnvironment(m_dir.path(), user));
    }

    Run migrate(const test::TestDatabase& server, const QString& user) const
    {
        return run({QStringLiteral("migrate"), QStringLiteral("--from"), m_file, QStringLiteral("--to"),
                    server.location().path},
                   user);
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::onServer())
            // Skipping here would let the executable pass on a file having tested nothing.
            QFAIL("moves a file onto the test server: registered as tst_climigrate_pg only (ctest -R "
                  "tst_climigrate_pg)");
        m_file = m_dir.filePath(QStringLiteral("office.anju"));
        const Run demo =
            run({QStringLiteral("--db"), m_file, QStringLiteral("demo"), QStringLiteral("--households"),
                 QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")},
                QStringLiteral("admin"));
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void theAdministratorMovesTheFile()
    {
        test::TestDatabase server(test::TestDatabase::Contents::Empty);
        const Run moved = migrate(server, QStringLiteral("admin"));
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QVERIFY2(moved.out.contains(QStringLiteral("the row counts of every table match")),
                 qPrintable(moved.out));
        QSqlQuery q(server.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM households")) && q.next());
        QCOMPARE(q.value(0).toInt(), 40);
        QVERIFY(q.exec(QStringLiteral("SELECT action, user_name FROM audit_log ORDER BY id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("migrate"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("admin"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'migrate'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aClerkMayNot()
    {
        test::TestDatabase server(test::TestDatabase::Contents::Empty);
        const Run refused = migrate(server, QStringLiteral("clerk"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("may not move the database onto a server")),
                 qPrintable(refused.err));
        QSqlQuery q(server.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sites")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"

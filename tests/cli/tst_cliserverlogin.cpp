// anju-cli on a server database, the real executable (issue 14): init run with a login that may not create
// roles says what it leaves undone, and check names the login that owns the tables; init run with one that
// may (the test server's superuser) hands the database to the owner role; server-login add makes a desk's
// login, which works but cannot cut the trail. Runs as tst_cliserverlogin_pg, with the server.
#include "ProgramRun.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace anju;

namespace {

const QString Password = QStringLiteral("Xq7-Bureau-Taohong-2026");

QString uniqueName(const char* stem)
{
    static QAtomicInt counter;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(stem))
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

class TestCliServerLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QString m_oldLogin;

    using Run = test::ProgramRun;

    QString urlAs(const QString& login) const
    {
        QUrl url(test::TestServer::urlOf(m_database));
        if (!login.isEmpty())
            url.setUserName(login);
        return url.toString();
    }

    Run run(const QString& login, const QStringList& arguments, const QString& user = QStringLiteral("admin"),
            const QString& newPassword = {}) const
    {
        QProcessEnvironment env = test::cliEnvironment(m_dir.path(), user);
        // init refuses the demo databases' password for a real administrator.
        env.insert(QStringLiteral("ANJU_PASSWORD"), Password);
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("ANJU_NEW_PASSWORD"), newPassword);
        return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                QStringList{QStringLiteral("--language"), QStringLiteral("en"),
                                            QStringLiteral("--db"), urlAs(login)} +
                                    arguments,
                                env);
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::onServer())
            QFAIL("needs the test server: registered as tst_cliserverlogin_pg only");
        // The office's database as it was made before issue 14: by a login the desks share, which owns it.
        m_oldLogin = uniqueName("office");
        m_database = test::TestServer::newDatabaseName();
        test::TestServer::onMaintenanceDatabase(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_oldLogin));
        test::TestServer::onMaintenanceDatabase(
            QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, m_oldLogin));
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            test::TestServer::onMaintenanceDatabase(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }

    void initWithoutRolesSaysSoAndCheckNamesTheOwner()
    {
        const Run made = run(m_oldLogin, {QStringLiteral("init")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.err.contains(QLatin1String("may not create roles")), qPrintable(made.err));
        const Run checked = run(m_oldLogin, {QStringLiteral("check")});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(m_oldLogin) && checked.out.contains(QLatin1String("audit trail off")),
                 qPrintable(checked.out + checked.err));
    }

    void initWithTheSuperuserHandsItToTheOwnerRole()
    {
        const Run adopted = run({}, {QStringLiteral("init")});
        QVERIFY2(adopted.exitCode == 0, qPrintable(adopted.err));
        QVERIFY2(adopted.out.contains(QStringLiteral("now belongs to the role %1_owner").arg(m_database)),
                 qPrintable(adopted.out));
        const Run checked = run({}, {QStringLiteral("check")});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        const Run again = run({}, {QStringLiteral("init")});
        QVERIFY2(again.out.contains(QStringLiteral("Owner role: %1_owner").arg(m_database)),
                 qPrintable(again.out));
    }

    void serverLoginAddMakesAWorkingDesk()
    {
        const QString desk = uniqueName("desk");
        const QString passwordFile = m_dir.filePath(QStringLiteral("desk.password"));
        {
            QFile f(passwordFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a desk's password\n");
        }
        const Run added = run({}, {QStringLiteral("server-login"), QStringLiteral("add"), desk,
                                   QStringLiteral("--password-file"), passwordFile});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run listed = run({}, {QStringLiteral("server-login"), QStringLiteral("list")});
        QVERIFY2(listed.out.split(QLatin1Char('\n')).contains(desk), qPrintable(listed.out));

        // The desk's login does the program's work: a demo fills the empty registry, a list reads it.
        const Run demo =
            run(desk, {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("10")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run listedHouseholds = run(desk, {QStringLiteral("household"), QStringLiteral("list")});
        QVERIFY2(listedHouseholds.exitCode == 0, qPrintable(listedHouseholds.err));
        const Run checked = run(desk, {QStringLiteral("check")});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        // The trail's listing names the login beside the user.
        const Run trail = run(desk, {QStringLiteral("audit"), QStringLiteral("--json"),
                                     QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(trail.exitCode == 0, qPrintable(trail.err));
        QVERIFY2(trail.out.contains(QStringLiteral("\"db_login\": \"%1\"").arg(desk)), qPrintable(trail.out));

        // …and cannot cut the trail, whoever the program says is at the desk.
        {
            QSqlDatabase connection =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("desk"));
            const QUrl url(urlAs(desk));
            connection.setHostName(url.host());
            connection.setPort(url.port());
            connection.setUserName(desk);
            connection.setPassword(QStringLiteral("a desk's password"));
            connection.setDatabaseName(m_database);
            QVERIFY2(connection.open(), qPrintable(connection.lastError().text()));
            QSqlQuery q(connection);
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
            QVERIFY(!q.exec(QStringLiteral("ALTER TABLE households DISABLE TRIGGER ALL")));
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE db_login = '%1'").arg(desk)) &&
                q.next());
            QVERIFY(q.value(0).toInt() > 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("desk"));
    }

    void onlyTheAdministratorMakesLogins()
    {
        const Run user = run({},
                             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"),
                              QStringLiteral("--role"), QStringLiteral("clerk")},
                             QStringLiteral("admin"), Password);
        QVERIFY2(user.exitCode == 0, qPrintable(user.err));
        const Run refused =
            run({}, {QStringLiteral("server-login"), QStringLiteral("add"), uniqueName("desk")},
                QStringLiteral("clerk"), QStringLiteral("some-password"));
        QCOMPARE(refused.exitCode, 1);
        const Run onFile = test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                                            {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.anju")),
                                             QStringLiteral("server-login"), QStringLiteral("list")},
                                            test::cliEnvironment(m_dir.path(), QStringLiteral("admin")));
        QCOMPARE(onFile.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliServerLogin)
#include "tst_cliserverlogin.moc"

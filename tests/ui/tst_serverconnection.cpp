// Settings → shared server: the dialog tests a connection and says what it found (an Anju database here,
// an unreachable port, a database that does not exist), and remembers the server without its password.

#include "TestDatabase.h"
#include "Translations.h"

#include "shell/DatabaseChoice.h"
#include "shell/ServerConnectionDialog.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace anju;

class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testsTheConnection();
    void savesWithoutThePassword();
};

void TestServerConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!test::TestDatabase::onServer())
        // Skipping here would let the executable pass on a file having tested nothing.
        QFAIL("needs the test server: registered as tst_serverconnection_pg only (ctest -R "
              "tst_serverconnection_pg)");
    // ANJU_SCREENSHOTS=DIR saves the dialog as the clerk sees it, in Chinese.
    if (!qEnvironmentVariable("ANJU_SCREENSHOTS").isEmpty())
        Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
}

void TestServerConnection::testsTheConnection()
{
    test::TestDatabase t;
    ServerConnectionDialog dialog;
    dialog.setLocation(t.location());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.testConnection();
    QVERIFY2(dialog.lastResult().contains(QString::number(Database::latestSchemaVersion())),
             qPrintable(dialog.lastResult()));
    if (const QString shots = qEnvironmentVariable("ANJU_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/server-connection.png"));

    auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("serverDatabase"));
    database->setText(QStringLiteral("no_such_database"));
    dialog.testConnection();
    QVERIFY2(dialog.lastResult().contains(QStringLiteral("no_such_database")),
             qPrintable(dialog.lastResult()));

    auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("serverPort"));
    port->setValue(port->value() == 1 ? 2 : 1);
    dialog.testConnection();
    QVERIFY2(dialog.lastResult().contains(QStringLiteral("127.0.0.1")) ||
                 dialog.lastResult().contains(QStringLiteral("connect")),
             qPrintable(dialog.lastResult()));
}

void TestServerConnection::savesWithoutThePassword()
{
    test::TestDatabase t;
    ServerConnectionDialog dialog;
    dialog.setLocation(t.location());
    dialog.findChild<QLineEdit*>(QStringLiteral("serverPassword"))->setText(QStringLiteral("secret-pw"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(QMetaObject::invokeMethod(dialog.findChild<QDialogButtonBox*>(), "accepted"));
    const DatabaseLocation remembered = DatabaseChoice::remembered();
    QCOMPARE(remembered.engine, SqlDialect::Engine::PostgreSql);
    QVERIFY(!remembered.path.contains(QStringLiteral("secret-pw")));
    QCOMPARE(QUrl(remembered.path).path(), QUrl(t.location().path).path());
    DatabaseChoice::forget();
    QCOMPARE(DatabaseChoice::remembered().engine, SqlDialect::Engine::Sqlite);
}

QTEST_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"

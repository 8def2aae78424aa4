// The way in (first administrator, login) and the administrator's windows: users, audit trail, the
// household history; what each role is offered.

#include "TestDatabase.h"
#include "TestServer.h"

#include "access/UserRepository.h"
#include "accounts/AccountService.h"
#include "admin/AuditDialog.h"
#include "admin/FirstAdminDialog.h"
#include "admin/LoginDialog.h"
#include "admin/StartSession.h"
#include "admin/UserDialog.h"
#include "admin/UsersDialog.h"
#include "backup/DatabaseBackup.h"
#include "households/HouseholdForm.h"
#include "households/HouseholdHistoryDialog.h"
#include "households/HouseholdsPage.h"
#include "registry/RegistryService.h"
#include "shell/MainWindow.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

constexpr char Password[] = "Xin-2026-yuan";

QStringList column(const QTableWidget* table, int c)
{
    QStringList texts;
    for (int r = 0; r < table->rowCount(); ++r)
        texts.append(table->item(r, c) ? table->item(r, c)->text() : QString());
    return texts;
}

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_db = std::make_unique<test::TestDatabase>(); }
    void firstAdministratorIsMadeAndLoggedIn();
    void loginRefusesAWrongPasswordAndAcceptsTheRightOne();
    void usersDialogAddsAClerkForOneSite();
    void historyShowsAnEditWithOldAndNewValues();
    void auditDialogFiltersByUser();
    void rolesSeeOnlyWhatTheyMayUse();
    void backUpAndRestoreFromTheMenu();
    void olderDatabaseOpensForItsAdministratorOnly();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnjuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_admin"));
}

void TestAdmin::firstAdministratorIsMadeAndLoggedIn()
{
    Database& db = m_db->db();
    db.setSession(std::nullopt);
    FirstAdminDialog dialog(db);
    dialog.userField()->setText(QStringLiteral("zhangwei"));
    dialog.passwordField()->setText(QStringLiteral("anju-demo")); // the public demo password: refused
    dialog.repeatField()->setText(QStringLiteral("anju-demo"));
    dialog.create();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("adminPasswordError"));
    QVERIFY(error && !error->isHidden());
    QVERIFY(!accounts::AccountService(db).hasUsers());

    dialog.passwordField()->setText(QLatin1String(Password));
    dialog.repeatField()->setText(QStringLiteral("Xin-2026-yua"));
    dialog.create();
    QVERIFY(!accounts::AccountService(db).hasUsers()); // the two differ
    dialog.repeatField()->setText(QLatin1String(Password));
    dialog.create();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(db.session());
    QCOMPARE(db.session()->userName, QStringLiteral("zhangwei"));
    QCOMPARE(db.session()->role, Role::Admin);
}

void TestAdmin::loginRefusesAWrongPasswordAndAcceptsTheRightOne()
{
    Database& db = m_db->db();
    QVERIFY(
        accounts::AccountService(db).createFirstAdmin(QStringLiteral("chief"), {}, QLatin1String(Password)));
    db.setSession(std::nullopt);
    LoginDialog login(db);
    QVERIFY(!login.findChild<QLabel*>(QStringLiteral("demoHint"))); // not a demo database
    QVERIFY(login.userField()->text().isEmpty());                   // nothing prefilled
    login.show();
    QTest::keyClicks(login.userField(), QStringLiteral("chief"));
    QTest::keyClicks(login.passwordField(), QStringLiteral("wrong-pass-1"));
    QTest::keyClick(login.passwordField(), Qt::Key_Return);
    QVERIFY(login.isVisible());
    QVERIFY2(login.message().contains(QStringLiteral("wrong")), qPrintable(login.message()));
    QVERIFY(login.passwordField()->text().isEmpty());
    QVERIFY(!db.session());
    QTest::keyClicks(login.passwordField(), QLatin1String(Password));
    QTest::keyClick(login.passwordField(), Qt::Key_Return);
    QCOMPARE(login.result(), int(QDialog::Accepted));
    QCOMPARE(db.session()->userName, QStringLiteral("chief"));
}

void TestAdmin::usersDialogAddsAClerkForOneSite()
{
    Database& db = m_db->db();
    QVERIFY(
        accounts::AccountService(db).createFirstAdmin(QStringLiteral("chief"), {}, QLatin1String(Password)));
    QVERIFY(accounts::AccountService(db).login(QStringLiteral("chief"), QLatin1String(Password)));
    UsersDialog users(db);
    QCOMPARE(column(users.table(), 0), QStringList{QStringLiteral("chief")});

    User fresh;
    UserDialog add(db, fresh);
    add.findChild<QLineEdit*>(QStringLiteral("userName"))->setText(QStringLiteral("wangli"));
    add.findChild<QLineEdit*>(QStringLiteral("userFullName"))->setText(QStringLiteral("王丽"));
    auto* role = add.findChild<QComboBox*>(QStringLiteral("userRole"));
    role->setCurrentIndex(role->findData(QStringLiteral("clerk")));
    auto* every = add.findChild<QCheckBox*>(QStringLiteral("userEverySite"));
    every->setChecked(false);
    auto* sites = add.findChild<QListWidget*>(QStringLiteral("userSites"));
    QCOMPARE(sites->count(), 1);
    sites->item(0)->setCheckState(Qt::Checked);
    add.findChild<QLineEdit*>(QStringLiteral("userPassword"))->setText(QStringLiteral("short"));
    add.save();
    QCOMPARE(add.result(), int(QDialog::Rejected)); // weak password
    QVERIFY(!UserRepository(db).userByName(QStringLiteral("wangli")));
    add.findChild<QLineEdit*>(QStringLiteral("userPassword"))->setText(QLatin1String(Password));
    add.save();
    QCOMPARE(add.result(), int(QDialog::Accepted));
    const std::optional<User> stored = UserRepository(db).userByName(QStringLiteral("wangli"));
    QVERIFY(stored);
    QCOMPARE(stored->role, Role::Clerk);
    QCOMPARE(stored->siteIds, QList<qint64>{m_db->siteId()});
    users.reload();
    QCOMPARE(column(users.table(), 0), (QStringList{QStringLiteral("chief"), QStringLiteral("wangli")}));
    QVERIFY(column(users.table(), 3).at(1).contains(QStringLiteral("测试安置点")));
}

void TestAdmin::historyShowsAnEditWithOldAndNewValues()
{
    Database& db = m_db->db();
    Household h;
    h.number = QStringLiteral("430524001-0001");
    h.siteId = m_db->siteId();
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.phone = QStringLiteral("13907391234");
    h.members = {makePerson(QStringLiteral("王建国"),
                            makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 1),
                            Relationship::Head)};
    Result<Household> saved = registry::RegistryService(db).saveHousehold(h);
    QVERIFY(saved);
    Household edit = saved.value();
    edit.phone = QStringLiteral("13800001111");
    QVERIFY(registry::RegistryService(db).saveHousehold(edit));

    HouseholdForm form(db, saved.value().id, 0);
    auto* history = form.findChild<QPushButton*>(QStringLiteral("householdHistory"));
    QVERIFY(history && !history->isHidden());
    HouseholdHistoryDialog dialog(db, saved.value().id);
    QTableWidget* table = dialog.table();
    QVERIFY(table->rowCount() > 2);
    // The last line is the edit, as a sentence: the household by its number and head, phone from old to new.
    const QString last = column(table, 2).last();
    QVERIFY2(last.contains(QStringLiteral("430524001-0001")) && last.contains(QStringLiteral("王建国")) &&
                 last.contains(QStringLiteral("13907391234 → 13800001111")),
             qPrintable(last));
    QCOMPARE(column(table, 1).last(), QStringLiteral("test-admin"));
    // Every field on demand: the selected change in full, as its tooltip says it.
    QVERIFY(dialog.details()->isHidden());
    table->selectRow(table->rowCount() - 1);
    dialog.findChild<QPushButton*>(QStringLiteral("historyShowDetails"))->click();
    QVERIFY(!dialog.details()->isHidden());
    QCOMPARE(dialog.details()->toPlainText(), table->item(table->rowCount() - 1, 2)->toolTip());
    QVERIFY(dialog.details()->toPlainText().contains(QStringLiteral("13800001111")));
    // The secretary sees the same history masked.
    m_db->logInAs(Role::Secretary);
    HouseholdHistoryDialog masked(db, saved.value().id);
    QVERIFY2(column(masked.table(), 2).last().contains(QStringLiteral("139****1234 → 138****1111")),
             qPrintable(column(masked.table(), 2).last()));
    QVERIFY(!column(masked.table(), 2).join(QString()).contains(QStringLiteral("13800001111")));
    // A new household has no history yet: no button.
    m_db->logInAs(Role::Clerk);
    HouseholdForm blank(db, 0, m_db->siteId());
    QVERIFY(blank.findChild<QPushButton*>(QStringLiteral("householdHistory"))->isHidden());
}

void TestAdmin::auditDialogFiltersByUser()
{
    Database& db = m_db->db();
    m_db->logInAs(Role::Clerk, {}, QStringLiteral("wangli"));
    Household h;
    h.number = QStringLiteral("430524001-0001");
    h.siteId = m_db->siteId();
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.members = {makePerson(QStringLiteral("王建国"),
                            makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 1),
                            Relationship::Head)};
    QVERIFY(registry::RegistryService(db).saveHousehold(h));
    m_db->logInAs(Role::Manager, {}, QStringLiteral("zhang"));
    AuditDialog dialog(db);
    const int all = dialog.table()->rowCount();
    QVERIFY(all >= 2);
    QComboBox* user = dialog.userFilter();
    const int wangli = user->findData(QStringLiteral("wangli"));
    QVERIFY(wangli > 0);
    user->setCurrentIndex(wangli);
    QCOMPARE(dialog.table()->rowCount(), 2); // the household and its head
    QCOMPARE(column(dialog.table(), 1), (QStringList{QStringLiteral("wangli"), QStringLiteral("wangli")}));
    QComboBox* type = dialog.typeFilter();
    type->setCurrentIndex(type->findData(QStringLiteral("persons")));
    QCOMPARE(dialog.table()->rowCount(), 1);
    // The entry as a sentence that names the member and the household, every field in its tooltip.
    QTableWidgetItem* content = dialog.table()->item(0, 4);
    QVERIFY2(content->text().contains(QStringLiteral("王建国")) &&
                 content->text().contains(QStringLiteral("430524001-0001")),
             qPrintable(content->text()));
    QVERIFY(!content->text().contains(QStringLiteral("persons")));
    QVERIFY(content->toolTip().startsWith(dialog.table()->item(0, 0)->text()));
    dialog.table()->selectRow(0);
    dialog.findChild<QPushButton*>(QStringLiteral("auditShowDetails"))->click();
    QCOMPARE(dialog.details()->toPlainText(), content->toolTip());
}

void TestAdmin::rolesSeeOnlyWhatTheyMayUse()
{
    const auto visibleActions = [](const MainWindow& window) {
        QStringList names;
        for (const QAction* a : window.menuBar()->findChildren<QAction*>()) {
            if (a->objectName().startsWith(QStringLiteral("action")) && a->isVisible())
                names.append(a->objectName());
        }
        names.sort();
        return names;
    };
    m_db->logInAs(Role::Admin);
    {
        MainWindow window(m_db->db());
        QCOMPARE(visibleActions(window),
                 (QStringList{QStringLiteral("actionAudit"), QStringLiteral("actionBackup"),
                              QStringLiteral("actionCheck"), QStringLiteral("actionPassword"),
                              QStringLiteral("actionRestore"), QStringLiteral("actionSites"),
                              QStringLiteral("actionUsers")}));
    }
    // The manager reads the trail and checks, but backs up and restores nothing (docs/security.md).
    m_db->logInAs(Role::Manager);
    {
        MainWindow window(m_db->db());
        QCOMPARE(visibleActions(window),
                 (QStringList{QStringLiteral("actionAudit"), QStringLiteral("actionCheck"),
                              QStringLiteral("actionPassword"), QStringLiteral("actionSites")}));
    }
    m_db->logInAs(Role::Secretary);
    {
        MainWindow window(m_db->db());
        QCOMPARE(visibleActions(window),
                 (QStringList{QStringLiteral("actionPassword"), QStringLiteral("actionSites")}));
        auto* page = window.findChild<HouseholdsPage*>();
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("newHousehold"))->isHidden());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("importRoster"))->isHidden());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("userStatus"))
                    ->text()
                    .contains(QStringLiteral("test-secretary")));
    }
    m_db->logInAs(Role::Clerk);
    {
        MainWindow window(m_db->db());
        auto* page = window.findChild<HouseholdsPage*>();
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("newHousehold"))->isHidden());
    }
}

// 管理 → 立即备份 and 从备份恢复 on the test's engine: a file, or the server through pg_dump/pg_restore.
void TestAdmin::backUpAndRestoreFromTheMenu()
{
    Database& db = m_db->db();
    const auto households = [&db] {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM households")) && q.next() ? q.value(0).toInt()
                                                                                     : -1;
    };
    const auto save = [&](const QString& number, int seq) {
        Household h;
        h.siteId = m_db->siteId();
        h.number = number;
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = QStringLiteral("430524");
        h.members = {makePerson(QStringLiteral("钱进"),
                                makeIdNumber(QStringLiteral("430524"), QDate(1980, 5, 5), seq),
                                Relationship::Head)};
        return bool(registry::RegistryService(db).saveHousehold(h, QDate(2026, 11, 28)));
    };
    QVERIFY(save(QStringLiteral("M1"), 31));
    MainWindow window(db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    const QString file = dir.filePath(test::TestDatabase::onServer() ? QStringLiteral("menu.dump")
                                                                     : QStringLiteral("menu.sqlite"));
    FileDialog::setNextAnswer(file);
    window.findChild<QAction*>(QStringLiteral("actionBackup"))->trigger();
    FileDialog::clearNextAnswer();
    QCOMPARE(backup::DatabaseBackup::verify(file), QString());

    QVERIFY(save(QStringLiteral("M2"), 32));
    QCOMPARE(households(), 2);
    FileDialog::setNextAnswer(file);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    // The "restored" box after it: closed as soon as it shows.
    QTimer::singleShot(0, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    window.findChild<QAction*>(QStringLiteral("actionRestore"))->trigger();
    FileDialog::clearNextAnswer();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("restored from the backup")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(households(), 1);
    if (test::TestDatabase::onServer()) {
        const QString aside = QRegularExpression(QStringLiteral("\\S+_before_restore_\\d+_\\d+"))
                                  .match(MessageBox::lastText())
                                  .captured();
        QVERIFY2(!aside.isEmpty(), qPrintable(MessageBox::lastText()));
        test::TestServer::onMaintenanceDatabase(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(aside));
    }
}

// The window's way in on a database written by an older Anju: a clerk is told to ask the administrator
// and the window does not open (the schema stays); the administrator's login upgrades it.
void TestAdmin::olderDatabaseOpensForItsAdministratorOnly()
{
    test::ScratchLocation place(QStringLiteral("older.anju"));
    const int older = Database::latestSchemaVersion() - 1;
    QString error;
    {
        auto opened = Database::openAtVersion(place.location(), older);
        QVERIFY2(opened, qPrintable(opened.summary()));
        auto db = std::move(opened.value());
        accounts::AccountService accounts(*db);
        QVERIFY(accounts.createFirstAdmin(QStringLiteral("chief"), {}, QLatin1String(Password)));
        QVERIFY(accounts.login(QStringLiteral("chief"), QLatin1String(Password)));
        User clerk;
        clerk.name = QStringLiteral("wangli");
        QVERIFY(accounts.addUser(clerk, QLatin1String(Password)));
    }
    auto opened = Database::openWithoutUpgrade(place.location());
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    qputenv("ANJU_PASSWORD", Password);
    qputenv("ANJU_USER", "wangli");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!startSession(*db));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Ask the administrator to upgrade it")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!db->session()); // logged out again
    QCOMPARE(db->schemaVersion(), older);
    qputenv("ANJU_USER", "chief");
    QVERIFY(startSession(*db));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->session()->userName, QStringLiteral("chief"));
    qunsetenv("ANJU_USER");
    qunsetenv("ANJU_PASSWORD");
}

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"

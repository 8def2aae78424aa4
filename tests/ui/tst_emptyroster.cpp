#include "TestDatabase.h"
#include "TestServer.h"

#include "households/HouseholdsPage.h"
#include "widgets/MessageBox.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace anju;

// What a new office sees on a fresh database: the empty roster says what to do first.
class TestEmptyRoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void freshDatabaseAsksForASiteFirst();
    void siteWithoutHouseholdsSuggestsAddingOrImporting();
};

void TestEmptyRoster::freshDatabaseAsksForASiteFirst()
{
    const test::ScratchLocation fresh(
        QStringLiteral("fresh.anju")); // a file, or a database on the test server
    auto opened = Database::open(fresh.location());
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    db->setSession(test::TestDatabase::sessionFor(Role::Admin));
    HouseholdsPage page(*db);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* hint = page.findChild<QLabel*>(QStringLiteral("rosterEmptyHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("Sites and buildings")), qPrintable(hint->text()));

    // New household without a site explains instead of opening a form that cannot be saved.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.newHousehold();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("site")));
    QVERIFY(!page.findChild<QDialog*>());
}

void TestEmptyRoster::siteWithoutHouseholdsSuggestsAddingOrImporting()
{
    test::TestDatabase t; // one site, no households
    HouseholdsPage page(t.db());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* hint = page.findChild<QLabel*>(QStringLiteral("rosterEmptyHint"));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("Ctrl+N")), qPrintable(hint->text()));
}

QTEST_MAIN(TestEmptyRoster)
#include "tst_emptyroster.moc"

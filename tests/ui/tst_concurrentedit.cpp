// Two clerks open the same household at two desks: the second save is refused with when the first one
// saved, and the form offers to reload (answered Yes here) and then shows the first clerk's change.

#include "TestDatabase.h"

#include "households/HouseholdForm.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "shell/UiResources.h"
#include "widgets/MessageBox.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

class TestConcurrentEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondSaveIsRefusedAndReloads();
};

void TestConcurrentEdit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initUiResources();
}

void TestConcurrentEdit::secondSaveIsRefusedAndReloads()
{
    test::TestDatabase t;
    Household h;
    h.number = QStringLiteral("430524001-0001");
    h.siteId = t.siteId();
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.members = {makePerson(QStringLiteral("王芳"),
                            makeIdNumber(QStringLiteral("430524"), QDate(1960, 3, 3), 22),
                            Relationship::Head)};
    const Result<Household> saved = registry::RegistryService(t.db()).saveHousehold(h);
    QVERIFY2(saved, qPrintable(saved.summary()));
    const auto otherDesk = t.secondConnection();

    HouseholdForm first(t.db(), saved.value().id);
    HouseholdForm second(*otherDesk, saved.value().id);
    first.show();
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));

    auto* firstPhone = first.findChild<QLineEdit*>(QStringLiteral("householdPhone"));
    auto* secondPhone = second.findChild<QLineEdit*>(QStringLiteral("householdPhone"));
    QVERIFY(firstPhone && secondPhone);
    firstPhone->setText(QStringLiteral("13812345678"));
    QVERIFY(first.saveChanges());

    secondPhone->setText(QStringLiteral("13987654321"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!second.saveChanges());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("430524001-0001")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QString::number(QDate::currentDate().year())),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(secondPhone->text(), QStringLiteral("13812345678"));
    QCOMPARE(registry::HouseholdRepository(t.db()).household(saved.value().id)->phone,
             QStringLiteral("13812345678"));
    // After the reload the second desk's save goes through on the new version.
    secondPhone->setText(QStringLiteral("13987654321"));
    QVERIFY(second.saveChanges());
    QCOMPARE(registry::HouseholdRepository(t.db()).household(saved.value().id)->phone,
             QStringLiteral("13987654321"));
}

QTEST_MAIN(TestConcurrentEdit)
#include "tst_concurrentedit.moc"

#include "PartyFixture.h"

#include "party/OrganisationForm.h"
#include "party/OrganisationRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace anju;

// The organisation form: the branch-size rules are warnings above the buttons, never a block; a bad
// field is named next to it.
class TestOrganisationForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void smallBranchIsWarnedButSaved();
    void emptyNameIsRefusedNextToTheField();
};

void TestOrganisationForm::smallBranchIsWarnedButSaved()
{
    test::PartyFixture f;
    f.addProbationary(QStringLiteral("王建国"), QDate::currentDate().addMonths(-3), 1); // no full member
    OrganisationForm form(f.t.db(), f.branchId);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto* findings = form.findChild<QLabel*>(QStringLiteral("branchFindings"));
    QVERIFY(findings->isVisible());
    QVERIFY2(form.warnings().contains(QStringLiteral("at least 3 full members")),
             qPrintable(form.warnings()));
    QVERIFY(form.warnings().contains(QStringLiteral("1 members, 0 of them full members")));

    // Renaming saves all the same.
    form.findChild<QLineEdit*>(QStringLiteral("organisationName"))
        ->setText(QStringLiteral("测试安置点联合党支部"));
    form.accept();
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(party::OrganisationRepository(f.t.db()).organisation(f.branchId)->name,
             QStringLiteral("测试安置点联合党支部"));
}

void TestOrganisationForm::emptyNameIsRefusedNextToTheField()
{
    test::PartyFixture f;
    OrganisationForm form(f.t.db(), 0, f.t.siteId());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    // A new organisation covering the preset site: the site is ticked already.
    auto* sites = form.findChild<QListWidget*>(QStringLiteral("organisationSites"));
    QCOMPARE(sites->count(), 1);
    QCOMPARE(sites->item(0)->checkState(), Qt::Checked);
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("branchFindings"))->isHidden()); // nothing counted yet

    form.accept();
    QVERIFY(form.isVisible());
    auto* error = form.findChild<QLabel*>(QStringLiteral("organisationNameError"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(party::OrganisationRepository(f.t.db()).organisations().size(), 1); // only the fixture's branch
}

QTEST_MAIN(TestOrganisationForm)
#include "tst_organisationform.moc"

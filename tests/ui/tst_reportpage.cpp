// The 报表 page: figures appear without freezing the window, follow the site and month pickers, and the
// summary is saved as PDF and Excel through the (pre-answered) file dialog.

#include "TestDatabase.h"

#include "charts/ChartView.h"
#include "registry/RegistryService.h"
#include "report/ReportPage.h"
#include "report/SummaryOutput.h"
#include "widgets/FileDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace anju;

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheFiguresOfTheMonth();
    void followsTheSitePicker();
    void savesPdfAndExcel();
    void cancelledSaveWritesNothing();

private:
    void waitForFigures();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ReportPage> m_page;
    QTemporaryDir m_dir;
};

void TestReportPage::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    Household h;
    h.number = QStringLiteral("430524001-0001");
    h.siteId = m_db->siteId();
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2024, 3, 1);
    h.members = {test::makePerson(QStringLiteral("王建国"),
                                  test::makeIdNumber(QStringLiteral("430524"), QDate(1970, 1, 1), 11),
                                  Relationship::Head),
                 test::makePerson(QStringLiteral("李秀英"),
                                  test::makeIdNumber(QStringLiteral("430524"), QDate(1972, 2, 2), 12),
                                  Relationship::Spouse),
                 test::makePerson(QStringLiteral("王小明"),
                                  test::makeIdNumber(QStringLiteral("430524"), QDate(2019, 3, 3), 13),
                                  Relationship::Son)};
    QVERIFY(RegistryService(m_db->db()).saveHousehold(h));
    m_page = std::make_unique<ReportPage>(m_db->db());
    m_page->resize(1400, 900);
    m_page->setMonth(ReportMonth::of(2026, 10));
    m_page->show();
    waitForFigures();
}

void TestReportPage::cleanup()
{
    FileDialog::clearNextAnswer();
    m_page.reset();
    m_db.reset();
}

void TestReportPage::waitForFigures()
{
    QSignalSpy shown(m_page.get(), &ReportPage::figuresShown);
    QVERIFY(shown.wait(20'000));
}

void TestReportPage::showsTheFiguresOfTheMonth()
{
    QVERIFY(m_page->summary());
    QCOMPARE(m_page->summary()->month.key(), QStringLiteral("2026-10"));
    const auto* figures = m_page->findChild<QTreeWidget*>(QStringLiteral("reportFigures"));
    QVERIFY(figures);
    // The first section's heading, then its first figure: households at month end, this month and last.
    QCOMPARE(figures->topLevelItem(1)->text(1), QStringLiteral("1"));
    QCOMPARE(figures->topLevelItem(1)->text(2), QStringLiteral("1"));
    QCOMPARE(figures->topLevelItem(5)->text(1), QStringLiteral("3")); // people
    QCOMPARE(m_page->trendChart()->data().categories.size(), 12);
    QCOMPARE(m_page->trendChart()->data().series.at(0).values.constLast(), 3.0);
    // The test site has no service centre recorded: the table of broken rules says so.
    const auto* violations = m_page->findChild<QTableWidget*>(QStringLiteral("reportViolations"));
    QCOMPARE(violations->rowCount(), 1);
    QCOMPARE(violations->item(0, 0)->text(), QStringLiteral("430524001"));
}

void TestReportPage::followsTheSitePicker()
{
    auto* site = m_page->findChild<QComboBox*>(QStringLiteral("reportSite"));
    QCOMPARE(site->count(), 2); // all sites, and the test site
    QSignalSpy shown(m_page.get(), &ReportPage::figuresShown);
    site->setCurrentIndex(1);
    QVERIFY(shown.wait(20'000));
    QCOMPARE(m_page->summary()->siteId, m_db->siteId());
    auto* month = m_page->findChild<QDateEdit*>(QStringLiteral("reportMonth"));
    month->setDate(QDate(2024, 2, 1)); // before the household arrived
    QVERIFY(shown.wait(20'000));
    QCOMPARE(m_page->summary()->figure(QStringLiteral("population"), QStringLiteral("people_active"))->value,
             0);
    QCOMPARE(
        m_page->summary()->figure(QStringLiteral("population"), QStringLiteral("people_active"))->previous,
        0);
}

void TestReportPage::savesPdfAndExcel()
{
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    FileDialog::setNextAnswer(pdf);
    m_page->exportPdf();
    QVERIFY(QFileInfo(pdf).size() > 5'000);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    const QString xlsx = m_dir.filePath(QStringLiteral("summary.xlsx"));
    FileDialog::setNextAnswer(xlsx);
    m_page->exportXlsx();
    QVERIFY(QFileInfo(xlsx).size() > 3'000);
}

void TestReportPage::cancelledSaveWritesNothing()
{
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    FileDialog::setNextAnswer(QString());
    m_page->exportPdf();
    FileDialog::setNextAnswer(QString());
    m_page->exportXlsx();
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    QVERIFY(!QFileInfo::exists(SummaryOutput::suggestedName(*m_page->summary(), QStringLiteral("pdf"))));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"

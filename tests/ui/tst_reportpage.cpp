// The 报表 page: figures appear without freezing the window, follow the site and month pickers, and the
// summary is saved as PDF and Excel through the (pre-answered) file dialog.

#include "ExternalProgram.h"
#include "TestDatabase.h"

#include "charts/ChartView.h"
#include "database/Database.h"
#include "party/PartyRules.h"
#include "party/PartyService.h"
#include "registry/RegistryService.h"
#include "report/DashboardCharts.h"
#include "report/ReportPage.h"
#include "report/ReportingUnit.h"
#include "report/ReportingUnitField.h"
#include "report/SummaryOutput.h"
#include "widgets/ExportedFileBar.h"
#include "widgets/FileDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace anju;
using namespace Qt::StringLiterals;

// Stands in for the desktop: records what an "open" asked for instead of starting a program.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheFiguresOfTheMonth();
    void followsTheSitePicker();
    void savesPdfAndExcel();
    void cancelledSaveWritesNothing();
    void partyChartShowsTheBranchesOfTheMonth();
    void partyChartDrawsOnlyTheLargestBranches();
    void reportingUnitIsSavedAndPrinted();
    void reportingUnitEditsUndo();
    void clerkSeesNoPartyChartAndCannotChangeTheUnit();
    void incomeTabShowsFlaggedMonitoredAndBands();
    void secretarySeesNoIncomeTab();
    void siteLimitedUserPicksOnlyTheirSites();

private:
    void waitForFigures();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<ReportPage> m_page;
    QTemporaryDir m_dir;
};

void TestReportPage::initTestCase()
{
    // The folder of the last export is kept in QSettings: the test's own, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnjuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reportpage"));
    QSettings().clear();
}

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
    QVERIFY(registry::RegistryService(m_db->db()).saveHousehold(h));
    m_page = std::make_unique<ReportPage>(m_db->db());
    m_page->resize(1400, 900);
    m_page->setMonth(report::ReportMonth::of(2026, 10));
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
    // The page names the file, with buttons that open it or its folder.
    ExportedFileBar* bar = m_page->exportedFileBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QDir::toNativeSeparators(pdf)), qPrintable(bar->text()));
    // Every page has its foot "Page X of Y" (第 X 页 共 Y 页, read back in Chinese by tst_reportcli; the
    // digits of a Latin line do not come out of an English PDF's text, an older matter of Noto CJK).
    ANJU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
    ANJU_REQUIRE_PROGRAM("pdfinfo", "poppler-utils");
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished(20'000));
    const QRegularExpressionMatch pages =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(pages.hasMatch());
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(20'000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    const qsizetype feet = printed.count(QRegularExpression(u"Page\\s*\\d*\\s+of\\b"_s));
    QCOMPARE(feet, pages.captured(1).toLongLong());

    const QString xlsx = m_dir.filePath(QStringLiteral("summary.xlsx"));
    FileDialog::setNextAnswer(xlsx);
    m_page->exportXlsx();
    QVERIFY(QFileInfo(xlsx).size() > 3'000);
    QVERIFY(bar->text().contains(QDir::toNativeSeparators(xlsx)));
    // The title rows repeat on every printed page, one page wide.
    ANJU_REQUIRE_PROGRAM("unzip", "unzip");
    QProcess book;
    book.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/workbook.xml"_s});
    QVERIFY(book.waitForFinished(20'000));
    QVERIFY(QString::fromUtf8(book.readAllStandardOutput()).contains(u"_xlnm.Print_Titles"_s));
    QProcess sheet;
    sheet.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/worksheets/sheet1.xml"_s});
    QVERIFY(sheet.waitForFinished(20'000));
    const QString sheetXml = QString::fromUtf8(sheet.readAllStandardOutput());
    QVERIFY(sheetXml.contains(u"fitToPage=\"1\""_s));
    QVERIFY(sheetXml.contains(u"fitToHeight=\"0\""_s));

    OpenedUrls opened;
    QDesktopServices::setUrlHandler(u"file"_s, &opened, "open");
    bar->openFile();
    bar->openFolder();
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(opened.urls, (QList<QUrl>{QUrl::fromLocalFile(xlsx), QUrl::fromLocalFile(m_dir.path())}));

    // The next file is offered in the folder used last, named in words with the month.
    const QFileInfo offered(SummaryOutput::suggestedName(*m_page->summary(), u"pdf"_s));
    QCOMPARE(offered.absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
    QCOMPARE(offered.fileName(), SummaryOutput::tr("Monthly summary") + u"-2026-10.pdf"_s);
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

namespace {

// Chinese arrives from the input method as committed text, not as key presses.
void typeChinese(QWidget* field, const QString& text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(field, &commit);
}

} // namespace

void TestReportPage::partyChartShowsTheBranchesOfTheMonth()
{
    QCOMPARE(m_page->chartTabs()->count(), 3); // households and people, party members, income and monitoring
    QVERIFY(m_page->partyChart()->data().isEmpty()); // no party records yet
    party::PartyService party(m_db->db());
    party::Organisation branch;
    branch.kind = party::OrganisationKind::Branch;
    branch.name = u"安置点党支部"_s;
    branch.foundingDate = QDate(2020, 1, 1);
    branch.siteIds = {m_db->siteId()};
    const auto saved = party.saveOrganisation(branch, QDate(2020, 1, 1));
    QVERIFY2(saved, qPrintable(saved.summary()));
    party::PartyMember m;
    m.origin = party::MemberOrigin::OutsideCadre;
    m.name = u"甲干部"_s;
    m.sex = Sex::Female;
    m.birthDate = QDate(1975, 1, 1);
    m.organisationId = saved.value().id;
    party::StageStep admitted;
    admitted.event = party::StageEvent::Admission;
    admitted.date = QDate(2010, 7, 1);
    party::StageStep converted;
    converted.event = party::StageEvent::Conversion;
    converted.date = QDate(2011, 7, 1);
    m.stageHistory = {admitted, converted};
    m.dues = {party::DuesCategory::Employed, 400000, 0, {}};
    QVERIFY(party.createMember(m, QDate(2024, 1, 1)));

    m_page->refresh();
    waitForFigures();
    const ChartData& chart = m_page->partyChart()->data();
    QCOMPARE(chart.kind, ChartData::Kind::HorizontalStackedBar);
    QCOMPARE(chart.categories, QStringList{u"安置点党支部 (1)"_s});
    QCOMPARE(chart.series.size(), 5);
    QCOMPARE(chart.series.at(0).values, QList<double>{1}); // full members come first
    QCOMPARE(chart.series.at(4).values, QList<double>{0}); // applicants last

    // Dues are kept in 分 and shown in yuan with two decimals, as the printed summary has them.
    const report::ReportSectionResult* partySection = nullptr;
    for (const report::ReportSectionResult& section : m_page->summary()->sections) {
        if (section.key == u"party"_s)
            partySection = &section;
    }
    QVERIFY(partySection);
    const report::ReportFigure* due = partySection->figure(u"dues_due_fen"_s);
    QVERIFY(due);
    QVERIFY(due->value > 0);
    const auto rows = m_page->findChild<QTreeWidget*>(QStringLiteral("reportFigures"))
                          ->findItems(QStringLiteral("  ") + due->label, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)->text(1), party::PartyRules::formatYuan(due->value));
    QVERIFY(rows.at(0)->text(1).contains(QLatin1Char('.')));

    m_page->setMonth(report::ReportMonth::of(2023, 12)); // before the member came to the branch
    waitForFigures();
    QVERIFY(m_page->partyChart()->data().isEmpty());
}

void TestReportPage::partyChartDrawsOnlyTheLargestBranches()
{
    QList<party::BranchStages> branches;
    for (int i = 0; i < 40; ++i) { // largest first, as BranchStageFigures gives them
        party::BranchStages b;
        b.organisationId = i + 1;
        b.name = u"第%1党支部"_s.arg(i + 1);
        b.members.byStage[int(party::DevelopmentStage::Full)] = 100 - i;
        branches.append(b);
    }
    const ChartData chart = DashboardCharts::membersByBranch(branches);
    QCOMPARE(chart.categories.size(), DashboardCharts::MostBranchesShown);
    // A lying chart draws its first category at the bottom: the largest is last, at the top.
    QCOMPARE(chart.categories.constLast(), u"第1党支部 (100)"_s);
    QCOMPARE(chart.categories.constFirst(), u"第15党支部 (86)"_s);
    QVERIFY2(chart.title.contains(u"15"_s) && chart.title.contains(u"40"_s), qPrintable(chart.title));
    QVERIFY(!DashboardCharts::membersByBranch(branches.mid(0, 3)).title.contains(u"3"_s));
}

void TestReportPage::reportingUnitIsSavedAndPrinted()
{
    auto* edit = m_page->findChild<QLineEdit*>(u"reportingUnit"_s);
    QVERIFY(edit);
    QVERIFY(!edit->isReadOnly());
    QCOMPARE(edit->text(), QString());
    QCOMPARE(m_page->summary()->reportingUnit, QString()); // the whole office, nothing saved
    edit->setFocus();
    typeChinese(edit, u"隆回县搬迁办"_s);
    QCOMPARE(report::ReportingUnit::saved(m_db->db()), QString()); // not while typing
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(report::ReportingUnit::saved(m_db->db()), u"隆回县搬迁办"_s);
    QCOMPARE(m_page->summary()->reportingUnit, u"隆回县搬迁办"_s); // no recomputing needed

    // The PDF carries it (pdftotext, from poppler-utils).
    const QString pdf = m_dir.filePath(u"unit.pdf"_s);
    FileDialog::setNextAnswer(pdf);
    m_page->exportPdf();
    ANJU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(20'000));
    QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).contains(u"隆回县搬迁办"_s),
             "no unit in the PDF");

    // Recomputed figures keep it; a site's summary names the site once the field is cleared.
    auto* site = m_page->findChild<QComboBox*>(u"reportSite"_s);
    QSignalSpy shown(m_page.get(), &ReportPage::figuresShown);
    site->setCurrentIndex(1);
    QVERIFY(shown.wait(20'000));
    QCOMPARE(m_page->summary()->reportingUnit, u"隆回县搬迁办"_s);
    edit->clear();
    QVERIFY(m_page->reportingUnitField()->save());
    QCOMPARE(report::ReportingUnit::saved(m_db->db()), QString());
    QCOMPARE(m_page->summary()->reportingUnit, u"测试安置点"_s);
}

void TestReportPage::reportingUnitEditsUndo()
{
    QVERIFY(report::ReportingUnit::save(m_db->db(), u"搬迁办"_s));
    m_page = std::make_unique<ReportPage>(m_db->db()); // reads the saved name
    auto* edit = m_page->findChild<QLineEdit*>(u"reportingUnit"_s);
    QCOMPARE(edit->text(), u"搬迁办"_s);
    // Esc: what was typed goes, the saved name comes back, nothing is written.
    typeChinese(edit, u"第二"_s);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->text(), u"搬迁办"_s);
    QCOMPARE(report::ReportingUnit::saved(m_db->db()), u"搬迁办"_s);
    // Ctrl+Z after saving brings the name before back into the field, and Enter saves it again.
    edit->selectAll();
    typeChinese(edit, u"后扶办"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(report::ReportingUnit::saved(m_db->db()), u"后扶办"_s);
    edit->undo();
    QCOMPARE(edit->text(), u"搬迁办"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(report::ReportingUnit::saved(m_db->db()), u"搬迁办"_s);
}

void TestReportPage::clerkSeesNoPartyChartAndCannotChangeTheUnit()
{
    m_db->logInAs(Role::Clerk);
    ReportPage page(m_db->db());
    QVERIFY(!page.partyChart());
    QVERIFY(page.followUpChart()); // the clerk enters the income checks
    QCOMPARE(page.chartTabs()->count(), 2);
    auto* edit = page.findChild<QLineEdit*>(u"reportingUnit"_s);
    QVERIFY(edit->isReadOnly());
    edit->setText(u"某单位"_s);
    QVERIFY(page.reportingUnitField()->save()); // read-only: nothing to save, nothing written
    QCOMPARE(report::ReportingUnit::saved(m_db->db()), QString());
}

// The income tab: one household checked below the line in October 2026 (flagged) and monitored since May:
// the trend's last month has one of each, the months before May none monitored, and the bands chart puts
// the household below the line this month and nowhere in September (no check then).
void TestReportPage::incomeTabShowsFlaggedMonitoredAndBands()
{
    {
        WriteTransaction transaction(m_db->db());
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(u"SELECT id FROM households"_s) && q.next());
        const qint64 household = q.value(0).toLongLong();
        q.finish();
        QVERIFY(
            q.prepare(u"INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages)"
                      " VALUES (?, '2026-10-01', '2026-10-20', 3, 100000)"_s));
        q.addBindValue(household);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text())); // 400,000 fen a year each: below 600,000
        QVERIFY(q.prepare(u"INSERT INTO monitoring_cases (household_id, category, discovered_on, discovery,"
                          " state, state_date, entered_on) VALUES (?, 'marginal_at_risk', '2026-04-20',"
                          " 'visit', 'monitored', '2026-05-10', '2026-05-10')"_s));
        q.addBindValue(household);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(transaction.commit());
    }
    m_page->refresh();
    waitForFigures();
    const ChartData trend = m_page->followUpChart()->data();
    QCOMPARE(trend.categories.size(), 12);
    QCOMPARE(trend.series.size(), 2);
    QCOMPARE(trend.series.at(0).values.constLast(), 1.0); // flagged in October
    QCOMPARE(trend.series.at(1).values.constLast(), 1.0); // monitored at October's end
    QCOMPARE(trend.series.at(1).values.at(6), 1.0);       // May 2026 (November 2025 first)
    QCOMPARE(trend.series.at(1).values.at(5), 0.0);       // April 2026
    const ChartData bands = m_page->incomeBandChart()->data();
    QCOMPARE(bands.categories.size(), 4);
    QCOMPARE(bands.series.at(1).values, (QList<double>{1, 0, 0, 0})); // October
    QCOMPARE(bands.series.at(0).values, (QList<double>{0, 0, 0, 0})); // September
}

// The party secretary may not read the income checks: no income tab, no income sections.
void TestReportPage::secretarySeesNoIncomeTab()
{
    m_db->logInAs(Role::Secretary);
    ReportPage page(m_db->db());
    QVERIFY(!page.followUpChart());
    QVERIFY(page.partyChart());
    QCOMPARE(page.chartTabs()->count(), 2);
}

// The office's totals count every site, so a user limited to some sites chooses among those only.
void TestReportPage::siteLimitedUserPicksOnlyTheirSites()
{
    m_db->logInAs(Role::Clerk, {m_db->siteId()});
    ReportPage page(m_db->db());
    page.resize(1400, 900);
    page.setMonth(report::ReportMonth::of(2026, 10));
    QSignalSpy shown(&page, &ReportPage::figuresShown);
    page.show();
    QVERIFY(shown.wait(20'000));
    const auto* site = page.findChild<QComboBox*>(u"reportSite"_s);
    QCOMPARE(site->count(), 1);
    QCOMPARE(site->itemData(0).toLongLong(), m_db->siteId());
    QVERIFY(page.summary());
    QCOMPARE(page.summary()->siteId, m_db->siteId());
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"

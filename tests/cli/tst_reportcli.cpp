// anju-cli report monthly: the real executable writes the summary as PDF (Chinese text that pdftotext can
// read back, fonts embedded), .xlsx (the office layout) and JSON (the keys docs/report-json.md promises).

#include "ExternalProgram.h"
#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHasTheChineseReport();
    void xlsxHasTheOfficeLayout();
    void jsonKeysAreTheDocumentedOnes();
    void oneSiteOnly();
    void badArgumentsAreUsageErrors();
    void reportingUnitIsSavedForEverySummary();

private:
    using Run = anju::test::ProgramRun;
    Run run(const QString& program, const QStringList& arguments) const;
    Run cli(const QStringList& arguments) const;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

TestReportCli::Run TestReportCli::run(const QString& program, const QStringList& arguments) const
{
    // The demo database's manager prints the summary.
    QProcessEnvironment env = anju::test::cliEnvironment(m_dir.path(), QStringLiteral("manager"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must choose off-screen itself
    return anju::test::runProgram(program, arguments, env);
}

TestReportCli::Run TestReportCli::cli(const QStringList& arguments) const
{
    return run(QStringLiteral(ANJU_CLI_PATH),
               QStringList{QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--db"),
                           path(QStringLiteral("demo.anju"))} +
                   arguments);
}

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("400"),
                          QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestReportCli::pdfHasTheChineseReport()
{
    const QString pdf = path(QStringLiteral("summary.pdf"));
    const Run report = cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                            QStringLiteral("2026-10"), QStringLiteral("-o"), pdf});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(QFileInfo(pdf).size() > 10'000);
    ANJU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
    ANJU_REQUIRE_PROGRAM("pdffonts", "poppler-utils");
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    for (const char* expected :
         {"易地扶贫搬迁安置点月度汇总表", "统计月份：2026年10月", "户数人口", "月末在册人数", "本月", "上月",
          "增减", "分安置点情况", "人口结构", "家庭户规模", "安置点建设规范", "党建", "正式党员",
          "应交党费（元）", "填表人", "审核人", "负责人", "打印日期"}) {
        QVERIFY2(text.out.contains(QString::fromUtf8(expected)), expected);
    }
    // Every page numbered in words: 第 1 页 共 N 页 … 第 N 页 共 N 页.
    const QRegularExpressionMatch firstPage =
        QRegularExpression(QStringLiteral("第\\s*1\\s*页\\s*共\\s*(\\d+)\\s*页")).match(text.out);
    QVERIFY2(firstPage.hasMatch(), qPrintable(text.out.right(400)));
    const QString pages = firstPage.captured(1);
    QVERIFY(
        text.out.contains(QRegularExpression(QStringLiteral("第\\s*%1\\s*页\\s*共\\s*%1\\s*页").arg(pages))));
    // The people registered at the end of October, as the JSON has them, are printed.
    const Run json =
        cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
             QStringLiteral("2026-10"), QStringLiteral("-o"), path(QStringLiteral("check.json"))});
    QCOMPARE(json.exitCode, 0);
    QFile file(path(QStringLiteral("check.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject population = document[QStringLiteral("sections")][0].toObject();
    const QJsonObject people = population[QStringLiteral("figures")][4].toObject();
    QCOMPARE(people[QStringLiteral("key")].toString(), QStringLiteral("people_active"));
    QVERIFY(text.out.contains(QString::number(people[QStringLiteral("value")].toInteger())));
    // Dues are printed in yuan with two decimals (the JSON has them in fen).
    const QJsonObject duesDue =
        document[QStringLiteral("sections")][4][QStringLiteral("figures")][17].toObject();
    QCOMPARE(duesDue[QStringLiteral("key")].toString(), QStringLiteral("dues_due_fen"));
    const qint64 fen = duesDue[QStringLiteral("value")].toInteger();
    QVERIFY(fen > 0);
    const QString yuan = QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
    QVERIFY2(text.out.contains(yuan), qPrintable(yuan));
    const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.out.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts.out));
    // Every font embedded: the "emb" column (before "sub" and "uni") says yes.
    static const QRegularExpression columns(QStringLiteral(" (yes|no) +(yes|no) +(yes|no) +\\d+ +\\d+$"));
    int fontLines = 0;
    for (const QString& line : fonts.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = columns.match(line.trimmed());
        if (!match.hasMatch())
            continue;
        ++fontLines;
        QVERIFY2(match.captured(1) == QLatin1String("yes"), qPrintable(line));
    }
    QVERIFY(fontLines >= 1);
}

void TestReportCli::xlsxHasTheOfficeLayout()
{
    const QString xlsx = path(QStringLiteral("summary.xlsx"));
    const Run report = cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                            QStringLiteral("2026-10"), QStringLiteral("-o"), xlsx});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    ANJU_REQUIRE_PROGRAM("unzip", "unzip");
    const Run strings =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    QCOMPARE(strings.exitCode, 0);
    for (const char* expected : {"易地扶贫搬迁安置点月度汇总表", "填报单位：", "统计月份：2026年10月", "指标",
                                 "月末在册户数", "填表人：", "审核人：", "负责人：", "打印日期："})
        QVERIFY2(strings.out.contains(QString::fromUtf8(expected)), expected);
    const Run sheet = run(QStringLiteral("unzip"),
                          {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    QVERIFY(sheet.out.contains(QStringLiteral("paperSize=\"9\""))); // A4
    QVERIFY(sheet.out.contains(QStringLiteral("fitToPage=\"1\""))); // one page wide
    // The title rows printed again at the top of every page.
    const Run book =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")});
    QVERIFY2(book.out.contains(QStringLiteral("<definedName name=\"_xlnm.Print_Titles\"")),
             qPrintable(book.out));
}

namespace {

// The grids section's keys (docs/report-json.md): the totals, then each case kind's five figures.
QStringList gridKeys()
{
    QStringList keys;
    for (const char* key :
         {"grids_open", "staff_grid_leaders", "staff_grid_workers", "staff_building_leaders",
          "staff_unit_leaders", "staff_party_member_households", "households_in_grid",
          "households_in_no_grid", "households_paired", "households_paired_share", "visits_due",
          "visits_done_in_window", "visits_done_late", "visits_overdue", "must_attend_created",
          "must_attend_due", "must_attend_done_in_window", "must_attend_done_late", "must_attend_overdue"})
        keys.append(QLatin1String(key));
    for (const char* kind : {"", "_dispute_mediation", "_problem_screening", "_stability",
                             "_policy_publicity", "_service_request", "_public_sentiment"})
        for (const char* figure : {"_received", "_resolved", "_overdue", "_escalated", "_referred"})
            keys.append(QLatin1String("cases") + QLatin1String(kind) + QLatin1String(figure));
    return keys;
}

// The income section's keys, then the monitoring section's with one pair per scheme of the default list.
QStringList incomeKeys()
{
    QStringList keys;
    for (const char* key :
         {"households_active", "households_checked", "households_missing", "flagged_below_line",
          "flagged_drop", "flagged_large_expense", "flagged", "band_below_line", "band_line_to_1_5",
          "band_1_5_to_2", "band_2_plus", "monitoring_line_fen"})
        keys.append(QLatin1String(key));
    return keys;
}

QStringList monitoringKeys()
{
    QStringList keys;
    for (const char* key :
         {"monitored_unstable_out_of_poverty", "monitored_marginal_at_risk", "monitored_sudden_hardship",
          "monitored", "entered", "eliminated", "in_entry_review", "declined"})
        keys.append(QLatin1String(key));
    const QStringList schemes{QStringLiteral("dibao"), QStringLiteral("disability_subsidy"),
                              QStringLiteral("tekun"), QStringLiteral("temporary_relief")};
    for (const QString& scheme : schemes)
        keys.append(QStringLiteral("safetynet_%1_people").arg(scheme));
    keys.append(QStringLiteral("safetynet_people"));
    for (const QString& scheme : schemes)
        keys.append(QStringLiteral("safetynet_%1_monthly_fen").arg(scheme));
    for (const char* key : {"safetynet_monthly_fen", "safetynet_one_off_people", "safetynet_one_off_fen"})
        keys.append(QLatin1String(key));
    return keys;
}

// The work sections' keys (issue 19): channels, support kinds and levels by their stored keys.
QStringList employmentKeys()
{
    QStringList keys{QStringLiteral("labour_force"), QStringLiteral("employed"),
                     QStringLiteral("employment_rate")};
    for (const char* channel :
         {"labour_export", "workshop", "work_relief", "park", "public_post", "self_employed", "flexible"})
        keys.append(QLatin1String("employed_") + QLatin1String(channel));
    keys << QStringLiteral("people_employed") << QStringLiteral("jobs_started")
         << QStringLiteral("jobs_ended");
    for (const char* kind : {"employment_award", "training_subsidy", "living_allowance", "social_insurance"})
        keys << QStringLiteral("support_%1_people").arg(QLatin1String(kind))
             << QStringLiteral("support_%1_fen").arg(QLatin1String(kind));
    keys << QStringLiteral("support_people") << QStringLiteral("support_fen");
    return keys;
}

QStringList industryKeys()
{
    const QList<const char*> levels = {"county_park", "township_base", "village_cooperative", "household"};
    QStringList keys;
    for (const char* level : levels)
        keys.append(QLatin1String("projects_") + QLatin1String(level));
    keys.append(QStringLiteral("projects"));
    for (const char* level : levels)
        keys << QLatin1String("beneficiary_households_") + QLatin1String(level)
             << QLatin1String("beneficiary_people_") + QLatin1String(level);
    keys << QStringLiteral("beneficiary_households") << QStringLiteral("beneficiary_people");
    return keys;
}

} // namespace

void TestReportCli::jsonKeysAreTheDocumentedOnes()
{
    const QString json = path(QStringLiteral("summary.json"));
    const Run report = cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                            QStringLiteral("2026-10"), QStringLiteral("-o"), json});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.keys(),
             (QStringList{QStringLiteral("format"), QStringLiteral("generated_at"), QStringLiteral("month"),
                          QStringLiteral("previous_month"), QStringLiteral("reporting_unit"),
                          QStringLiteral("sections"), QStringLiteral("site"), QStringLiteral("version")}));
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("anju.monthly-summary"));
    QCOMPARE(root[QStringLiteral("version")].toInt(), 1);
    QCOMPARE(root[QStringLiteral("month")].toString(), QStringLiteral("2026-10"));
    QCOMPARE(root[QStringLiteral("previous_month")].toString(), QStringLiteral("2026-09"));
    QVERIFY(root[QStringLiteral("site")].isNull());

    // docs/report-json.md lists these keys; changing one breaks the programs that read the file.
    const QList<QPair<QString, QStringList>> expected = {
        {QStringLiteral("population"),
         {QStringLiteral("households_active"), QStringLiteral("households_moved_in"),
          QStringLiteral("households_moved_out"), QStringLiteral("households_dissolved"),
          QStringLiteral("people_active"), QStringLiteral("people_moved_in"), QStringLiteral("people_born"),
          QStringLiteral("people_moved_out"), QStringLiteral("people_died")}},
        {QStringLiteral("structure"),
         {QStringLiteral("sex_male"), QStringLiteral("sex_female"), QStringLiteral("age_0_5"),
          QStringLiteral("age_6_15"), QStringLiteral("age_16_59"), QStringLiteral("age_60_plus"),
          QStringLiteral("labour_ordinary"), QStringLiteral("labour_skilled"), QStringLiteral("labour_weak"),
          QStringLiteral("labour_lost"), QStringLiteral("labour_none")}},
        {QStringLiteral("household_size"),
         {QStringLiteral("size_1"), QStringLiteral("size_2"), QStringLiteral("size_3"),
          QStringLiteral("size_4"), QStringLiteral("size_5"), QStringLiteral("size_6_plus")}},
        {QStringLiteral("site_rules"),
         {QStringLiteral("sites_occupied"), QStringLiteral("sites_service_centre_missing"),
          QStringLiteral("sites_five_connections_missing")}},
        {QStringLiteral("party"),
         {QStringLiteral("organisations"),
          QStringLiteral("branches"),
          QStringLiteral("members_full"),
          QStringLiteral("members_probationary"),
          QStringLiteral("development_targets"),
          QStringLiteral("activists"),
          QStringLiteral("applicants"),
          QStringLiteral("members_mobile"),
          QStringLiteral("applications"),
          QStringLiteral("new_activists"),
          QStringLiteral("new_development_targets"),
          QStringLiteral("admissions"),
          QStringLiteral("conversions"),
          QStringLiteral("transfers_in"),
          QStringLiteral("transfers_out"),
          QStringLiteral("members_owing_dues"),
          QStringLiteral("members_paid_dues"),
          QStringLiteral("dues_due_fen"),
          QStringLiteral("dues_paid_fen"),
          QStringLiteral("dues_received_fen"),
          QStringLiteral("meetings_held"),
          QStringLiteral("meeting_periods_expected"),
          QStringLiteral("meeting_periods_held")}},
        {QStringLiteral("grids"), gridKeys()},
        {QStringLiteral("income"), incomeKeys()},
        {QStringLiteral("monitoring"), monitoringKeys()},
        {QStringLiteral("employment"), employmentKeys()},
        {QStringLiteral("training"),
         {QStringLiteral("courses_ended"), QStringLiteral("person_times"),
          QStringLiteral("person_times_year"), QStringLiteral("certificates"),
          QStringLiteral("certificates_year")}},
        {QStringLiteral("industry"), industryKeys()},
    };
    const QJsonArray sections = root[QStringLiteral("sections")].toArray();
    QCOMPARE(sections.size(), expected.size());
    for (int s = 0; s < sections.size(); ++s) {
        const QJsonObject section = sections.at(s).toObject();
        QCOMPARE(section[QStringLiteral("key")].toString(), expected.at(s).first);
        QStringList keys;
        for (const QJsonValue& f : section[QStringLiteral("figures")].toArray()) {
            const QJsonObject figure = f.toObject();
            QCOMPARE(figure.keys(),
                     (QStringList{QStringLiteral("change"), QStringLiteral("key"), QStringLiteral("label"),
                                  QStringLiteral("previous"), QStringLiteral("value")}));
            QCOMPARE(figure[QStringLiteral("change")].toInteger(),
                     figure[QStringLiteral("value")].toInteger() -
                         figure[QStringLiteral("previous")].toInteger());
            keys.append(figure[QStringLiteral("key")].toString());
        }
        QCOMPARE(keys, expected.at(s).second);
    }
    const QJsonObject bySite = sections.at(0)[QStringLiteral("tables")][0].toObject();
    QCOMPARE(bySite[QStringLiteral("key")].toString(), QStringLiteral("by_site"));
    QCOMPARE(bySite[QStringLiteral("rows")][0].toObject().keys(),
             (QStringList{QStringLiteral("households_active"), QStringLiteral("people_active"),
                          QStringLiteral("people_born"), QStringLiteral("people_died"),
                          QStringLiteral("people_moved_in"), QStringLiteral("people_moved_out"),
                          QStringLiteral("site_code"), QStringLiteral("site_name")}));
    QCOMPARE(sections.at(3)[QStringLiteral("tables")][0][QStringLiteral("key")].toString(),
             QStringLiteral("violations"));
    QCOMPARE(sections.at(8)[QStringLiteral("tables")][0][QStringLiteral("key")].toString(),
             QStringLiteral("rate_note"));
}

void TestReportCli::oneSiteOnly()
{
    const QString json = path(QStringLiteral("site.json"));
    QFile office(path(QStringLiteral("summary.json")));
    QVERIFY(office.open(QIODevice::ReadOnly));
    const QJsonObject firstSite =
        QJsonDocument::fromJson(office.readAll())[QStringLiteral("sections")][0][QStringLiteral("tables")][0]
                                                 [QStringLiteral("rows")][0]
                                                     .toObject();
    const QString code = firstSite[QStringLiteral("site_code")].toString();
    const Run report =
        cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
             QStringLiteral("2026-10"), QStringLiteral("--site"), code, QStringLiteral("-o"), json});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root[QStringLiteral("site")][QStringLiteral("code")].toString(), code);
    const QJsonObject people = root[QStringLiteral("sections")][0][QStringLiteral("figures")][4].toObject();
    QCOMPARE(people[QStringLiteral("value")].toInteger(),
             firstSite[QStringLiteral("people_active")].toInteger());
    QVERIFY(root[QStringLiteral("sections")][0][QStringLiteral("tables")]
                .toArray()
                .isEmpty()); // no by-site table
}

void TestReportCli::badArgumentsAreUsageErrors()
{
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                  QStringLiteral("2026-13"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("-o"),
                  path(QStringLiteral("x.doc"))})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("-o"),
                  path(QStringLiteral("x.pdf"))})
                 .exitCode,
             2);
    const Run noSite =
        cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--site"),
             QStringLiteral("999999999"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
    QCOMPARE(noSite.exitCode, 1);
    QVERIFY(noSite.err.contains(QStringLiteral("999999999")));
}

// `report unit NAME` saves what the 报表 page's field saves; the next summaries carry it.
void TestReportCli::reportingUnitIsSavedForEverySummary()
{
    const QString unit = QStringLiteral("演示县易地扶贫搬迁后续扶持工作办公室");
    const Run saved = cli({QStringLiteral("report"), QStringLiteral("unit"), unit});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QVERIFY(saved.out.contains(unit));
    QVERIFY(cli({QStringLiteral("report"), QStringLiteral("unit")}).out.contains(unit));
    const QString json = path(QStringLiteral("unit.json"));
    const Run report = cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                            QStringLiteral("2026-10"), QStringLiteral("-o"), json});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll())[QStringLiteral("reporting_unit")].toString(), unit);

    const Run cleared = cli({QStringLiteral("report"), QStringLiteral("unit"), QString()});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    QVERIFY(!cli({QStringLiteral("report"), QStringLiteral("unit")}).out.contains(unit));
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("unit"), QStringLiteral("a"), QStringLiteral("b")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"

// anju-cli monitoring: list --json and show on demo data with cases made through core, and the 公示 board
// list of a site as a Chinese A4 PDF read back with pdftotext (the name in full, the ID number and phone
// masked, the category in words, the period, where to object). ANJU_SCREENSHOTS=DIR keeps the PDF.
#include "ExternalProgram.h"
#include "ProgramRun.h"
#include "TestDatabase.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "income/MonitoringService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using namespace anju::income;

namespace {

using Run = anju::test::ProgramRun;
const QDate Today(2026, 11, 30);

} // namespace

class TestCliMonitoring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_siteCode;
    qint64 m_onNotice = 0; // case ids
    qint64 m_monitored = 0;
    QString m_noticeHead;
    QString m_noticeIdNumber;
    QString m_monitoredHead;

    Run cli(const QString& user, const QStringList& arguments,
            const QString& language = QStringLiteral("zh_CN"))
    {
        return anju::test::runProgram(
            QStringLiteral(ANJU_CLI_PATH),
            QStringList{QStringLiteral("--language"), language, QStringLiteral("--db"), m_db} + arguments,
            anju::test::cliEnvironment(m_dir.path(), user));
    }
    static Run run(const QString& program, const QStringList& arguments)
    {
        return anju::test::runProgram(program, arguments, QProcessEnvironment::systemEnvironment());
    }

    static void pass(MonitoringService& service, qint64 caseId, MonitoringStepKind step, QDate on)
    {
        MonitoringStepDecision d;
        d.caseId = caseId;
        d.step = step;
        d.date = on;
        const auto decided = service.decide(d, Today);
        if (!decided)
            qFatal("decide: %s", qPrintable(decided.summary()));
    }

    // Two households of the first site, made through core as an administrator: one on notice 9–13 November
    // 2026, one taken in on 20 October.
    void makeCases()
    {
        auto opened = Database::open(DatabaseLocation::parse(m_db));
        QVERIFY2(opened, qPrintable(opened.summary()));
        Database& db = *opened.value();
        db.setSession(anju::test::TestDatabase::sessionFor(Role::Admin));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT h.id, s.code, p.name, p.id_number FROM households h JOIN sites s ON s.id = h.site_id"
            " JOIN persons p ON p.household_id = h.id AND p.relationship = 'head' AND p.state = 'active'"
            " WHERE h.state = 'active' AND h.id NOT IN (SELECT household_id FROM monitoring_cases)"
            " AND s.id = (SELECT MIN(id) FROM sites) ORDER BY h.id LIMIT 2")));
        QList<qint64> households;
        while (q.next()) {
            households.append(q.value(0).toLongLong());
            m_siteCode = q.value(1).toString();
            (households.size() == 1 ? m_noticeHead : m_monitoredHead) = q.value(2).toString();
            if (households.size() == 1)
                m_noticeIdNumber = q.value(3).toString();
        }
        QCOMPARE(households.size(), 2);
        MonitoringService service(db);
        for (int i = 0; i < 2; ++i) {
            MonitoringDiscovery d;
            d.householdId = households.at(i);
            d.category = i == 0 ? MonitoringCategory::MarginalAtRisk : MonitoringCategory::SuddenHardship;
            d.discovery = DiscoverySource::SelfReport;
            d.discoveredOn = i == 0 ? QDate(2026, 11, 2) : QDate(2026, 10, 1);
            d.description = i == 0 ? QStringLiteral("家中老人长期住院") : QStringLiteral("房屋遭水灾");
            d.risks = {{i == 0 ? RiskKind::Illness : RiskKind::Disaster, {}}};
            const auto c = service.discover(d, Today);
            QVERIFY2(c, qPrintable(c.summary()));
            (i == 0 ? m_onNotice : m_monitored) = c.value().id;
        }
        pass(service, m_onNotice, MonitoringStepKind::HomeCheck, QDate(2026, 11, 4));
        pass(service, m_onNotice, MonitoringStepKind::VillageReview, QDate(2026, 11, 6));
        QVERIFY(service.setNotice(m_onNotice, QDate(2026, 11, 9), QDate(2026, 11, 13), Today));
        pass(service, m_monitored, MonitoringStepKind::HomeCheck, QDate(2026, 10, 2));
        pass(service, m_monitored, MonitoringStepKind::VillageReview, QDate(2026, 10, 3));
        QVERIFY(service.setNotice(m_monitored, QDate(2026, 10, 4), QDate(2026, 10, 8), Today));
        pass(service, m_monitored, MonitoringStepKind::PublicNotice, QDate(2026, 10, 9));
        pass(service, m_monitored, MonitoringStepKind::TownshipReview, QDate(2026, 10, 12));
        pass(service, m_monitored, MonitoringStepKind::CountyApproval, QDate(2026, 10, 20));
        QVERIFY(db.setSetting(QStringLiteral("monitoring.objection_contact"),
                              QStringLiteral("安置点社区居委会（电话 0739-1234567）")));
    }

    QJsonObject caseOf(const QJsonArray& cases, qint64 id)
    {
        for (const QJsonValue& v : cases) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.anju"));
        const Run demo = cli(QStringLiteral("admin"),
                             {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("200"),
                              QStringLiteral("--seed"), QStringLiteral("1")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        makeCases();
    }

    void listAsJson()
    {
        const Run all = cli(QStringLiteral("clerk"),
                            {QStringLiteral("monitoring"), QStringLiteral("list"), QStringLiteral("--date"),
                             QStringLiteral("2026-11-30"), QStringLiteral("--json")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonArray cases =
            QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("cases")).toArray();
        const QJsonObject notice = caseOf(cases, m_onNotice);
        QCOMPARE(notice.value(QStringLiteral("state")).toString(), QStringLiteral("entry_review"));
        QCOMPARE(notice.value(QStringLiteral("category")).toString(), QStringLiteral("marginal_at_risk"));
        QCOMPARE(notice.value(QStringLiteral("head")).toString(), m_noticeHead);
        QCOMPARE(notice.value(QStringLiteral("currentStep")).toString(), QStringLiteral("public_notice"));
        // The notice's outcome was due 3 days after its 13 November end: overdue on the 30th.
        QCOMPARE(notice.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-11-16"));
        QCOMPARE(notice.value(QStringLiteral("overdue")).toBool(), true);
        const QJsonObject in = caseOf(cases, m_monitored);
        QCOMPARE(in.value(QStringLiteral("state")).toString(), QStringLiteral("monitored"));
        QCOMPARE(in.value(QStringLiteral("enteredOn")).toString(), QStringLiteral("2026-10-20"));
        QVERIFY(in.value(QStringLiteral("currentStep")).isNull());

        const Run monitored =
            cli(QStringLiteral("clerk"), {QStringLiteral("monitoring"), QStringLiteral("list"),
                                          QStringLiteral("--state"), QStringLiteral("monitored"),
                                          QStringLiteral("--site"), m_siteCode, QStringLiteral("--json")});
        QVERIFY2(monitored.exitCode == 0, qPrintable(monitored.err));
        const QJsonArray only =
            QJsonDocument::fromJson(monitored.out.toUtf8()).object().value(QStringLiteral("cases")).toArray();
        QVERIFY(!caseOf(only, m_monitored).isEmpty());
        QVERIFY(caseOf(only, m_onNotice).isEmpty());
        for (const QJsonValue& v : only)
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("monitored"));

        const Run bad = cli(QStringLiteral("clerk"), {QStringLiteral("monitoring"), QStringLiteral("list"),
                                                      QStringLiteral("--state"), QStringLiteral("sleeping")});
        QCOMPARE(bad.exitCode, 2);
        // The secretary may not read monitoring households: core's refusal, not an empty list.
        const Run secretary =
            cli(QStringLiteral("secretary"), {QStringLiteral("monitoring"), QStringLiteral("list")});
        QVERIFY(secretary.exitCode != 0);
        QVERIFY2(!secretary.err.isEmpty(), qPrintable(secretary.out));
    }

    void showOneCase()
    {
        const Run shown =
            cli(QStringLiteral("clerk"), {QStringLiteral("monitoring"), QStringLiteral("show"),
                                          QString::number(m_onNotice), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject c = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        const QJsonArray steps = c.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("noticeTo")).toString(),
                 QStringLiteral("2026-11-13"));
        QCOMPARE(c.value(QStringLiteral("risks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("risk"))
                     .toString(),
                 QStringLiteral("illness"));
    }

    void noticeBoardPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
        const Run written =
            cli(QStringLiteral("clerk"),
                {QStringLiteral("monitoring"), QStringLiteral("notice"), QStringLiteral("--site"), m_siteCode,
                 QStringLiteral("--date"), QStringLiteral("2026-11-10"), QStringLiteral("-o"), pdf});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        // ANJU_SCREENSHOTS=DIR keeps the PDF to look at.
        if (const QString keep = qEnvironmentVariable("ANJU_SCREENSHOTS"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("monitoring-notice.pdf")));
        ANJU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
        const Run text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString masked = Permissions::maskIdNumber(m_noticeIdNumber);
        for (const QString& expected :
             {QStringLiteral("监测对象公示"), m_noticeHead, masked, QStringLiteral("边缘易致贫户"),
              QStringLiteral("纳入监测"), QStringLiteral("家中老人长期住院"), QStringLiteral("2026-11-09"),
              QStringLiteral("2026-11-13"), QStringLiteral("0739-1234567")})
            QVERIFY2(text.out.contains(expected), qPrintable(expected + QStringLiteral("\n") + text.out));
        // Never the ID number in full; the household already taken in is not on the board.
        QVERIFY(!text.out.contains(m_noticeIdNumber));
        QVERIFY2(!text.out.contains(m_monitoredHead), qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("房屋遭水灾")));

        // A day when no notice runs (the one of 9–13 November decided or not) is said, and the PDF says it.
        const Run none =
            cli(QStringLiteral("clerk"),
                {QStringLiteral("monitoring"), QStringLiteral("notice"), QStringLiteral("--site"), m_siteCode,
                 QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("-o"), pdf},
                QStringLiteral("en"));
        QVERIFY2(none.exitCode == 0, qPrintable(none.err));
        QVERIFY2(none.out.contains(QStringLiteral("No household is on notice at")), qPrintable(none.out));
        const Run noneText =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(noneText.out.contains(QStringLiteral("No household is on notice on this day.")),
                 qPrintable(noneText.out));

        const Run missing =
            cli(QStringLiteral("clerk"),
                {QStringLiteral("monitoring"), QStringLiteral("notice"), QStringLiteral("-o"), pdf});
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMonitoring)
#include "tst_climonitoring.moc"

// The reporting unit 填报单位 of the monthly summary: saved by those who may, read back by the summary,
// cleared to fall back on the site's name, and written to the audit trail.
#include "Refusal.h"
#include "TestDatabase.h"

#include "report/MonthlySummary.h"
#include "report/ReportingUnit.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;

class TestReportingUnit : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;

    QString unitOfSummary(qint64 siteId)
    {
        const auto summary =
            report::MonthlySummaryBuilder(m_test->db()).build(report::ReportMonth::of(2026, 10), siteId);
        return summary ? summary.value().reportingUnit
                       : QStringLiteral("(failed: %1)").arg(summary.summary());
    }

    int auditedSettings()
    {
        QSqlQuery q(m_test->db().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'settings'"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init() { m_test = std::make_unique<TestDatabase>(); }
    void cleanup() { m_test.reset(); }

    void savedNameHeadsTheSummary()
    {
        QCOMPARE(unitOfSummary(m_test->siteId()), QStringLiteral("测试安置点")); // nothing saved: the site
        QCOMPARE(unitOfSummary(0), QString());
        const int audited = auditedSettings();
        m_test->logInAs(Role::Manager);
        QVERIFY(report::ReportingUnit::save(m_test->db(),
                                            QStringLiteral("  隆回县易地扶贫搬迁\n后续扶持工作办公室 "))
                    .ok());
        // Spaces and line breaks from a paste fold into one space, as the form's title line prints it.
        QCOMPARE(report::ReportingUnit::saved(m_test->db()),
                 QStringLiteral("隆回县易地扶贫搬迁 后续扶持工作办公室"));
        QCOMPARE(unitOfSummary(0), QStringLiteral("隆回县易地扶贫搬迁 后续扶持工作办公室"));
        QCOMPARE(unitOfSummary(m_test->siteId()), QStringLiteral("隆回县易地扶贫搬迁 后续扶持工作办公室"));
        QCOMPARE(auditedSettings(), audited + 1);

        QVERIFY(report::ReportingUnit::save(m_test->db(), QString()).ok()); // cleared: the site's name again
        QCOMPARE(report::ReportingUnit::saved(m_test->db()), QString());
        QCOMPARE(unitOfSummary(m_test->siteId()), QStringLiteral("测试安置点"));
        QCOMPARE(auditedSettings(), audited + 2);
    }

    void refusedToAClerkAndWhenTooLong()
    {
        m_test->logInAs(Role::Clerk);
        const Outcome clerk = report::ReportingUnit::save(m_test->db(), QStringLiteral("某办公室"));
        QVERIFY_REFUSED(clerk, QStringLiteral("may not change the office's settings."));
        QCOMPARE(report::ReportingUnit::saved(m_test->db()), QString());

        m_test->logInAs(Role::Admin);
        const QString longest(report::ReportingUnit::MaxLength, QChar(0x529e)); // 办
        QVERIFY(report::ReportingUnit::save(m_test->db(), longest).ok());
        const Outcome tooLong = report::ReportingUnit::save(m_test->db(), longest + QStringLiteral("室"));
        QVERIFY(!tooLong.ok());
        QVERIFY(!tooLong.messageFor(QStringLiteral("reportingUnit")).isEmpty());
        QCOMPARE(report::ReportingUnit::saved(m_test->db()), longest);
    }
};

QTEST_GUILESS_MAIN(TestReportingUnit)
#include "tst_reportingunit.moc"

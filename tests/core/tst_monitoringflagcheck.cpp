// The flag a monitoring discovery "from an income flag" asks for (MonitoringFlagCheck) against issue 18's
// shared definitions at their edges, on both engines: per-capita income equal to the line and one fen
// under it, a drop of exactly the set share and one fen more, an expenditure equal to the large-expense
// amount and one fen over. Each answer is worked out by hand and must be the same as IncomeRules' (the
// C++ definition) and IncomeFlagSql's (the SQL one, as the flags list and the summary count).
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "income/IncomeCheckRepository.h"
#include "income/IncomeFlagSql.h"
#include "income/IncomeRules.h"
#include "income/MonitoringFlagCheck.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::income;
using namespace anju::test;

class TestMonitoringFlagCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    int m_households = 0;

    Database& db() { return m_test->db(); }

    qint64 newHousehold()
    {
        qint64 person = 0;
        return m_fix->household(QStringLiteral("F%1").arg(++m_households), true, &person);
    }

    // A check of `month` with twelve people, so that the per-capita annual figure is the month's net in
    // fen exactly ((net × 12) / 12) and an edge can be met to the fen.
    qint64 check(qint64 householdId, const QString& month, qint64 net, qint64 medical = 0)
    {
        return m_fix->insert(QStringLiteral("INSERT INTO income_checks (household_id, month, checked_on,"
                                            " headcount, income_wages, expense_medical)"
                                            " VALUES (?, ?, ?, 12, ?, ?)"),
                             {householdId, QString(month + QStringLiteral("-01")),
                              QString(month + QStringLiteral("-20")), net, medical});
    }

    // The `flagged` column of the SQL definition for the check.
    bool flaggedInSql(qint64 checkId, QDate month)
    {
        QVariantList values;
        const QString sql = QStringLiteral("SELECT f.flagged FROM (%1) f WHERE f.check_id = ?")
                                .arg(IncomeFlagSql::monthFlags(month, IncomeSettings::load(db()), &values));
        values.append(checkId);
        QSqlQuery q(db().connection());
        q.prepare(sql);
        SqlRun::bind(q, values);
        if (!q.exec() || !q.next())
            qFatal("flags: %s", qPrintable(q.lastError().text()));
        return q.value(0).toInt() == 1;
    }

    // MonitoringFlagCheck's answer is `expected`, and IncomeRules and IncomeFlagSql say the same.
    void agree(qint64 householdId, qint64 checkId, bool expected)
    {
        const MonitoringFlagCheck::Answer answer = MonitoringFlagCheck::of(db(), checkId);
        QCOMPARE(answer.householdId, householdId);
        QCOMPARE(answer.flagged, expected);
        const IncomeCheckRepository checks(db());
        const std::optional<IncomeCheck> c = checks.check(checkId);
        QVERIFY(c.has_value());
        QCOMPARE(
            IncomeRules::flags(*c, checks.earlierMonths(householdId, c->month), IncomeSettings::load(db()))
                .any(),
            expected);
        QCOMPARE(flaggedInSql(checkId, c->month), expected);
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_households = 0;
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    // The 2025 line is 2021's 6,000 yuan carried over: 600,000 fen per person per year.
    void lineAtItsEdge()
    {
        const qint64 onTheLine = newHousehold();
        agree(onTheLine, check(onTheLine, QStringLiteral("2025-05"), 600000), false);
        const qint64 oneFenUnder = newHousehold();
        agree(oneFenUnder, check(oneFenUnder, QStringLiteral("2025-05"), 599999), true);
    }

    // Three earlier months of 1,000,000 fen: S = 3,000,000, N = 3, 30 %: a drop when pca × 300 <
    // 210,000,000, that is under 700,000 (still above the line, so the drop alone flags).
    void dropAtExactlyTheShare()
    {
        for (const auto& [pca, dropped] :
             {std::pair{qint64(700000), false}, std::pair{qint64(699999), true}}) {
            const qint64 household = newHousehold();
            for (const char* month : {"2025-02", "2025-03", "2025-04"})
                check(household, QLatin1String(month), 1000000);
            agree(household, check(household, QStringLiteral("2025-05"), pca), dropped);
        }
        // Only two earlier months: no drop however far it fell.
        const qint64 short_ = newHousehold();
        check(short_, QStringLiteral("2025-03"), 1000000);
        check(short_, QStringLiteral("2025-04"), 1000000);
        agree(short_, check(short_, QStringLiteral("2025-05"), 600000), false);
        // A month more than twelve back is not among the three: no drop.
        const qint64 gap = newHousehold();
        check(gap, QStringLiteral("2024-04"), 1000000);
        check(gap, QStringLiteral("2025-03"), 1000000);
        check(gap, QStringLiteral("2025-04"), 1000000);
        agree(gap, check(gap, QStringLiteral("2025-05"), 600000), false);
    }

    // The large-expense amount is 10,000 yuan: equal is not over it.
    void largeExpenseAtItsEdge()
    {
        const qint64 equal = newHousehold();
        agree(equal, check(equal, QStringLiteral("2025-05"), 1000000, 1000000), false);
        const qint64 over = newHousehold();
        agree(over, check(over, QStringLiteral("2025-05"), 1000000, 1000001), true);
    }

    void checkNotOnFile()
    {
        const MonitoringFlagCheck::Answer answer = MonitoringFlagCheck::of(db(), 424242);
        QCOMPARE(answer.householdId, qint64(0));
        QVERIFY(!answer.flagged);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringFlagCheck)
#include "tst_monitoringflagcheck.moc"

// What migration 16's triggers keep on each income check (its per-capita figure, its largest expense, and
// the sum of its household's N most recent checks of the twelve months before, with that N), on both
// engines: after checks written in order and late, corrected, moved to another month, deleted, and after the
// office changes the number of months. Every check is compared with the rule worked out here from the rows
// themselves. The flags read with the kept sums equal those read without them.
#include "TestDatabase.h"

#include "database/SqlValues.h"
#include "income/IncomeFlagSql.h"
#include "income/IncomeSettings.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace anju;
using namespace anju::test;
using namespace anju::income;

namespace {

const QString Longhui = QStringLiteral("430524");

struct Row
{
    qint64 id = 0;
    qint64 householdId = 0;
    QDate month;
    qint64 net = 0;
    int headcount = 1;
    qint64 largest = 0;
    QVariant perCapita, largestKept, priorSum, priorN;
};

} // namespace

class TestIncomePriors : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_unit = 0;
    int m_sequence = 0;

    Database& db() { return m_test->db(); }

    qint64 household()
    {
        ++m_sequence;
        Household h;
        h.siteId = m_test->siteId();
        h.number = QStringLiteral("H%1").arg(m_sequence, 3, 10, QLatin1Char('0'));
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        h.members.append(makePerson(QStringLiteral("户主") + QChar(u'甲' + m_sequence),
                                    makeIdNumber(Longhui, QDate(1970, 1, m_sequence), 2 * m_sequence + 1),
                                    Relationship::Head));
        const auto saved = registry::RegistryService(db()).saveHousehold(
            h, m_unit, QString::number(m_sequence), h.relocationDate);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        return saved.value().id;
    }

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db().connection());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant& v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }

    // A check written straight into the table, as a bulk writer or another program would.
    qint64 check(qint64 householdId, QDate month, qint64 wages, int headcount = 2, qint64 costs = 0,
                 qint64 medical = 0, qint64 other = 0)
    {
        exec(QStringLiteral(
                 "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages,"
                 " operating_costs, expense_medical, expense_other) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {householdId, sqlDate(month), sqlDate(month.addDays(9)), headcount, wages, costs, medical,
              other});
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT id FROM income_checks WHERE household_id = ? AND month = ?"));
        q.addBindValue(householdId);
        q.addBindValue(sqlDate(month));
        if (!q.exec() || !q.next())
            qFatal("check id: %s", qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    QList<Row> rows()
    {
        QList<Row> list;
        QSqlQuery q(db().connection());
        if (!q.exec(QStringLiteral(
                "SELECT id, household_id, month, income_wages + income_business + income_property"
                " + income_transfers - operating_costs, headcount, expense_medical, expense_education,"
                " expense_disaster, expense_other, per_capita_annual, largest_expense, prior_sum, prior_n"
                " FROM income_checks ORDER BY household_id, month")))
            qFatal("rows: %s", qPrintable(q.lastError().text()));
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.householdId = q.value(1).toLongLong();
            r.month = dateFrom(q.value(2));
            r.net = q.value(3).toLongLong();
            r.headcount = q.value(4).toInt();
            for (int i = 5; i <= 8; ++i)
                r.largest = std::max(r.largest, q.value(i).toLongLong());
            r.perCapita = q.value(9);
            r.largestKept = q.value(10);
            r.priorSum = q.value(11);
            r.priorN = q.value(12);
            list.append(r);
        }
        return list;
    }

    // Every check against the rule worked out here: per capita (net × 12) / headcount truncated toward
    // zero; the sum of the n most recent checks in [month − 12 months, month − 1 month], none with fewer.
    void verifyAll(int n)
    {
        const QList<Row> all = rows();
        QVERIFY(!all.isEmpty());
        for (const Row& r : all) {
            const QString where =
                QStringLiteral("household %1, %2").arg(r.householdId).arg(r.month.toString(Qt::ISODate));
            QCOMPARE(r.perCapita.toLongLong(), (r.net * 12) / r.headcount);
            QVERIFY2(!r.perCapita.isNull(), qPrintable(where));
            QCOMPARE(r.largestKept.toLongLong(), r.largest);
            QVERIFY2(r.priorN.toInt() == n,
                     qPrintable(where + QStringLiteral(": prior_n %1").arg(r.priorN.toInt())));
            QList<Row> earlier;
            for (const Row& e : all)
                if (e.householdId == r.householdId && e.month < r.month && e.month >= r.month.addMonths(-12))
                    earlier.append(e);
            std::sort(earlier.begin(), earlier.end(),
                      [](const Row& a, const Row& b) { return a.month > b.month; });
            if (earlier.size() < n) {
                QVERIFY2(r.priorSum.isNull(),
                         qPrintable(where + QStringLiteral(": a sum with too few months")));
                continue;
            }
            qint64 sum = 0;
            for (int i = 0; i < n; ++i)
                sum += (earlier.at(i).net * 12) / earlier.at(i).headcount;
            QVERIFY2(!r.priorSum.isNull(), qPrintable(where + QStringLiteral(": no sum")));
            QVERIFY2(
                r.priorSum.toLongLong() == sum,
                qPrintable(where + QStringLiteral(": %1, not %2").arg(r.priorSum.toLongLong()).arg(sum)));
        }
    }

    int auditRows()
    {
        QSqlQuery q(db().connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'income_checks'")) ||
            !q.next())
            qFatal("audit: %s", qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }

    // household_id → (below, drop, large) of the month, through IncomeFlagSql.
    QHash<qint64, QString> flags(QDate month)
    {
        QVariantList values;
        const QString sql =
            QStringLiteral("SELECT f.household_id, f.below_line, f.drop_flag, f.large_expense FROM (") +
            IncomeFlagSql::monthFlags(month, IncomeSettings::load(db()), &values) + QStringLiteral(") f");
        QSqlQuery q(db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("flags: %s", qPrintable(q.lastError().text()));
        QHash<qint64, QString> out;
        while (q.next())
            out.insert(q.value(0).toLongLong(),
                       q.value(1).toString() + q.value(2).toString() + q.value(3).toString());
        return out;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_sequence = 0;
        m_unit = registry::SiteRepository(db()).units(m_test->buildingId()).at(0).id;
    }
    void cleanup() { m_test.reset(); }

    void checksInOrderCarryTheirRecentMonths()
    {
        const qint64 h = household();
        for (int m = 1; m <= 6; ++m)
            check(h, QDate(2025, m, 1), 100000 * m, 2, 5000, m == 4 ? 1500000 : 0, m == 5 ? 700 : 0);
        verifyAll(3);
        // Fewer than three months before: no sum; from April on, January + February + March.
        const QList<Row> all = rows();
        QVERIFY(all.at(2).priorSum.isNull());
        QCOMPARE(all.at(3).priorSum.toLongLong(), qint64((95000 + 195000 + 295000) * 12 / 2));
        QCOMPARE(all.at(3).largestKept.toLongLong(), qint64(1500000));
    }

    void aLateMonthCorrectionMoveAndDeleteReachTheLaterMonths()
    {
        const qint64 h = household();
        const qint64 other = household();
        for (const int m : {1, 2, 4, 5, 6, 7, 8})
            check(h, QDate(2025, m, 1), 80000 + 1000 * m, 3);
        check(h, QDate(2026, 3, 1), 90000, 3); // more than a year after some of them
        check(other, QDate(2025, 4, 1), 5000, 1);
        verifyAll(3);

        const int audited = auditRows();
        check(h, QDate(2025, 3, 1), 10, 1); // entered late: April … August change
        verifyAll(3);
        QCOMPARE(auditRows(), audited + 1); // the recounted sums are not changes in the trail

        exec(QStringLiteral("UPDATE income_checks SET income_wages = ?, headcount = ? WHERE household_id = ?"
                            " AND month = ?"),
             {qint64(777777), 4, h, sqlDate(QDate(2025, 2, 1))});
        verifyAll(3);

        exec(QStringLiteral("UPDATE income_checks SET month = ? WHERE household_id = ? AND month = ?"),
             {sqlDate(QDate(2025, 11, 1)), h, sqlDate(QDate(2025, 4, 1))});
        verifyAll(3);

        exec(QStringLiteral("DELETE FROM income_checks WHERE household_id = ? AND month = ?"),
             {h, sqlDate(QDate(2025, 5, 1))});
        verifyAll(3);
    }

    void anotherNumberOfMonthsRecountsEverySum()
    {
        const qint64 h = household();
        for (int m = 1; m <= 9; ++m)
            check(h, QDate(2024, m, 1), 60000 * (m % 4 + 1), 2);
        verifyAll(3);
        QVERIFY(db().setSetting(QStringLiteral("income.drop_months"), QStringLiteral("2")));
        verifyAll(2);
        QVERIFY(db().setSetting(QStringLiteral("income.drop_months"), QStringLiteral("5")));
        verifyAll(5);
        // What IncomeSettings does not take (not a number, out of range) is its default, 3.
        QVERIFY(db().setSetting(QStringLiteral("income.drop_months"), QStringLiteral("abc")));
        verifyAll(3);
        QVERIFY(db().setSetting(QStringLiteral("income.drop_months"), QStringLiteral("25")));
        verifyAll(3);
        QCOMPARE(IncomeSettings::load(db()).dropMonths, 3);
    }

    void theFlagsDoNotDependOnTheKeptSums()
    {
        if (TestDatabase::onServer())
            QSKIP("the server's trigger recounts a sum written by hand; shown on SQLite");
        const qint64 dropping = household();
        const qint64 steady = household();
        for (int m = 1; m <= 4; ++m) {
            check(dropping, QDate(2025, m, 1), m < 4 ? 200000 : 120000, 2);
            check(steady, QDate(2025, m, 1), 200000, 2, 0, m == 4 ? 1000001 : 0);
        }
        const QHash<qint64, QString> kept = flags(QDate(2025, 4, 1));
        QCOMPARE(kept.value(dropping), QStringLiteral("010"));
        QCOMPARE(kept.value(steady), QStringLiteral("001"));
        // Sums taken over another number of months are not read: the rule is worked out again.
        exec(QStringLiteral("UPDATE income_checks SET prior_n = 9, prior_sum = 1"));
        QCOMPARE(flags(QDate(2025, 4, 1)), kept);
    }
};

QTEST_GUILESS_MAIN(TestIncomePriors)
#include "tst_incomepriors.moc"

// anju-cli income flags|missing on demo data: three checks written through the service for households the
// test picks (one below the line, one with a large expense, one with neither), then the lists read back as
// text and JSON, the site filter, the missing list counted against plain SQL, and the refusals.
#include "ProgramRun.h"
#include "TestDatabase.h"

#include "database/Database.h"
#include "income/IncomeCheckService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

using Run = anju::test::ProgramRun;

const QString Clerk = QStringLiteral("clerk");
const QString Month = QStringLiteral("2026-11"); // the demo's month: over by the time the test runs

} // namespace

class TestCliIncome : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QString m_siteCode;
    qint64 m_siteId = 0;
    QStringList m_numbers; // below the line, large expense, neither

    Run run(const QString& user, const QStringList& arguments) const
    {
        return test::runProgram(
            QStringLiteral(ANJU_CLI_PATH),
            QStringList{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--db"), m_path} +
                arguments,
            test::cliEnvironment(m_dir.path(), user));
    }

    QJsonObject json(const QStringList& arguments) const
    {
        const Run r = run(Clerk, arguments + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QVariant scalar(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    static QJsonObject rowOf(const QJsonObject& document, const QString& number)
    {
        for (const QJsonValue& v : document.value(QStringLiteral("households")).toArray())
            if (v.toObject().value(QStringLiteral("number")).toString() == number)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.anju"));
        const Run demo = run(QStringLiteral("admin"),
                             {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("300"),
                              QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        auto opened = Database::open(DatabaseLocation::parse(m_path));
        QVERIFY2(opened, qPrintable(opened.summary()));
        m_db = std::move(opened.value());
        m_db->setSession(test::TestDatabase::sessionFor(Role::Admin));
        m_siteId = scalar(QStringLiteral("SELECT MIN(site_id) FROM households")).toLongLong();
        m_siteCode = scalar(QStringLiteral("SELECT code FROM sites WHERE id = ?"), {m_siteId}).toString();
        // Three households active now with no check of the month: the demo checks nearly every household
        // every month, so the first three of the site lose theirs of November first.
        QSqlQuery clear(m_db->connection());
        clear.prepare(
            QStringLiteral("DELETE FROM income_checks WHERE month = '2026-11-01' AND household_id IN"
                           " (SELECT h.id FROM households h WHERE h.site_id = ? AND h.state = 'active'"
                           " AND (h.relocation_date IS NULL OR h.relocation_date <= '2026-11-01')"
                           " AND NOT EXISTS (SELECT 1 FROM monitoring_cases mc WHERE mc.household_id"
                           " = h.id) ORDER BY h.number LIMIT 3)"));
        clear.addBindValue(m_siteId);
        QVERIFY2(clear.exec(), qPrintable(clear.lastError().text()));
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("SELECT h.id, h.number FROM households h WHERE h.site_id = ?"
                           " AND h.state = 'active' AND (h.relocation_date IS NULL OR h.relocation_date"
                           " <= '2026-11-01') AND NOT EXISTS (SELECT 1 FROM monitoring_cases mc"
                           " WHERE mc.household_id = h.id) AND NOT EXISTS (SELECT 1 FROM income_checks c"
                           " WHERE c.household_id = h.id AND c.month = '2026-11-01') ORDER BY h.number"
                           " LIMIT 3"));
        q.addBindValue(m_siteId);
        QVERIFY(q.exec());
        const QDate month(2026, 11, 1);
        int i = 0;
        while (q.next()) {
            income::IncomeCheck c;
            c.householdId = q.value(0).toLongLong();
            c.month = month;
            c.checkedOn = QDate(2026, 11, 20);
            c.headcount = 1;
            c.incomeWages = i == 0 ? 1 : 1000000; // 0.01 yuan a month, or 10,000 yuan
            c.expenseMedical = i == 1 ? 2000000 : 0;
            const auto saved = income::IncomeCheckService(*m_db).save(c, 0, QDate(2026, 12, 1));
            QVERIFY2(saved, qPrintable(saved.summary()));
            m_numbers.append(q.value(1).toString());
            ++i;
        }
        QCOMPARE(m_numbers.size(), 3);
    }

    void flagsAsJson()
    {
        const QJsonObject all =
            json({QStringLiteral("income"), QStringLiteral("flags"), QStringLiteral("--month"), Month});
        QCOMPARE(all.value(QStringLiteral("month")).toString(), Month);
        const QJsonArray rows = all.value(QStringLiteral("households")).toArray();
        QCOMPARE(all.value(QStringLiteral("count")).toInt(), rows.size());
        const QJsonObject below = rowOf(all, m_numbers.at(0));
        QVERIFY(below.value(QStringLiteral("belowLine")).toBool());
        QCOMPARE(below.value(QStringLiteral("perCapitaAnnualFen")).toInteger(), 12);
        QCOMPARE(below.value(QStringLiteral("headcount")).toInt(), 1);
        QCOMPARE(below.value(QStringLiteral("siteCode")).toString(), m_siteCode);
        QVERIFY(below.value(QStringLiteral("lineFen")).toInteger() > 12);
        const QJsonObject large = rowOf(all, m_numbers.at(1));
        QVERIFY(large.value(QStringLiteral("largeExpense")).toBool());
        QVERIFY(!large.value(QStringLiteral("belowLine")).toBool());
        QCOMPARE(large.value(QStringLiteral("largestExpenseFen")).toInteger(), 2000000);
        QCOMPARE(large.value(QStringLiteral("perCapitaAnnualFen")).toInteger(), 12000000);
        QVERIFY(rowOf(all, m_numbers.at(2)).isEmpty()); // neither flag
        // Sorted by site code, then number.
        QStringList keys;
        for (const QJsonValue& v : rows)
            keys.append(v.toObject().value(QStringLiteral("siteCode")).toString() + QLatin1Char('/') +
                        v.toObject().value(QStringLiteral("number")).toString());
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);

        // One site: every row is of it.
        const QJsonObject site =
            json({QStringLiteral("income"), QStringLiteral("flags"), QStringLiteral("--month"), Month,
                  QStringLiteral("--site"), m_siteCode});
        for (const QJsonValue& v : site.value(QStringLiteral("households")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("siteCode")).toString(), m_siteCode);
        QVERIFY(!rowOf(site, m_numbers.at(0)).isEmpty());
    }

    void flagsAsText()
    {
        const Run r =
            run(Clerk, {QStringLiteral("income"), QStringLiteral("flags"), QStringLiteral("--month"), Month});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Flagged households of 2026-11")), qPrintable(r.out));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [this](const QString& l) {
            return l.split(QLatin1Char('\t')).value(1) == m_numbers.at(0);
        });
        QVERIFY(line != lines.cend());
        QVERIFY2(line->contains(QStringLiteral("\t0.01\t0.12\tbelow the line")), qPrintable(*line));
    }

    void missingAgainstSql()
    {
        const QJsonObject missing =
            json({QStringLiteral("income"), QStringLiteral("missing"), QStringLiteral("--month"), Month});
        const int expected =
            scalar(
                QStringLiteral(
                    "SELECT COUNT(*) FROM households h WHERE (h.relocation_date IS NULL OR h.relocation_date"
                    " <= '2026-11-30') AND (h.state = 'active' OR h.state_date > '2026-11-30')"
                    " AND h.id NOT IN (SELECT household_id FROM income_checks WHERE month = '2026-11-01')"))
                .toInt();
        QVERIFY(expected > 0);
        QCOMPARE(missing.value(QStringLiteral("count")).toInt(), expected);
        QCOMPARE(missing.value(QStringLiteral("households")).toArray().size(), expected);
        for (const QString& number : m_numbers)
            QVERIFY(rowOf(missing, number).isEmpty());
        const Run text = run(Clerk, {QStringLiteral("income"), QStringLiteral("missing"),
                                     QStringLiteral("--month"), Month, QStringLiteral("--site"), m_siteCode});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.startsWith(QStringLiteral("Households not checked in 2026-11")),
                 qPrintable(text.out));
    }

    void refusalsAndUsage()
    {
        const Run secretary =
            run(QStringLiteral("secretary"),
                {QStringLiteral("income"), QStringLiteral("flags"), QStringLiteral("--month"), Month});
        QCOMPARE(secretary.exitCode, 1);
        QVERIFY2(secretary.err.contains(QStringLiteral("may not")), qPrintable(secretary.err));
        QCOMPARE(run(Clerk, {QStringLiteral("income"), QStringLiteral("flags"), QStringLiteral("--month"),
                             QStringLiteral("2026-13")})
                     .exitCode,
                 2);
        QCOMPARE(run(Clerk, {QStringLiteral("income"), QStringLiteral("missing")}).exitCode, 2);
        const Run unknown = run(Clerk, {QStringLiteral("income"), QStringLiteral("bogus")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("flags, missing")), qPrintable(unknown.err));
        const Run site =
            run(Clerk, {QStringLiteral("income"), QStringLiteral("flags"), QStringLiteral("--month"), Month,
                        QStringLiteral("--site"), QStringLiteral("999999999")});
        QCOMPARE(site.exitCode, 1);
        QVERIFY(site.err.contains(QStringLiteral("999999999")));
        const Run help = run(Clerk, {QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("income flags|missing")));
        QCOMPARE(run(Clerk, {QStringLiteral("income"), QStringLiteral("flags"), QStringLiteral("--help")})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliIncome)
#include "tst_cliincome.moc"

// The demo's income checks, monitoring households and safety net (issue 18) on both engines: 24 months of
// checks with their gaps, monitoring cases at every state and step, every scheme enrolled, the findings
// lists with something to find, and the same rows from the same seed. The flags are recounted here with
// the shared definitions of issue 18, independently of the demo's own code.
#include "TestDatabase.h"

#include "database/SqlValues.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoIncomeModel.h"
#include "grids/Findings.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace anju;

namespace {

const QDate DemoDay(2026, 11, 1);

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void generate(test::TestDatabase& t, int households)
{
    demo::DemoOptions options;
    options.households = households;
    options.seed = 5;
    options.today = DemoDay;
    demo::DemoGenerator generator(t.db());
    const Outcome made = generator.generate(options);
    if (!made)
        qFatal("demo: %s", qPrintable(made.summary()));
}

// What identifies the generated rows, to compare two runs.
QStringList fingerprint(const Database& db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    for (const char* sql :
         {"SELECT household_id, month, checked_on, headcount, income_wages, income_business, income_property,"
          " income_transfers, operating_costs, expense_medical, expense_education, expense_disaster,"
          " expense_other FROM income_checks ORDER BY id",
          "SELECT household_id, category, discovered_on, discovery, income_check_id, visit_id, state,"
          " state_date, entered_on, declined_on, eliminated_on FROM monitoring_cases ORDER BY id",
          "SELECT case_id, phase, step, started_on, notice_to, decided_on, decision FROM monitoring_steps"
          " ORDER BY id",
          "SELECT person_id, scheme, amount, valid_from, valid_to FROM safety_net_enrolments ORDER BY id",
          "SELECT person_id, reason, valid_from FROM safety_net_exemptions ORDER BY id"}) {
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString().left(10));
            rows.append(values.join(QLatin1Char(' ')));
        }
    }
    return rows;
}

// The month's flags as issue 18 defines them, recounted from the rows: household → flags
// (1 below the line, 2 a drop, 4 a large expense).
QMap<qint64, int> flagsOf(const Database& db, QDate month)
{
    QMap<qint64, QList<std::pair<QDate, qint64>>> history; // household → (month, perCapitaAnnual), in order
    QMap<qint64, int> flags;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT household_id, month, (income_wages + income_business + income_property + income_transfers"
        " - operating_costs) * 12 / headcount, expense_medical, expense_education, expense_disaster,"
        " expense_other FROM income_checks WHERE month >= ? AND month <= ? ORDER BY household_id, month"));
    q.addBindValue(sqlDate(month.addMonths(-12)));
    q.addBindValue(sqlDate(month));
    q.exec();
    const qint64 line = db.setting(QStringLiteral("income.line.%1").arg(month.year())).toLongLong() * 100;
    const qint64 large = db.setting(QStringLiteral("income.large_expense")).toLongLong() * 100;
    while (q.next()) {
        const qint64 household = q.value(0).toLongLong();
        const QDate m = dateFrom(q.value(1));
        const qint64 perCapita = q.value(2).toLongLong();
        if (m == month) {
            int f = perCapita < line ? 1 : 0;
            const QList<std::pair<QDate, qint64>>& before = history[household];
            if (before.size() >= 3) {
                const qint64 sum = before[before.size() - 1].second + before[before.size() - 2].second +
                                   before[before.size() - 3].second;
                if (sum > 0 && perCapita * 100 * 3 < sum * 70)
                    f |= 2;
            }
            for (int i = 3; i <= 6; ++i)
                if (q.value(i).toLongLong() > large)
                    f |= 4;
            if (f)
                flags.insert(household, f);
        } else {
            history[household].append({m, perCapita});
        }
    }
    return flags;
}

// 应纳尽纳 of `month` on `day`: flagged households neither monitored nor in entry review, with no case
// declined on or after the month's first day.
int unreviewed(const Database& db, QDate month, QDate day)
{
    int count = 0;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM monitoring_cases WHERE household_id = ? AND ("
        " (entered_on <= ? AND (eliminated_on IS NULL OR eliminated_on > ?))"
        " OR (discovered_on <= ? AND (entered_on IS NULL OR entered_on > ?)"
        "  AND (declined_on IS NULL OR declined_on > ?) AND (eliminated_on IS NULL OR eliminated_on > ?))"
        " OR declined_on >= ?)"));
    const QMap<qint64, int> flagged = flagsOf(db, month);
    for (auto it = flagged.cbegin(); it != flagged.cend(); ++it) {
        q.bindValue(0, it.key());
        for (int i = 1; i <= 6; ++i)
            q.bindValue(i, sqlDate(day));
        q.bindValue(7, sqlDate(month));
        q.exec();
        q.next();
        count += q.value(0).toLongLong() == 0 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestDemoIncome : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_test;

    const Database& db() { return m_test->db(); }
    qint64 count(const QString& sql) { return scalar(db(), sql); }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<test::TestDatabase>();
        generate(*m_test, 3000);
    }

    // The demo's own flags (from which its cases are made) at the edges of issue 18's definitions.
    void flagsAtTheirEdges()
    {
        income::IncomeSettings settings = income::IncomeSettings::defaults();
        settings.lines.insert(2026, {2026, 780000, QString()});
        QCOMPARE(demo::DemoIncomeFlags::perCapitaAnnual(-7, 5), qint64(-16)); // -84 / 5, toward zero
        QCOMPARE(demo::DemoIncomeFlags::perCapitaAnnual(7, 5), qint64(16));
        std::array<demo::DemoCheck, demo::IncomeMonths> months{};
        const auto month = [&](int i, qint64 net, int headcount = 1) {
            demo::DemoCheck& c = months[i];
            c.present = true;
            c.month = QDate(2026, 1, 1).addMonths(i % 12);
            c.headcount = headcount;
            c.wages = net;
        };
        month(0, 65000);     // 780000 a year: on the line, not below it
        month(1, 64999);     // 779988: one fen a month under, below
        month(2, 120001);    // 1440012; only two months before it: no drop
        month(3, 175000, 3); // 700000 = (780000 + 779988 + 1440012) * 70 / 300 exactly: not a drop
        month(4, 170333, 3); // 681332 < (700000 + 1440012 + 779988) * 70 / 300 = 681333.3: a drop
        month(5, 200000);
        months[5].medical = 1000000; // the default large expense exactly: not over it
        months[5].education = 1000001;
        const demo::DemoIncomeFlags flags(settings);
        flags.apply(months);
        QCOMPARE(months[0].flags, quint8(0));
        QCOMPARE(months[1].flags, quint8(demo::FlagBelowLine));
        QCOMPARE(months[2].flags, quint8(0));
        QCOMPARE(months[3].flags, quint8(demo::FlagBelowLine));
        QCOMPARE(months[4].flags, quint8(demo::FlagBelowLine | demo::FlagDrop));
        QCOMPARE(months[5].flags, quint8(demo::FlagLargeExpense));
        QCOMPARE(months[5].perCapitaAnnual, qint64(2400000));
    }

    void sameSeedSameRows()
    {
        test::TestDatabase one;
        test::TestDatabase two;
        generate(one, 300);
        generate(two, 300);
        const QStringList first = fingerprint(one.db());
        QVERIFY(first.size() > 300 * 20);
        QCOMPARE(fingerprint(two.db()), first);
    }

    void linesAndCalendar()
    {
        for (const auto& [year, yuan] :
             {std::pair{2024, 7300}, std::pair{2025, 7600}, std::pair{2026, 7800}}) {
            QCOMPARE(db().setting(QStringLiteral("income.line.%1").arg(year)), QString::number(yuan));
            QCOMPARE(db().setting(QStringLiteral("income.line_source.%1").arg(year)),
                     QStringLiteral("演示数据"));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM office_calendar WHERE day = '2026-02-17'"
                                      " AND kind = 'holiday'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM office_calendar WHERE day = '2025-01-26'"
                                      " AND kind = 'workday'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM office_calendar WHERE day >= '2025-01-01'"
                                      " AND day < '2026-01-01' AND kind = 'holiday'")),
                 28);
    }

    // A check per household and month over the 24 months, about 3% still missing in the latest month
    // and a few scattered gaps before it.
    void twentyFourMonthsWithGaps()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT month) FROM income_checks")), 24);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE month < '2024-12-01'"
                                      " OR month > '2026-11-01'")),
                 0);
        const auto missing = [&](const char* month, const char* lastDay) {
            return count(QStringLiteral("SELECT COUNT(*) FROM households h WHERE (h.relocation_date IS NULL"
                                        " OR h.relocation_date <= '%2') AND (h.state = 'active'"
                                        " OR h.state_date > '%2') AND NOT EXISTS (SELECT 1 FROM"
                                        " income_checks c WHERE c.household_id = h.id AND c.month = '%1')")
                             .arg(QLatin1String(month), QLatin1String(lastDay)));
        };
        const qint64 active = count(QStringLiteral("SELECT COUNT(*) FROM households WHERE state = 'active'"));
        const qint64 latest = missing("2026-11-01", "2026-11-30");
        QVERIFY2(latest > active / 100 && latest < active * 6 / 100, qPrintable(QString::number(latest)));
        const qint64 earlier = missing("2026-05-01", "2026-05-31") + missing("2025-06-01", "2025-06-30");
        QVERIFY2(earlier > 0 && earlier < active * 2 / 100, qPrintable(QString::number(earlier)));
        // No check of a household before it lived here, none made after the demo's day or before its month.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE checked_on > '2026-11-01'"
                                      " OR checked_on < month")),
                 0);
        QSqlQuery q(db().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT c.month, h.relocation_date FROM income_checks c JOIN households h"
                                  " ON h.id = c.household_id WHERE h.relocation_date >= c.month")));
        while (q.next())
            QVERIFY(dateFrom(q.value(1)) <= dateFrom(q.value(0)).addMonths(1).addDays(-1));
        // The money is plausible: most households well above the line, some below it in every month.
        const QMap<qint64, int> june = flagsOf(db(), QDate(2026, 6, 1));
        int below = 0;
        for (int f : june)
            below += f & 1;
        QVERIFY2(below > 10 && below < active * 10 / 100, qPrintable(QString::number(below)));
    }

    void seasonsAndLargeExpenses()
    {
        // Wages dip at the spring festival (February 2026) against the autumn before, business income
        // rises in the harvest months.
        const auto total = [&](const char* column, const char* month) {
            return count(QStringLiteral("SELECT SUM(%1) FROM income_checks WHERE month = '%2'")
                             .arg(QLatin1String(column), QLatin1String(month)));
        };
        QVERIFY(total("income_wages", "2026-02-01") < total("income_wages", "2025-11-01") * 95 / 100);
        QVERIFY(total("income_wages", "2026-04-01") > total("income_wages", "2026-02-01"));
        QVERIFY(total("income_business", "2025-10-01") > total("income_business", "2025-07-01") * 11 / 10);
        const qint64 large = 1000000;
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE expense_medical > %1")
                          .arg(large)) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE expense_education > %1"
                                     " AND month IN ('2025-09-01', '2026-09-01')")
                          .arg(large)) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE expense_education > %1"
                                      " AND month NOT IN ('2025-09-01', '2026-09-01')")
                           .arg(large)),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE expense_disaster > 0"
                                 " AND month NOT IN ('2025-06-01', '2025-07-01', '2025-08-01', '2026-06-01',"
                                 " '2026-07-01', '2026-08-01')")),
            0);
    }

    // Every state and, for the reviews under way on the demo's day, every step pending.
    void monitoringAtEveryStateAndStep()
    {
        const qint64 households = count(QStringLiteral("SELECT COUNT(*) FROM households"));
        const qint64 cases =
            count(QStringLiteral("SELECT COUNT(DISTINCT household_id) FROM monitoring_cases"));
        // Issue 18's figures: 3–5% of the households have a monitoring case.
        QVERIFY2(cases * 100 >= households * 3 && cases * 100 <= households * 5,
                 qPrintable(QStringLiteral("%1 of %2").arg(cases).arg(households)));
        for (const char* state :
             {"entry_review", "declined", "monitored", "elimination_review", "eliminated"})
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_cases WHERE state = '%1'")
                               .arg(QLatin1String(state))) > 0,
                     state);
        for (const char* step :
             {"home_check", "village_review", "public_notice", "township_review", "county_approval"}) {
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_steps s JOIN monitoring_cases c"
                                          " ON c.id = s.case_id WHERE s.phase = 'entry' AND s.step = '%1'"
                                          " AND s.decided_on IS NULL AND c.state = 'entry_review'")
                               .arg(QLatin1String(step))) > 0,
                     step);
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_steps WHERE phase = 'elimination'"
                                          " AND step = '%1'")
                               .arg(QLatin1String(step))) > 0,
                     step);
        }
        QVERIFY(
            count(QStringLiteral("SELECT COUNT(*) FROM monitoring_steps s JOIN monitoring_cases c"
                                 " ON c.id = s.case_id WHERE s.phase = 'elimination' AND s.decided_on IS NULL"
                                 " AND c.state = 'elimination_review'")) > 0);
        // A notice open around the demo's day, objections to a few notices, declines with their reason.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_steps WHERE step = 'public_notice'"
                                     " AND notice_from <= '2026-11-01' AND notice_to >= '2026-11-01'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_objections")) > 0);
        // No notice passed while an objection to it was open (settled later, or not yet).
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_objections o JOIN monitoring_steps s"
                                      " ON s.id = o.step_id WHERE s.decision = 'passed'"
                                      " AND (o.settled_on IS NULL OR o.settled_on > s.decided_on)")),
                 0);
        QSqlQuery notices(db().connection());
        QVERIFY(notices.exec(QStringLiteral("SELECT notice_from, notice_to FROM monitoring_steps"
                                            " WHERE step = 'public_notice'")));
        while (notices.next()) // five days at least, both ends counted
            QVERIFY(dateFrom(notices.value(0)).daysTo(dateFrom(notices.value(1))) >= 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_cases WHERE state = 'declined'"
                                      " AND (decline_reason = '' OR declined_on IS NULL)")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_measures")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_cases c WHERE NOT EXISTS"
                                      " (SELECT 1 FROM monitoring_risks r WHERE r.case_id = c.id)")),
                 0);
        // A case's state agrees with its dates, and the steps agree with the case.
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM monitoring_cases WHERE NOT ("
                     "(state = 'entry_review' AND entered_on IS NULL AND declined_on IS NULL)"
                     " OR (state = 'declined' AND declined_on = state_date)"
                     " OR (state = 'monitored' AND entered_on = state_date AND eliminated_on IS NULL)"
                     " OR (state = 'elimination_review' AND entered_on IS NOT NULL AND eliminated_on IS NULL)"
                     " OR (state = 'eliminated' AND eliminated_on = state_date))")),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM monitoring_cases c WHERE c.entered_on IS NOT NULL"
                                 " AND NOT EXISTS (SELECT 1 FROM monitoring_steps s WHERE s.case_id = c.id"
                                 " AND s.phase = 'entry' AND s.step = 'county_approval'"
                                 " AND s.decision = 'passed' AND s.decided_on = c.entered_on)")),
            0);
    }

    // Discovered mostly from flagged checks (linked, and flagged by the shared rules), some otherwise.
    void discoveredFromTheirChecks()
    {
        QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT discovery) FROM monitoring_cases")) >= 4);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_cases WHERE visit_id IS NOT NULL")) >
                0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM monitoring_cases m LEFT JOIN income_checks c"
                                      " ON c.id = m.income_check_id WHERE m.discovery = 'income_flag'"
                                      " AND (c.id IS NULL OR c.household_id <> m.household_id"
                                      " OR c.checked_on > m.discovered_on)")),
                 0);
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT c.household_id, c.month FROM monitoring_cases m JOIN income_checks c"
                           " ON c.id = m.income_check_id ORDER BY m.id")));
        int checked = 0;
        QMap<QDate, QMap<qint64, int>> flagsByMonth;
        while (q.next()) {
            const QDate month = dateFrom(q.value(1));
            if (!flagsByMonth.contains(month))
                flagsByMonth.insert(month, flagsOf(db(), month));
            QVERIFY2(flagsByMonth[month].value(q.value(0).toLongLong()) != 0,
                     qPrintable(q.value(0).toString() + QLatin1Char(' ') + month.toString(Qt::ISODate)));
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    // 应纳尽纳: a few flagged households of a past month were never taken in; more in the newest month.
    void needsMonitoringListHasAFew()
    {
        const qint64 households = count(QStringLiteral("SELECT COUNT(*) FROM households"));
        const int past = unreviewed(db(), QDate(2026, 6, 1), QDate(2026, 6, 30));
        const int latest = unreviewed(db(), QDate(2026, 11, 1), DemoDay);
        QVERIFY2(past < households * 2 / 100, qPrintable(QString::number(past)));
        QVERIFY2(latest > 0, qPrintable(QString::number(latest)));
        int earlier = 0;
        for (QDate month(2025, 12, 1); month < QDate(2026, 11, 1); month = month.addMonths(1))
            earlier += unreviewed(db(), month, month.addMonths(1).addDays(-1));
        QVERIFY2(earlier > 0, "no finding in the past months");
    }

    // Every scheme, with amounts in the county's range; exemptions with reasons; and weak members of
    // monitored households left without either (应兜尽兜).
    void safetyNetOfEveryScheme()
    {
        for (const char* scheme : {"dibao", "tekun", "disability_subsidy", "temporary_relief"})
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM safety_net_enrolments WHERE scheme = '%1'")
                               .arg(QLatin1String(scheme))) > 0,
                     scheme);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM safety_net_enrolments WHERE (scheme = 'dibao'"
                                      " AND (amount < 20000 OR amount > 80000 OR amount_kind <> 'monthly'))"
                                      " OR (scheme = 'temporary_relief' AND amount_kind <> 'one_off')")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM safety_net_enrolments WHERE valid_to IS NOT NULL"
                                     " AND scheme = 'dibao'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM safety_net_exemptions WHERE reason <> ''")) > 0);
        // Enrolled people are the weak, the old, children and the disabled of the household.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM safety_net_enrolments e JOIN persons p"
                                      " ON p.id = e.person_id WHERE e.scheme IN ('dibao', 'tekun')"
                                      " AND p.labour_capacity NOT IN ('weak', 'lost', 'none')")),
                 0);
        const qint64 atRisk = count(QStringLiteral(
            "SELECT COUNT(*) FROM persons p JOIN monitoring_cases c ON c.household_id = p.household_id"
            " WHERE p.state = 'active' AND p.labour_capacity IN ('weak', 'lost', 'none')"
            " AND c.entered_on <= '2026-11-01' AND (c.eliminated_on IS NULL OR c.eliminated_on > "
            "'2026-11-01')"
            " AND NOT EXISTS (SELECT 1 FROM safety_net_enrolments e WHERE e.person_id = p.id"
            "  AND e.scheme IN ('dibao', 'tekun') AND e.valid_from <= '2026-11-01'"
            "  AND (e.valid_to IS NULL OR e.valid_to > '2026-11-01'))"
            " AND NOT EXISTS (SELECT 1 FROM safety_net_exemptions x WHERE x.person_id = p.id"
            "  AND x.valid_from <= '2026-11-01' AND (x.valid_to IS NULL OR x.valid_to > '2026-11-01'))"));
        const qint64 monitoredWeak = count(QStringLiteral(
            "SELECT COUNT(*) FROM persons p JOIN monitoring_cases c ON c.household_id = p.household_id"
            " WHERE p.state = 'active' AND p.labour_capacity IN ('weak', 'lost', 'none')"
            " AND c.entered_on <= '2026-11-01' AND (c.eliminated_on IS NULL OR c.eliminated_on > "
            "'2026-11-01')"));
        QVERIFY2(atRisk > 0 && atRisk * 4 < monitoredWeak,
                 qPrintable(QStringLiteral("%1 of %2").arg(atRisk).arg(monitoredWeak)));
    }

    // Monitored and safety-net households are difficult families (grids.difficult_family_sources): the
    // demo plans their 四必访 windows once their cases and enrolments exist, and visits most of them, so the
    // 网格 page does not show them all as never visited.
    void monitoredAndSafetyNetHouseholdsAreVisited()
    {
        // Held for two months at least on the demo's day, in an active household.
        const QString monitored =
            QStringLiteral("SELECT mc.household_id, mc.entered_on AS since FROM monitoring_cases mc"
                           " JOIN households h ON h.id = mc.household_id WHERE h.state = 'active'"
                           " AND mc.entered_on <= '2026-09-01' AND (mc.eliminated_on IS NULL OR "
                           "mc.eliminated_on > '2026-11-01')");
        const QString safetyNet = QStringLiteral(
            "SELECT p.household_id, e.valid_from AS since FROM safety_net_enrolments e"
            " JOIN persons p ON p.id = e.person_id JOIN households h ON h.id = p.household_id"
            " WHERE h.state = 'active' AND p.state = 'active' AND e.scheme IN ('dibao', 'tekun')"
            " AND e.valid_from <= '2026-09-01' AND (e.valid_to IS NULL OR e.valid_to > '2026-11-01')");
        const QString taskSince = QStringLiteral(
            "SELECT 1 FROM visit_tasks t WHERE t.household_id = s.household_id AND t.kind = 'must_visit'"
            " AND t.reason = 'difficult_family' AND t.due_from <= '2026-11-01' AND t.overdue_after >= "
            "s.since");
        for (const QString& held : {monitored, safetyNet}) {
            const qint64 households =
                count(QStringLiteral("SELECT COUNT(DISTINCT household_id) FROM (%1) s").arg(held));
            QVERIFY2(households > 10, qPrintable(held));
            QCOMPARE(
                count(
                    QStringLiteral("SELECT COUNT(*) FROM (%1) s WHERE NOT EXISTS (%2)").arg(held, taskSince)),
                0);
            const qint64 visited =
                count(QStringLiteral("SELECT COUNT(DISTINCT s.household_id) FROM (%1) s JOIN visit_tasks t"
                                     " ON t.household_id = s.household_id AND t.kind = 'must_visit'"
                                     " AND t.reason = 'difficult_family' AND t.due_from >= s.since"
                                     " AND t.closed_by_visit_id IS NOT NULL")
                          .arg(held));
            QVERIFY2(visited * 4 > households * 3,
                     qPrintable(QStringLiteral("%1 of %2 visited").arg(visited).arg(households)));
        }
        // The last window's finding names some of the monitored households, not most of them.
        QSet<qint64> monitoredHouseholds;
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(monitored));
        while (q.next())
            monitoredHouseholds.insert(q.value(0).toLongLong());
        const auto findings = grids::GridFindings(db()).on(DemoDay);
        QVERIFY2(findings.ok(), qPrintable(findings.summary()));
        int notVisited = 0;
        for (const grids::Finding& f : findings.value())
            notVisited +=
                f.kind == grids::FindingKind::NotVisited && monitoredHouseholds.contains(f.householdId);
        QVERIFY2(notVisited * 3 < monitoredHouseholds.size(),
                 qPrintable(
                     QStringLiteral("%1 of %2 not visited").arg(notVisited).arg(monitoredHouseholds.size())));
    }

    void noAuditRowsForTheDemoHistory()
    {
        if (test::TestDatabase::onServer())
            QSKIP("the server's audit triggers stay (the demo suspends SQLite's only)");
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type IN ('income_checks',"
                                      " 'monitoring_cases', 'monitoring_steps', 'safety_net_enrolments')")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoIncome)
#include "tst_demoincome.moc"

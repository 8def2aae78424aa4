// Attempts of a monitoring procedure (migration 17) on both engines: a risk elimination rejected and begun
// again keeps the first attempt's steps with their days, decisions and objections, while the rules follow
// the second; and a database at schema 16 with steps and an objection upgrades keeping every row, its id
// and the objection's link, then takes a new attempt.
#include "Refusal.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringRepository.h"
#include "income/MonitoringRules.h"
#include "income/MonitoringService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace anju;
using namespace anju::income;
using namespace anju::test;

namespace {

const QDate Today(2025, 12, 31);
using K = MonitoringStepKind;

MonitoringStepDecision decision(qint64 caseId, K step, QDate date, StepDecision d = StepDecision::Passed,
                                const QString& note = {})
{
    MonitoringStepDecision result;
    result.caseId = caseId;
    result.step = step;
    result.decision = d;
    result.date = date;
    result.note = note;
    result.decidedBy = QStringLiteral("刘主任");
    return result;
}

QString iso(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("-");
}

// One line per step row in the order written: phase, attempt, step, began, decided, decision, note.
QStringList stepLines(const MonitoringCase& c)
{
    QStringList lines;
    for (const MonitoringStep& s : c.steps)
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(enumKey(s.phase))
                         .arg(s.attempt)
                         .arg(enumKey(s.step), iso(s.startedOn), iso(s.decidedOn),
                              s.decision ? enumKey(*s.decision) : QStringLiteral("pending"), s.note)
                         .trimmed());
    return lines;
}

QStringList rowsOf(const Database& db, const QString& sql)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        rows.append(QStringLiteral("query failed: ") + sql + QLatin1Char(' ') + q.lastError().text());
        return rows;
    }
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows.append(values.join(QLatin1String(" | ")));
    }
    return rows;
}

bool run(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

} // namespace

class TestMonitoringAttempts : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_household = 0;

    Database& db() { return m_test->db(); }

    void pass(qint64 caseId, K step, QDate on)
    {
        const auto c = MonitoringService(db()).decide(decision(caseId, step, on), Today);
        if (!c)
            qFatal("decide: %s", qPrintable(c.summary()));
    }

    // Found 1 March 2025, monitored from 20 March through a notice 9–13 March.
    qint64 monitored()
    {
        MonitoringDiscovery d;
        d.householdId = m_household;
        d.category = MonitoringCategory::SuddenHardship;
        d.discovery = DiscoverySource::SelfReport;
        d.discoveredOn = QDate(2025, 3, 1);
        d.description = QStringLiteral("户主突发重病住院");
        const auto c = MonitoringService(db()).discover(d, Today);
        if (!c)
            qFatal("discover: %s", qPrintable(c.summary()));
        const qint64 id = c.value().id;
        pass(id, K::HomeCheck, QDate(2025, 3, 3));
        pass(id, K::VillageReview, QDate(2025, 3, 8));
        if (!MonitoringService(db()).setNotice(id, QDate(2025, 3, 9), QDate(2025, 3, 13), Today))
            qFatal("notice");
        pass(id, K::PublicNotice, QDate(2025, 3, 14));
        pass(id, K::TownshipReview, QDate(2025, 3, 16));
        pass(id, K::CountyApproval, QDate(2025, 3, 20));
        return id;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        qint64 person = 0;
        m_household = m_fix->household(QStringLiteral("H1"), true, &person, QStringLiteral("张秀英"));
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    void eliminationBegunAgainKeepsTheFirstAttempt()
    {
        MonitoringService service(db());
        const qint64 id = monitored();
        // The first attempt runs to the township, with an objection during its notice, and is rejected.
        QVERIFY(service.startElimination(id, QDate(2025, 6, 1), Today));
        pass(id, K::HomeCheck, QDate(2025, 6, 2));
        pass(id, K::VillageReview, QDate(2025, 6, 4));
        QVERIFY(service.setNotice(id, QDate(2025, 6, 5), QDate(2025, 6, 9), Today));
        MonitoringObjection o;
        o.receivedOn = QDate(2025, 6, 6);
        o.raisedBy = QStringLiteral("邻居");
        o.content = QStringLiteral("该户仍有大额医疗支出");
        const auto objected = service.logObjection(id, o, Today);
        QVERIFY2(objected, qPrintable(objected.summary()));
        const qint64 objectionId = objected.value().objections.constLast().id;
        QVERIFY(service.settleObjection(objectionId, QDate(2025, 6, 8), QStringLiteral("已入户核实"), Today));
        pass(id, K::PublicNotice, QDate(2025, 6, 10));
        const auto rejected = service.decide(decision(id, K::TownshipReview, QDate(2025, 6, 12),
                                                      StepDecision::Rejected, QStringLiteral("收入仍不稳定")),
                                             Today);
        QVERIFY2(rejected, qPrintable(rejected.summary()));
        QCOMPARE(rejected.value().state, MonitoringState::Monitored);

        // Begun again: a new home check, attempt 2; the rules see only it.
        const auto again = service.startElimination(id, QDate(2025, 9, 1), Today);
        QVERIFY2(again, qPrintable(again.summary()));
        const IncomeSettings settings = IncomeSettings::load(db());
        MonitoringProgress p = MonitoringRules::progress(again.value(), settings);
        QVERIFY(p.current == K::HomeCheck);
        QVERIFY(p.currentRow);
        QCOMPARE(p.currentRow->attempt, 2);
        QCOMPARE(p.currentRow->startedOn, QDate(2025, 9, 1));
        QCOMPARE(p.steps.size(), 1);
        QVERIFY(!p.notice);
        pass(id, K::HomeCheck, QDate(2025, 9, 2));
        pass(id, K::VillageReview, QDate(2025, 9, 4));
        // The first attempt's notice, passed in June, does not stand for this one.
        QVERIFY_REFUSED(service.decide(decision(id, K::PublicNotice, QDate(2025, 9, 5)), Today),
                        QStringLiteral("Set the notice period first"));
        QVERIFY(service.setNotice(id, QDate(2025, 9, 5), QDate(2025, 9, 9), Today));
        p = MonitoringRules::progress(MonitoringRepository(db()).load(id).value(), settings);
        QVERIFY(p.notice);
        QCOMPARE(p.notice->attempt, 2);
        QCOMPARE(p.notice->noticeFrom, QDate(2025, 9, 5));
        QVERIFY_REFUSED(service.decide(decision(id, K::PublicNotice, QDate(2025, 9, 9)), Today),
                        QStringLiteral("The notice runs until 2025-09-09"));
        pass(id, K::PublicNotice, QDate(2025, 9, 10));
        pass(id, K::TownshipReview, QDate(2025, 9, 11));
        pass(id, K::CountyApproval, QDate(2025, 9, 15));

        const MonitoringCase out = MonitoringRepository(db()).load(id).value();
        QCOMPARE(out.state, MonitoringState::Eliminated);
        QCOMPARE(out.eliminatedOn, QDate(2025, 9, 15));
        QCOMPARE(
            stepLines(out),
            (QStringList{
                QStringLiteral("entry 1 home_check 2025-03-01 2025-03-03 passed"),
                QStringLiteral("entry 1 village_review 2025-03-03 2025-03-08 passed"),
                QStringLiteral("entry 1 public_notice 2025-03-09 2025-03-14 passed"),
                QStringLiteral("entry 1 township_review 2025-03-14 2025-03-16 passed"),
                QStringLiteral("entry 1 county_approval 2025-03-16 2025-03-20 passed"),
                QStringLiteral("elimination 1 home_check 2025-06-01 2025-06-02 passed"),
                QStringLiteral("elimination 1 village_review 2025-06-02 2025-06-04 passed"),
                QStringLiteral("elimination 1 public_notice 2025-06-05 2025-06-10 passed"),
                QStringLiteral("elimination 1 township_review 2025-06-10 2025-06-12 rejected 收入仍不稳定"),
                QStringLiteral("elimination 2 home_check 2025-09-01 2025-09-02 passed"),
                QStringLiteral("elimination 2 village_review 2025-09-02 2025-09-04 passed"),
                QStringLiteral("elimination 2 public_notice 2025-09-05 2025-09-10 passed"),
                QStringLiteral("elimination 2 township_review 2025-09-10 2025-09-11 passed"),
                QStringLiteral("elimination 2 county_approval 2025-09-11 2025-09-15 passed"),
            }));
        // The first attempt's notice keeps its period and its objection.
        const MonitoringStep firstNotice = out.steps.at(7);
        QCOMPARE(firstNotice.noticeFrom, QDate(2025, 6, 5));
        QCOMPARE(firstNotice.noticeTo, QDate(2025, 6, 9));
        QCOMPARE(out.objections.size(), 1);
        QCOMPARE(out.objections.first().stepId, firstNotice.id);
        QCOMPARE(out.objections.first().settledOn, QDate(2025, 6, 8));
        // The same attempt cannot hold a step twice.
        QSqlQuery twice(db().connection());
        twice.prepare(
            QStringLiteral("INSERT INTO monitoring_steps (case_id, phase, step, attempt, started_on)"
                           " VALUES (?, 'elimination', 'home_check', 2, '2025-10-01')"));
        twice.addBindValue(id);
        QVERIFY(!twice.exec());
    }

    void aVersion16DatabaseKeepsItsStepsAndObjections()
    {
        ScratchLocation place(QStringLiteral("v16.anju"));
        {
            auto opened = Database::openAtVersion(place.location(), 16);
            QVERIFY2(opened, qPrintable(opened.summary()));
            const Database& old = *opened.value();
            old.setSession(TestDatabase::sessionFor(Role::Admin));
            QVERIFY(run(old, QStringLiteral("INSERT INTO sites (code, name, county_code, move_in_date)"
                                            " VALUES ('430524001', '旧安置点', '430524', '2019-06-01')")));
            QVERIFY(run(old, QStringLiteral("INSERT INTO households (number, site_id) VALUES ('H0001', 1)")));
            QVERIFY(
                run(old, QStringLiteral(
                             "INSERT INTO monitoring_cases (household_id, category, discovered_on, discovery,"
                             " state, state_date, entered_on) VALUES (1, 'sudden_hardship', '2025-03-01',"
                             " 'self_report', 'monitored', '2025-06-02', '2025-03-20')")));
            // As version 16 left them: the entry's five steps, a step row deleted (a gap in the ids), and
            // an elimination home check begun again in place and rejected.
            const QString step = QStringLiteral(
                "INSERT INTO monitoring_steps (case_id, phase, step, started_on, notice_from, notice_to,"
                " decided_on, decision, decided_by, note) VALUES (1, '%1', '%2', '%3', %4, %5, '%6', '%7',"
                " '刘主任', '%8')");
            QVERIFY(run(old,
                        step.arg(QStringLiteral("entry"), QStringLiteral("home_check"),
                                 QStringLiteral("2025-03-01"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                                 QStringLiteral("2025-03-03"), QStringLiteral("passed"), QString())));
            QVERIFY(run(old,
                        step.arg(QStringLiteral("entry"), QStringLiteral("village_review"),
                                 QStringLiteral("2025-03-03"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                                 QStringLiteral("2025-03-08"), QStringLiteral("passed"), QString())));
            QVERIFY(run(old,
                        step.arg(QStringLiteral("elimination"), QStringLiteral("village_review"),
                                 QStringLiteral("2025-03-08"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                                 QStringLiteral("2025-03-08"), QStringLiteral("passed"), QString())));
            QVERIFY(run(old, step.arg(QStringLiteral("entry"), QStringLiteral("public_notice"),
                                      QStringLiteral("2025-03-09"), QStringLiteral("'2025-03-09'"),
                                      QStringLiteral("'2025-03-13'"), QStringLiteral("2025-03-14"),
                                      QStringLiteral("passed"), QString())));
            QVERIFY(run(old, QStringLiteral("DELETE FROM monitoring_steps WHERE phase = 'elimination'")));
            QVERIFY(run(old,
                        step.arg(QStringLiteral("entry"), QStringLiteral("township_review"),
                                 QStringLiteral("2025-03-14"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                                 QStringLiteral("2025-03-16"), QStringLiteral("passed"), QString())));
            QVERIFY(run(old,
                        step.arg(QStringLiteral("entry"), QStringLiteral("county_approval"),
                                 QStringLiteral("2025-03-16"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                                 QStringLiteral("2025-03-20"), QStringLiteral("passed"), QString())));
            QVERIFY(run(old, step.arg(QStringLiteral("elimination"), QStringLiteral("home_check"),
                                      QStringLiteral("2025-06-01"), QStringLiteral("NULL"),
                                      QStringLiteral("NULL"), QStringLiteral("2025-06-02"),
                                      QStringLiteral("rejected"), QStringLiteral("收入仍不稳定"))));
            QVERIFY(
                run(old, QStringLiteral(
                             "INSERT INTO monitoring_objections (step_id, received_on, raised_by, content,"
                             " handling, settled_on) SELECT id, '2025-03-10', '邻居', '子女收入较高',"
                             " '已核实', '2025-03-12' FROM monitoring_steps WHERE step = 'public_notice'")));
        }
        const QString steps = QStringLiteral(
            "SELECT id, case_id, phase, step, started_on, notice_from, notice_to, decided_on, decision,"
            " decided_by, note FROM monitoring_steps ORDER BY id");
        const QString objections = QStringLiteral(
            "SELECT o.id, o.step_id, s.step, o.received_on, o.content, o.settled_on"
            " FROM monitoring_objections o JOIN monitoring_steps s ON s.id = o.step_id ORDER BY o.id");
        // Settings aside: a later version's defaults are inserted on the server through the settings'
        // trail trigger, as versions 14 and 15 wrote theirs (version 20 writes four).
        const QString trailCount =
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type <> 'settings'");
        QStringList stepsBefore;
        QStringList objectionsBefore;
        QStringList trailBefore;
        {
            auto opened = Database::openAtVersion(place.location(), 16);
            QVERIFY2(opened, qPrintable(opened.summary()));
            stepsBefore = rowsOf(*opened.value(), steps);
            objectionsBefore = rowsOf(*opened.value(), objections);
            trailBefore = rowsOf(*opened.value(), trailCount);
        }
        QCOMPARE(stepsBefore.size(), 6);
        QVERIFY2(stepsBefore.at(2).startsWith(QLatin1String("4 |")), qPrintable(stepsBefore.at(2)));
        QCOMPARE(objectionsBefore.size(), 1);

        auto opened = Database::open(place.location());
        QVERIFY2(opened, qPrintable(opened.summary()));
        Database& upgraded = *opened.value();
        QVERIFY(upgraded.schemaVersion() >= 17); // to the latest, 17 and any later
        upgraded.setSession(TestDatabase::sessionFor(Role::Admin));
        QCOMPARE(rowsOf(upgraded, steps), stepsBefore);
        QCOMPARE(rowsOf(upgraded, objections), objectionsBefore);
        QCOMPARE(rowsOf(upgraded, QStringLiteral("SELECT DISTINCT attempt FROM monitoring_steps")),
                 QStringList{QStringLiteral("1")});
        // The copy was not a change anyone made: no trail rows for it.
        QCOMPARE(rowsOf(upgraded, trailCount), trailBefore);
        // The objections still refer to the steps: a step under an objection cannot go, nor an objection
        // name a step that is not there.
        QVERIFY(!run(upgraded, QStringLiteral("DELETE FROM monitoring_steps WHERE step = 'public_notice'")));
        QVERIFY(!run(upgraded, QStringLiteral("INSERT INTO monitoring_objections (step_id, received_on,"
                                              " content) VALUES (999, '2025-03-10', 'x')")));

        // The elimination rejected under version 16 is begun again as attempt 2, in the trail.
        MonitoringService service(upgraded);
        const auto again = service.startElimination(1, QDate(2025, 9, 1), Today);
        QVERIFY2(again, qPrintable(again.summary()));
        QCOMPARE(stepLines(again.value()).mid(5),
                 (QStringList{
                     QStringLiteral("elimination 1 home_check 2025-06-01 2025-06-02 rejected 收入仍不稳定"),
                     QStringLiteral("elimination 2 home_check 2025-09-01 - pending")}));
        const QStringList trail = rowsOf(
            upgraded, QStringLiteral("SELECT changes FROM audit_log WHERE record_type = 'monitoring_steps'"
                                     " AND action = 'insert' ORDER BY id DESC LIMIT 1"));
        QCOMPARE(trail.size(), 1);
        QVERIFY2(trail.first().contains(QLatin1String("\"attempt\"")), qPrintable(trail.first()));
    }
};

QTEST_GUILESS_MAIN(TestMonitoringAttempts)
#include "tst_monitoringattempts.moc"

// Monitoring households 监测户 on both engines: a household found, its five entry steps with the notice
// period and an objection, monitored from the county's approval, measures, a risk elimination rejected and
// begun again, a decline, discovery from a flagged income check, the records a discovery may name, the
// list's filters and the notice board of the notices running on a day, and refusals by role and by site.
#include "Refusal.h"
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "domain/Site.h"
#include "income/MonitoringRepository.h"
#include "income/MonitoringRules.h"
#include "income/MonitoringService.h"
#include "income/MonitoringSources.h"
#include "registry/SiteService.h"

#include <QSqlQuery>
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

} // namespace

class TestMonitoringService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_household = 0;
    qint64 m_person = 0;

    Database& db() { return m_test->db(); }

    MonitoringDiscovery selfReport(qint64 householdId, QDate on)
    {
        MonitoringDiscovery d;
        d.householdId = householdId;
        d.category = MonitoringCategory::SuddenHardship;
        d.discovery = DiscoverySource::SelfReport;
        d.discoveredOn = on;
        d.description = QStringLiteral("户主突发重病住院");
        d.risks = {{RiskKind::Illness, QStringLiteral("脑梗")}};
        return d;
    }

    MonitoringCase found(qint64 householdId, QDate on)
    {
        const auto c = MonitoringService(db()).discover(selfReport(householdId, on), Today);
        if (!c)
            qFatal("discover: %s", qPrintable(c.summary()));
        return c.value();
    }

    void pass(qint64 caseId, K step, QDate on)
    {
        const auto c = MonitoringService(db()).decide(decision(caseId, step, on), Today);
        if (!c)
            qFatal("decide: %s", qPrintable(c.summary()));
    }

    // Found 3 March 2025, taken in on 20 March through a notice 9–13 March.
    MonitoringCase monitored()
    {
        const MonitoringCase c = found(m_household, QDate(2025, 3, 1));
        pass(c.id, K::HomeCheck, QDate(2025, 3, 3));
        pass(c.id, K::VillageReview, QDate(2025, 3, 8));
        if (!MonitoringService(db()).setNotice(c.id, QDate(2025, 3, 9), QDate(2025, 3, 13), Today))
            qFatal("notice");
        pass(c.id, K::PublicNotice, QDate(2025, 3, 14));
        pass(c.id, K::TownshipReview, QDate(2025, 3, 16));
        pass(c.id, K::CountyApproval, QDate(2025, 3, 20));
        return *MonitoringRepository(db()).load(c.id);
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_household = m_fix->household(QStringLiteral("H1"), true, &m_person, QStringLiteral("张秀英"));
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    void entryThroughTheNoticeToMonitored()
    {
        MonitoringService service(db());
        const MonitoringCase c = found(m_household, QDate(2025, 3, 1));
        QCOMPARE(c.state, MonitoringState::EntryReview);
        QCOMPARE(c.headName, QStringLiteral("张秀英"));
        QCOMPARE(c.risks.size(), 1);
        QCOMPARE(c.steps.size(), 1);
        QCOMPARE(c.steps.first().step, K::HomeCheck);
        QCOMPARE(c.steps.first().startedOn, QDate(2025, 3, 1));
        // One open case per household.
        QVERIFY_REFUSED(service.discover(selfReport(m_household, QDate(2025, 3, 2)), Today),
                        QStringLiteral("already in the monitoring workflow (Entry review since 2025-03-01)"));

        QVERIFY_REFUSED(service.decide(decision(c.id, K::VillageReview, QDate(2025, 3, 3)), Today),
                        QStringLiteral("The step due now is Home check"));
        pass(c.id, K::HomeCheck, QDate(2025, 3, 3));
        pass(c.id, K::VillageReview, QDate(2025, 3, 8));
        QVERIFY_REFUSED(service.decide(decision(c.id, K::PublicNotice, QDate(2025, 3, 9)), Today),
                        QStringLiteral("Set the notice period first"));
        // 9–12 March is four days.
        QVERIFY_REFUSED(service.setNotice(c.id, QDate(2025, 3, 9), QDate(2025, 3, 12), Today),
                        QStringLiteral("has 4 days; at least 5 are required (until 2025-03-13"));
        QVERIFY(service.setNotice(c.id, QDate(2025, 3, 9), QDate(2025, 3, 13), Today));
        MonitoringObjection o;
        o.receivedOn = QDate(2025, 3, 10);
        o.raisedBy = QStringLiteral("邻居");
        o.content = QStringLiteral("该户子女在外务工收入较高");
        const auto objected = service.logObjection(c.id, o, Today);
        QVERIFY2(objected, qPrintable(objected.summary()));
        QCOMPARE(objected.value().objections.size(), 1);
        QVERIFY_REFUSED(service.decide(decision(c.id, K::PublicNotice, QDate(2025, 3, 13)), Today),
                        QStringLiteral("The notice runs until 2025-03-13"));
        QVERIFY_REFUSED(service.decide(decision(c.id, K::PublicNotice, QDate(2025, 3, 14)), Today),
                        QStringLiteral("is not settled"));
        const qint64 objectionId = objected.value().objections.first().id;
        QVERIFY_REFUSED(service.settleObjection(objectionId, QDate(2025, 3, 12), {}, Today),
                        QStringLiteral("Enter how the objection was handled"));
        QVERIFY(service.settleObjection(objectionId, QDate(2025, 3, 12), QStringLiteral("核实子女已分户"),
                                        Today));
        pass(c.id, K::PublicNotice, QDate(2025, 3, 14));
        pass(c.id, K::TownshipReview, QDate(2025, 3, 16));
        pass(c.id, K::CountyApproval, QDate(2025, 3, 20));

        const MonitoringCase in = MonitoringRepository(db()).monitoringCase(c.id).value();
        QCOMPARE(in.state, MonitoringState::Monitored);
        QCOMPARE(in.enteredOn, QDate(2025, 3, 20));
        QCOMPARE(in.stateDate, QDate(2025, 3, 20));
        QCOMPARE(in.steps.size(), 5);
        QCOMPARE(in.steps.at(4).decidedBy, QStringLiteral("刘主任"));
        QCOMPARE(in.objections.first().handling, QStringLiteral("核实子女已分户"));
        QCOMPARE(MonitoringRepository(db()).monitoredOn(QDate(2025, 3, 19)).value(), QList<qint64>{});
        QCOMPARE(MonitoringRepository(db()).monitoredOn(QDate(2025, 3, 20)).value(),
                 QList<qint64>{m_household});
    }

    void workingDayNoticeFromTheOfficeCalendar()
    {
        QVERIFY(db().setSetting(QStringLiteral("monitoring.notice_day_kind"), QStringLiteral("working")));
        for (int day = 1; day <= 8; ++day)
            m_fix->insert(
                QStringLiteral("INSERT INTO office_calendar (day, kind, name) VALUES (?, 'holiday', ?)"),
                {QDate(2025, 10, day).toString(Qt::ISODate), QStringLiteral("国庆节")});
        m_fix->insert(
            QStringLiteral("INSERT INTO office_calendar (day, kind, name) VALUES ('2025-10-11', 'workday',"
                           " '国庆调休')"),
            {});
        const MonitoringCase c = found(m_household, QDate(2025, 9, 20));
        pass(c.id, K::HomeCheck, QDate(2025, 9, 22));
        pass(c.id, K::VillageReview, QDate(2025, 9, 29));
        // 30 Sep, 9, 10, 11 (made-up Saturday), 13 Oct: the fifth working day is Monday 13 October.
        QVERIFY_REFUSED(
            MonitoringService(db()).setNotice(c.id, QDate(2025, 9, 30), QDate(2025, 10, 12), Today),
            QStringLiteral("has 4 working days; at least 5 are required (until 2025-10-13"));
        QVERIFY(MonitoringService(db()).setNotice(c.id, QDate(2025, 9, 30), QDate(2025, 10, 13), Today));
        QVERIFY_REFUSED(
            MonitoringService(db()).decide(decision(c.id, K::PublicNotice, QDate(2025, 10, 13)), Today),
            QStringLiteral("cannot be approved before 2025-10-14"));
        pass(c.id, K::PublicNotice, QDate(2025, 10, 14));
        // The board of a past day shows the notice as it was posted, decided since or not.
        const MonitoringRepository repository(db());
        QCOMPARE(repository.noticeBoard(m_test->siteId(), QDate(2025, 10, 13)).value().entries.size(), 1);
        QCOMPARE(repository.noticeBoard(m_test->siteId(), QDate(2025, 10, 14)).value().entries.size(), 0);
    }

    void noticeBoardMasksTheNumbers()
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("UPDATE persons SET id_number = ?, phone = ? WHERE id = ?"));
        q.addBindValue(makeIdNumber(QStringLiteral("430524"), QDate(1968, 5, 4), 12));
        q.addBindValue(QStringLiteral("13907391234"));
        q.addBindValue(m_person);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("UPDATE households SET phone = '13907391234' WHERE id = ?"));
        q.addBindValue(m_household);
        QVERIFY(q.exec());
        const MonitoringCase c = found(m_household, QDate(2025, 3, 1));
        pass(c.id, K::HomeCheck, QDate(2025, 3, 3));
        pass(c.id, K::VillageReview, QDate(2025, 3, 8));
        QVERIFY(MonitoringService(db()).setNotice(c.id, QDate(2025, 3, 9), QDate(2025, 3, 13), Today));
        const MonitoringRepository repository(db());
        QCOMPARE(repository.noticeBoard(m_test->siteId(), QDate(2025, 3, 8)).value().entries.size(), 0);
        QCOMPARE(repository.noticeBoard(m_test->siteId(), QDate(2025, 3, 14)).value().entries.size(), 0);
        const NoticeBoard board = repository.noticeBoard(m_test->siteId(), QDate(2025, 3, 13)).value();
        QCOMPARE(board.entries.size(), 1);
        const NoticeEntry& e = board.entries.first();
        QCOMPARE(e.headName, QStringLiteral("张秀英"));
        QVERIFY2(e.headIdNumber.contains(QStringLiteral("****")), qPrintable(e.headIdNumber));
        QVERIFY(!e.headIdNumber.contains(QStringLiteral("19680504")));
        QCOMPARE(e.phone, QStringLiteral("139****1234"));
        QCOMPARE(e.category, MonitoringCategory::SuddenHardship);
        QVERIFY2(e.reason.endsWith(QStringLiteral("户主突发重病住院")), qPrintable(e.reason));
        QCOMPARE(e.noticeTo, QDate(2025, 3, 13));
        QVERIFY(!board.objectionContact.isEmpty());
    }

    void measuresAndTheElimination()
    {
        MonitoringService service(db());
        const MonitoringCase c = monitored();
        MonitoringMeasure m;
        m.caseId = c.id;
        m.measure = MeasureKind::Employment;
        m.description = QStringLiteral("安置点帮扶车间就业");
        m.provider = QStringLiteral("县人社局");
        m.validFrom = QDate(2025, 4, 1);
        const auto added = service.addMeasure(m);
        QVERIFY2(added, qPrintable(added.summary()));
        const qint64 measureId = added.value().measures.first().id;
        QVERIFY_REFUSED(service.endMeasure(measureId, QDate(2025, 3, 31)),
                        QStringLiteral("cannot end before"));
        QVERIFY(service.endMeasure(measureId, QDate(2025, 9, 30)));
        QVERIFY_REFUSED(service.endMeasure(measureId, QDate(2025, 10, 30)),
                        QStringLiteral("ended on 2025-09-30"));

        QVERIFY_REFUSED(service.startElimination(c.id, QDate(2025, 3, 19), Today),
                        QStringLiteral("cannot start before 2025-03-20"));
        QVERIFY(service.startElimination(c.id, QDate(2025, 6, 1), Today));
        const auto rejected = service.decide(decision(c.id, K::HomeCheck, QDate(2025, 6, 2),
                                                      StepDecision::Rejected, QStringLiteral("收入仍不稳定")),
                                             Today);
        QVERIFY2(rejected, qPrintable(rejected.summary()));
        QCOMPARE(rejected.value().state, MonitoringState::Monitored);
        QCOMPARE(rejected.value().stateDate, QDate(2025, 6, 2));
        QVERIFY(!rejected.value().eliminatedOn.isValid());

        // Begun again: new rows as attempt 2, the first attempt's staying (tst_monitoringattempts).
        QVERIFY(service.startElimination(c.id, QDate(2025, 9, 1), Today));
        pass(c.id, K::HomeCheck, QDate(2025, 9, 2));
        pass(c.id, K::VillageReview, QDate(2025, 9, 4));
        QVERIFY(service.setNotice(c.id, QDate(2025, 9, 5), QDate(2025, 9, 9), Today));
        pass(c.id, K::PublicNotice, QDate(2025, 9, 10));
        pass(c.id, K::TownshipReview, QDate(2025, 9, 11));
        pass(c.id, K::CountyApproval, QDate(2025, 9, 15));
        const MonitoringCase out = MonitoringRepository(db()).load(c.id).value();
        QCOMPARE(out.state, MonitoringState::Eliminated);
        QCOMPARE(out.eliminatedOn, QDate(2025, 9, 15));
        QCOMPARE(out.enteredOn, QDate(2025, 3, 20));
        QCOMPARE(MonitoringRepository(db()).monitoredOn(QDate(2025, 9, 14)).value(),
                 QList<qint64>{m_household});
        QCOMPARE(MonitoringRepository(db()).monitoredOn(QDate(2025, 9, 15)).value(), QList<qint64>{});
        QVERIFY_REFUSED(service.addMeasure(m), QStringLiteral("no new measures"));
        // A relapse is a new case.
        QVERIFY(service.discover(selfReport(m_household, QDate(2025, 11, 1)), Today));
    }

    void declineAndDiscoveryFromAFlaggedCheck()
    {
        MonitoringService service(db());
        const MonitoringCase c = found(m_household, QDate(2025, 3, 1));
        QVERIFY_REFUSED(service.decline(c.id, QDate(2025, 3, 2), QStringLiteral(" "), Today),
                        QStringLiteral("Enter why the household is not taken in"));
        const auto declined =
            service.decline(c.id, QDate(2025, 3, 2), QStringLiteral("家庭收入稳定，不符合条件"), Today);
        QVERIFY2(declined, qPrintable(declined.summary()));
        QCOMPARE(declined.value().state, MonitoringState::Declined);
        QCOMPARE(declined.value().declinedOn, QDate(2025, 3, 2));

        // A check of May 2025: one person, 400 yuan a month → 4,800 a year, under the 6,000 line.
        const qint64 low = m_fix->insert(
            QStringLiteral(
                "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages)"
                " VALUES (?, '2025-05-01', '2025-05-20', 1, 40000)"),
            {m_household});
        // June: 500 yuan → exactly 6,000 a year, not below the line; no drop (too few months), no expense.
        const qint64 onTheLine = m_fix->insert(
            QStringLiteral(
                "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages)"
                " VALUES (?, '2025-06-01', '2025-06-20', 1, 50000)"),
            {m_household});
        qint64 otherPerson = 0;
        const qint64 other = m_fix->household(QStringLiteral("H2"), true, &otherPerson);
        MonitoringDiscovery d;
        d.householdId = m_household;
        d.category = MonitoringCategory::MarginalAtRisk;
        d.discovery = DiscoverySource::IncomeFlag;
        d.discoveredOn = QDate(2025, 6, 25);
        QVERIFY_REFUSED(service.discover(d, Today), QStringLiteral("Choose the flagged income check"));
        d.incomeCheckId = onTheLine;
        QVERIFY_REFUSED(service.discover(d, Today), QStringLiteral("has no flag"));
        d.householdId = other;
        d.incomeCheckId = low;
        QVERIFY_REFUSED(service.discover(d, Today), QStringLiteral("not this household's"));
        d.householdId = m_household;
        const auto fromCheck = service.discover(d, Today);
        QVERIFY2(fromCheck, qPrintable(fromCheck.summary()));
        QCOMPARE(fromCheck.value().incomeCheckId, low);
        QCOMPARE(fromCheck.value().discovery, DiscoverySource::IncomeFlag);
        // A department's data names the department.
        MonitoringDiscovery dept = selfReport(other, QDate(2025, 6, 1));
        dept.discovery = DiscoverySource::Department;
        QVERIFY_REFUSED(service.discover(dept, Today), QStringLiteral("Enter the department"));
        dept.department = QStringLiteral("县医保局");
        QVERIFY(service.discover(dept, Today));
    }

    // The 公示 board of a day lists the notices running that day, of entries and of eliminations: not one
    // rejected or declined on or before it, and says none when none runs.
    void noticeBoardListsTheNoticesRunningOnTheDay()
    {
        MonitoringService service(db());
        qint64 person = 0;
        const qint64 rejected =
            m_fix->household(QStringLiteral("H2"), true, &person, QStringLiteral("李秀兰"));
        const qint64 declined =
            m_fix->household(QStringLiteral("H3"), true, &person, QStringLiteral("王建国"));
        const qint64 eliminating =
            m_fix->household(QStringLiteral("H4"), true, &person, QStringLiteral("赵德明"));
        QList<qint64> cases;
        for (qint64 household : {m_household, rejected, declined}) {
            const MonitoringCase c = found(household, QDate(2025, 3, 1));
            pass(c.id, K::HomeCheck, QDate(2025, 3, 3));
            pass(c.id, K::VillageReview, QDate(2025, 3, 8));
            QVERIFY(service.setNotice(c.id, QDate(2025, 3, 9), QDate(2025, 3, 13), Today));
            cases.append(c.id);
        }
        QVERIFY(service.decide(decision(cases.at(1), K::PublicNotice, QDate(2025, 3, 11),
                                        StepDecision::Rejected, QStringLiteral("群众反映家中有经营性收入")),
                               Today));
        QVERIFY(service.decline(cases.at(2), QDate(2025, 3, 12), QStringLiteral("核实后收入稳定"), Today));
        // Monitored from 15 January (its entry notice 7–11 January), its elimination on notice 10–14 March.
        const MonitoringCase e = found(eliminating, QDate(2025, 1, 2));
        pass(e.id, K::HomeCheck, QDate(2025, 1, 3));
        pass(e.id, K::VillageReview, QDate(2025, 1, 6));
        QVERIFY(service.setNotice(e.id, QDate(2025, 1, 7), QDate(2025, 1, 11), Today));
        pass(e.id, K::PublicNotice, QDate(2025, 1, 12));
        pass(e.id, K::TownshipReview, QDate(2025, 1, 13));
        pass(e.id, K::CountyApproval, QDate(2025, 1, 15));
        QVERIFY(service.startElimination(e.id, QDate(2025, 3, 1), Today));
        pass(e.id, K::HomeCheck, QDate(2025, 3, 3));
        pass(e.id, K::VillageReview, QDate(2025, 3, 8));
        QVERIFY(service.setNotice(e.id, QDate(2025, 3, 10), QDate(2025, 3, 14), Today));

        const MonitoringRepository repository(db());
        // Household numbers, an elimination's marked with "-", in the board's order.
        const auto board = [&](QDate day) {
            const Result<NoticeBoard> b = repository.noticeBoard(m_test->siteId(), day);
            if (!b)
                qFatal("board: %s", qPrintable(b.summary()));
            QStringList numbers;
            for (const NoticeEntry& entry : b.value().entries)
                numbers << entry.householdNumber + (entry.phase == MonitoringPhase::Elimination
                                                        ? QStringLiteral("-")
                                                        : QString());
            return numbers;
        };
        const auto list = [](std::initializer_list<const char*> numbers) {
            QStringList result;
            for (const char* n : numbers)
                result << QString::fromLatin1(n);
            return result;
        };
        QCOMPARE(board(QDate(2025, 3, 8)), QStringList());
        QCOMPARE(board(QDate(2025, 3, 9)), list({"H1", "H2", "H3"}));
        QCOMPARE(board(QDate(2025, 3, 10)), list({"H1", "H2", "H3", "H4-"}));
        // Rejected on the 11th: off the board that day; declined on the 12th: off from then.
        QCOMPARE(board(QDate(2025, 3, 11)), list({"H1", "H3", "H4-"}));
        QCOMPARE(board(QDate(2025, 3, 12)), list({"H1", "H4-"}));
        QCOMPARE(board(QDate(2025, 3, 13)), list({"H1", "H4-"}));
        QCOMPARE(board(QDate(2025, 3, 14)), list({"H4-"}));
        // The entry notice of January, passed after it ran, as it was posted on its days.
        QCOMPARE(board(QDate(2025, 1, 11)), list({"H4"}));
        QCOMPARE(board(QDate(2025, 1, 12)), QStringList());

        // None runs: an empty board that still names its site and day.
        const NoticeBoard none = repository.noticeBoard(m_test->siteId(), QDate(2025, 3, 20)).value();
        QVERIFY(none.entries.isEmpty());
        QVERIFY(!none.siteName.isEmpty());
        QCOMPARE(none.day, QDate(2025, 3, 20));
    }

    // What the discovery form lists to choose from: the household's flagged checks with their flags (not
    // an unflagged one, nor another household's), its visits and its grid cases, the latest first.
    void sourceRecordsToChooseFrom()
    {
        qint64 otherPerson = 0;
        const qint64 other = m_fix->household(QStringLiteral("H2"), true, &otherPerson);
        // May: 400 yuan for one → 4,800 a year, below the 6,000 line. June: exactly on the line. July: 600
        // yuan but 15,000 yuan for the hospital, over the 10,000 of a large expense.
        const qint64 may = m_fix->insert(
            QStringLiteral(
                "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages)"
                " VALUES (?, '2025-05-01', '2025-05-20', 1, 40000)"),
            {m_household});
        m_fix->insert(
            QStringLiteral(
                "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages)"
                " VALUES (?, '2025-06-01', '2025-06-20', 1, 50000)"),
            {m_household});
        const qint64 july = m_fix->insert(
            QStringLiteral(
                "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages,"
                " expense_medical) VALUES (?, '2025-07-01', '2025-07-20', 1, 60000, 1500000)"),
            {m_household});
        m_fix->insert(
            QStringLiteral(
                "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages)"
                " VALUES (?, '2025-05-01', '2025-05-20', 1, 10000)"),
            {other});
        const QString visit = QStringLiteral(
            "INSERT INTO visits (household_id, visitor_kind, visitor_name, visit_date, kind, findings)"
            " VALUES (?, 'cadre', '刘干部', ?, 'routine', ?)");
        const qint64 march = m_fix->insert(
            visit, {m_household, QStringLiteral("2025-03-02"), QStringLiteral("户主住院，家中无劳力")});
        const qint64 august =
            m_fix->insert(visit, {m_household, QStringLiteral("2025-08-15"), QStringLiteral("生活正常")});
        m_fix->insert(visit, {other, QStringLiteral("2025-08-16"), QStringLiteral("无异常")});
        const qint64 gridCase = m_fix->insert(
            QStringLiteral("INSERT INTO grid_cases (site_id, kind, title, received_on, state_date, deadline)"
                           " VALUES (?, 'service_request', '申请临时救助', '2025-04-01', '2025-04-01',"
                           " '2025-04-08')"),
            {m_test->siteId()});
        m_fix->insert(
            QStringLiteral("INSERT INTO grid_case_households (case_id, household_id) VALUES (?, ?)"),
            {gridCase, m_household});

        const MonitoringSources sources(db());
        const auto ids = [](const QList<MonitoringSourceRecord>& records) {
            QList<qint64> result;
            for (const MonitoringSourceRecord& r : records)
                result << r.id;
            return result;
        };
        const auto checks = sources.of(m_household, DiscoverySource::IncomeFlag);
        QVERIFY2(checks, qPrintable(checks.summary()));
        QCOMPARE(ids(checks.value()), (QList<qint64>{july, may}));
        QCOMPARE(checks.value().first().date, QDate(2025, 7, 1));
        QVERIFY2(checks.value().first().label.contains(QStringLiteral("2025-07")) &&
                     checks.value().first().label.contains(QStringLiteral("large expense")),
                 qPrintable(checks.value().first().label));
        QVERIFY2(checks.value().last().label.contains(QStringLiteral("below the monitoring line")),
                 qPrintable(checks.value().last().label));
        const auto visits = sources.of(m_household, DiscoverySource::Visit);
        QCOMPARE(ids(visits.value()), (QList<qint64>{august, march}));
        QVERIFY2(visits.value().last().label.contains(QStringLiteral("2025-03-02")) &&
                     visits.value().last().label.contains(QStringLiteral("户主住院")),
                 qPrintable(visits.value().last().label));
        const auto cases = sources.of(m_household, DiscoverySource::Case);
        QCOMPARE(ids(cases.value()), QList<qint64>{gridCase});
        QVERIFY2(cases.value().first().label.contains(QStringLiteral("申请临时救助")),
                 qPrintable(cases.value().first().label));
        QCOMPARE(sources.of(other, DiscoverySource::Case).value().size(), 0);
        QCOMPARE(sources.of(m_household, DiscoverySource::SelfReport).value().size(), 0);
        QVERIFY_REFUSED(sources.of(0, DiscoverySource::Visit), QStringLiteral("Choose the household"));
        // Each listed record is one discover() accepts.
        MonitoringDiscovery d = selfReport(m_household, QDate(2025, 7, 25));
        d.discovery = DiscoverySource::IncomeFlag;
        d.incomeCheckId = checks.value().first().id;
        QVERIFY(MonitoringService(db()).discover(d, Today));
        // The secretary may not read them; a clerk of another site neither.
        Site elsewhere;
        elsewhere.code = QStringLiteral("430524002");
        elsewhere.name = QStringLiteral("另一安置点");
        elsewhere.countyCode = QStringLiteral("430524");
        const auto otherSite = registry::SiteService(db()).saveSite(elsewhere);
        QVERIFY2(otherSite, qPrintable(otherSite.summary()));
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(sources.of(m_household, DiscoverySource::Visit), QStringLiteral("may not"));
        m_test->logInAs(Role::Clerk, {otherSite.value().id});
        QVERIFY_REFUSED(sources.of(m_household, DiscoverySource::IncomeFlag),
                        QStringLiteral("works on other sites"));
    }

    void listFilters()
    {
        const MonitoringCase in = monitored();
        qint64 p2 = 0;
        const qint64 h2 = m_fix->household(QStringLiteral("H2"), true, &p2);
        const MonitoringCase waiting = found(h2, QDate(2025, 12, 1)); // home check due 8 December
        MonitoringFilter f;
        f.today = QDate(2025, 12, 9);
        QCOMPARE(MonitoringRepository(db()).cases(f).value().size(), 2);
        f.state = MonitoringState::Monitored;
        QCOMPARE(MonitoringRepository(db()).cases(f).value().first().id, in.id);
        f.state.reset();
        f.category = MonitoringCategory::MarginalAtRisk;
        QCOMPARE(MonitoringRepository(db()).cases(f).value().size(), 0);
        f.category.reset();
        f.overdueOnly = true;
        QCOMPARE(MonitoringRepository(db()).cases(f).value().size(), 1);
        QCOMPARE(MonitoringRepository(db()).cases(f).value().first().id, waiting.id);
        f.overdueStep = K::VillageReview;
        QCOMPARE(MonitoringRepository(db()).cases(f).value().size(), 0);
        f.overdueStep = K::HomeCheck;
        QCOMPARE(MonitoringRepository(db()).cases(f).value().size(), 1);
        f.today = QDate(2025, 12, 8);
        QCOMPARE(MonitoringRepository(db()).cases(f).value().size(), 0);
    }

    void refusalsByRoleAndSite()
    {
        const MonitoringCase c = found(m_household, QDate(2025, 3, 1));
        Site other;
        other.code = QStringLiteral("430524002");
        other.name = QStringLiteral("另一安置点");
        other.countyCode = QStringLiteral("430524");
        const auto otherSite = registry::SiteService(db()).saveSite(other);
        QVERIFY2(otherSite, qPrintable(otherSite.summary()));

        // The party secretary neither reads nor changes monitoring households.
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(
            MonitoringService(db()).decide(decision(c.id, K::HomeCheck, QDate(2025, 3, 3)), Today),
            QStringLiteral("may not"));
        QVERIFY_REFUSED(MonitoringRepository(db()).cases({}), QStringLiteral("may not"));
        QVERIFY_REFUSED(MonitoringService(db()).discover(selfReport(m_household, QDate(2025, 3, 2)), Today),
                        QStringLiteral("may not"));
        // A clerk of another site may not touch this site's household, nor read its case.
        m_test->logInAs(Role::Clerk, {otherSite.value().id});
        QVERIFY_REFUSED(
            MonitoringService(db()).decide(decision(c.id, K::HomeCheck, QDate(2025, 3, 3)), Today),
            QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(MonitoringService(db()).setNotice(c.id, QDate(2025, 3, 9), QDate(2025, 3, 13), Today),
                        QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(MonitoringRepository(db()).monitoringCase(c.id),
                        QStringLiteral("works on other sites"));
        QVERIFY_REFUSED(MonitoringRepository(db()).noticeBoard(m_test->siteId(), QDate(2025, 3, 9)),
                        QStringLiteral("works on other sites"));
        // Over every site the clerk sees only their own site's cases.
        MonitoringFilter all;
        all.siteId = otherSite.value().id;
        QCOMPARE(MonitoringRepository(db()).cases(all).value().size(), 0);
        // A clerk of this site may.
        m_test->logInAs(Role::Clerk, {m_test->siteId()});
        QVERIFY(MonitoringService(db()).decide(decision(c.id, K::HomeCheck, QDate(2025, 3, 3)), Today));
        m_test->logInAs(Role::Manager);
        QVERIFY(MonitoringService(db()).decide(decision(c.id, K::VillageReview, QDate(2025, 3, 4)), Today));
    }
};

QTEST_GUILESS_MAIN(TestMonitoringService)
#include "tst_monitoringservice.moc"

// The monitoring procedure 监测户 as pure rules: the notice period 公示 in calendar days across month ends
// and in working days over a weekend and the National Day holidays with a made-up Saturday workday, approval
// locked through the notice's last day, the steps' order, deadlines, a decline and a risk elimination. Every
// date is worked out by hand in the comments.
#include "Refusal.h"

#include "income/MonitoringRules.h"

#include <QTest>

using namespace anju;
using namespace anju::income;

namespace {

using K = MonitoringStepKind;

MonitoringStep step(qint64 id, MonitoringPhase phase, K kind, QDate started, QDate decided = {},
                    std::optional<StepDecision> decision = StepDecision::Passed)
{
    MonitoringStep s;
    s.id = id;
    s.phase = phase;
    s.step = kind;
    s.startedOn = started;
    if (decided.isValid()) {
        s.decidedOn = decided;
        s.decision = decision;
    }
    return s;
}

MonitoringStep notice(qint64 id, MonitoringPhase phase, QDate from, QDate to)
{
    MonitoringStep s = step(id, phase, K::PublicNotice, from);
    s.noticeFrom = from;
    s.noticeTo = to;
    return s;
}

MonitoringStepDecision decision(K kind, QDate date, StepDecision d = StepDecision::Passed,
                                const QString& note = {})
{
    MonitoringStepDecision result;
    result.caseId = 1;
    result.step = kind;
    result.decision = d;
    result.date = date;
    result.note = note;
    return result;
}

// Found 2025-09-01; home check passed 09-03, village review passed 09-10; the notice not yet set.
MonitoringCase afterVillageReview()
{
    MonitoringCase c;
    c.id = 1;
    c.state = MonitoringState::EntryReview;
    c.discoveredOn = QDate(2025, 9, 1);
    c.stateDate = c.discoveredOn;
    c.steps = {step(1, MonitoringPhase::Entry, K::HomeCheck, QDate(2025, 9, 1), QDate(2025, 9, 3)),
               step(2, MonitoringPhase::Entry, K::VillageReview, QDate(2025, 9, 3), QDate(2025, 9, 10))};
    return c;
}

// 2025's National Day: 1–8 October off, Sunday 28 September and Saturday 11 October made-up workdays.
OfficeCalendar nationalDay2025(bool withMadeUpSaturday = true)
{
    OfficeCalendar calendar;
    for (int day = 1; day <= 8; ++day)
        calendar.setDay(QDate(2025, 10, day), OfficeCalendar::DayKind::Holiday);
    calendar.setDay(QDate(2025, 9, 28), OfficeCalendar::DayKind::Workday);
    if (withMadeUpSaturday)
        calendar.setDay(QDate(2025, 10, 11), OfficeCalendar::DayKind::Workday);
    return calendar;
}

IncomeSettings workingDays()
{
    IncomeSettings s = IncomeSettings::defaults();
    s.noticeDayKind = NoticeDayKind::Working;
    return s;
}

const QDate Today(2025, 12, 31);

} // namespace

class TestMonitoringRules : public QObject
{
    Q_OBJECT

private slots:
    void calendarNoticeAcrossMonthEnds()
    {
        const IncomeSettings s = IncomeSettings::defaults(); // 5 calendar days
        const OfficeCalendar none;
        // 29, 30, 31 January, 1, 2 February 2025: the fifth day is 2 February.
        QCOMPARE(MonitoringRules::earliestNoticeEnd(QDate(2025, 1, 29), s, none), QDate(2025, 2, 2));
        QCOMPARE(MonitoringRules::noticeLength(QDate(2025, 1, 29), QDate(2025, 2, 1), s, none), 4);
        // A leap February: 27, 28, 29 February, 1, 2 March 2024.
        QCOMPARE(MonitoringRules::earliestNoticeEnd(QDate(2024, 2, 27), s, none), QDate(2024, 3, 2));

        MonitoringCase c = afterVillageReview();
        c.discoveredOn = QDate(2025, 1, 2);
        c.steps = {step(1, MonitoringPhase::Entry, K::HomeCheck, QDate(2025, 1, 2), QDate(2025, 1, 10)),
                   step(2, MonitoringPhase::Entry, K::VillageReview, QDate(2025, 1, 10), QDate(2025, 1, 20))};
        QVERIFY_REFUSED(
            MonitoringRules::checkNoticePeriod(c, QDate(2025, 1, 29), QDate(2025, 2, 1), s, none, Today),
            QStringLiteral("has 4 days; at least 5 are required (until 2025-02-02 at the earliest)"));
        QVERIFY(MonitoringRules::checkNoticePeriod(c, QDate(2025, 1, 29), QDate(2025, 2, 2), s, none, Today));
        // Not before the village review was decided, nor ending before it begins.
        QVERIFY_REFUSED(
            MonitoringRules::checkNoticePeriod(c, QDate(2025, 1, 19), QDate(2025, 1, 30), s, none, Today),
            QStringLiteral("before the village review was decided (2025-01-20)"));
        QVERIFY_REFUSED(
            MonitoringRules::checkNoticePeriod(c, QDate(2025, 1, 29), QDate(2025, 1, 28), s, none, Today),
            QStringLiteral("last day is before its first day"));
    }

    void workingDayNoticeOverNationalDay()
    {
        const IncomeSettings s = workingDays();
        const OfficeCalendar calendar = nationalDay2025();
        // From Tuesday 30 September: 30 Sep (1); 1–8 Oct holidays; Thu 9 (2), Fri 10 (3), Sat 11 made-up
        // workday (4), Sun 12 off, Mon 13 (5).
        QCOMPARE(MonitoringRules::earliestNoticeEnd(QDate(2025, 9, 30), s, calendar), QDate(2025, 10, 13));
        // Without the made-up Saturday the fifth working day is Tuesday 14 October.
        QCOMPARE(MonitoringRules::earliestNoticeEnd(QDate(2025, 9, 30), s, nationalDay2025(false)),
                 QDate(2025, 10, 14));
        // Over a plain weekend: Thu 18, Fri 19 Sep, Mon 22, Tue 23, Wed 24 → 24 September.
        QCOMPARE(MonitoringRules::earliestNoticeEnd(QDate(2025, 9, 18), s, calendar), QDate(2025, 9, 24));
        // A holiday Wednesday is not a working day, the made-up Sunday is.
        QVERIFY(!calendar.isWorkingDay(QDate(2025, 10, 1)));
        QVERIFY(calendar.isWorkingDay(QDate(2025, 9, 28)));
        QVERIFY(!calendar.isWorkingDay(QDate(2025, 10, 12)));

        const MonitoringCase c = afterVillageReview();
        QVERIFY_REFUSED(
            MonitoringRules::checkNoticePeriod(c, QDate(2025, 9, 30), QDate(2025, 10, 12), s, calendar,
                                               Today),
            QStringLiteral("has 4 working days; at least 5 are required (until 2025-10-13 at the earliest)"));
        QVERIFY(MonitoringRules::checkNoticePeriod(c, QDate(2025, 9, 30), QDate(2025, 10, 13), s, calendar,
                                                   Today));
        // Counted in calendar days the same period would have been long enough long before.
        QVERIFY(MonitoringRules::checkNoticePeriod(c, QDate(2025, 9, 30), QDate(2025, 10, 4),
                                                   IncomeSettings::defaults(), calendar, Today));
    }

    void approvalLockedThroughTheNoticesLastDay()
    {
        const IncomeSettings s = workingDays();
        MonitoringCase c = afterVillageReview();
        // The notice step cannot be decided before its period is set.
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 9, 20)), s, Today),
            QStringLiteral("Set the notice period first"));
        c.steps.append(notice(3, MonitoringPhase::Entry, QDate(2025, 9, 30), QDate(2025, 10, 13)));
        const MonitoringProgress p = MonitoringRules::progress(c, s);
        QCOMPARE(p.current, K::PublicNotice);
        QCOMPARE(MonitoringRules::noticeLine(p, QDate(2025, 10, 13)),
                 QStringLiteral("Notice open until 2025-10-13; approval locked until 2025-10-14."));
        QVERIFY(MonitoringRules::noticeLine(p, QDate(2025, 10, 14)).isEmpty());
        // On its last day the notice is still running.
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 10, 13)), s, Today),
            QStringLiteral("The notice runs until 2025-10-13: Public notice cannot be approved before "
                           "2025-10-14"));
        QVERIFY(MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 10, 14)), s, Today));
        // A rejection (an objection upheld) need not wait for the end.
        QVERIFY(MonitoringRules::checkDecision(c,
                                               decision(K::PublicNotice, QDate(2025, 10, 10),
                                                        StepDecision::Rejected, QStringLiteral("异议属实")),
                                               s, Today));
        // An unsettled objection holds the approval even after the period.
        MonitoringObjection o;
        o.id = 1;
        o.stepId = 3;
        o.receivedOn = QDate(2025, 10, 9);
        o.content = QStringLiteral("该户有经营性收入");
        c.objections = {o};
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 10, 14)), s, Today),
            QStringLiteral("received on 2025-10-09 is not settled"));
        c.objections.first().settledOn = QDate(2025, 10, 11);
        QVERIFY(MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 10, 14)), s, Today));
        // Objections are dated inside the notice.
        o.receivedOn = QDate(2025, 9, 29);
        QVERIFY_REFUSED(MonitoringRules::checkObjection(c, o, s, Today),
                        QStringLiteral("began on 2025-09-30"));
    }

    // An objection to the notice holds every later approval of the procedure while it is open, also one
    // written down after the notice passed; and an approval cannot be dated before the objection was settled
    // (the demo passed notices days before settling their objections).
    void openObjectionHoldsTheApprovalsAfterTheNotice()
    {
        const IncomeSettings s = IncomeSettings::defaults();
        MonitoringCase c = afterVillageReview();
        MonitoringStep n = notice(3, MonitoringPhase::Entry, QDate(2025, 9, 30), QDate(2025, 10, 6));
        MonitoringObjection o;
        o.id = 1;
        o.stepId = 3;
        o.receivedOn = QDate(2025, 10, 5);
        o.content = QStringLiteral("反映该户家中购置了小轿车");
        o.settledOn = QDate(2025, 10, 9);
        c.steps.append(n);
        c.objections = {o};
        // Settled on the 9th: the notice cannot be approved on the 7th, it can on the 9th.
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 10, 7)), s, Today),
            QStringLiteral("was settled on 2025-10-09"));
        QVERIFY(MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 10, 9)), s, Today));

        // The notice passed; a second objection, received on its last day, is logged afterwards.
        n.decidedOn = QDate(2025, 10, 9);
        n.decision = StepDecision::Passed;
        c.steps.last() = n;
        c.steps.append(step(4, MonitoringPhase::Entry, K::TownshipReview, QDate(2025, 10, 9)));
        MonitoringObjection late = o;
        late.id = 2;
        late.receivedOn = QDate(2025, 10, 6);
        late.settledOn = QDate();
        QVERIFY(MonitoringRules::checkObjection(c, late, s, Today));
        // What comes in the day after the notice ended is no objection to it (a QA run logged one a month
        // late and held the township's approval with it).
        MonitoringObjection afterwards = late;
        afterwards.receivedOn = QDate(2025, 10, 7);
        QVERIFY_REFUSED(MonitoringRules::checkObjection(c, afterwards, s, Today),
                        QStringLiteral("is not an objection to it"));
        c.objections.append(late);
        QCOMPARE(MonitoringRules::progress(c, s).current, K::TownshipReview);
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::TownshipReview, QDate(2025, 10, 15)), s, Today),
            QStringLiteral("The objection to the notice received on 2025-10-06 is not settled: settle it "
                           "before Township review is approved"));
        // A rejection needs no settling; a settled objection lets the approval through from its day on.
        QVERIFY(MonitoringRules::checkDecision(c,
                                               decision(K::TownshipReview, QDate(2025, 10, 15),
                                                        StepDecision::Rejected, QStringLiteral("异议属实")),
                                               s, Today));
        c.objections.last().settledOn = QDate(2025, 10, 16);
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::TownshipReview, QDate(2025, 10, 15)), s, Today),
            QStringLiteral("was settled on 2025-10-16"));
        QVERIFY(
            MonitoringRules::checkDecision(c, decision(K::TownshipReview, QDate(2025, 10, 16)), s, Today));
    }

    void stepsAreDecidedInOrder()
    {
        const IncomeSettings s = IncomeSettings::defaults();
        MonitoringCase c;
        c.id = 1;
        c.state = MonitoringState::EntryReview;
        c.discoveredOn = QDate(2025, 3, 1);
        c.stateDate = c.discoveredOn;
        c.steps = {step(1, MonitoringPhase::Entry, K::HomeCheck, QDate(2025, 3, 1))};
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::VillageReview, QDate(2025, 3, 2)), s, Today),
            QStringLiteral("The step due now is Home check, not Village review"));
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::HomeCheck, QDate(2025, 2, 28)), s, Today),
            QStringLiteral("before the step began (2025-03-01)"));
        QVERIFY_REFUSED(MonitoringRules::checkDecision(c, decision(K::HomeCheck, Today.addDays(1)), s, Today),
                        QStringLiteral("cannot be in the future"));
        QVERIFY(MonitoringRules::checkDecision(c, decision(K::HomeCheck, QDate(2025, 3, 2)), s, Today));
        const MonitoringEffect e = MonitoringRules::apply(c, decision(K::HomeCheck, QDate(2025, 3, 2)));
        QCOMPARE(e.state, MonitoringState::EntryReview);
        QCOMPARE(e.next, K::VillageReview);
        QCOMPARE(MonitoringRules::nextStep(K::VillageReview), K::PublicNotice);
        QCOMPARE(MonitoringRules::nextStep(K::CountyApproval), std::nullopt);

        // The home check has 7 days: begun 1 March, due 8 March, overdue from 9 March.
        QCOMPARE(MonitoringRules::progress(c, s).deadline, QDate(2025, 3, 8));
        QVERIFY(!MonitoringRules::isOverdue(c, s, QDate(2025, 3, 8)));
        QVERIFY(MonitoringRules::isOverdue(c, s, QDate(2025, 3, 9)));
        // The notice step is due 3 days after its period's last day.
        QCOMPARE(MonitoringRules::stepDeadline(K::PublicNotice, QDate(2025, 3, 10), QDate(2025, 3, 14), s),
                 QDate(2025, 3, 17));

        // The county's approval makes the household monitored from that day.
        c.steps = {step(1, MonitoringPhase::Entry, K::HomeCheck, QDate(2025, 3, 1), QDate(2025, 3, 2)),
                   step(2, MonitoringPhase::Entry, K::VillageReview, QDate(2025, 3, 2), QDate(2025, 3, 5)),
                   notice(3, MonitoringPhase::Entry, QDate(2025, 3, 6), QDate(2025, 3, 10)),
                   step(4, MonitoringPhase::Entry, K::TownshipReview, QDate(2025, 3, 11), QDate(2025, 3, 12)),
                   step(5, MonitoringPhase::Entry, K::CountyApproval, QDate(2025, 3, 12))};
        c.steps[2].decidedOn = QDate(2025, 3, 11);
        c.steps[2].decision = StepDecision::Passed;
        QCOMPARE(MonitoringRules::progress(c, s).current, K::CountyApproval);
        const MonitoringEffect in =
            MonitoringRules::apply(c, decision(K::CountyApproval, QDate(2025, 3, 20)));
        QCOMPARE(in.state, MonitoringState::Monitored);
        QCOMPARE(in.enteredOn, QDate(2025, 3, 20));
        QCOMPARE(in.next, std::nullopt);
        c.enteredOn = in.enteredOn;
        QVERIFY(!c.monitoredOn(QDate(2025, 3, 19)));
        QVERIFY(c.monitoredOn(QDate(2025, 3, 20)));
    }

    void aRejectionDeclinesTheEntry()
    {
        const IncomeSettings s = IncomeSettings::defaults();
        MonitoringCase c = afterVillageReview();
        c.steps.removeLast();
        c.steps.append(step(2, MonitoringPhase::Entry, K::VillageReview, QDate(2025, 9, 3)));
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(
                c, decision(K::VillageReview, QDate(2025, 9, 5), StepDecision::Rejected), s, Today),
            QStringLiteral("Enter why the step was rejected"));
        const MonitoringStepDecision no = decision(
            K::VillageReview, QDate(2025, 9, 5), StepDecision::Rejected, QStringLiteral("人均收入高于标准"));
        QVERIFY(MonitoringRules::checkDecision(c, no, s, Today));
        const MonitoringEffect e = MonitoringRules::apply(c, no);
        QCOMPARE(e.state, MonitoringState::Declined);
        QCOMPARE(e.declinedOn, QDate(2025, 9, 5));
        QCOMPARE(e.declineReason, QStringLiteral("人均收入高于标准"));

        // Declined outright: with a reason, not before the last step, only in entry review.
        QVERIFY_REFUSED(MonitoringRules::checkDecline(c, QDate(2025, 9, 4), {}, Today),
                        QStringLiteral("Enter why the household is not taken in"));
        QVERIFY_REFUSED(
            MonitoringRules::checkDecline(c, QDate(2025, 9, 2), QStringLiteral("外出务工收入稳定"), Today),
            QStringLiteral("before the procedure's last step (2025-09-03)"));
        QVERIFY(
            MonitoringRules::checkDecline(c, QDate(2025, 9, 4), QStringLiteral("外出务工收入稳定"), Today));
        c.state = MonitoringState::Monitored;
        QVERIFY_REFUSED(MonitoringRules::checkDecline(c, QDate(2025, 9, 4), QStringLiteral("x"), Today),
                        QStringLiteral("Only a household in entry review can be declined"));
        // A declined household has no procedure running.
        c.state = MonitoringState::Declined;
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::VillageReview, QDate(2025, 9, 5)), s, Today),
            QStringLiteral("no procedure is running"));
    }

    void eliminationRunsTheSameSteps()
    {
        const IncomeSettings s = IncomeSettings::defaults();
        MonitoringCase c;
        c.id = 1;
        c.state = MonitoringState::Monitored;
        c.discoveredOn = QDate(2024, 1, 5);
        c.enteredOn = QDate(2024, 2, 20);
        c.stateDate = c.enteredOn;
        QVERIFY_REFUSED(MonitoringRules::checkStartElimination(c, QDate(2024, 2, 19), Today),
                        QStringLiteral("cannot start before 2024-02-20"));
        QVERIFY(MonitoringRules::checkStartElimination(c, QDate(2025, 6, 2), Today));
        c.state = MonitoringState::EliminationReview;
        c.stateDate = QDate(2025, 6, 2);
        QVERIFY_REFUSED(MonitoringRules::checkStartElimination(c, QDate(2025, 6, 3), Today),
                        QStringLiteral("starts for a monitored household"));
        // The entry's steps do not count for the elimination: it begins at its own home check.
        c.steps = {step(1, MonitoringPhase::Entry, K::HomeCheck, QDate(2024, 1, 5), QDate(2024, 1, 6)),
                   step(6, MonitoringPhase::Elimination, K::HomeCheck, QDate(2025, 6, 2))};
        MonitoringProgress p = MonitoringRules::progress(c, s);
        QCOMPARE(p.phase, MonitoringPhase::Elimination);
        QCOMPARE(p.current, K::HomeCheck);
        QCOMPARE(p.currentStarted, QDate(2025, 6, 2));

        // Rejected at the village review: the household stays monitored.
        c.steps = {step(6, MonitoringPhase::Elimination, K::HomeCheck, QDate(2025, 6, 2), QDate(2025, 6, 3)),
                   step(7, MonitoringPhase::Elimination, K::VillageReview, QDate(2025, 6, 3))};
        const MonitoringEffect kept =
            MonitoringRules::apply(c, decision(K::VillageReview, QDate(2025, 6, 6), StepDecision::Rejected,
                                               QStringLiteral("收入仍不稳定")));
        QCOMPARE(kept.state, MonitoringState::Monitored);
        QVERIFY(!kept.eliminatedOn.isValid());
        QVERIFY(!kept.declinedOn.isValid());

        // Begun again on 1 September: the home check row begun anew, the old village review a leftover.
        c.steps = {step(6, MonitoringPhase::Elimination, K::HomeCheck, QDate(2025, 9, 1), QDate(2025, 9, 2)),
                   step(7, MonitoringPhase::Elimination, K::VillageReview, QDate(2025, 6, 3),
                        QDate(2025, 6, 6), StepDecision::Rejected)};
        p = MonitoringRules::progress(c, s);
        QCOMPARE(p.current, K::VillageReview);
        QVERIFY(!p.currentRow);
        QCOMPARE(p.steps.size(), 1);

        // The county's approval eliminates the risk that day.
        c.steps = {
            step(6, MonitoringPhase::Elimination, K::HomeCheck, QDate(2025, 9, 1), QDate(2025, 9, 2)),
            step(7, MonitoringPhase::Elimination, K::VillageReview, QDate(2025, 9, 2), QDate(2025, 9, 4)),
            notice(8, MonitoringPhase::Elimination, QDate(2025, 9, 5), QDate(2025, 9, 9)),
            step(9, MonitoringPhase::Elimination, K::TownshipReview, QDate(2025, 9, 10), QDate(2025, 9, 11)),
            step(10, MonitoringPhase::Elimination, K::CountyApproval, QDate(2025, 9, 11))};
        c.steps[2].decidedOn = QDate(2025, 9, 10);
        c.steps[2].decision = StepDecision::Passed;
        const MonitoringStepDecision yes = decision(K::CountyApproval, QDate(2025, 9, 15));
        QVERIFY(MonitoringRules::checkDecision(c, yes, s, Today));
        const MonitoringEffect out = MonitoringRules::apply(c, yes);
        QCOMPARE(out.state, MonitoringState::Eliminated);
        QCOMPARE(out.eliminatedOn, QDate(2025, 9, 15));
        QCOMPARE(out.enteredOn, QDate(2024, 2, 20));
        c.eliminatedOn = out.eliminatedOn;
        QVERIFY(c.monitoredOn(QDate(2025, 9, 14)));
        QVERIFY(!c.monitoredOn(QDate(2025, 9, 15)));
    }

    // An elimination begun again after a rejection starts new rows: the earlier attempt's rows, its notice
    // among them, are history and never the step due now.
    void aRestartedEliminationLeavesTheEarlierRowsAsHistory()
    {
        const IncomeSettings s = IncomeSettings::defaults();
        MonitoringCase c;
        c.id = 1;
        c.state = MonitoringState::EliminationReview;
        c.discoveredOn = QDate(2024, 1, 5);
        c.enteredOn = QDate(2024, 2, 20);
        c.stateDate = QDate(2025, 9, 1);
        MonitoringStep rejectedNotice =
            notice(8, MonitoringPhase::Elimination, QDate(2025, 6, 5), QDate(2025, 6, 9));
        rejectedNotice.decidedOn = QDate(2025, 6, 7);
        rejectedNotice.decision = StepDecision::Rejected;
        // First try: home check 2–3 June, village review 3–4 June, notice 5–9 June rejected on the 7th.
        // Second try from 1 September: home check passed on the 2nd, village review passed on the 4th.
        c.steps = {
            step(1, MonitoringPhase::Entry, K::HomeCheck, QDate(2024, 1, 5), QDate(2024, 1, 6)),
            step(6, MonitoringPhase::Elimination, K::HomeCheck, QDate(2025, 6, 2), QDate(2025, 6, 3)),
            step(7, MonitoringPhase::Elimination, K::VillageReview, QDate(2025, 6, 3), QDate(2025, 6, 4)),
            rejectedNotice,
            step(11, MonitoringPhase::Elimination, K::HomeCheck, QDate(2025, 9, 1), QDate(2025, 9, 2)),
            step(12, MonitoringPhase::Elimination, K::VillageReview, QDate(2025, 9, 2), QDate(2025, 9, 4))};
        MonitoringProgress p = MonitoringRules::progress(c, s);
        QCOMPARE(p.steps.size(), 2);
        QCOMPARE(p.steps.at(0).id, 11);
        QCOMPARE(p.steps.at(1).id, 12);
        // The notice is due and not set for this try: the rejected one of June is not it.
        QCOMPARE(p.current, K::PublicNotice);
        QVERIFY(p.awaitingNotice());
        QVERIFY(!p.notice);
        QCOMPARE(p.currentStarted, QDate(2025, 9, 4));
        QVERIFY_REFUSED(
            MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 9, 10)), s, Today),
            QStringLiteral("Set the notice period first"));

        // Its own notice set 5–9 September: that row is the current one.
        c.steps.append(notice(13, MonitoringPhase::Elimination, QDate(2025, 9, 5), QDate(2025, 9, 9)));
        p = MonitoringRules::progress(c, s);
        QCOMPARE(p.currentRow->id, 13);
        QCOMPARE(p.notice->noticeTo, QDate(2025, 9, 9));
        QVERIFY(MonitoringRules::checkDecision(c, decision(K::PublicNotice, QDate(2025, 9, 10)), s, Today));
    }

    // With attempts on the rows (migration 17) the running attempt is the highest, wherever its rows stand
    // in the list: a list read in another order still finds it, and no earlier row is taken for its steps.
    void theHighestAttemptRunsWhateverTheOrder()
    {
        const IncomeSettings s = IncomeSettings::defaults();
        MonitoringCase c;
        c.id = 1;
        c.state = MonitoringState::EliminationReview;
        c.discoveredOn = QDate(2024, 1, 5);
        c.enteredOn = QDate(2024, 2, 20);
        c.stateDate = QDate(2025, 9, 1);
        MonitoringStep again = step(11, MonitoringPhase::Elimination, K::HomeCheck, QDate(2025, 9, 1));
        again.attempt = 2;
        c.steps = {again,
                   step(6, MonitoringPhase::Elimination, K::HomeCheck, QDate(2025, 6, 2), QDate(2025, 6, 3)),
                   step(7, MonitoringPhase::Elimination, K::VillageReview, QDate(2025, 6, 3),
                        QDate(2025, 6, 4), StepDecision::Rejected)};
        QCOMPARE(MonitoringRules::latestAttempt(c.steps, MonitoringPhase::Elimination), 2);
        QCOMPARE(MonitoringRules::latestAttempt(c.steps, MonitoringPhase::Entry), 0);
        const MonitoringProgress p = MonitoringRules::progress(c, s);
        QCOMPARE(p.steps.size(), 1);
        QCOMPARE(p.currentRow->id, 11);
        QCOMPARE(p.current, K::HomeCheck);
        QCOMPARE(p.deadline, QDate(2025, 9, 8));
    }

    void measures()
    {
        MonitoringCase c;
        c.state = MonitoringState::Monitored;
        c.discoveredOn = QDate(2025, 3, 1);
        MonitoringMeasure m;
        m.validFrom = QDate(2025, 2, 28);
        QVERIFY_REFUSED(MonitoringRules::checkMeasure(c, m), QStringLiteral("Enter what the measure is"));
        m.description = QStringLiteral("公益性岗位");
        QVERIFY_REFUSED(MonitoringRules::checkMeasure(c, m),
                        QStringLiteral("before the household was found"));
        m.validFrom = QDate(2025, 3, 1);
        QVERIFY(MonitoringRules::checkMeasure(c, m));
        QVERIFY_REFUSED(MonitoringRules::checkMeasureEnd(m, QDate(2025, 2, 28)),
                        QStringLiteral("cannot end before"));
        QVERIFY(MonitoringRules::checkMeasureEnd(m, QDate(2025, 3, 1)));
        c.state = MonitoringState::Eliminated;
        QVERIFY_REFUSED(MonitoringRules::checkMeasure(c, m), QStringLiteral("no new measures"));
    }
};

QTEST_GUILESS_MAIN(TestMonitoringRules)
#include "tst_monitoringrules.moc"

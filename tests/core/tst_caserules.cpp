// The case state machine (received → in progress → resolved | escalated | referred, accept / return) with
// every illegal transition refused for its reason, and the escalation chain 网格员 → 网格长 → 负责人.
#include "grids/CaseStateMachine.h"

#include "Refusal.h"

#include <QTest>

using namespace anju;
using namespace anju::grids;

Q_DECLARE_METATYPE(anju::grids::CaseState)
Q_DECLARE_METATYPE(anju::grids::CaseAction)
Q_DECLARE_METATYPE(anju::grids::EscalationLevel)

namespace {

CaseStatus status(CaseState state, bool accepted = false, EscalationLevel level = EscalationLevel::GridWorker)
{
    return {state, accepted, level};
}

} // namespace

class TestCaseRules : public QObject
{
    Q_OBJECT

private slots:
    void allowed_data()
    {
        QTest::addColumn<CaseState>("from");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<CaseState>("to");
        QTest::addColumn<bool>("acceptedAfter");
        QTest::newRow("start") << CaseState::Received << false << CaseAction::Start << CaseState::InProgress
                               << false;
        QTest::newRow("escalated taken up")
            << CaseState::Escalated << false << CaseAction::Start << CaseState::InProgress << false;
        QTest::newRow("resolve") << CaseState::InProgress << false << CaseAction::Resolve
                                 << CaseState::Resolved << false;
        QTest::newRow("resolve escalated")
            << CaseState::Escalated << false << CaseAction::Resolve << CaseState::Resolved << false;
        QTest::newRow("resolve accepted referral")
            << CaseState::Referred << true << CaseAction::Resolve << CaseState::Resolved << true;
        QTest::newRow("escalate received")
            << CaseState::Received << false << CaseAction::Escalate << CaseState::Escalated << false;
        QTest::newRow("escalate in progress")
            << CaseState::InProgress << false << CaseAction::Escalate << CaseState::Escalated << false;
        QTest::newRow("refer received")
            << CaseState::Received << false << CaseAction::Refer << CaseState::Referred << false;
        QTest::newRow("refer escalated")
            << CaseState::Escalated << false << CaseAction::Refer << CaseState::Referred << false;
        QTest::newRow("accept") << CaseState::Referred << false << CaseAction::Accept << CaseState::Referred
                                << true;
        QTest::newRow("return") << CaseState::Referred << false << CaseAction::Return << CaseState::InProgress
                                << false;
        QTest::newRow("return after accepting")
            << CaseState::Referred << true << CaseAction::Return << CaseState::InProgress << false;
        QTest::newRow("a note after the case is closed")
            << CaseState::Resolved << false << CaseAction::Note << CaseState::Resolved << false;
        QTest::newRow("assign keeps the state")
            << CaseState::InProgress << false << CaseAction::Assign << CaseState::InProgress << false;
    }
    void allowed()
    {
        QFETCH(CaseState, from);
        QFETCH(bool, accepted);
        QFETCH(CaseAction, action);
        QFETCH(CaseState, to);
        QFETCH(bool, acceptedAfter);
        const CaseStatus before = status(from, accepted);
        QVERIFY2(CaseStateMachine::check(before, action).ok(),
                 qPrintable(CaseStateMachine::check(before, action).summary()));
        const CaseStatus after = CaseStateMachine::apply(before, action);
        QCOMPARE(after.state, to);
        QCOMPARE(after.referralAccepted, acceptedAfter);
    }

    void refused_data()
    {
        QTest::addColumn<CaseState>("from");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<EscalationLevel>("level");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<QString>("why");
        const auto worker = EscalationLevel::GridWorker;
        QTest::newRow("resolve before taking up") << CaseState::Received << false << worker
                                                  << CaseAction::Resolve << "taken up before it is resolved";
        QTest::newRow("start twice") << CaseState::InProgress << false << worker << CaseAction::Start
                                     << "already in progress";
        QTest::newRow("start a referred case")
            << CaseState::Referred << false << worker << CaseAction::Start << "department returns it";
        QTest::newRow("resolve an unaccepted referral")
            << CaseState::Referred << false << worker << CaseAction::Resolve << "not accepted the referral";
        QTest::newRow("escalate a referred case")
            << CaseState::Referred << true << worker << CaseAction::Escalate << "not escalated in the grid";
        QTest::newRow("escalate past the person in charge")
            << CaseState::Escalated << false << EscalationLevel::Manager << CaseAction::Escalate
            << "last step of the escalation chain";
        QTest::newRow("refer twice") << CaseState::Referred << false << worker << CaseAction::Refer
                                     << "already referred";
        QTest::newRow("accept an unreferred case")
            << CaseState::InProgress << false << worker << CaseAction::Accept
            << "Only a referred case can be accepted";
        QTest::newRow("accept twice")
            << CaseState::Referred << true << worker << CaseAction::Accept << "already accepted";
        QTest::newRow("return an unreferred case")
            << CaseState::Escalated << false << worker << CaseAction::Return
            << "Only a referred case can be returned";
        QTest::newRow("receive again")
            << CaseState::InProgress << false << worker << CaseAction::Receive << "received once";
        for (const auto& info : enumInfos<CaseAction>()) {
            if (info.value != CaseAction::Receive && info.value != CaseAction::Note)
                QTest::addRow("resolved: %s", info.key)
                    << CaseState::Resolved << false << worker << info.value << "resolved and closed";
        }
    }
    void refused()
    {
        QFETCH(CaseState, from);
        QFETCH(bool, accepted);
        QFETCH(EscalationLevel, level);
        QFETCH(CaseAction, action);
        QFETCH(QString, why);
        QVERIFY_REFUSED(CaseStateMachine::check(status(from, accepted, level), action), why);
    }

    void escalationClimbsOneStepAtATime()
    {
        CaseStatus s = status(CaseState::InProgress);
        s = CaseStateMachine::apply(s, CaseAction::Escalate);
        QCOMPARE(s.level, EscalationLevel::GridLeader);
        QCOMPARE(s.state, CaseState::Escalated);
        QVERIFY(CaseStateMachine::check(s, CaseAction::Escalate).ok());
        s = CaseStateMachine::apply(s, CaseAction::Escalate);
        QCOMPARE(s.level, EscalationLevel::Manager);
        // Taken up by the person in charge: in progress, still at the manager's level.
        s = CaseStateMachine::apply(s, CaseAction::Start);
        QCOMPARE(s.state, CaseState::InProgress);
        QCOMPARE(s.level, EscalationLevel::Manager);
    }

    void levelDue_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<EscalationLevel>("level");
        // Deadline 28 February 2024 (a leap year); to the leader 1 day after it, to the manager 3 days later.
        QTest::newRow("before the deadline") << QDate(2024, 2, 20) << EscalationLevel::GridWorker;
        QTest::newRow("on the deadline") << QDate(2024, 2, 28) << EscalationLevel::GridWorker;
        QTest::newRow("the worker's day of grace: 29 February")
            << QDate(2024, 2, 29) << EscalationLevel::GridWorker;
        QTest::newRow("then the leader") << QDate(2024, 3, 1) << EscalationLevel::GridLeader;
        QTest::newRow("last day with the leader") << QDate(2024, 3, 3) << EscalationLevel::GridLeader;
        QTest::newRow("then the person in charge") << QDate(2024, 3, 4) << EscalationLevel::Manager;
    }
    void levelDue()
    {
        QFETCH(QDate, today);
        QFETCH(EscalationLevel, level);
        QCOMPARE(CaseEscalation::levelDue(QDate(2024, 2, 28), EscalationDelays{1, 3}, today), level);
    }

    void nextStep()
    {
        const QDate deadline(2025, 12, 30);
        const EscalationDelays Delays{0, 3}; // the leader the day after the deadline, the manager 3 days on
        const CaseStatus fresh = status(CaseState::InProgress);
        QVERIFY(!CaseEscalation::nextStep(fresh, deadline, Delays, QDate(2025, 12, 30)));
        QCOMPARE(CaseEscalation::nextStep(fresh, deadline, Delays, QDate(2025, 12, 31)),
                 EscalationLevel::GridLeader);
        // Long overdue: still one step, the leader first (each step its own dated event).
        QCOMPARE(CaseEscalation::nextStep(fresh, deadline, Delays, QDate(2026, 3, 1)),
                 EscalationLevel::GridLeader);
        const CaseStatus withLeader = status(CaseState::Escalated, false, EscalationLevel::GridLeader);
        QVERIFY(!CaseEscalation::nextStep(withLeader, deadline, Delays, QDate(2026, 1, 2)));
        QCOMPARE(CaseEscalation::nextStep(withLeader, deadline, Delays, QDate(2026, 1, 3)),
                 EscalationLevel::Manager);
        const CaseStatus withManager = status(CaseState::InProgress, false, EscalationLevel::Manager);
        QVERIFY(!CaseEscalation::nextStep(withManager, deadline, Delays, QDate(2026, 6, 1)));
        // Resolved and referred cases do not climb.
        QVERIFY(!CaseEscalation::nextStep(status(CaseState::Resolved), deadline, Delays, QDate(2026, 6, 1)));
        QVERIFY(!CaseEscalation::nextStep(status(CaseState::Referred, true), deadline, Delays,
                                          QDate(2026, 6, 1)));
        QCOMPARE(CaseEscalation::levelDeadline(EscalationLevel::GridLeader, deadline, Delays),
                 QDate(2026, 1, 2));
        QVERIFY(!CaseEscalation::levelDeadline(EscalationLevel::Manager, deadline, Delays).isValid());
    }

    void overdue()
    {
        const QDate deadline(2025, 2, 28);
        QVERIFY(!CaseEscalation::isOverdue(CaseState::InProgress, deadline, deadline));
        QVERIFY(CaseEscalation::isOverdue(CaseState::InProgress, deadline, QDate(2025, 3, 1)));
        QVERIFY(CaseEscalation::isOverdue(CaseState::Referred, deadline, QDate(2025, 3, 1)));
        QVERIFY(!CaseEscalation::isOverdue(CaseState::Resolved, deadline, QDate(2025, 3, 1)));
    }
};

QTEST_GUILESS_MAIN(TestCaseRules)
#include "tst_caserules.moc"

// Cases 网格事件 on both engines: receiving with the kind's deadline, each action a dated event in one
// transaction, illegal steps refused for their reason, and the escalation chain run after deadlines.
#include "Refusal.h"
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/Database.h"
#include "grids/CaseRepository.h"
#include "grids/CaseService.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::grids;
using namespace anju::test;

namespace {

const QDate Today(2025, 4, 10);

CaseStep step(qint64 caseId, CaseAction action, QDate date)
{
    CaseStep s;
    s.caseId = caseId;
    s.action = action;
    s.date = date;
    return s;
}

} // namespace

class TestCaseService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_household = 0;
    qint64 m_person = 0;

    Database& db() { return m_test->db(); }

    GridCase received(CaseKind kind, QDate on, const QString& title = QStringLiteral("楼道漏水"))
    {
        GridCase c;
        c.siteId = m_test->siteId();
        c.gridId = m_fix->gridId;
        c.kind = kind;
        c.title = title;
        c.receivedOn = on;
        c.householdIds = {m_household};
        c.personIds = {m_person};
        c.reporterPersonId = m_person;
        const auto saved = CaseService(db()).receive(c, Today);
        if (!saved)
            qFatal("case: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    int count(const QString& sql, qint64 id)
    {
        QSqlQuery q(db().connection());
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
        m_household = m_fix->household(QStringLiteral("H1"), true, &m_person);
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    void receiveSetsTheKindsDeadline()
    {
        // 综治维稳: 3 days, over the end of a common February.
        const GridCase c = received(CaseKind::Stability, QDate(2025, 2, 27));
        QCOMPARE(c.deadline, QDate(2025, 3, 2));
        QCOMPARE(c.status.state, CaseState::Received);
        QCOMPARE(c.status.level, EscalationLevel::GridWorker);
        QCOMPARE(c.householdIds, QList<qint64>{m_household});
        QCOMPARE(c.personIds, QList<qint64>{m_person});
        QCOMPARE(c.events.size(), 1);
        QCOMPARE(c.events.first().action, CaseAction::Receive);
        // The office's setting moves the next case's deadline, not this one's.
        QVERIFY(db().setSetting(QStringLiteral("grids.case_deadline_days.stability"), QStringLiteral("5")));
        QCOMPARE(received(CaseKind::Stability, QDate(2025, 2, 27)).deadline, QDate(2025, 3, 4));
        QCOMPARE(CaseRepository(db()).gridCase(c.id)->deadline, QDate(2025, 3, 2));

        GridCase bad;
        bad.siteId = m_test->siteId();
        bad.receivedOn = Today.addDays(1);
        QVERIFY_REFUSED(CaseService(db()).receive(bad, Today),
                        QStringLiteral("Enter what the case is about"));
        QVERIFY_REFUSED(CaseService(db()).receive(bad, Today), QStringLiteral("cannot be in the future"));
    }

    // received → in progress → referred → accepted → resolved, each a dated event with its states.
    void lifeOfACase()
    {
        const GridCase c = received(CaseKind::ServiceRequest, QDate(2025, 3, 1));
        CaseService service(db());
        CaseStep assign = step(c.id, CaseAction::Assign, QDate(2025, 3, 1));
        assign.staffId = m_fix->workerId;
        QVERIFY(service.act(assign, Today).ok());
        QVERIFY(service.act(step(c.id, CaseAction::Start, QDate(2025, 3, 2)), Today).ok());
        CaseStep refer = step(c.id, CaseAction::Refer, QDate(2025, 3, 3));
        QVERIFY_REFUSED(service.act(refer, Today), QStringLiteral("Enter the department"));
        refer.department = QStringLiteral("县住建局");
        QVERIFY(service.act(refer, Today).ok());
        QVERIFY_REFUSED(service.act(step(c.id, CaseAction::Resolve, QDate(2025, 3, 4)), Today),
                        QStringLiteral("not accepted the referral"));
        QVERIFY(service.act(step(c.id, CaseAction::Accept, QDate(2025, 3, 4)), Today).ok());
        CaseStep resolve = step(c.id, CaseAction::Resolve, QDate(2025, 3, 6));
        QVERIFY_REFUSED(service.act(resolve, Today), QStringLiteral("Enter how the case was resolved"));
        resolve.result = QStringLiteral("已维修");
        resolve.satisfaction = Satisfaction::Satisfied;
        const auto done = service.act(resolve, Today);
        QVERIFY2(done.ok(), qPrintable(done.summary()));
        const GridCase& r = done.value();
        QCOMPARE(r.status.state, CaseState::Resolved);
        QCOMPARE(r.resolvedOn, QDate(2025, 3, 6));
        QCOMPARE(r.result, QStringLiteral("已维修"));
        QCOMPARE(r.satisfaction, std::optional<Satisfaction>(Satisfaction::Satisfied));
        QCOMPARE(r.referredDepartment, QStringLiteral("县住建局"));
        QCOMPARE(r.handlerStaffId, m_fix->workerId);
        QCOMPARE(r.events.size(), 6);
        QCOMPARE(r.events[2].action, CaseAction::Start);
        QCOMPARE(r.events[2].fromState, std::optional<CaseState>(CaseState::Received));
        QCOMPARE(r.events[2].toState, std::optional<CaseState>(CaseState::InProgress));
        QCOMPARE(r.events[3].department, QStringLiteral("县住建局"));
        QVERIFY(!r.events[4].toState); // accepting changes no state
        QCOMPARE(r.events[5].date, QDate(2025, 3, 6));
        // Closed: nothing more but a note.
        QVERIFY_REFUSED(service.act(step(c.id, CaseAction::Start, QDate(2025, 3, 7)), Today),
                        QStringLiteral("resolved and closed"));
        CaseStep note = step(c.id, CaseAction::Note, QDate(2025, 3, 8));
        note.note = QStringLiteral("回访满意");
        QVERIFY(service.act(note, Today).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grid_case_events WHERE case_id = ?"), c.id), 7);
    }

    void returnedReferralComesBackToTheGrid()
    {
        const GridCase c = received(CaseKind::DisputeMediation, QDate(2025, 3, 1));
        CaseService service(db());
        CaseStep refer = step(c.id, CaseAction::Refer, QDate(2025, 3, 2));
        refer.department = QStringLiteral("司法所");
        QVERIFY(service.act(refer, Today).ok());
        const auto back = service.act(step(c.id, CaseAction::Return, QDate(2025, 3, 5)), Today);
        QVERIFY(back.ok());
        QCOMPARE(back.value().status.state, CaseState::InProgress);
        QVERIFY(!back.value().status.referralAccepted);
        QVERIFY_REFUSED(service.act(step(c.id, CaseAction::Resolve, QDate(2025, 3, 4)), Today),
                        QStringLiteral("before the case's last step"));
        QVERIFY_REFUSED(service.act(step(c.id, CaseAction::Start, QDate(2025, 3, 6)), Today),
                        QStringLiteral("already in progress"));
    }

    // Stability case received 1 March, deadline 4 March; the leader from 5 March, the person in charge
    // from 12 March (7 days later), one step per run, each dated the day it fell due.
    void escalationChain()
    {
        const GridCase late = received(CaseKind::Stability, QDate(2025, 3, 1));
        const GridCase resolved = received(CaseKind::Stability, QDate(2025, 3, 1));
        const GridCase referred = received(CaseKind::Stability, QDate(2025, 3, 1));
        CaseService service(db());
        QVERIFY(service.act(step(resolved.id, CaseAction::Start, QDate(2025, 3, 2)), Today).ok());
        CaseStep resolve = step(resolved.id, CaseAction::Resolve, QDate(2025, 3, 3));
        resolve.result = QStringLiteral("已调解");
        QVERIFY(service.act(resolve, Today).ok());
        CaseStep refer = step(referred.id, CaseAction::Refer, QDate(2025, 3, 2));
        refer.department = QStringLiteral("派出所");
        QVERIFY(service.act(refer, Today).ok());

        QCOMPARE(service.escalateOverdue(QDate(2025, 3, 4)).value(), 0); // on the deadline
        QCOMPARE(service.escalateOverdue(QDate(2025, 3, 5)).value(), 1);
        auto c = *CaseRepository(db()).gridCase(late.id);
        QCOMPARE(c.status.state, CaseState::Escalated);
        QCOMPARE(c.status.level, EscalationLevel::GridLeader);
        QCOMPARE(c.events.last().date, QDate(2025, 3, 5));
        QCOMPARE(c.events.last().level, std::optional<EscalationLevel>(EscalationLevel::GridLeader));
        QVERIFY(c.events.last().note.contains(QStringLiteral("2025-03-04")));
        QCOMPARE(service.escalateOverdue(QDate(2025, 3, 5)).value(), 0); // run twice the same day
        QCOMPARE(service.escalateOverdue(QDate(2025, 3, 11)).value(), 0);
        // Run late (on 20 March): dated 12 March, the day it fell due.
        QCOMPARE(service.escalateOverdue(QDate(2025, 3, 20)).value(), 1);
        c = *CaseRepository(db()).gridCase(late.id);
        QCOMPARE(c.status.level, EscalationLevel::Manager);
        QCOMPARE(c.events.last().date, QDate(2025, 3, 12));
        QCOMPARE(service.escalateOverdue(QDate(2025, 4, 1)).value(), 0); // the last step
        QCOMPARE(CaseRepository(db()).gridCase(resolved.id)->events.size(), 3);
        QCOMPARE(CaseRepository(db()).gridCase(referred.id)->status.level, EscalationLevel::GridWorker);

        // The board: overdue cases are the open ones past their deadline (the referred one too).
        CaseFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = Today;
        QCOMPARE(CaseRepository(db()).cases(overdue).size(), 2);
        CaseFilter done;
        done.state = CaseState::Resolved;
        QCOMPARE(CaseRepository(db()).cases(done).size(), 1);
    }

    void permissions()
    {
        const GridCase c = received(CaseKind::PolicyPublicity, QDate(2025, 3, 1));
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(CaseService(db()).act(step(c.id, CaseAction::Start, QDate(2025, 3, 2)), Today),
                        QStringLiteral("may not"));
        // A clerk of another site does not even see the case.
        m_test->logInAs(Role::Clerk, {m_test->siteId() + 1000});
        QVERIFY_REFUSED(CaseService(db()).act(step(c.id, CaseAction::Start, QDate(2025, 3, 2)), Today),
                        QStringLiteral("not on file"));
        GridCase elsewhere;
        elsewhere.siteId = m_test->siteId();
        elsewhere.title = QStringLiteral("噪音");
        elsewhere.receivedOn = QDate(2025, 3, 1);
        QVERIFY_REFUSED(CaseService(db()).receive(elsewhere, Today), QStringLiteral("other sites"));
        m_test->logInAs(Role::Manager);
        QVERIFY(CaseService(db()).act(step(c.id, CaseAction::Start, QDate(2025, 3, 2)), Today).ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"

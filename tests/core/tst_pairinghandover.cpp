// 结对移交 on both engines: one partner's pairings (all or chosen) handed to a party member, a staff member
// or an outside cadre from a day, the old rows ending that day, the open visit tasks going along, and every
// refusal with its reason and nothing written.
#include "Refusal.h"
#include "TestDatabase.h"
#include "VisitFixtures.h"

#include "database/SqlValues.h"
#include "grids/GridRepository.h"
#include "grids/GridService.h"
#include "grids/PairingHandover.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace anju::grids;

namespace {

const QDate Start(2024, 1, 1);
const QDate Later(2024, 3, 1);
const QDate Day(2024, 6, 1);

} // namespace

class TestPairingHandover : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<VisitFixtures> m_fix;
    qint64 m_zhang = 0, m_zhao = 0, m_qian = 0,
           m_sun = 0; // party members; 钱 transferred out, 孙 pairs nobody
    qint64 m_h1 = 0, m_h2 = 0, m_h3 = 0, m_h4 = 0;
    qint64 m_p1 = 0, m_p2 = 0, m_p3 = 0; // 张's pairings of h1, h2, h3
    qint64 m_task1 = 0, m_task2 = 0, m_task3 = 0, m_closed1 = 0, m_task4 = 0;

    Database& db() { return m_test->db(); }

    qint64 member(const QString& name, const QString& state = QStringLiteral("normal"))
    {
        return m_fix->insert(
            QStringLiteral("INSERT INTO party_members (origin, cadre_name, stage, stage_date, state)"
                           " VALUES ('outside_cadre', ?, 'full', '2010-07-01', ?)"),
            {name, state});
    }
    qint64 pairWithMember(qint64 householdId, qint64 memberId, QDate from)
    {
        return m_fix->insert(
            QStringLiteral("INSERT INTO pairings (household_id, partner_kind, party_member_id,"
                           " valid_from) VALUES (?, 'party_member', ?, ?)"),
            {householdId, memberId, sqlDate(from)});
    }
    qint64 task(qint64 householdId, const char* column, qint64 assignee, bool closed = false)
    {
        return m_fix->insert(
            QStringLiteral(
                "INSERT INTO visit_tasks (household_id, kind, reason, source, %1, due_from,"
                " overdue_after, closed_by_visit_id, closed_on)"
                " VALUES (?, 'must_visit', 'elderly_alone', 'rule', ?, '2024-07-01', '2024-07-31', ?, ?)")
                .arg(QLatin1String(column)),
            {householdId, assignee, closed ? QVariant(qint64(999)) : QVariant(QMetaType::fromType<qint64>()),
             closed ? sqlDate(QDate(2024, 7, 5)) : sqlDate(QDate())});
    }
    std::pair<qint64, qint64> assigneeOf(qint64 taskId)
    {
        QSqlQuery q(db().connection());
        q.prepare(
            QStringLiteral("SELECT assignee_staff_id, assignee_member_id FROM visit_tasks WHERE id = ?"));
        q.addBindValue(taskId);
        return q.exec() && q.next() ? std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()}
                                    : std::pair<qint64, qint64>{-1, -1};
    }
    int openPairingsOf(qint64 memberId)
    {
        QSqlQuery q(db().connection());
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM pairings WHERE party_member_id = ? AND valid_to IS NULL"));
        q.addBindValue(memberId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    QList<Pairing> pairingsOn(qint64 householdId, QDate day)
    {
        const auto list = GridRepository(db()).pairings(householdId, day);
        if (!list)
            qFatal("pairings: %s", qPrintable(list.summary()));
        return list.value();
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_fix = std::make_unique<VisitFixtures>(*m_test);
        m_fix->makeGrid();
        m_zhang = member(QStringLiteral("张党员"));
        m_zhao = member(QStringLiteral("赵党员"));
        m_qian = member(QStringLiteral("钱党员"), QStringLiteral("transferred_out"));
        m_sun = member(QStringLiteral("孙党员"));
        m_h1 = m_fix->household(QStringLiteral("H001"), true, nullptr);
        m_h2 = m_fix->household(QStringLiteral("H002"), true, nullptr);
        m_h3 = m_fix->household(QStringLiteral("H003"), true, nullptr);
        m_h4 = m_fix->household(QStringLiteral("H004"), true, nullptr);
        m_p1 = pairWithMember(m_h1, m_zhang, Start);
        m_p2 = pairWithMember(m_h2, m_zhang, Start);
        m_p3 = pairWithMember(m_h3, m_zhang, Later);
        pairWithMember(m_h3, m_zhao, Start);
        m_fix->insert(
            QStringLiteral("INSERT INTO pairings (household_id, partner_kind, cadre_name, valid_from)"
                           " VALUES (?, 'cadre', '刘干部', '2024-01-01')"),
            {m_h4});
        m_task1 = task(m_h1, "assignee_member_id", m_zhang);
        m_closed1 = task(m_h1, "assignee_member_id", m_zhang, true);
        m_task2 = task(m_h2, "assignee_member_id", m_zhang);
        m_task3 = task(m_h3, "assignee_member_id", m_zhang);
        m_task4 = task(m_h4, "assignee_staff_id", m_fix->workerId);
    }
    void cleanup()
    {
        m_fix.reset();
        m_test.reset();
    }

    void partnersAreWhatTheClerkMaySee()
    {
        m_test->logInAs(Role::Clerk);
        const auto partners = PairingHandover(db()).partners(m_fix->gridId, Day);
        QVERIFY2(partners, qPrintable(partners.summary()));
        QStringList seen;
        for (const PairingPartner& p : partners.value())
            seen.append(QStringLiteral("%1:%2").arg(p.name).arg(p.pairings));
        // Staff first (serving, paired or not), then the members and cadres pairing the grid's households.
        QCOMPARE(seen, (QStringList{QStringLiteral("李网长:0"), QStringLiteral("王网格:0"),
                                    QStringLiteral("刘干部:1"), QStringLiteral("张党员:3"),
                                    QStringLiteral("赵党员:1")}));
        const auto open = PairingHandover(db()).openPairings(PairingPartner::member(m_zhang), Day);
        QVERIFY2(open, qPrintable(open.summary()));
        QCOMPARE(open.value().size(), 3);
        QCOMPARE(open.value().first().householdNumber, QStringLiteral("H001"));
        QCOMPARE(open.value().first().openTasks, 1); // the closed task is not counted
        // A clerk of another site sees none of this site's pairings, and no grid of it.
        m_test->logInAs(Role::Clerk, {m_test->siteId() + 100});
        QCOMPARE(PairingHandover(db()).openPairings(PairingPartner::member(m_zhang)).value().size(), 0);
        QVERIFY_REFUSED(PairingHandover(db()).partners(m_fix->gridId, Day),
                        QStringLiteral("works on other sites"));
    }

    // A 党员中心户 handed to a resident on the party roll: the member record is found from the person, since
    // neither the dialog nor `grid handover --to-person` asks for it (the CLI said it needed the member and
    // had no option to give it).
    void partyMemberHouseholdGoesToAResidentMember()
    {
        qint64 oldPerson = 0, newPerson = 0, plainPerson = 0;
        m_fix->household(QStringLiteral("H101"), true, &oldPerson, QStringLiteral("老党员"));
        m_fix->household(QStringLiteral("H102"), true, &newPerson, QStringLiteral("新党员"));
        m_fix->household(QStringLiteral("H103"), true, &plainPerson, QStringLiteral("群众"));
        const QString memberSql =
            QStringLiteral("INSERT INTO party_members (origin, person_id, stage, stage_date, state)"
                           " VALUES ('resident', ?, 'full', '2010-07-01', 'normal')");
        const qint64 oldMember = m_fix->insert(memberSql, {oldPerson});
        const qint64 newMember = m_fix->insert(memberSql, {newPerson});
        const qint64 seat = m_fix->insert(
            QStringLiteral(
                "INSERT INTO grid_staff (grid_id, role, origin, person_id, party_member_id, valid_from)"
                " VALUES (?, 'party_member_household', 'resident', ?, ?, '2020-01-01')"),
            {m_fix->gridId, oldPerson, oldMember});
        StaffMember successor;
        successor.origin = StaffOrigin::Resident;
        successor.personId = plainPerson;
        QVERIFY_REFUSED(GridService(db()).handOver(seat, successor, Day, QStringLiteral("年老")),
                        QStringLiteral("needs the party member"));
        successor.personId = newPerson;
        const auto handed = GridService(db()).handOver(seat, successor, Day, QStringLiteral("年老"));
        QVERIFY2(handed, qPrintable(handed.summary()));
        const auto serving = GridRepository(db()).staffMember(handed.value().successorStaffId);
        QCOMPARE(serving->partyMemberId, newMember);
        QCOMPARE(serving->role, StaffRole::PartyMemberHousehold);
    }

    void refusalsSayWhyAndWriteNothing()
    {
        PairingHandover handover(db());
        const auto zhang = PairingPartner::member(m_zhang);
        const QString why = QStringLiteral("调任县直单位");
        QVERIFY_REFUSED(handover.handOver(zhang, zhang, Day, why),
                        QStringLiteral("already holds these pairings"));
        QVERIFY_REFUSED(handover.handOver(zhang, PairingPartner::member(m_zhao), Day, why),
                        QStringLiteral("赵党员 is paired with household H003 already"));
        QVERIFY_REFUSED(handover.handOver(PairingPartner::member(m_sun), zhang, Day, why),
                        QStringLiteral("孙党员 has no open pairing"));
        QVERIFY_REFUSED(
            handover.handOver(zhang, PairingPartner::staff(m_fix->workerId), QDate(2024, 2, 1), why),
            QStringLiteral("household H003 began on 2024-03-01"));
        QVERIFY_REFUSED(handover.handOver(zhang, PairingPartner::member(m_qian), Day, why),
                        QStringLiteral("钱党员 is no longer on the party roll"));
        QVERIFY_REFUSED(handover.handOver(zhang, PairingPartner::cadre(QStringLiteral(" ")), Day, why),
                        QStringLiteral("Enter the cadre's name"));
        QVERIFY_REFUSED(handover.handOver(zhang, PairingPartner::member(m_sun), Day, QStringLiteral(" ")),
                        QStringLiteral("Say why"));
        QVERIFY_REFUSED(handover.handOver(zhang, PairingPartner::member(m_sun), Day, why, {m_p1, 999999}),
                        QStringLiteral("not an open pairing of 张党员"));
        // Leaving the household out that the successor already pairs is accepted further down.
        m_test->logInAs(Role::Secretary);
        QVERIFY_REFUSED(handover.handOver(zhang, PairingPartner::member(m_sun), Day, why),
                        QStringLiteral("may not"));
        // The grid worker records pairings but does not hand a colleague's over: that is the 负责人's.
        m_test->logInAs(Role::Clerk);
        QVERIFY_REFUSED(handover.handOver(zhang, PairingPartner::member(m_sun), Day, why),
                        QStringLiteral("hand a worker's households over"));
        m_test->logInAs(Role::Manager, {m_test->siteId() + 100});
        QVERIFY_REFUSED(handover.handOver(zhang, PairingPartner::member(m_sun), Day, why),
                        QStringLiteral("works on other sites"));
        m_test->logInAs(Role::Admin);
        QCOMPARE(openPairingsOf(m_zhang), 3);
        QCOMPARE(assigneeOf(m_task1), (std::pair<qint64, qint64>{0, m_zhang}));
    }

    void chosenPairingsGoToAStaffMemberWithTheirTasks()
    {
        m_test->logInAs(Role::Manager);
        const auto done = PairingHandover(db()).handOver(PairingPartner::member(m_zhang),
                                                         PairingPartner::staff(m_fix->workerId), Day,
                                                         QStringLiteral("调任"), {m_p1, m_p2});
        QVERIFY2(done, qPrintable(done.summary()));
        QCOMPARE(done.value().pairings, 2);
        QCOMPARE(done.value().tasks, 2);
        QCOMPARE(assigneeOf(m_task1), (std::pair<qint64, qint64>{m_fix->workerId, 0}));
        QCOMPARE(assigneeOf(m_task2), (std::pair<qint64, qint64>{m_fix->workerId, 0}));
        QCOMPARE(assigneeOf(m_closed1),
                 (std::pair<qint64, qint64>{0, m_zhang}));                      // done stays with who did it
        QCOMPARE(assigneeOf(m_task3), (std::pair<qint64, qint64>{0, m_zhang})); // h3 was not chosen
        // The history reads without a gap: 张 to the day before, the worker from the day.
        QCOMPARE(pairingsOn(m_h1, Day.addDays(-1)).first().partyMemberId, m_zhang);
        QCOMPARE(pairingsOn(m_h1, Day).size(), 1);
        QCOMPARE(pairingsOn(m_h1, Day).first().staffId, m_fix->workerId);
        QCOMPARE(pairingsOn(m_h1, {}).size(), 2);
        QCOMPARE(pairingsOn(m_h1, {}).first().validTo, Day);
        QCOMPARE(pairingsOn(m_h1, {}).first().endReason, QStringLiteral("调任"));
        QCOMPARE(openPairingsOf(m_zhang), 1);
    }

    void toAnOutsideCadreTheRuleNamesWhoTakesTheTasks()
    {
        const auto done = PairingHandover(db()).handOver(PairingPartner::member(m_zhang),
                                                         PairingPartner::cadre(QStringLiteral("孙干部"),
                                                                               QStringLiteral("县民政局"),
                                                                               QStringLiteral("13800001111")),
                                                         Day, QStringLiteral("调任"), {m_p3});
        QVERIFY2(done, qPrintable(done.summary()));
        QCOMPARE(done.value().pairings, 1);
        QCOMPARE(done.value().tasks, 1);
        // Nobody can be assigned a cadre known by name: TaskAssignees decides, and names the household's
        // other partner 赵 (a party member pairing it too) before the grid's worker.
        QCOMPARE(assigneeOf(m_task3), (std::pair<qint64, qint64>{0, m_zhao}));
        const auto now = pairingsOn(m_h3, Day);
        QCOMPARE(now.size(), 2); // 赵's pairing is untouched
        QVERIFY(std::any_of(now.begin(), now.end(), [](const Pairing& p) {
            return p.partnerKind == PartnerKind::Cadre && p.cadreName == QStringLiteral("孙干部") &&
                   p.workUnit == QStringLiteral("县民政局");
        }));
        // ...and from the cadre on to a party member: the cadre had no tasks, so none move.
        const auto back = PairingHandover(db()).handOver(PairingPartner::cadre(QStringLiteral("孙干部")),
                                                         PairingPartner::member(m_sun), Day.addMonths(1),
                                                         QStringLiteral("回原单位"));
        QVERIFY2(back, qPrintable(back.summary()));
        QCOMPARE(back.value().pairings, 1);
        QCOMPARE(back.value().tasks, 0);
    }

    void allOfAMembersPairingsThroughTheGridService()
    {
        // One more open task of 张's for a household 张 does not pair: a member's tasks all go along.
        const qint64 stray = task(m_h4, "assignee_member_id", m_zhang);
        const auto done = GridService(db()).handOverPairings(m_zhang, m_sun, Day, QStringLiteral("外出务工"));
        QVERIFY2(done, qPrintable(done.summary()));
        QCOMPARE(done.value().pairings, 3);
        QCOMPARE(done.value().tasks, 4);
        QCOMPARE(assigneeOf(stray), (std::pair<qint64, qint64>{0, m_sun}));
        QCOMPARE(assigneeOf(m_task4), (std::pair<qint64, qint64>{m_fix->workerId, 0})); // not 张's
        QCOMPARE(openPairingsOf(m_zhang), 0);
        QCOMPARE(openPairingsOf(m_sun), 3);
        QVERIFY_REFUSED(GridService(db()).handOverPairings(m_zhang, m_sun, Day, QStringLiteral("再交")),
                        QStringLiteral("has no open pairing"));
    }
};

QTEST_GUILESS_MAIN(TestPairingHandover)
#include "tst_pairinghandover.moc"

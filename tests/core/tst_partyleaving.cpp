// Leaving the party (取消预备党员资格, 退党, 除名, 开除党籍), six months without dues or organisational life
// (自行脱党, 党章 第三十八条) and the branch secretary's year of standing: the rules with dates worked out by
// hand, and the service, the counts and the review on both engines.
#include "Refusal.h"
#include "TestDatabase.h"

#include "party/LeavingRepository.h"
#include "party/LeavingRules.h"
#include "party/OrganisationRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyReview.h"
#include "party/PartyRules.h"
#include "party/PartyService.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Today(2026, 11, 28);

party::StageStep step(party::StageEvent event, QDate date)
{
    party::StageStep s;
    s.event = event;
    s.date = date;
    return s;
}

// A member on paper (no database) in branch 7 from `joined`, admitted and converted a year later.
party::PartyMember paperMember(QDate admitted, QDate joined, bool converted = true)
{
    party::PartyMember m;
    m.id = 1;
    m.name = QStringLiteral("王芳");
    m.stageHistory = {step(party::StageEvent::Admission, admitted)};
    if (converted)
        m.stageHistory.append(step(party::StageEvent::Conversion, admitted.addYears(1)));
    m.stage = converted ? party::DevelopmentStage::Full : party::DevelopmentStage::Probationary;
    m.stateHistory = {{1, party::MemberState::Normal, admitted, {}}};
    m.state = party::MemberState::Normal;
    m.stateDate = admitted;
    m.branchHistory = {{1, 7, {}, joined, {}}};
    m.organisationId = 7;
    return m;
}

party::Meeting meetingOn(QDate date, qint64 org, QList<party::Attendance> attendance,
                         party::MeetingType type = party::MeetingType::GeneralMeeting)
{
    party::Meeting meeting;
    meeting.id = 50;
    meeting.organisationId = org;
    meeting.type = type;
    meeting.date = date;
    meeting.topic = QStringLiteral("会议");
    meeting.attendance = attendance;
    return meeting;
}

party::Attendance absent(qint64 member, const QString& reason = {})
{
    return {member, {}, false, reason};
}

std::optional<party::PartyReviewItem> find(const QList<party::PartyReviewItem>& items, party::ReviewKind kind,
                                           qint64 recordId)
{
    for (const party::PartyReviewItem& item : items)
        if (item.kind == kind && item.recordId == recordId)
            return item;
    return std::nullopt;
}

} // namespace

class TestPartyLeaving : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_branch = 0;
    qint64 m_other = 0;

    Database& db() { return m_test->db(); }

    party::Organisation branch(const QString& name)
    {
        party::Organisation o;
        o.kind = party::OrganisationKind::Branch;
        o.name = name;
        o.foundingDate = QDate(2019, 7, 1);
        const auto saved = party::PartyService(db()).saveOrganisation(o, Today, Today);
        if (!saved)
            qFatal("organisation: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    party::PartyMember cadre(const QString& name, QList<party::StageStep> steps,
                             QDate joined = QDate(2024, 1, 1), qint64 organisationId = 0)
    {
        party::PartyMember m;
        m.origin = party::MemberOrigin::OutsideCadre;
        m.name = name;
        m.sex = Sex::Female;
        m.birthDate = QDate(1980, 3, 3);
        m.organisationId = organisationId ? organisationId : m_branch;
        m.stageHistory = steps;
        m.dues = {party::DuesCategory::Employed, 400000, 0, {}};
        const auto saved = party::PartyService(db()).createMember(m, joined, Today);
        if (!saved)
            qFatal("cadre: %s", qPrintable(saved.summary()));
        return saved.value();
    }

    party::PartyMember fullCadre(const QString& name, QDate joined = QDate(2024, 1, 1))
    {
        return cadre(name,
                     {step(party::StageEvent::Admission, QDate(2010, 7, 1)),
                      step(party::StageEvent::Conversion, QDate(2011, 7, 1))},
                     joined);
    }

    qint64 meeting(QDate date, qint64 org, QList<party::Attendance> attendance = {},
                   party::MeetingType type = party::MeetingType::GeneralMeeting)
    {
        party::Meeting m = meetingOn(date, org, attendance, type);
        m.id = 0;
        const auto saved = party::PartyService(db()).saveMeeting(m, Today);
        if (!saved)
            qFatal("meeting: %s", qPrintable(saved.summary()));
        return saved.value().id;
    }

    party::Leaving leaving(qint64 member, party::LeavingWay way, QDate date, qint64 meetingId)
    {
        party::Leaving l;
        l.memberId = member;
        l.way = way;
        l.date = date;
        l.decision = QStringLiteral("支部党员大会决定（党支字〔2026〕3号）");
        l.meetingId = meetingId;
        l.reason = QStringLiteral("连续六个月不交纳党费");
        return l;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_branch = branch(QStringLiteral("测试安置点党支部")).id;
        m_other = branch(QStringLiteral("邻村党支部")).id;
    }
    void cleanup() { m_test.reset(); }

    // The rules on paper: the way fits the stage, dates, decision, meeting.
    void leavingRules()
    {
        const party::PartyMember full = paperMember(QDate(2020, 2, 29), QDate(2020, 2, 29));
        const party::Meeting general = meetingOn(QDate(2026, 3, 31), 7, {});
        party::Leaving l;
        l.memberId = 1;
        l.way = party::LeavingWay::Removal;
        l.date = QDate(2026, 3, 31); // the meeting's own day is allowed
        l.decision = QStringLiteral("决定");
        l.meetingId = 50;
        QVERIFY(party::LeavingRules::checkLeaving(full, l, general, Today).ok());

        party::Leaving cancel = l;
        cancel.way = party::LeavingWay::ProbationCancelled;
        QVERIFY_REFUSED(party::LeavingRules::checkLeaving(full, cancel, general, Today),
                        QStringLiteral("Only a probationary member's membership can be cancelled"));
        // Probationary until 2021-02-28 (a 29 February + 1 year): cancelled on that day, not the next.
        const party::PartyMember probationary = paperMember(QDate(2020, 2, 29), QDate(2020, 2, 29), false);
        cancel.date = QDate(2021, 2, 28);
        QVERIFY(party::LeavingRules::checkLeaving(probationary, cancel, meetingOn(QDate(2021, 2, 28), 7, {}),
                                                  Today)
                    .ok());

        party::PartyMember applicant = full;
        applicant.stageHistory = {step(party::StageEvent::Application, QDate(2025, 1, 1))};
        applicant.stage = party::DevelopmentStage::Applicant;
        QVERIFY_REFUSED(party::LeavingRules::checkLeaving(applicant, l, general, Today),
                        QStringLiteral("not yet a party member"));

        party::Leaving early = l;
        early.date = QDate(2020, 2, 28);
        QVERIFY_REFUSED(
            party::LeavingRules::checkLeaving(full, early, meetingOn(QDate(2020, 2, 1), 7, {}), Today),
            QStringLiteral("nobody leaves the party before being admitted"));
        party::Leaving future = l;
        future.date = Today.addDays(1);
        QVERIFY_REFUSED(party::LeavingRules::checkLeaving(full, future, general, Today),
                        QStringLiteral("in the future"));
        party::Leaving undecided = l;
        undecided.decision = QStringLiteral("  ");
        QVERIFY_REFUSED(party::LeavingRules::checkLeaving(full, undecided, general, Today),
                        QStringLiteral("Enter the decision"));
        QVERIFY_REFUSED(party::LeavingRules::checkLeaving(full, l, std::nullopt, Today),
                        QStringLiteral("Choose the branch general meeting"));
        // The meeting: a day later, another branch's, a committee meeting.
        QVERIFY_REFUSED(
            party::LeavingRules::checkLeaving(full, l, meetingOn(QDate(2026, 4, 1), 7, {}), Today),
            QStringLiteral("is after the day the member left"));
        QVERIFY_REFUSED(
            party::LeavingRules::checkLeaving(full, l, meetingOn(QDate(2026, 3, 1), 8, {}), Today),
            QStringLiteral("is not one of the branch"));
        QVERIFY_REFUSED(
            party::LeavingRules::checkLeaving(
                full, l, meetingOn(QDate(2026, 3, 1), 7, {}, party::MeetingType::CommitteeMeeting), Today),
            QStringLiteral("decided by the branch general meeting"));
        party::PartyMember gone = full;
        gone.state = party::MemberState::Left;
        QVERIFY_REFUSED(party::LeavingRules::checkLeaving(gone, l, general, Today),
                        QStringLiteral("has already left the party"));
        gone.state = party::MemberState::TransferredOut;
        QVERIFY_REFUSED(party::LeavingRules::checkLeaving(gone, l, general, Today),
                        QStringLiteral("only a member on the branch"));
    }

    // Six calendar months ending with the reviewed month; month ends and a leap February.
    void organisationalLifeWindow()
    {
        QCOMPARE(party::LeavingRules::lapseWindowStart(QDate(2024, 2, 29)), QDate(2023, 9, 1));
        QCOMPARE(party::LeavingRules::lapseWindowStart(QDate(2026, 8, 31)), QDate(2026, 3, 1));
        QCOMPARE(party::LeavingRules::lapseWindowStart(QDate(2026, 1, 15)), QDate(2025, 8, 1));

        const QDate feb(2024, 2, 1);
        party::PartyMember m = paperMember(QDate(2010, 7, 1), QDate(2023, 9, 1));
        // Missed without a reason on the window's last day (29 February 2024): a lapse.
        const QList<party::Meeting> lastDay = {meetingOn(QDate(2024, 2, 29), 7, {absent(1)})};
        party::OrganisationalLife life;
        QVERIFY(party::LeavingRules::lapsedOrganisationalLife(m, lastDay, feb, &life));
        QCOMPARE(life.meetingsExpected, 1);
        // The day before the window (31 August 2023) is outside it: nothing expected, no lapse.
        QVERIFY(!party::LeavingRules::lapsedOrganisationalLife(
            m, {meetingOn(QDate(2023, 8, 31), 7, {absent(1)})}, feb));
        // Present once: no lapse.
        QVERIFY(!party::LeavingRules::lapsedOrganisationalLife(
            m,
            {meetingOn(QDate(2023, 9, 1), 7, {{1, {}, true, {}}}),
             meetingOn(QDate(2024, 2, 29), 7, {absent(1)})},
            feb));
        // Every absence with a recorded reason: not without good reason.
        QVERIFY(!party::LeavingRules::lapsedOrganisationalLife(
            m, {meetingOn(QDate(2023, 10, 1), 7, {absent(1, QStringLiteral("因病住院"))})}, feb));
        // A reason that says there was none does not excuse.
        QVERIFY(!party::LeavingRules::isGoodReason(QStringLiteral("无故缺席")));
        QVERIFY(!party::LeavingRules::isGoodReason(QStringLiteral("  ")));
        QVERIFY(party::LeavingRules::isGoodReason(QStringLiteral("外出务工，已请假")));
        QVERIFY(party::LeavingRules::lapsedOrganisationalLife(
            m, {meetingOn(QDate(2023, 10, 1), 7, {absent(1, QStringLiteral("未请假"))})}, feb));
        // No row for them at a meeting whose attendance was taken: absent without a reason.
        QVERIFY(party::LeavingRules::lapsedOrganisationalLife(
            m, {meetingOn(QDate(2023, 10, 1), 7, {{9, {}, true, {}}})}, feb));
        // One excused, one not: a lapse.
        QVERIFY(party::LeavingRules::lapsedOrganisationalLife(
            m,
            {meetingOn(QDate(2023, 10, 1), 7, {absent(1, QStringLiteral("因病住院"))}),
             meetingOn(QDate(2023, 12, 31), 7, {absent(1)})},
            feb));
        // Attendance not recorded at all says nothing; another branch's meeting is not theirs.
        QVERIFY(
            !party::LeavingRules::lapsedOrganisationalLife(m, {meetingOn(QDate(2023, 12, 1), 7, {})}, feb));
        QVERIFY(!party::LeavingRules::lapsedOrganisationalLife(
            m, {meetingOn(QDate(2023, 12, 1), 8, {absent(1)})}, feb));
        // In the branch from 2 September 2023 only: not six months there yet.
        const party::PartyMember late = paperMember(QDate(2010, 7, 1), QDate(2023, 9, 2));
        QVERIFY(!party::LeavingRules::lapsedOrganisationalLife(late, lastDay, feb));
        // Mobile for a while inside the window: their organisational life is elsewhere.
        party::PartyMember mobile = m;
        mobile.stateHistory.append({2, party::MemberState::Mobile, QDate(2023, 11, 30), {}});
        mobile.stateHistory.append({3, party::MemberState::Normal, QDate(2024, 1, 31), {}});
        QVERIFY(!party::LeavingRules::lapsedOrganisationalLife(mobile, lastDay, feb));
    }

    // 党龄 from the end of probation, not the meeting: one year to the day after it.
    void secretaryStanding()
    {
        party::PartyMember m = paperMember(QDate(2023, 2, 28), QDate(2023, 2, 28));
        m.stageHistory[1].date = QDate(2024, 2, 29); // the conversion meeting a day after probation ended
        QCOMPARE(party::PartyRules::fullMemberSince(m), QDate(2024, 2, 28));
        QVERIFY(party::LeavingRules::secretaryStandingShort(m, QDate(2025, 2, 27)));
        QVERIFY(!party::LeavingRules::secretaryStandingShort(m, QDate(2025, 2, 28)));
        const party::PartyMember probationary = paperMember(QDate(2023, 2, 28), QDate(2023, 2, 28), false);
        QVERIFY(party::LeavingRules::secretaryStandingShort(probationary, Today));
    }

    // A removal: kept on file with its history, counted nowhere a current member is.
    void removalKeepsTheRecord()
    {
        party::PartyService service(db());
        const party::PartyMember stays = fullCadre(QStringLiteral("李明"));
        const party::PartyMember goes = fullCadre(QStringLiteral("张强"));
        const qint64 general = meeting(QDate(2026, 10, 30), m_branch);
        const qint64 elsewhere = meeting(QDate(2026, 10, 30), m_other);

        QVERIFY_REFUSED(
            service.leave(leaving(goes.id, party::LeavingWay::Removal, QDate(2026, 10, 31), elsewhere),
                          Today),
            QStringLiteral("is not one of the branch"));
        QVERIFY_REFUSED(
            service.leave(
                leaving(goes.id, party::LeavingWay::ProbationCancelled, QDate(2026, 10, 31), general), Today),
            QStringLiteral("Only a probationary member's membership can be cancelled"));
        const auto left =
            service.leave(leaving(goes.id, party::LeavingWay::Removal, QDate(2026, 10, 31), general), Today);
        QVERIFY2(left.ok(), qPrintable(left.summary()));
        QCOMPARE(left.value().meetingDate, QDate(2026, 10, 30));

        party::PartyMemberRepository members(db());
        const auto stored = members.member(goes.id);
        QVERIFY(stored);
        QCOMPARE(stored->state, party::MemberState::Left);
        QCOMPARE(stored->stateDate, QDate(2026, 10, 31));
        QCOMPARE(stored->stateHistory.size(), 2);
        QVERIFY(stored->stateHistory.last().reason.contains(QStringLiteral("党支字〔2026〕3号")));
        QCOMPARE(stored->stageHistory.size(), 2); // the development history stays
        const QList<party::Leaving> leavings = party::LeavingRepository(db()).leavings(goes.id);
        QCOMPARE(leavings.size(), 1);
        QCOMPARE(leavings.first().way, party::LeavingWay::Removal);
        QCOMPARE(leavings.first().meetingId, general);
        QCOMPARE(leavings.first().reason, QStringLiteral("连续六个月不交纳党费"));

        // Current lists, mentors and branch counts leave them out from that day; the day before they count.
        party::PartyMemberFilter filter;
        filter.organisationId = m_branch;
        QList<qint64> listed;
        for (const party::PartyMemberRow& row : members.members(filter))
            listed.append(row.id);
        QCOMPARE(listed, QList<qint64>{stays.id});
        filter.state = party::MemberState::Left;
        QCOMPARE(members.members(filter).size(), 1);
        QVERIFY(members.fullMemberIds(QDate(2026, 10, 30)).contains(goes.id));
        QVERIFY(!members.fullMemberIds(QDate(2026, 10, 31)).contains(goes.id));
        QCOMPARE(members.profile(m_branch, QDate(2026, 10, 30)).byStage.of(party::DevelopmentStage::Full), 2);
        QCOMPARE(members.profile(m_branch, QDate(2026, 10, 31)).byStage.of(party::DevelopmentStage::Full), 1);
        // Dues are owed through October, not from November.
        QVERIFY(party::PartyRules::owesDuesFor(*stored, QDate(2026, 9, 1)));
        QVERIFY(!party::PartyRules::owesDuesFor(*stored, QDate(2026, 11, 1)));

        // Nothing more happens to them here.
        QVERIFY_REFUSED(service.leave(leaving(goes.id, party::LeavingWay::Expulsion, Today, general), Today),
                        QStringLiteral("has already left the party"));
        QVERIFY_REFUSED(service.changeState(goes.id, party::MemberState::Normal, Today, {}, Today),
                        QStringLiteral("rejoining starts with a new application"));
        QVERIFY_REFUSED(service.changeState(stays.id, party::MemberState::Left, Today, {}, Today),
                        QStringLiteral("recorded with its decision and meeting"));

        // The database accepts the new state and still refuses anything else.
        QSqlQuery q(db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE party_member_states SET state = 'gone' WHERE member_id = %1")
                            .arg(goes.id)));
        QVERIFY(
            !q.exec(QStringLiteral("UPDATE party_members SET state = 'gone' WHERE id = %1").arg(goes.id)));
    }

    void probationCancelled()
    {
        party::PartyService service(db());
        const party::PartyMember p =
            cadre(QStringLiteral("赵丽"), {step(party::StageEvent::Admission, QDate(2026, 3, 1))},
                  QDate(2026, 3, 1));
        const qint64 general = meeting(QDate(2026, 9, 30), m_branch);
        const auto left = service.leave(
            leaving(p.id, party::LeavingWay::ProbationCancelled, QDate(2026, 9, 30), general), Today);
        QVERIFY2(left.ok(), qPrintable(left.summary()));
        QCOMPARE(party::PartyMemberRepository(db()).member(p.id)->state, party::MemberState::Left);
        // No conversion falls due for them any more.
        QVERIFY(!find(party::PartyReview(db()).forMonth(QDate(2027, 3, 1)), party::ReviewKind::ConversionDue,
                      p.id));
    }

    // Six months of dues unpaid: the to-do says the branch meeting should decide 除名.
    void duesLapseIsACaseForRemoval()
    {
        // Dues kept from September 2025; nothing paid.
        const party::PartyMember m = fullCadre(QStringLiteral("孙浩"), QDate(2025, 9, 10));
        QCOMPARE(m.duesFrom, QDate(2025, 9, 1));
        // February 2026 reviews September–January: five months, talk with the member.
        const auto five =
            find(party::PartyReview(db()).forMonth(QDate(2026, 2, 1)), party::ReviewKind::DuesArrears, m.id);
        QVERIFY(five);
        QCOMPARE(five->count, 5);
        QVERIFY(!five->removalCase);
        // March 2026 reviews September–February (28 days): six months, a case for removal.
        const auto six =
            find(party::PartyReview(db()).forMonth(QDate(2026, 3, 31)), party::ReviewKind::DuesArrears, m.id);
        QVERIFY(six);
        QCOMPARE(six->count, 6);
        QVERIFY(six->removalCase);
        QCOMPARE(six->urgency, party::ReviewUrgency::Overdue);
        QVERIFY(six->description.contains(QStringLiteral("removal")));
    }

    void organisationalLifeLapseInReview()
    {
        const party::PartyMember absentee = fullCadre(QStringLiteral("周敏"), QDate(2025, 1, 1));
        const party::PartyMember present = fullCadre(QStringLiteral("吴刚"), QDate(2025, 1, 1));
        meeting(QDate(2026, 2, 27), m_branch,
                {{absentee.id, {}, false, QStringLiteral("无故缺席")}, {present.id, {}, true, {}}});
        const QList<party::PartyReviewItem> july = party::PartyReview(db()).forMonth(QDate(2026, 7, 1));
        const auto item = find(july, party::ReviewKind::NoOrganisationalLife, absentee.id);
        QVERIFY(item);
        QVERIFY(item->removalCase);
        QCOMPARE(item->count, 1);
        QVERIFY(!find(july, party::ReviewKind::NoOrganisationalLife, present.id));
        // August's window starts 1 March: the February meeting is out of it, nothing expected.
        QVERIFY(!find(party::PartyReview(db()).forMonth(QDate(2026, 8, 1)),
                      party::ReviewKind::NoOrganisationalLife, absentee.id));
    }

    void secretaryWithoutAYear()
    {
        party::PartyService service(db());
        // Full from 2025-12-01: under a year on 30 November 2026.
        const party::PartyMember fresh =
            cadre(QStringLiteral("钱进"), {step(party::StageEvent::Admission, QDate(2024, 12, 1)),
                                           step(party::StageEvent::Conversion, QDate(2025, 12, 1))});
        party::Organisation o = *party::OrganisationRepository(db()).organisation(m_branch);
        o.secretaryMemberId = fresh.id;
        const auto saved = service.saveOrganisation(o, Today, Today);
        QVERIFY2(saved.ok(), qPrintable(saved.summary()));
        const auto item = find(party::PartyReview(db()).forMonth(QDate(2026, 11, 1)),
                               party::ReviewKind::SecretaryStandingShort, m_branch);
        QVERIFY(item);
        QVERIFY(item->description.contains(QStringLiteral("2025-12-01")));
        // A year to the day on 1 December 2026: nothing in December.
        QVERIFY(!find(party::PartyReview(db()).forMonth(QDate(2026, 12, 1)),
                      party::ReviewKind::SecretaryStandingShort, m_branch));

        // The exception recorded: kept, and no longer listed.
        o = saved.value();
        o.secretaryStandingReason = QStringLiteral("本支部无其他符合条件的党员");
        const auto excepted = service.saveOrganisation(o, Today, Today);
        QVERIFY(excepted.ok());
        QCOMPARE(party::OrganisationRepository(db()).organisation(m_branch)->secretaryStandingReason,
                 QStringLiteral("本支部无其他符合条件的党员"));
        QVERIFY(!find(party::PartyReview(db()).forMonth(QDate(2026, 11, 1)),
                      party::ReviewKind::SecretaryStandingShort, m_branch));
        // A secretary with a year's standing needs no exception: the reason is not kept.
        o = excepted.value();
        o.secretaryMemberId = fullCadre(QStringLiteral("老党员")).id;
        QVERIFY(service.saveOrganisation(o, Today, Today).ok());
        QVERIFY(
            party::OrganisationRepository(db()).organisation(m_branch)->secretaryStandingReason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPartyLeaving)
#include "tst_partyleaving.moc"

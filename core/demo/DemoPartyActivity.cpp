// DemoPartyRun: transfers, a year of dues and meetings, and the work teams and first secretaries of the
// sites.
#include "demo/DemoPartyRun.h"

#include "demo/ShaoyangPlaces.h"
#include "party/PartyRules.h"

namespace anju::demo {

namespace {

const QStringList& topics(party::MeetingType type)
{
    static const QHash<party::MeetingType, QStringList> all = {
        {party::MeetingType::GeneralMeeting,
         {QStringLiteral("讨论接收预备党员"), QStringLiteral("审议支部年度工作计划"),
          QStringLiteral("学习贯彻党的二十大精神"), QStringLiteral("讨论预备党员转正"),
          QStringLiteral("通报党费收缴情况")}},
        {party::MeetingType::CommitteeMeeting,
         {QStringLiteral("研究本月党建工作"), QStringLiteral("研究发展党员工作"),
          QStringLiteral("部署安置点矛盾纠纷排查"), QStringLiteral("研究困难党员帮扶")}},
        {party::MeetingType::GroupMeeting,
         {QStringLiteral("学习党章党规"), QStringLiteral("交流联系服务群众情况"),
          QStringLiteral("学习乡村振兴政策")}},
        {party::MeetingType::PartyLesson,
         {QStringLiteral("书记讲党课：践行初心使命"), QStringLiteral("党课：易地搬迁后续扶持政策解读"),
          QStringLiteral("党课：弘扬红色传统")}},
        {party::MeetingType::ThemePartyDay,
         {QStringLiteral("安置点环境卫生整治志愿服务"), QStringLiteral("走访慰问困难群众"),
          QStringLiteral("重温入党誓词"), QStringLiteral("就业帮扶政策宣讲进楼栋")}},
        {party::MeetingType::OrganisationalLife,
         {QStringLiteral("年度组织生活会"), QStringLiteral("专题组织生活会")}},
        {party::MeetingType::DemocraticReview, {QStringLiteral("年度民主评议党员")}},
    };
    return all.find(type).value();
}

const QStringList& dispatchingBureaus()
{
    static const QStringList bureaus = {
        QStringLiteral("自然资源局"),       QStringLiteral("人力资源和社会保障局"),
        QStringLiteral("住房和城乡建设局"), QStringLiteral("农业农村局"),
        QStringLiteral("发展和改革局"),     QStringLiteral("教育局"),
        QStringLiteral("卫生健康局"),       QStringLiteral("交通运输局"),
        QStringLiteral("水利局"),           QStringLiteral("民政局"),
        QStringLiteral("乡村振兴局"),       QStringLiteral("财政局")};
    return bureaus;
}

} // namespace

bool DemoPartyRun::makeDues()
{
    const QDate thisMonth = party::PartyRules::monthStart(m_today);
    for (const party::PartyMember& m : m_members) {
        if (m.stage != party::DevelopmentStage::Probationary && m.stage != party::DevelopmentStage::Full)
            continue;
        // One member in twenty stopped paying some months ago (arrears; six and more months is serious).
        const QDate stopped = m_random.percent(5) ? thisMonth.addMonths(-m_random.between(2, 9)) : QDate();
        const party::Fen amount = party::PartyRules::monthlyDues(m.dues, m_settings.dues);
        for (QDate month = m.duesFrom; month <= thisMonth; month = month.addMonths(1)) {
            if (!party::PartyRules::owesDuesFor(
                    m, std::min(month, party::PartyRules::monthStart(m_today.addDays(-1)))))
                continue;
            if (stopped.isValid() && month >= stopped)
                break;
            if (month == thisMonth ? !m_random.percent(45) : m_random.perMille(3))
                continue;
            const QDate paidOn = std::min(month.addDays(m_random.between(2, 25)), m_today);
            if (!m_writer.insertPayment(m.id, month, amount, paidOn))
                return false;
            ++m_counts.duesPayments;
        }
    }
    return true;
}

bool DemoPartyRun::makeMeetings()
{
    static const QStringList reasons = {QStringLiteral("外出务工"), QStringLiteral("因病请假"),
                                        QStringLiteral("家中有事")};
    const QDate windowStart = party::PartyRules::monthStart(m_today).addMonths(-12);
    const QDate attendanceFrom = m_today.addDays(-92);
    for (const Branch& branch : m_branches) {
        const int held = branch.lax ? 55 : 96;
        for (const auto& info : enumInfos<party::MeetingType>()) {
            const int months = m_settings.monthsFor(info.value);
            if (months <= 0 || (info.value == party::MeetingType::CommitteeMeeting && !branch.committee))
                continue;
            for (QDate start = party::PartyRules::periodStart(windowStart, months); start <= m_today;
                 start = start.addMonths(months)) {
                const QDate end = start.addMonths(months).addDays(-1);
                if (start < branch.founded)
                    continue;
                if (!m_random.percent(end >= m_today ? 45 : held))
                    continue;
                party::Meeting meeting;
                meeting.organisationId = branch.id;
                meeting.type = info.value;
                meeting.date = dayBetween(start, std::min(end, m_today));
                meeting.topic = m_random.pick(topics(info.value));
                meeting.place = QStringLiteral("安置点党群服务中心");
                const qint64 id = m_writer.insertMeeting(meeting);
                if (id == 0)
                    return false;
                ++m_counts.meetings;
                const bool recorded = (info.value == party::MeetingType::GeneralMeeting ||
                                       info.value == party::MeetingType::ThemePartyDay) &&
                                      meeting.date >= attendanceFrom;
                if (!recorded)
                    continue;
                int listed = 0;
                for (int i : branch.members) {
                    const party::PartyMember& m = m_members[i];
                    const auto stage = m.stageOn(meeting.date);
                    if (listed >= 60 || !stage || *stage < party::DevelopmentStage::Probationary ||
                        !m.isInGoodStandingOn(meeting.date))
                        continue;
                    party::Attendance a;
                    a.memberId = m.id;
                    a.present = m.stateOn(meeting.date) != party::MemberState::Mobile && m_random.percent(90);
                    if (!a.present)
                        a.absenceReason = m.stateOn(meeting.date) == party::MemberState::Mobile
                                              ? reasons[0]
                                              : m_random.pick(reasons);
                    if (!m_writer.insertAttendance(id, a))
                        return false;
                    ++listed;
                }
            }
        }
    }
    return true;
}

bool DemoPartyRun::makeAssignments()
{
    int sitesWithResidents = 0;
    for (const SiteRow& site : m_sites) {
        if (site.residents == 0)
            continue;
        const QString county = ShaoyangPlaces::county(site.countyCode).name;
        party::SiteAssignment team;
        team.kind = party::AssignmentKind::WorkTeam;
        team.siteId = site.id;
        team.dispatchingUnit = county + m_random.pick(dispatchingBureaus());
        team.name = team.dispatchingUnit + QStringLiteral("驻") + site.name + QStringLiteral("工作队");
        team.leader = cadreName(m_random.between(1968, 1992));
        // By turn, one site in twelve lacks a current team: one whose term just ended, one never sent.
        const int turn = sitesWithResidents++ % 12;
        if (turn != 7) {
            team.startDate = dayBetween(QDate(2021, 3, 1), m_today.addDays(-200));
            if (turn == 2)
                team.endDate = m_today.addDays(-m_random.between(10, 60));
            else if (m_random.percent(30))
                team.endDate = m_today.addDays(m_random.between(30, 700));
            if (!m_writer.insertAssignment(team))
                return false;
        }
        if (m_random.percent(91)) {
            party::SiteAssignment secretary;
            secretary.kind = party::AssignmentKind::FirstSecretary;
            secretary.siteId = site.id;
            secretary.name = cadreName(m_random.between(1975, 1995));
            secretary.dispatchingUnit = county + m_random.pick(dispatchingBureaus());
            secretary.startDate = dayBetween(QDate(2021, 6, 1), m_today.addDays(-100));
            if (!m_writer.insertAssignment(secretary))
                return false;
        }
    }
    return true;
}

bool DemoPartyRun::makeTransfers()
{
    static const QStringList places = {
        QStringLiteral("广东省东莞市长安镇某社区党委"), QStringLiteral("广东省深圳市宝安区某街道党工委"),
        QStringLiteral("浙江省宁波市北仑区某社区党总支"), QStringLiteral("长沙市岳麓区某社区党支部"),
        QStringLiteral("江苏省苏州市昆山市某社区党委")};
    int letter = 0;
    const auto transfer = [&](int index, party::TransferDirection direction, QDate letterDate,
                              QDate completed) {
        party::RelationTransfer t;
        t.memberId = m_members[index].id;
        t.direction = direction;
        t.organisationId = m_members[index].branchHistory.first().organisationId;
        t.otherUnit = places[m_random.between(0, int(places.size()) - 1)];
        t.letterNumber = QStringLiteral("邵组转〔%1〕%2号").arg(letterDate.year()).arg(++letter);
        t.letterDate = letterDate;
        t.completedDate = completed;
        return m_writer.insertTransfer(t);
    };
    for (int i : m_transferredOut) {
        const QDate out = m_members[i].stateDate;
        if (!transfer(i, party::TransferDirection::Out, out.addDays(-m_random.between(5, 20)), out))
            return false;
    }
    for (int i : m_returned) {
        const party::PartyMember& m = m_members[i];
        const QDate out = m.stateHistory[1].date;
        const QDate back = m.stateHistory[2].date;
        if (!transfer(i, party::TransferDirection::Out, out.addDays(-10), out) ||
            !transfer(i, party::TransferDirection::In, back.addDays(-m_random.between(3, 15)), back))
            return false;
    }
    // Letters issued and not yet confirmed: some within the 90 days, some beyond.
    for (int k = 0; k < m_pendingOut.size(); ++k) {
        const int age = k % 2 == 0 ? m_random.between(5, 45) : m_random.between(100, 150);
        if (!transfer(m_pendingOut[k], party::TransferDirection::Out, m_today.addDays(-age), {}))
            return false;
    }
    return true;
}

} // namespace anju::demo

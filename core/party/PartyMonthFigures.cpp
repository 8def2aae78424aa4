#include "party/PartyMonthFigures.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyRules.h"
#include "party/PartySettings.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace anju {

namespace {

Fen duesIn(const QList<DuesBasis>& history, QDate month, const DuesRateTable& table)
{
    if (history.isEmpty())
        return 0;
    DuesBasis found = history.first();
    for (const DuesBasis& b : history)
        if (b.fromMonth <= month)
            found = b;
    return PartyRules::monthlyDues(found, table);
}

} // namespace

PartyMonthFigures PartyStatistics::forMonth(QDate month, qint64 siteId) const
{
    PartyMonthFigures f;
    f.month = PartyRules::monthStart(month);
    const QDate first = f.month;
    const QDate last = PartyRules::monthEnd(month);
    const PartySettings settings = PartySettings::load(m_db);
    const QList<Organisation> existing = OrganisationRepository(m_db).organisations(last);

    // The organisations counted: all, or those covering the site and everything under them.
    QSet<qint64> scope;
    QHash<qint64, QList<qint64>> children;
    QList<qint64> pending;
    for (const Organisation& o : existing) {
        children[o.parentId].append(o.id);
        if (siteId == 0 || o.siteIds.contains(siteId))
            pending.append(o.id);
    }
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        if (!scope.contains(id)) {
            scope.insert(id);
            pending.append(children.value(id));
        }
    }
    QHash<qint64, Organisation> counted;
    for (const Organisation& o : existing)
        if (scope.contains(o.id)) {
            counted.insert(o.id, o);
            ++f.organisations;
            f.branches += o.isBranch() ? 1 : 0;
        }

    // Members: stage and state at the month's end; steps in the month for members then in scope.
    const QList<PartyMember> members = PartyMemberRepository(m_db).allMembers();
    QHash<qint64, QList<DuesBasis>> bases;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT member_id, category, monthly_income, fixed_amount, from_month"
                                  " FROM party_dues_bases ORDER BY member_id, from_month")))
            while (q.next())
                bases[q.value(0).toLongLong()].append(
                    {enumFromKey<DuesCategory>(q.value(1).toString()).value_or(DuesCategory::Farmer),
                     q.value(2).toLongLong(), q.value(3).toLongLong(), dateFrom(q.value(4))});
    }
    QSet<qint64> inScope;
    QHash<qint64, int> fullByOrganisation;
    for (const PartyMember& m : members) {
        qint64 org = m.organisationOn(last);
        if (org == 0) // left during the month: counted where they were at its start
            org = m.organisationOn(first);
        if (!scope.contains(org))
            continue;
        inScope.insert(m.id);
        const auto stage = m.stageOn(last);
        if (stage && m.isInGoodStandingOn(last) && m.organisationOn(last) != 0) {
            ++f.members.byStage[static_cast<int>(*stage)];
            f.mobileMembers += m.stateOn(last) == MemberState::Mobile ? 1 : 0;
            fullByOrganisation[org] += *stage == DevelopmentStage::Full ? 1 : 0;
        }
        for (const StageStep& s : m.stageHistory) {
            if (s.date < first || s.date > last)
                continue;
            switch (s.event) {
            case StageEvent::Application:
                ++f.applications;
                break;
            case StageEvent::Activist:
                ++f.newActivists;
                break;
            case StageEvent::DevelopmentTarget:
                ++f.newDevelopmentTargets;
                break;
            case StageEvent::Admission:
                ++f.admissions;
                break;
            case StageEvent::Conversion:
                ++f.conversions;
                break;
            case StageEvent::ApplicationTalk:
            case StageEvent::ProbationExtension:
                break;
            }
        }
        if (PartyRules::owesDuesFor(m, first)) {
            ++f.membersOwingDues;
            f.duesDue += duesIn(bases.value(m.id), first, settings.dues);
        }
    }

    // Payments: for the month (paid by its end), and all received during it.
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT member_id, month, amount, paid_on FROM party_dues_payments"
                                 " WHERE month = ? OR (paid_on >= ? AND paid_on <= ?)"));
        q.addBindValue(sqlDate(first));
        q.addBindValue(sqlDate(first));
        q.addBindValue(sqlDate(last));
        if (q.exec())
            while (q.next()) {
                if (!inScope.contains(q.value(0).toLongLong()))
                    continue;
                const QDate paidMonth = dateFrom(q.value(1));
                const QDate paidOn = dateFrom(q.value(3));
                if (paidMonth == first && paidOn <= last) {
                    ++f.membersPaidDues;
                    f.duesPaid += q.value(2).toLongLong();
                }
                if (paidOn >= first && paidOn <= last)
                    f.duesReceived += q.value(2).toLongLong();
            }
    }

    // Transfers completed in the month.
    for (const RelationTransfer& t : PartyActivityRepository(m_db).transfers()) {
        if (!t.completedDate.isValid() || t.completedDate < first || t.completedDate > last ||
            !(inScope.contains(t.memberId) || scope.contains(t.organisationId)))
            continue;
        (t.direction == TransferDirection::In ? f.transfersIn : f.transfersOut) += 1;
    }

    // Meetings held in the month, and the periods ending in it with and without a meeting.
    QHash<QPair<qint64, int>, QList<QDate>> held;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT organisation_id, type, meeting_date FROM party_meetings"
                                 " WHERE meeting_date >= ? AND meeting_date <= ?"));
        q.addBindValue(sqlDate(first.addMonths(-12)));
        q.addBindValue(sqlDate(last));
        if (q.exec())
            while (q.next()) {
                const qint64 org = q.value(0).toLongLong();
                if (!counted.contains(org))
                    continue;
                const auto type =
                    enumFromKey<MeetingType>(q.value(1).toString()).value_or(MeetingType::GeneralMeeting);
                const QDate day = dateFrom(q.value(2));
                held[{org, int(type)}].append(day);
                f.meetingsHeld += day >= first ? 1 : 0;
            }
    }
    for (const Organisation& o : std::as_const(counted)) {
        if (!o.isBranch())
            continue;
        // As in the review: committee meetings only where there is, or must be, a committee.
        const bool committee = !o.committeeMemberIds.isEmpty() ||
                               fullByOrganisation.value(o.id) >= settings.committeeMinFullMembers;
        for (const auto& info : enumInfos<MeetingType>()) {
            const int months = settings.monthsFor(info.value);
            if (months <= 0 || PartyRules::periodEnd(first, months) != last)
                continue;
            if (info.value == MeetingType::CommitteeMeeting && !committee)
                continue;
            const QDate periodStart = PartyRules::periodStart(first, months);
            if (o.foundingDate.isValid() && o.foundingDate > periodStart)
                continue;
            ++f.meetingPeriodsExpected;
            const QList<QDate> days = held.value({o.id, int(info.value)});
            if (std::any_of(days.cbegin(), days.cend(),
                            [&](QDate d) { return d >= periodStart && d <= last; }))
                ++f.meetingPeriodsHeld;
        }
    }
    return f;
}

} // namespace anju

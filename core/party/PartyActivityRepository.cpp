#include "party/PartyActivityRepository.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlQuery>

namespace anju::party {

namespace {

constexpr char TransferColumns[] =
    "t.id, t.member_id, COALESCE(p.name, m.cadre_name), t.direction, t.organisation_id, t.other_unit,"
    " t.letter_number, t.letter_date, t.completed_date, t.note FROM party_transfers t"
    " JOIN party_members m ON m.id = t.member_id LEFT JOIN persons p ON p.id = m.person_id";

RelationTransfer readTransfer(const QSqlQuery& q)
{
    RelationTransfer t;
    t.id = q.value(0).toLongLong();
    t.memberId = q.value(1).toLongLong();
    t.memberName = q.value(2).toString();
    t.direction = enumFromKey<TransferDirection>(q.value(3).toString()).value_or(TransferDirection::Out);
    t.organisationId = q.value(4).toLongLong();
    t.otherUnit = q.value(5).toString();
    t.letterNumber = q.value(6).toString();
    t.letterDate = dateFrom(q.value(7));
    t.completedDate = dateFrom(q.value(8));
    t.note = q.value(9).toString();
    return t;
}

constexpr char AssignmentColumns[] = "id, kind, site_id, name, leader, dispatching_unit, member_id, "
                                     "start_date, end_date, note, covers_village FROM party_site_assignments";

SiteAssignment readAssignment(const QSqlQuery& q)
{
    SiteAssignment a;
    a.id = q.value(0).toLongLong();
    a.kind = enumFromKey<AssignmentKind>(q.value(1).toString()).value_or(AssignmentKind::WorkTeam);
    a.siteId = q.value(2).toLongLong();
    a.name = q.value(3).toString();
    a.leader = q.value(4).toString();
    a.dispatchingUnit = q.value(5).toString();
    a.memberId = q.value(6).toLongLong();
    a.startDate = dateFrom(q.value(7));
    a.endDate = dateFrom(q.value(8));
    a.note = q.value(9).toString();
    a.coversVillage = q.value(10).toInt() != 0;
    return a;
}

Meeting readMeeting(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.organisationId = q.value(1).toLongLong();
    m.type = enumFromKey<MeetingType>(q.value(2).toString()).value_or(MeetingType::GeneralMeeting);
    m.date = dateFrom(q.value(3));
    m.topic = q.value(4).toString();
    m.place = q.value(5).toString();
    m.note = q.value(6).toString();
    m.rowVersion = q.value(7).toInt();
    return m;
}

} // namespace

QList<Meeting> PartyActivityRepository::meetings(qint64 organisationId, QDate from, QDate to) const
{
    QList<Meeting> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, organisation_id, type, meeting_date, topic, place, note, row_version"
                             " FROM party_meetings WHERE (? = 0 OR organisation_id = ?) AND meeting_date >= ?"
                             " AND meeting_date <= ? ORDER BY meeting_date DESC, id DESC"));
    q.addBindValue(organisationId);
    q.addBindValue(organisationId);
    q.addBindValue(sqlDate(from.isValid() ? from : QDate(1900, 1, 1)));
    q.addBindValue(sqlDate(to.isValid() ? to : QDate(9999, 12, 31)));
    if (q.exec())
        while (q.next())
            result.append(readMeeting(q));
    if (result.isEmpty())
        return result;
    // The attendance of all of them in one more query, not one per meeting.
    QHash<qint64, int> index;
    for (int i = 0; i < result.size(); ++i)
        index.insert(result[i].id, i);
    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral(
        "SELECT a.meeting_id, a.member_id, COALESCE(p.name, m.cadre_name), a.present,"
        " a.absence_reason FROM party_meeting_attendance a"
        " JOIN party_meetings mt ON mt.id = a.meeting_id"
        " JOIN party_members m ON m.id = a.member_id LEFT JOIN persons p ON p.id = m.person_id"
        " WHERE (? = 0 OR mt.organisation_id = ?) AND mt.meeting_date >= ? AND mt.meeting_date <= ?"
        " ORDER BY a.id"));
    a.addBindValue(organisationId);
    a.addBindValue(organisationId);
    a.addBindValue(sqlDate(from.isValid() ? from : QDate(1900, 1, 1)));
    a.addBindValue(sqlDate(to.isValid() ? to : QDate(9999, 12, 31)));
    if (a.exec())
        while (a.next())
            if (const auto it = index.constFind(a.value(0).toLongLong()); it != index.constEnd())
                result[*it].attendance.append({a.value(1).toLongLong(), a.value(2).toString(),
                                               a.value(3).toInt() != 0, a.value(4).toString()});
    return result;
}

std::optional<Meeting> PartyActivityRepository::meeting(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, organisation_id, type, meeting_date, topic, place, note, row_version"
                             " FROM party_meetings WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Meeting meeting = readMeeting(q);
    QSqlQuery a(m_db.connection());
    a.prepare(
        QStringLiteral("SELECT a.member_id, COALESCE(p.name, m.cadre_name), a.present, a.absence_reason"
                       " FROM party_meeting_attendance a JOIN party_members m ON m.id = a.member_id"
                       " LEFT JOIN persons p ON p.id = m.person_id WHERE a.meeting_id = ? ORDER BY a.id"));
    a.addBindValue(id);
    if (a.exec()) {
        while (a.next())
            meeting.attendance.append({a.value(0).toLongLong(), a.value(1).toString(),
                                       a.value(2).toInt() != 0, a.value(3).toString()});
    }
    return meeting;
}

QList<DuesPayment> PartyActivityRepository::payments(qint64 memberId) const
{
    QList<DuesPayment> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, member_id, month, amount, paid_on, note FROM party_dues_payments"
                             " WHERE member_id = ? ORDER BY month"));
    q.addBindValue(memberId);
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), dateFrom(q.value(2)),
                           q.value(3).toLongLong(), dateFrom(q.value(4)), q.value(5).toString()});
    return result;
}

QHash<qint64, QSet<QDate>> PartyActivityRepository::paidMonths(QDate from, QDate to) const
{
    QHash<qint64, QSet<QDate>> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT member_id, month FROM party_dues_payments WHERE month >= ? AND month <= ?"));
    q.addBindValue(sqlDate(from.isValid() ? from : QDate(1900, 1, 1)));
    q.addBindValue(sqlDate(to.isValid() ? to : QDate(9999, 12, 31)));
    if (q.exec())
        while (q.next())
            result[q.value(0).toLongLong()].insert(dateFrom(q.value(1)));
    return result;
}

QList<RelationTransfer> PartyActivityRepository::transfers(qint64 memberId, bool pendingOnly) const
{
    QList<RelationTransfer> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(TransferColumns) +
              QStringLiteral(" WHERE (? = 0 OR t.member_id = ?) AND (? = 0 OR t.completed_date IS NULL)"
                             " ORDER BY t.letter_date DESC, t.id DESC"));
    q.addBindValue(memberId);
    q.addBindValue(memberId);
    q.addBindValue(pendingOnly ? 1 : 0);
    if (q.exec())
        while (q.next())
            result.append(readTransfer(q));
    return result;
}

std::optional<RelationTransfer> PartyActivityRepository::transfer(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(TransferColumns) + QStringLiteral(" WHERE t.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readTransfer(q);
    return std::nullopt;
}

QList<SiteAssignment> PartyActivityRepository::assignments(qint64 siteId) const
{
    QList<SiteAssignment> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(AssignmentColumns) +
              QStringLiteral(" WHERE (? = 0 OR site_id = ?) ORDER BY start_date DESC, id DESC"));
    q.addBindValue(siteId);
    q.addBindValue(siteId);
    if (q.exec())
        while (q.next())
            result.append(readAssignment(q));
    return result;
}

std::optional<SiteAssignment> PartyActivityRepository::assignment(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(AssignmentColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readAssignment(q);
    return std::nullopt;
}

} // namespace anju::party

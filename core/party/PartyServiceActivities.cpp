// PartyService: meetings, dues, transfers and site assignments (members and organisations are in
// PartyService.cpp).
#include "party/PartyService.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyWrites.h"
#include "registry/SiteRepository.h"

#include <QSqlQuery>

namespace anju::party {

namespace {

QString field(const char* key)
{
    return QString::fromLatin1(key);
}

// The basis in force in a month: the latest that began by then (or the first of all).
DuesBasis basisFor(const QList<DuesBasis>& history, QDate month)
{
    DuesBasis found = history.isEmpty() ? DuesBasis{} : history.first();
    for (const DuesBasis& basis : history)
        if (basis.fromMonth <= month)
            found = basis;
    return found;
}

} // namespace

Result<Meeting> PartyService::saveMeeting(Meeting meeting, QDate today)
{
    meeting.topic = meeting.topic.trimmed();
    meeting.place = meeting.place.trimmed();
    Outcome outcome = PartyRules::validate(meeting, today);
    if (meeting.organisationId > 0 && !OrganisationRepository(m_db).organisation(meeting.organisationId))
        outcome.add(field(Field::MeetingOrganisation), tr("The organisation does not exist."));
    if (!outcome)
        return outcome;

    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    if (meeting.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO party_meetings (organisation_id, type, meeting_date, topic, place, note)"
            " VALUES (?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE party_meetings SET organisation_id = ?, type = ?, meeting_date = ?, topic = ?,"
            " place = ?, note = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(meeting.organisationId);
    q.addBindValue(enumKey(meeting.type));
    q.addBindValue(sqlDate(meeting.date));
    q.addBindValue(meeting.topic);
    q.addBindValue(sqlText(meeting.place));
    q.addBindValue(sqlText(meeting.note.trimmed()));
    if (meeting.id != 0) {
        q.addBindValue(meeting.id);
        q.addBindValue(meeting.rowVersion);
    }
    if (!writes.exec(q))
        return outcome;
    if (meeting.id == 0)
        meeting.id = q.lastInsertId().toLongLong();
    else if (q.numRowsAffected() == 0)
        return Outcome::failure(
            field(Field::General),
            tr("Someone else changed this meeting meanwhile; close the form and open it again."));
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM party_meeting_attendance WHERE meeting_id = ?"));
    clear.addBindValue(meeting.id);
    if (!writes.exec(clear))
        return outcome;
    for (int row = 0; row < meeting.attendance.size(); ++row) {
        const Attendance& a = meeting.attendance[row];
        QSqlQuery add(m_db.connection());
        add.prepare(QStringLiteral(
            "INSERT INTO party_meeting_attendance (meeting_id, member_id, present, absence_reason)"
            " VALUES (?, ?, ?, ?)"));
        add.addBindValue(meeting.id);
        add.addBindValue(a.memberId);
        add.addBindValue(a.present ? 1 : 0);
        add.addBindValue(sqlText(a.present ? QString() : a.absenceReason.trimmed()));
        if (!SqlRun::write(m_db, add))
            return Outcome::failure(field(Field::MeetingAttendance), tr("The member is not on file."), row);
    }
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return *PartyActivityRepository(m_db).meeting(meeting.id);
}

Outcome PartyService::recordDuesPayments(qint64 memberId, const QList<QDate>& months, QDate paidOn,
                                         Fen amountPerMonth, QDate today)
{
    const auto member = PartyMemberRepository(m_db).storedMember(memberId);
    if (!member)
        return Outcome::failure(field(Field::General), tr("The member is not on file."));
    Outcome outcome;
    if (months.isEmpty())
        outcome.add(field(Field::DuesMonth), tr("Choose the months paid for."));
    if (amountPerMonth < 0)
        outcome.add(field(Field::DuesAmount), tr("Enter the amount paid."));
    const PartySettings rules = settings();
    const QList<DuesBasis> history = PartyMemberRepository(m_db).duesHistory(memberId);
    QSet<QDate> paid; // this member's months only: an office has hundreds of thousands of payments
    for (const DuesPayment& p : PartyActivityRepository(m_db).payments(memberId))
        paid.insert(p.month);
    QList<DuesPayment> payments;
    QSet<QDate> seen;
    for (const QDate& day : months) {
        const QDate month = PartyRules::monthStart(day);
        // Dues are paid from the admission month on; months ahead may be paid in advance.
        const QDate judged = month > today ? today : PartyRules::monthEnd(month);
        const auto stage = member->stageOn(judged);
        if (!stage || (*stage != DevelopmentStage::Probationary && *stage != DevelopmentStage::Full))
            outcome.add(field(Field::DuesMonth),
                        tr("%1 was not yet a party member in %2.")
                            .arg(member->name, month.toString(QStringLiteral("yyyy-MM"))));
        else if (seen.contains(month) || paid.contains(month))
            outcome.add(
                field(Field::DuesMonth),
                tr("The dues of %1 are already paid.").arg(month.toString(QStringLiteral("yyyy-MM"))));
        seen.insert(month);
        DuesPayment payment;
        payment.memberId = memberId;
        payment.month = month;
        payment.amount = amountPerMonth > 0 ? amountPerMonth
                                            : PartyRules::monthlyDues(basisFor(history, month), rules.dues);
        payment.paidOn = paidOn;
        outcome.add(PartyRules::validate(payment, today));
        payments.append(payment);
    }
    if (!outcome)
        return outcome;
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    for (const DuesPayment& payment : payments) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO party_dues_payments (member_id, month, amount, paid_on, note)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(memberId);
        q.addBindValue(sqlDate(payment.month));
        q.addBindValue(payment.amount);
        q.addBindValue(sqlDate(payment.paidOn));
        q.addBindValue(sqlText(payment.note));
        if (!writes.exec(q))
            return outcome;
    }
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return outcome;
}

namespace {

// The member's state and branch once the transfer is completed on `date`.
bool applyCompletion(const Database& db, PartyWrites& writes, const PartyMember& member,
                     const RelationTransfer& t, QDate date)
{
    if (t.direction == TransferDirection::Out)
        return writes.appendState(member.id, MemberState::TransferredOut, date, t.otherUnit) &&
               writes.moveBranch(member.id, 0, date);
    const bool back = member.state == MemberState::TransferredOut;
    if (back && !writes.appendState(member.id, MemberState::Normal, date, t.otherUnit))
        return false;
    if ((back || member.organisationId != t.organisationId) &&
        !writes.moveBranch(member.id, t.organisationId, date))
        return false;
    // Dues are kept by this branch again from the month of return.
    if (back) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE party_members SET dues_from = ? WHERE id = ?"));
        q.addBindValue(sqlDate(PartyRules::monthStart(date)));
        q.addBindValue(member.id);
        return writes.exec(q);
    }
    return true;
}

} // namespace

Result<RelationTransfer> PartyService::saveTransfer(RelationTransfer t, QDate today)
{
    t.letterNumber = t.letterNumber.trimmed();
    t.otherUnit = t.otherUnit.trimmed();
    Outcome outcome = PartyRules::validate(t, today);
    const auto member = PartyMemberRepository(m_db).storedMember(t.memberId);
    if (!member)
        return Outcome::failure(field(Field::General), tr("The member is not on file."));
    std::optional<RelationTransfer> stored;
    if (t.id != 0) {
        stored = PartyActivityRepository(m_db).transfer(t.id);
        if (!stored)
            return Outcome::failure(field(Field::General), tr("The transfer is not on file."));
        if (!stored->isPending())
            outcome.add(field(Field::TransferDate), tr("A completed transfer is kept as it is."));
    } else {
        for (const RelationTransfer& other : PartyActivityRepository(m_db).transfers(t.memberId, true))
            outcome.add(
                field(Field::TransferLetter),
                tr("A transfer of %1 is still pending (letter %2).").arg(member->name, other.letterNumber));
        const bool away = member->state == MemberState::TransferredOut;
        // Someone who left the party has no relations to transfer; rejoining is a new application.
        const bool gone = member->state == MemberState::Deceased || member->state == MemberState::Left;
        if (t.direction == TransferDirection::Out && (away || gone))
            outcome.add(field(Field::TransferOtherUnit),
                        tr("%1 is %2.").arg(member->name, enumLabel(member->state)));
        if (t.direction == TransferDirection::In && gone)
            outcome.add(field(Field::TransferOtherUnit),
                        tr("%1 is %2.").arg(member->name, enumLabel(member->state)));
    }
    if (t.direction == TransferDirection::Out && t.organisationId == 0)
        t.organisationId = member->organisationId;
    if (!outcome)
        return outcome;

    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    if (t.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO party_transfers (member_id, direction, organisation_id, other_unit,"
            " letter_number, letter_date, completed_date, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(
            QStringLiteral("UPDATE party_transfers SET member_id = ?, direction = ?, organisation_id = ?,"
                           " other_unit = ?, letter_number = ?, letter_date = ?, completed_date = ?, note = ?"
                           " WHERE id = ?"));
    q.addBindValue(t.memberId);
    q.addBindValue(enumKey(t.direction));
    q.addBindValue(sqlId(t.organisationId));
    q.addBindValue(t.otherUnit);
    q.addBindValue(t.letterNumber);
    q.addBindValue(sqlDate(t.letterDate));
    q.addBindValue(sqlDate(t.completedDate));
    q.addBindValue(sqlText(t.note.trimmed()));
    if (t.id != 0)
        q.addBindValue(t.id);
    if (!writes.exec(q))
        return outcome;
    if (t.id == 0)
        t.id = q.lastInsertId().toLongLong();
    if (t.completedDate.isValid() && !applyCompletion(m_db, writes, *member, t, t.completedDate))
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return *PartyActivityRepository(m_db).transfer(t.id);
}

Outcome PartyService::completeTransfer(qint64 transferId, QDate date, QDate today)
{
    const auto stored = PartyActivityRepository(m_db).transfer(transferId);
    if (!stored)
        return Outcome::failure(field(Field::General), tr("The transfer is not on file."));
    if (!stored->isPending())
        return Outcome::failure(
            field(Field::TransferDate),
            tr("The transfer was completed on %1.").arg(stored->completedDate.toString(Qt::ISODate)));
    RelationTransfer t = *stored;
    t.completedDate = date;
    Outcome outcome = PartyRules::validate(t, today);
    if (!date.isValid())
        outcome.add(field(Field::TransferDate), tr("Enter the day the transfer was completed."));
    const auto member = PartyMemberRepository(m_db).storedMember(t.memberId);
    if (!member)
        return Outcome::failure(field(Field::General), tr("The member is not on file."));
    if (member->stateDate.isValid() && date < member->stateDate)
        outcome.add(field(Field::TransferDate), tr("The date is before the last change of state (%1).")
                                                    .arg(member->stateDate.toString(Qt::ISODate)));
    if (!outcome)
        return outcome;
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE party_transfers SET completed_date = ? WHERE id = ? AND completed_date IS NULL"));
    q.addBindValue(sqlDate(date));
    q.addBindValue(transferId);
    if (!writes.exec(q) || !applyCompletion(m_db, writes, *member, t, date))
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return outcome;
}

Result<SiteAssignment> PartyService::saveAssignment(SiteAssignment a)
{
    a.name = a.name.trimmed();
    a.leader = a.leader.trimmed();
    a.dispatchingUnit = a.dispatchingUnit.trimmed();
    Outcome outcome = PartyRules::validate(a);
    if (!outcome)
        return outcome;
    if (Outcome denied = writeAllowed(); !denied)
        return denied;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Outcome::failure(field(Field::General), transaction.error());
    if (a.coversVillage) {
        const std::optional<Site> site = registry::SiteRepository(m_db).site(a.siteId);
        if (site && site->community.trimmed().isEmpty())
            return Outcome::failure(
                field(Field::AssignmentSite),
                tr("%1 names no village or community: enter it on the site first.").arg(site->name));
    }
    PartyWrites writes(m_db, outcome);
    QSqlQuery q(m_db.connection());
    if (a.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO party_site_assignments (kind, site_id, name, leader, dispatching_unit,"
            " member_id, start_date, end_date, note, covers_village) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE party_site_assignments SET kind = ?, site_id = ?, name = ?, leader = ?,"
            " dispatching_unit = ?, member_id = ?, start_date = ?, end_date = ?, note = ?, covers_village = ?"
            " WHERE id = ?"));
    q.addBindValue(enumKey(a.kind));
    q.addBindValue(a.siteId);
    q.addBindValue(a.name);
    q.addBindValue(sqlText(a.leader));
    q.addBindValue(sqlText(a.dispatchingUnit));
    q.addBindValue(sqlId(a.memberId));
    q.addBindValue(sqlDate(a.startDate));
    q.addBindValue(sqlDate(a.endDate));
    q.addBindValue(sqlText(a.note.trimmed()));
    q.addBindValue(sqlBool(a.coversVillage));
    if (a.id != 0)
        q.addBindValue(a.id);
    if (!SqlRun::write(m_db, q))
        return Outcome::failure(field(Field::AssignmentSite), tr("The site or the member is not on file."));
    if (a.id == 0)
        a.id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::failure(field(Field::General), transaction.error());
    return *PartyActivityRepository(m_db).assignment(a.id);
}

} // namespace anju::party

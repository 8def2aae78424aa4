#include "demo/DemoPartyWriter.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>

namespace anju::demo {

bool DemoPartyWriter::prepare(QSqlQuery& query, const char* sql)
{
    query = QSqlQuery(m_db.connection());
    if (query.prepare(QString::fromLatin1(sql)))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool DemoPartyWriter::run(QSqlQuery& query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool DemoPartyWriter::prepare()
{
    return prepare(m_organisation,
                   "INSERT INTO party_organisations (kind, name, parent_id, instructor_name, instructor_unit,"
                   " founding_date) VALUES (?, ?, ?, ?, ?, ?)") &&
           prepare(m_secretary, "UPDATE party_organisations SET secretary_member_id = ? WHERE id = ?") &&
           prepare(m_site, "INSERT INTO party_organisation_sites (organisation_id, site_id, start_date) "
                           "VALUES (?, ?, ?)") &&
           prepare(m_seat, "INSERT INTO party_committee_seats (organisation_id, member_id, start_date) "
                           "VALUES (?, ?, ?)") &&
           prepare(m_member,
                   "INSERT INTO party_members (origin, person_id, cadre_name, cadre_sex, cadre_birth_date, "
                   "work_unit,"
                   " organisation_id, stage, stage_date, state, state_date, political_review_date, "
                   "training_hours,"
                   " training_days, dues_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_helpers,
                   "UPDATE party_members SET mentor1_id = ?, mentor2_id = ?, sponsor1_id = ?, sponsor2_id = ?"
                   " WHERE id = ?") &&
           prepare(m_step, "INSERT INTO party_stage_steps (member_id, event, step_date, extension_months)"
                           " VALUES (?, ?, ?, ?)") &&
           prepare(m_state, "INSERT INTO party_member_states (member_id, state, state_date, reason) VALUES "
                            "(?, ?, ?, ?)") &&
           prepare(m_stay, "INSERT INTO party_branch_stays (member_id, organisation_id, start_date, end_date)"
                           " VALUES (?, ?, ?, ?)") &&
           prepare(
               m_basis,
               "INSERT INTO party_dues_bases (member_id, from_month, category, monthly_income, fixed_amount)"
               " VALUES (?, ?, ?, ?, ?)") &&
           prepare(
               m_payment,
               "INSERT INTO party_dues_payments (member_id, month, amount, paid_on) VALUES (?, ?, ?, ?)") &&
           prepare(m_meeting, "INSERT INTO party_meetings (organisation_id, type, meeting_date, topic, place)"
                              " VALUES (?, ?, ?, ?, ?)") &&
           prepare(m_attendance,
                   "INSERT INTO party_meeting_attendance (meeting_id, member_id, present, absence_reason)"
                   " VALUES (?, ?, ?, ?)") &&
           prepare(m_transfer,
                   "INSERT INTO party_transfers (member_id, direction, organisation_id, other_unit,"
                   " letter_number, letter_date, completed_date) VALUES (?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_assignment,
                   "INSERT INTO party_site_assignments (kind, site_id, name, leader, dispatching_unit,"
                   " start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

qint64 DemoPartyWriter::insertOrganisation(const party::Organisation& o)
{
    m_organisation.bindValue(0, enumKey(o.kind));
    m_organisation.bindValue(1, o.name);
    m_organisation.bindValue(2, sqlId(o.parentId));
    m_organisation.bindValue(3, sqlText(o.instructorName));
    m_organisation.bindValue(4, sqlText(o.instructorUnit));
    m_organisation.bindValue(5, sqlDate(o.foundingDate));
    return run(m_organisation) ? m_organisation.lastInsertId().toLongLong() : 0;
}

bool DemoPartyWriter::setSecretary(qint64 organisationId, qint64 memberId)
{
    m_secretary.bindValue(0, memberId);
    m_secretary.bindValue(1, organisationId);
    return run(m_secretary);
}

bool DemoPartyWriter::coverSite(qint64 organisationId, qint64 siteId, QDate from)
{
    m_site.bindValue(0, organisationId);
    m_site.bindValue(1, siteId);
    m_site.bindValue(2, sqlDate(from));
    return run(m_site);
}

bool DemoPartyWriter::seat(qint64 organisationId, qint64 memberId, QDate from)
{
    m_seat.bindValue(0, organisationId);
    m_seat.bindValue(1, memberId);
    m_seat.bindValue(2, sqlDate(from));
    return run(m_seat);
}

qint64 DemoPartyWriter::insertMember(const party::PartyMember& m)
{
    const bool resident = m.isResident();
    m_member.bindValue(0, enumKey(m.origin));
    m_member.bindValue(1, sqlId(resident ? m.personId : 0));
    m_member.bindValue(2, resident ? QStringLiteral("") : m.name);
    m_member.bindValue(3, resident ? enumKey(Sex::Unknown) : enumKey(m.sex));
    m_member.bindValue(4, sqlDate(resident ? QDate() : m.birthDate));
    m_member.bindValue(5, sqlText(m.workUnit));
    m_member.bindValue(6, sqlId(m.organisationId));
    m_member.bindValue(7, enumKey(m.stage));
    m_member.bindValue(8, sqlDate(m.stageDate));
    m_member.bindValue(9, enumKey(m.state));
    m_member.bindValue(10, sqlDate(m.stateDate));
    m_member.bindValue(11, sqlDate(m.politicalReviewDate));
    m_member.bindValue(12, m.trainingHours);
    m_member.bindValue(13, m.trainingDays);
    m_member.bindValue(14, sqlDate(m.duesFrom));
    if (!run(m_member))
        return 0;
    const qint64 id = m_member.lastInsertId().toLongLong();
    for (const party::StageStep& s : m.stageHistory) {
        m_step.bindValue(0, id);
        m_step.bindValue(1, enumKey(s.event));
        m_step.bindValue(2, sqlDate(s.date));
        m_step.bindValue(3, s.extensionMonths);
        if (!run(m_step))
            return 0;
    }
    for (const party::MemberStateChange& c : m.stateHistory) {
        m_state.bindValue(0, id);
        m_state.bindValue(1, enumKey(c.state));
        m_state.bindValue(2, sqlDate(c.date));
        m_state.bindValue(3, sqlText(c.reason));
        if (!run(m_state))
            return 0;
    }
    for (const party::BranchStay& b : m.branchHistory) {
        m_stay.bindValue(0, id);
        m_stay.bindValue(1, b.organisationId);
        m_stay.bindValue(2, sqlDate(b.startDate));
        m_stay.bindValue(3, sqlDate(b.endDate));
        if (!run(m_stay))
            return 0;
    }
    m_basis.bindValue(0, id);
    m_basis.bindValue(1, sqlDate(m.dues.fromMonth));
    m_basis.bindValue(2, enumKey(m.dues.category));
    m_basis.bindValue(3, m.dues.monthlyIncome);
    m_basis.bindValue(4, m.dues.fixedAmount);
    return run(m_basis) ? id : 0;
}

bool DemoPartyWriter::setHelpers(const party::PartyMember& m)
{
    m_helpers.bindValue(0, sqlId(m.mentor1Id));
    m_helpers.bindValue(1, sqlId(m.mentor2Id));
    m_helpers.bindValue(2, sqlId(m.sponsor1Id));
    m_helpers.bindValue(3, sqlId(m.sponsor2Id));
    m_helpers.bindValue(4, m.id);
    return run(m_helpers);
}

bool DemoPartyWriter::insertPayment(qint64 memberId, QDate month, party::Fen amount, QDate paidOn)
{
    m_payment.bindValue(0, memberId);
    m_payment.bindValue(1, sqlDate(month));
    m_payment.bindValue(2, amount);
    m_payment.bindValue(3, sqlDate(paidOn));
    return run(m_payment);
}

qint64 DemoPartyWriter::insertMeeting(const party::Meeting& meeting)
{
    m_meeting.bindValue(0, meeting.organisationId);
    m_meeting.bindValue(1, enumKey(meeting.type));
    m_meeting.bindValue(2, sqlDate(meeting.date));
    m_meeting.bindValue(3, meeting.topic);
    m_meeting.bindValue(4, sqlText(meeting.place));
    return run(m_meeting) ? m_meeting.lastInsertId().toLongLong() : 0;
}

bool DemoPartyWriter::insertAttendance(qint64 meetingId, const party::Attendance& a)
{
    m_attendance.bindValue(0, meetingId);
    m_attendance.bindValue(1, a.memberId);
    m_attendance.bindValue(2, a.present ? 1 : 0);
    m_attendance.bindValue(3, sqlText(a.absenceReason));
    return run(m_attendance);
}

bool DemoPartyWriter::insertTransfer(const party::RelationTransfer& t)
{
    m_transfer.bindValue(0, t.memberId);
    m_transfer.bindValue(1, enumKey(t.direction));
    m_transfer.bindValue(2, sqlId(t.organisationId));
    m_transfer.bindValue(3, t.otherUnit);
    m_transfer.bindValue(4, t.letterNumber);
    m_transfer.bindValue(5, sqlDate(t.letterDate));
    m_transfer.bindValue(6, sqlDate(t.completedDate));
    return run(m_transfer);
}

bool DemoPartyWriter::insertAssignment(const party::SiteAssignment& a)
{
    m_assignment.bindValue(0, enumKey(a.kind));
    m_assignment.bindValue(1, a.siteId);
    m_assignment.bindValue(2, a.name);
    m_assignment.bindValue(3, sqlText(a.leader));
    m_assignment.bindValue(4, sqlText(a.dispatchingUnit));
    m_assignment.bindValue(5, sqlDate(a.startDate));
    m_assignment.bindValue(6, sqlDate(a.endDate));
    return run(m_assignment);
}

void DemoPartyWriter::finish()
{
    for (QSqlQuery* q :
         {&m_organisation, &m_secretary, &m_site, &m_seat, &m_member, &m_helpers, &m_step, &m_state, &m_stay,
          &m_basis, &m_payment, &m_meeting, &m_attendance, &m_transfer, &m_assignment})
        q->finish();
}

} // namespace anju::demo

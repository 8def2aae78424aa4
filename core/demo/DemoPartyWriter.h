#pragma once

#include "party/PartyTypes.h"

#include <QSqlQuery>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// Writes the demo's party rows through statements prepared once and bound again for every row (the
// caller holds the write transaction), keeping each member's current stage, state and branch equal to
// the last row of its histories, as PartyService does.
class DemoPartyWriter
{
public:
    explicit DemoPartyWriter(const Database& db) : m_db(db) {}

    bool prepare();
    QString error() const { return m_error; }

    qint64 insertOrganisation(const party::Organisation& o); // without sites and seats
    bool setSecretary(qint64 organisationId, qint64 memberId);
    bool coverSite(qint64 organisationId, qint64 siteId, QDate from);
    bool seat(qint64 organisationId, qint64 memberId, QDate from);
    // The member row from its final values, then every step, state and branch stay and the dues basis.
    qint64 insertMember(const party::PartyMember& m);
    bool setHelpers(const party::PartyMember& m); // mentors and sponsors, known once the full members exist
    bool insertPayment(qint64 memberId, QDate month, party::Fen amount, QDate paidOn);
    qint64 insertMeeting(const party::Meeting& meeting);
    bool insertAttendance(qint64 meetingId, const party::Attendance& a);
    bool insertTransfer(const party::RelationTransfer& t);
    bool insertAssignment(const party::SiteAssignment& a);
    void finish();

private:
    bool prepare(QSqlQuery& query, const char* sql);
    bool run(QSqlQuery& query);

    const Database& m_db;
    QString m_error;
    QSqlQuery m_organisation, m_secretary, m_site, m_seat, m_member, m_helpers, m_step, m_state, m_stay,
        m_basis, m_payment, m_meeting, m_attendance, m_transfer, m_assignment;
};

} // namespace anju::demo

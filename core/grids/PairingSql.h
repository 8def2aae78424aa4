#pragma once

#include "grids/PairingHandover.h"

#include <QString>
#include <QVariant>

// Internal to the pairing handover: the SQL pieces its reads and its write share. Only these fixed column
// names are ever spliced into a statement; every value is bound.
namespace anju::grids::PairingSql {

// The partner's name for a pairing `pr`, as GridRepository's pairing list shows it.
inline const QString PartnerName = QStringLiteral(
    "CASE pr.partner_kind WHEN 'cadre' THEN pr.cadre_name WHEN 'party_member' THEN COALESCE(mp.name, "
    "m.cadre_name) ELSE COALESCE(sp.name, s.cadre_name) END");
inline const QString PartnerJoins = QStringLiteral(
    "LEFT JOIN party_members m ON m.id = pr.party_member_id LEFT JOIN persons mp ON mp.id = m.person_id"
    " LEFT JOIN grid_staff s ON s.id = pr.staff_id LEFT JOIN persons sp ON sp.id = s.person_id");

// The pairings column that names the partner.
inline QString partnerColumn(PartnerKind kind)
{
    return kind == PartnerKind::PartyMember ? QStringLiteral("party_member_id")
           : kind == PartnerKind::Staff     ? QStringLiteral("staff_id")
                                            : QStringLiteral("cadre_name");
}

inline QVariant partnerKey(const PairingPartner& partner)
{
    return partner.kind == PartnerKind::Cadre ? QVariant(partner.cadreName.trimmed()) : QVariant(partner.id);
}

// The visit_tasks column a task's assignee of that kind is in; empty for a cadre (never assigned).
inline QString assigneeColumn(PartnerKind kind)
{
    return kind == PartnerKind::PartyMember ? QStringLiteral("assignee_member_id")
           : kind == PartnerKind::Staff     ? QStringLiteral("assignee_staff_id")
                                            : QString();
}

// A scalar subquery: the open visit tasks of the pairing's household assigned to the partner whose window
// has not ended before a day (what a handover on that day moves); it binds the partner's id, then the day
// (nothing for a cadre: "0").
inline QString openTasksOf(PartnerKind kind)
{
    if (kind == PartnerKind::Cadre)
        return QStringLiteral("0");
    return QStringLiteral("(SELECT COUNT(*) FROM visit_tasks t WHERE t.household_id = pr.household_id"
                          " AND t.%1 = ? AND t.closed_on IS NULL AND t.cancelled_on IS NULL"
                          " AND t.overdue_after >= ?)")
        .arg(assigneeColumn(kind));
}

} // namespace anju::grids::PairingSql

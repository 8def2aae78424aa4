// PairingHandover's reads: who pairs the grid's households, a partner's open pairings, a partner's name.
#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "grids/GridRepository.h"
#include "grids/PairingHandover.h"
#include "grids/PairingSql.h"
#include "grids/VisitSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::grids {

bool PairingPartner::sameAs(const PairingPartner& other) const
{
    if (kind != other.kind)
        return false;
    return kind == PartnerKind::Cadre ? cadreName.trimmed() == other.cadreName.trimmed() : id == other.id;
}

QString PairingHandover::nameOf(const PairingPartner& partner) const
{
    if (partner.kind == PartnerKind::Cadre)
        return partner.cadreName.trimmed();
    const QString sql = partner.kind == PartnerKind::PartyMember
                            ? QStringLiteral("SELECT COALESCE(p.name, m.cadre_name) FROM party_members m"
                                             " LEFT JOIN persons p ON p.id = m.person_id WHERE m.id = ?")
                            : QStringLiteral("SELECT COALESCE(p.name, s.cadre_name) FROM grid_staff s"
                                             " LEFT JOIN persons p ON p.id = s.person_id WHERE s.id = ?");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(partner.id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<QList<PairingPartner>> PairingHandover::partners(qint64 gridId, QDate day) const
{
    GridRepository repository(m_db);
    const auto grid = repository.grid(gridId);
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids, grid ? grid->siteId : 0); !denied)
        return denied;
    if (!grid)
        return Outcome::failure(QLatin1String(Field::General), tr("The grid is not on file."));
    const auto staff = repository.staff(gridId, day);
    if (!staff)
        return Outcome(staff);
    QList<PairingPartner> list;
    for (const StaffMember& s : staff.value()) {
        PairingPartner p = PairingPartner::staff(s.id);
        p.name = s.name;
        p.role = s.role;
        list.append(p);
    }
    // Every open pairing of a household that is in the grid on the day, counted per partner.
    QVariantList values;
    QString sql =
        QStringLiteral(
            "SELECT pr.partner_kind, pr.party_member_id, pr.staff_id, pr.cadre_name, %1, MAX(pr.work_unit),"
            " MAX(pr.phone), COUNT(*) FROM pairings pr JOIN households h ON h.id = pr.household_id %2"
            " WHERE pr.valid_to IS NULL AND h.state = 'active' AND ")
            .arg(PairingSql::PartnerName, PairingSql::PartnerJoins);
    sql += VisitSql::householdGrid(QStringLiteral("h"), day, &values);
    sql += QStringLiteral(" = ? GROUP BY pr.partner_kind, pr.party_member_id, pr.staff_id, pr.cadre_name,"
                          " mp.name, m.cadre_name, sp.name, s.cadre_name");
    values.append(gridId);
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    SqlRun::bind(q, values);
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<PairingPartner> others;
    while (q.next()) {
        PairingPartner p;
        p.kind = enumFromKey<PartnerKind>(q.value(0).toString()).value_or(PartnerKind::Cadre);
        p.id = p.kind == PartnerKind::PartyMember ? q.value(1).toLongLong()
               : p.kind == PartnerKind::Staff     ? q.value(2).toLongLong()
                                                  : 0;
        p.cadreName = q.value(3).toString();
        p.name = q.value(4).toString();
        p.workUnit = q.value(5).toString();
        p.phone = Permissions::shownPhone(m_db.session(), q.value(6).toString());
        p.pairings = q.value(7).toInt();
        const auto serving =
            std::find_if(list.begin(), list.end(), [&p](const PairingPartner& s) { return s.sameAs(p); });
        if (serving != list.end())
            serving->pairings = p.pairings;
        else
            others.append(p);
    }
    std::sort(others.begin(), others.end(),
              [](const PairingPartner& a, const PairingPartner& b) { return a.name < b.name; });
    return list + others;
}

Result<QList<PairingToMove>> PairingHandover::openPairings(const PairingPartner& from, QDate day) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids); !denied)
        return denied;
    QVariantList values;
    QString sql = QStringLiteral("SELECT pr.id, pr.household_id, h.number, h.head_name, pr.valid_from, %1"
                                 " FROM pairings pr JOIN households h ON h.id = pr.household_id"
                                 " WHERE pr.valid_to IS NULL AND pr.%2 = ?")
                      .arg(PairingSql::openTasksOf(from.kind), PairingSql::partnerColumn(from.kind));
    if (from.kind != PartnerKind::Cadre)
        values << from.id << sqlDate(day);
    values.append(PairingSql::partnerKey(from));
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    sql += QStringLiteral(" ORDER BY h.number, pr.id");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    SqlRun::bind(q, values);
    if (!q.exec())
        return Outcome::error(q.lastError().text());
    QList<PairingToMove> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), dateFrom(q.value(4)), q.value(5).toInt()});
    return list;
}

} // namespace anju::grids

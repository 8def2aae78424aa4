#include "grids/StaffLoad.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"
#include "grids/GridRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::grids {

Result<StaffLoad> StaffLoadQuery::of(qint64 staffId, QDate day) const
{
    GridRepository repository(m_db);
    const auto staff = repository.staffMember(staffId);
    const auto grid = staff ? repository.grid(staff->gridId) : std::nullopt;
    if (Outcome denied = Permissions::require(m_db, Action::ReadGrids, grid ? grid->siteId : 0); !denied)
        return denied;
    if (!staff)
        return Outcome::failure(QLatin1String(Field::General), tr("The staff member is not on file."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM pairings WHERE staff_id = :staff AND valid_to IS NULL),"
        " (SELECT COUNT(*) FROM visit_tasks WHERE assignee_staff_id = :staff AND closed_on IS NULL"
        "  AND cancelled_on IS NULL AND overdue_after >= :day),"
        " (SELECT COUNT(DISTINCT y.household_id) FROM ("
        "  SELECT household_id FROM pairings WHERE staff_id = :staff AND valid_to IS NULL"
        "  UNION ALL SELECT household_id FROM visit_tasks WHERE assignee_staff_id = :staff"
        "  AND closed_on IS NULL AND cancelled_on IS NULL AND overdue_after >= :day) y)"));
    q.bindValue(QStringLiteral(":staff"), staffId);
    q.bindValue(QStringLiteral(":day"), sqlDate(day));
    if (!q.exec() || !q.next())
        return Outcome::error(q.lastError().text());
    return StaffLoad{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

} // namespace anju::grids

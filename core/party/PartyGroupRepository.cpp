#include "party/PartyGroupRepository.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace anju::party {

namespace {

PartyGroup readGroup(const QSqlQuery& q)
{
    PartyGroup g;
    g.id = q.value(0).toLongLong();
    g.branchId = q.value(1).toLongLong();
    g.name = q.value(2).toString();
    g.foundingDate = dateFrom(q.value(3));
    g.dissolvedDate = dateFrom(q.value(4));
    g.rowVersion = q.value(5).toInt();
    return g;
}

} // namespace

QList<PartyGroup> PartyGroupRepository::groups(qint64 branchId) const
{
    QList<PartyGroup> all;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, branch_id, name, founding_date, dissolved_date, row_version"
                             " FROM party_groups WHERE (? = 0 OR branch_id = ?) ORDER BY name, id"));
    q.addBindValue(branchId);
    q.addBindValue(branchId);
    if (q.exec()) {
        while (q.next())
            all.append(readGroup(q));
    }
    return all;
}

std::optional<PartyGroup> PartyGroupRepository::group(qint64 id, QDate asOf) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, branch_id, name, founding_date, dissolved_date, row_version"
                             " FROM party_groups WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PartyGroup g = readGroup(q);
    const QHash<qint64, qint64> groups = memberGroupsOn(asOf.isValid() ? asOf : QDate::currentDate());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it.value() == id)
            g.memberIds.append(it.key());
    }
    std::sort(g.memberIds.begin(), g.memberIds.end());
    return g;
}

QHash<qint64, qint64> PartyGroupRepository::memberGroupsOn(QDate day) const
{
    QHash<qint64, qint64> groups;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT member_id, group_id FROM party_group_stays WHERE start_date <= ?"
                             " AND (end_date IS NULL OR end_date > ?) ORDER BY start_date, id"));
    q.addBindValue(sqlDate(day));
    q.addBindValue(sqlDate(day));
    if (q.exec()) {
        while (q.next())
            groups.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return groups;
}

} // namespace anju::party

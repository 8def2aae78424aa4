#include "registry/RosterQuery.h"

#include "access/IdentityMask.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "domain/Site.h"
#include "registry/IdentitySearch.h"
#include "registry/SearchCondition.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

namespace anju::registry {

namespace {

// The WHERE clause and its bound values for a filter; `joinsDwelling` says whether b (buildings) is needed.
struct Condition
{
    QString where;
    QVariantList values;
    bool needsBuilding = false;
};

Condition conditionFor(const Database& db, const RosterFilter& filter)
{
    Condition c;
    QStringList parts;
    if (filter.siteId > 0) {
        parts.append(QStringLiteral("h.site_id = ?"));
        c.values.append(filter.siteId);
    }
    if (filter.buildingId > 0) {
        parts.append(QStringLiteral("u.building_id = ?"));
        c.values.append(filter.buildingId);
        c.needsBuilding = true;
    }
    if (filter.state) {
        parts.append(QStringLiteral("h.state = ?"));
        c.values.append(enumKey(*filter.state));
    }
    // A user of some sites sees those sites' households only.
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("h.site_id"), &c.values);
    if (!scope.isEmpty())
        parts.append(scope);
    const SqlCondition search = SearchCondition::forHouseholds(db, filter.search);
    if (!search.isEmpty()) {
        parts.append(search.sql);
        c.values += search.values;
    }
    if (!parts.isEmpty())
        c.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return c;
}

// The sort of a masked column by what the role sees of it (Permissions::maskIdNumber, maskPhone): the
// visible head and tail, then the household number. Sorting by the whole value would put rows in the
// order of the hidden digits, which a role that sees them masked could read off the order: two IDs that
// differ only in the birth date would show which of them was born first.
QString maskedOrder(const QString& column, int head, int longerThan, int shortTail, const QString& dir)
{
    // As the mask shows it: a long value its head and its last four, a short one its last `shortTail`.
    const QString shownHead = QStringLiteral("CASE WHEN length(%1) > %2 THEN substr(%1, 1, %3) ELSE '' END")
                                  .arg(column)
                                  .arg(longerThan)
                                  .arg(head);
    const QString shownTail =
        QStringLiteral("CASE WHEN length(%1) > %2 THEN substr(%1, length(%1) - 3) ELSE %3 END")
            .arg(column)
            .arg(longerThan)
            .arg(shortTail > 0 ? QStringLiteral("substr(%1, length(%1) - %2)").arg(column).arg(shortTail - 1)
                               : QStringLiteral("''"));
    return shownHead + dir + QStringLiteral(", length(%1)").arg(column) + dir + QStringLiteral(", ") +
           shownTail + dir + QStringLiteral(", h.number") + dir;
}

QString orderBy(const Session* session, RosterColumn column, bool ascending)
{
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (Permissions::masks(session) && column == RosterColumn::HeadIdNumber)
        return maskedOrder(QStringLiteral("h.head_id_number"), 6, 10, 0, dir);
    if (Permissions::masks(session) && column == RosterColumn::Phone)
        return maskedOrder(QStringLiteral("h.phone"), 3, 7, 2, dir);
    switch (column) {
    case RosterColumn::Number:
        return QStringLiteral("h.number") + dir;
    case RosterColumn::HeadName:
        return QStringLiteral("h.head_name") + dir;
    case RosterColumn::HeadIdNumber:
        return QStringLiteral("h.head_id_number") + dir;
    case RosterColumn::Site:
        return QStringLiteral("s.name") + dir + QStringLiteral(", h.number");
    case RosterColumn::Address:
        return QStringLiteral("s.name") + dir + QStringLiteral(", length(b.name)") + dir +
               QStringLiteral(", b.name") + dir + QStringLiteral(", u.name") + dir +
               QStringLiteral(", length(d.room)") + dir + QStringLiteral(", d.room") + dir;
    case RosterColumn::MemberCount:
        return QStringLiteral("h.member_count") + dir;
    case RosterColumn::Phone:
        return QStringLiteral("h.phone") + dir + QStringLiteral(", h.number");
    case RosterColumn::RelocationDate:
        return QStringLiteral("h.relocation_date") + dir + QStringLiteral(", h.number");
    case RosterColumn::State:
        return QStringLiteral("h.state") + dir + QStringLiteral(", h.number");
    }
    return QStringLiteral("h.number");
}

constexpr char DwellingJoins[] = " LEFT JOIN dwellings d ON d.id = h.dwelling_id"
                                 " LEFT JOIN building_units u ON u.id = d.unit_id"
                                 " LEFT JOIN buildings b ON b.id = u.building_id";

// Fills matchedPersonId and matchedName of the rows from the persons the search names by themselves.
void fillMatchedMembers(const Database& db, const QString& search, QHash<qint64, RosterRow>& rows)
{
    const SqlCondition match = SearchCondition::forMatchedPersons(db, search);
    if (match.isEmpty() || rows.isEmpty())
        return;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Current members of the household only: a former member's match is in their present household.
    q.prepare(QStringLiteral("SELECT p.household_id, p.id, p.name FROM persons p WHERE p.household_id IN (") +
              QStringList(rows.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
              QStringLiteral(") AND ") + match.sql +
              QStringLiteral(" ORDER BY p.household_id, CASE WHEN p.state = ? THEN 0 ELSE 1 END,"
                             " CASE WHEN p.relationship = ? THEN 0 ELSE 1 END, p.id"));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        q.addBindValue(it.key());
    SqlRun::bind(q, match.values);
    q.addBindValue(enumKey(PersonState::Active));
    q.addBindValue(enumKey(Relationship::Head));
    if (!q.exec())
        return;
    while (q.next()) {
        RosterRow& row = rows[q.value(0).toLongLong()];
        if (row.matchedPersonId == 0) {
            row.matchedPersonId = q.value(1).toLongLong();
            row.matchedName = q.value(2).toString();
        }
    }
}

} // namespace

Outcome RosterQuery::refusal(const RosterFilter& filter) const
{
    return IdentityMask::searchRefusal(m_db.session(), filter.search);
}

int RosterQuery::count(const RosterFilter& filter) const
{
    if (!Permissions::allows(m_db.session(), Action::ReadRegistry) || !refusal(filter))
        return 0;
    const Condition c = conditionFor(m_db, filter);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM households h") +
              (c.needsBuilding ? QLatin1String(DwellingJoins) : QLatin1String("")) + c.where);
    SqlRun::bind(q, c.values);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<RosterRow> RosterQuery::page(const RosterFilter& filter, RosterColumn sortColumn, bool ascending,
                                   int offset, int limit) const
{
    // Two steps, so that a page deep in a province (OFFSET 270,000) walks only the sort's index and the
    // filter, and the joins and counts for display run for the page's rows alone.
    if (!Permissions::allows(m_db.session(), Action::ReadRegistry))
        return {};
    // The first page is the search itself (later pages are scrolling): refused or recorded here.
    if (offset == 0 ? !IdentitySearch::admit(m_db, filter.search, QStringLiteral("households"))
                    : !refusal(filter))
        return {};
    const Condition c = conditionFor(m_db, filter);
    const bool needsSite = sortColumn == RosterColumn::Site || sortColumn == RosterColumn::Address;
    const bool needsDwelling = c.needsBuilding || sortColumn == RosterColumn::Address;
    QString sql = QStringLiteral("SELECT h.id FROM households h");
    if (needsSite)
        sql += QStringLiteral(" JOIN sites s ON s.id = h.site_id");
    if (needsDwelling)
        sql += QLatin1String(DwellingJoins);
    sql += c.where + QStringLiteral(" ORDER BY ") + orderBy(m_db.session(), sortColumn, ascending) +
           QStringLiteral(", h.id LIMIT ? OFFSET ?");
    QSqlQuery ids(m_db.connection());
    ids.setForwardOnly(true);
    ids.prepare(sql);
    SqlRun::bind(ids, c.values);
    ids.addBindValue(limit);
    ids.addBindValue(offset);
    QList<qint64> order;
    if (!ids.exec())
        return {};
    while (ids.next())
        order.append(ids.value(0).toLongLong());
    if (order.isEmpty())
        return {};

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // head_name is the last head for a household that left (see SearchIndex).
    q.prepare(
        QStringLiteral("SELECT h.id, h.number, h.head_name, h.head_id_number, s.name, b.name, u.name, d.room,"
                       " h.member_count, h.phone, h.relocation_date, h.state"
                       " FROM households h JOIN sites s ON s.id = h.site_id") +
        QLatin1String(DwellingJoins) + QStringLiteral(" WHERE h.id IN (") +
        QStringList(order.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QStringLiteral(")"));
    for (qint64 id : std::as_const(order))
        q.addBindValue(id);
    QHash<qint64, RosterRow> byId;
    if (!q.exec())
        return {};
    while (q.next()) {
        RosterRow row;
        row.householdId = q.value(0).toLongLong();
        row.number = q.value(1).toString();
        row.headName = q.value(2).toString();
        row.headIdNumber = Permissions::shownIdNumber(m_db.session(), q.value(3).toString());
        row.siteName = q.value(4).toString();
        Address address;
        address.buildingName = q.value(5).toString();
        address.unitName = q.value(6).toString();
        address.room = q.value(7).toString();
        row.address = address.withinSite();
        row.memberCount = q.value(8).toInt();
        row.phone = Permissions::shownPhone(m_db.session(), q.value(9).toString());
        row.relocationDate = dateFrom(q.value(10));
        row.state = enumFromKey<HouseholdState>(q.value(11).toString()).value_or(HouseholdState::Active);
        byId.insert(row.householdId, row);
    }
    fillMatchedMembers(m_db, filter.search, byId);
    QList<RosterRow> rows;
    rows.reserve(order.size());
    for (qint64 id : std::as_const(order))
        rows.append(byId.value(id));
    return rows;
}

int RosterQuery::rowOf(const RosterFilter& filter, RosterColumn sortColumn, bool ascending,
                       qint64 householdId) const
{
    if (householdId <= 0 || !Permissions::allows(m_db.session(), Action::ReadRegistry) || !refusal(filter))
        return -1;
    Condition c = conditionFor(m_db, filter);
    const QString joins = c.needsBuilding ? QLatin1String(DwellingJoins) : QLatin1String("");
    const QString andWord = c.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM households h") + joins + c.where + andWord +
              QStringLiteral("h.id = ?"));
    SqlRun::bind(q, c.values);
    q.addBindValue(householdId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
        return -1;

    if (sortColumn == RosterColumn::Number) {
        // Numbers are unique: the row is the count of the numbers before it.
        QSqlQuery before(m_db.connection());
        before.prepare(QStringLiteral("SELECT COUNT(*) FROM households h") + joins + c.where + andWord +
                       QStringLiteral("h.number ") + (ascending ? QStringLiteral("<") : QStringLiteral(">")) +
                       QStringLiteral(" (SELECT number FROM households WHERE id = ?)"));
        SqlRun::bind(before, c.values);
        before.addBindValue(householdId);
        return before.exec() && before.next() ? before.value(0).toInt() : -1;
    }
    const bool needsSite = sortColumn == RosterColumn::Site || sortColumn == RosterColumn::Address;
    const bool needsDwelling = c.needsBuilding || sortColumn == RosterColumn::Address;
    QString sql = QStringLiteral("SELECT h.id FROM households h");
    if (needsSite)
        sql += QStringLiteral(" JOIN sites s ON s.id = h.site_id");
    if (needsDwelling)
        sql += QLatin1String(DwellingJoins);
    sql += c.where + QStringLiteral(" ORDER BY ") + orderBy(m_db.session(), sortColumn, ascending) +
           QStringLiteral(", h.id");
    QSqlQuery ids(m_db.connection());
    ids.setForwardOnly(true);
    ids.prepare(sql);
    SqlRun::bind(ids, c.values);
    if (!ids.exec())
        return -1;
    for (int row = 0; ids.next(); ++row) {
        if (ids.value(0).toLongLong() == householdId)
            return row;
    }
    return -1;
}

} // namespace anju::registry

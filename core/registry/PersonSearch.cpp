#include "registry/PersonSearch.h"

#include "access/IdentityMask.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "registry/IdentitySearch.h"
#include "registry/SearchCondition.h"

#include <QSqlQuery>

namespace anju::registry {

Outcome PersonSearch::refusal(const QString& text) const
{
    return IdentityMask::searchRefusal(m_db.session(), text);
}

int PersonSearch::count(const QString& text) const
{
    if (!Permissions::allows(m_db.session(), Action::ReadRegistry) || !refusal(text))
        return 0;
    QVariantList scopeValues;
    const QString scope =
        Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &scopeValues);
    if (!scope.isEmpty()) {
        // Counted through the households, for a user of some sites only.
        const SqlCondition condition = SearchCondition::forPersons(m_db, text);
        if (condition.isEmpty())
            return 0;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                      "SELECT COUNT(*) FROM persons p JOIN households h ON h.id = p.household_id WHERE (") +
                  condition.sql + QStringLiteral(") AND ") + scope);
        SqlRun::bind(q, condition.values + scopeValues);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }
    const SqlCondition fromIndex = SearchCondition::countPersonsFromIndex(m_db, text);
    const SqlCondition condition = fromIndex.isEmpty() ? SearchCondition::forPersons(m_db, text) : fromIndex;
    if (condition.isEmpty())
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(fromIndex.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM persons p WHERE ") + condition.sql
                                  : fromIndex.sql);
    SqlRun::bind(q, condition.values);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<PersonHit> PersonSearch::page(const QString& text, int offset, int limit) const
{
    QList<PersonHit> hits;
    if (!Permissions::allows(m_db.session(), Action::ReadRegistry))
        return hits;
    // The first page is the search itself (later pages are scrolling): refused or recorded here.
    if (offset == 0 ? !IdentitySearch::admit(m_db, text, QStringLiteral("persons")) : !refusal(text))
        return hits;
    const SqlCondition condition = SearchCondition::forPersons(m_db, text);
    if (condition.isEmpty())
        return hits;
    QVariantList scopeValues;
    QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("h.site_id"), &scopeValues);
    if (!scope.isEmpty())
        scope = QStringLiteral(" AND ") + scope;
    const QString columns =
        QStringLiteral("SELECT p.id, p.household_id, p.name, p.id_number, p.sex, p.birth_date,"
                       " p.relationship, p.state, p.phone, h.number, s.name");
    const QString places =
        QStringLiteral(" JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id");
    const SqlCondition fromIndex = SearchCondition::countPersonsFromIndex(m_db, text);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!fromIndex.isEmpty() && scope.isEmpty()) {
        // The page is the first entries of the gram's range, in person order: 50 rows read, not 48,000.
        q.prepare(
            columns + QStringLiteral(" FROM person_name_grams g CROSS JOIN persons p") + places +
            QStringLiteral(" WHERE g.gram = ? AND p.id = g.person_id ORDER BY g.person_id LIMIT ? OFFSET ?"));
        SqlRun::bind(q, fromIndex.values);
    } else {
        q.prepare(columns + QStringLiteral(" FROM persons p") + places + QStringLiteral(" WHERE (") +
                  condition.sql + QStringLiteral(")") + scope +
                  QStringLiteral(" ORDER BY p.id LIMIT ? OFFSET ?"));
        SqlRun::bind(q, condition.values + scopeValues);
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return hits;
    while (q.next()) {
        PersonHit hit;
        hit.personId = q.value(0).toLongLong();
        hit.householdId = q.value(1).toLongLong();
        hit.name = q.value(2).toString();
        hit.idNumber = Permissions::shownIdNumber(m_db.session(), q.value(3).toString());
        hit.sex = enumFromKey<Sex>(q.value(4).toString()).value_or(Sex::Unknown);
        hit.birthDate = IdentityMask::shownBirthDate(m_db.session(), dateFrom(q.value(5)));
        hit.relationship = enumFromKey<Relationship>(q.value(6).toString()).value_or(Relationship::Other);
        hit.state = enumFromKey<PersonState>(q.value(7).toString()).value_or(PersonState::Active);
        hit.phone = Permissions::shownPhone(m_db.session(), q.value(8).toString());
        hit.householdNumber = q.value(9).toString();
        hit.siteName = q.value(10).toString();
        hits.append(hit);
    }
    return hits;
}

} // namespace anju::registry

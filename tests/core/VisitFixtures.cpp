#include "VisitFixtures.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace anju;

qint64 VisitFixtures::insert(const QString& sql, const QVariantList& values)
{
    // In a transaction, as the program writes: on PostgreSQL the audit row is written at the commit, so the
    // id read before it is this row's (lastval() of its own sequence).
    WriteTransaction transaction(m_test.db());
    QSqlQuery q(m_test.db().connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit())
        qFatal("fixture: %s", qPrintable(transaction.error()));
    return id;
}

void VisitFixtures::makeGrid()
{
    gridId = insert(
        QStringLiteral("INSERT INTO grids (code, site_id, name, valid_from) VALUES (?, ?, ?, '2020-01-01')"),
        {QStringLiteral("43052400100101"), m_test.siteId(), QStringLiteral("一网格")});
    insert(QStringLiteral(
               "INSERT INTO grid_coverage (grid_id, building_id, valid_from) VALUES (?, ?, '2020-01-01')"),
           {gridId, m_test.buildingId()});
    workerId = insert(QStringLiteral("INSERT INTO grid_staff (grid_id, role, origin, cadre_name, valid_from)"
                                     " VALUES (?, 'grid_worker', 'outside_cadre', ?, '2020-01-01')"),
                      {gridId, QStringLiteral("王网格")});
    leaderId = insert(QStringLiteral("INSERT INTO grid_staff (grid_id, role, origin, cadre_name, valid_from)"
                                     " VALUES (?, 'grid_leader', 'outside_cadre', ?, '2020-01-01')"),
                      {gridId, QStringLiteral("李网长")});
}

qint64 VisitFixtures::household(const QString& number, bool inDwelling, qint64* personId, const QString& name)
{
    const qint64 id =
        insert(QStringLiteral("INSERT INTO households (number, site_id, dwelling_id, relocation_date)"
                              " VALUES (?, ?, ?, '2020-01-01')"),
               {number, m_test.siteId(), sqlId(inDwelling ? m_test.dwellingId() : 0)});
    ++m_sequence;
    const qint64 person = insert(
        QStringLiteral("INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship)"
                       " VALUES (?, ?, ?, 'female', '1950-01-01', 'head')"),
        {id, name.isEmpty() ? QStringLiteral("居民%1").arg(m_sequence) : name,
         QStringLiteral("V%1").arg(m_sequence)});
    insert(QStringLiteral("INSERT INTO memberships (person_id, household_id, relationship, start_date)"
                          " VALUES (?, ?, 'head', '2020-01-01')"),
           {person, id});
    if (personId)
        *personId = person;
    return id;
}

qint64 VisitFixtures::careCategory(qint64 personId, const QString& category, QDate from, QDate to)
{
    return insert(
        QStringLiteral("INSERT INTO person_care_categories (person_id, category, valid_from, valid_to)"
                       " VALUES (?, ?, ?, ?)"),
        {personId, category, sqlDate(from), sqlDate(to)});
}

qint64 VisitFixtures::difficultMark(qint64 householdId, QDate from)
{
    return insert(QStringLiteral("INSERT INTO household_care_marks (household_id, mark, valid_from, reason)"
                                 " VALUES (?, 'difficult_family', ?, '因病致困')"),
                  {householdId, sqlDate(from)});
}

qint64 VisitFixtures::pairWithStaff(qint64 householdId, qint64 staffId, QDate from)
{
    return insert(QStringLiteral("INSERT INTO pairings (household_id, partner_kind, staff_id, valid_from)"
                                 " VALUES (?, 'staff', ?, ?)"),
                  {householdId, staffId, sqlDate(from)});
}

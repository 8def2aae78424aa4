#pragma once

#include "domain/Enums.h"
#include "domain/Household.h"
#include "domain/Site.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace anju {
class Database;
} // namespace anju

namespace anju::demo {

// Writes demo rows through prepared statements that are bound and executed again for every row, which
// is what makes a province of demo data take seconds. The caller holds the write transaction.
class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(anju::demo::DemoWriter)

public:
    explicit DemoWriter(const Database& db);

    // Prepares every statement; false (with error()) when the schema does not fit.
    bool prepare();
    // Each insert returns the new row's id, or 0 with error() set.
    qint64 insertSite(const Site& site);
    qint64 insertBuilding(const Building& building);
    qint64 insertUnit(const BuildingUnit& unit);
    qint64 insertDwelling(const Dwelling& dwelling);
    qint64 insertHousehold(const Household& household);
    qint64 insertPerson(const Person& person);
    bool insertMembership(const Membership& membership);
    // One membership for every person written, from their relocation (or birth, if later) to the day
    // they died or moved away. Only valid because the database held no persons before the run. Returns
    // the number of rows, or -1 with error() set.
    int insertCurrentMemberships();
    bool setMembershipStart(qint64 personId, qint64 householdId, const QDate& start);
    // Releases the statements so the transaction can commit.
    void finish();

    QString error() const { return m_error; }

private:
    bool prepare(QSqlQuery& query, const QString& sql);
    qint64 insertAndGetId(QSqlQuery& query);

    QSqlQuery m_site;
    QSqlQuery m_building;
    QSqlQuery m_unit;
    QSqlQuery m_dwelling;
    QSqlQuery m_household;
    QSqlQuery m_person;
    QSqlQuery m_membership;
    QSqlQuery m_membershipStart;
    const Database& m_db;
    QString m_error;
};

} // namespace anju::demo

#pragma once

#include "domain/Household.h"
#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::registry {

// Every write to households and persons: each call is one user action and one transaction, checked
// against the rules (also those only the database can tell: an ID already held by another person).
class RegistryService
{
    Q_DECLARE_TR_FUNCTIONS(anju::registry::RegistryService)

public:
    explicit RegistryService(const Database& db) : m_db(db) {}

    // Inserts a new household (id 0) with its members, or updates one: changed fields of the household
    // and its members, new members added. Members are never removed here: they move out, die or move.
    // Returns the household as stored (ids and row versions set).
    Result<Household> saveHousehold(Household household, QDate today = QDate::currentDate());
    // The same, with the home given as a unit and a room number typed in the form: the room is found or
    // made in the same transaction, so a refused save leaves no empty room behind.
    Result<Household> saveHousehold(Household household, qint64 unitId, const QString& room,
                                    QDate today = QDate::currentDate());

    // The person moves away from the office's sites (迁出). When they are the head and others remain,
    // `newHeadId` names the member who becomes head. The last member leaving dissolves the household.
    Outcome moveOut(qint64 personId, QDate date, qint64 newHeadId = 0);
    // The person died (死亡), recorded with the date; same head rule as moveOut.
    Outcome markDeceased(qint64 personId, QDate date, qint64 newHeadId = 0);
    // The person joins another household with a new relationship; their membership history is kept.
    Outcome moveToHousehold(qint64 personId, qint64 targetHouseholdId, Relationship relationship, QDate date,
                            qint64 newHeadId = 0);
    // The whole household moves away: every active member and the household are marked with the date.
    Outcome moveHouseholdAway(qint64 householdId, QDate date);

    // A free household number for a site: site code + "-" + a 4-digit sequence.
    QString suggestHouseholdNumber(qint64 siteId) const;

private:
    Outcome endMembership(qint64 personId, QDate date, MembershipEnd reason, qint64 newHeadId,
                          qint64 targetHouseholdId, Relationship newRelationship);
    const Database& m_db;
};

} // namespace anju::registry

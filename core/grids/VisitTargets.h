#pragma once

#include "grids/VisitRules.h"
#include "grids/VisitTypes.h"

#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// Who must be visited regularly (四必访) between two days, derived from the registry at read time:
//   hospitalised, loss of self-care, elderly living alone: the person's care category of that name;
//   difficult family: each source the rules name — "mark" (a household marked by hand), "care:<key>" (a
//   person in that care category makes the household difficult).
// Only active persons of active households. Extension point: the monitoring (防返贫监测) and safety-net
// (兜底保障) workflows add their households here as the sources "monitoring" and "safety_net" once their
// tables exist (one query each in difficultFamilies(), returning the household and its dated span).
class VisitTargets
{
public:
    VisitTargets(const Database& db, const VisitRules& rules) : m_db(db), m_rules(rules) {}

    // Every target holding on some day of [from, to]; one difficult-family target per household and span
    // source (a household both marked and with a seriously ill member is two sources, planned once: the
    // earlier one). `householdId`, `siteId`: only that household's, that site's (0: all).
    QList<VisitTarget> between(QDate from, QDate to, qint64 householdId = 0, qint64 siteId = 0) const;

private:
    QList<VisitTarget> careCategoryTargets(QDate from, QDate to, qint64 householdId, qint64 siteId) const;
    QList<VisitTarget> difficultFamilies(QDate from, QDate to, qint64 householdId, qint64 siteId) const;

    const Database& m_db;
    const VisitRules& m_rules;
};

} // namespace anju::grids

#pragma once

#include "grids/VisitRules.h"
#include "grids/VisitTypes.h"

#include <QList>

namespace anju {
class Database;
} // namespace anju

namespace anju::grids {

// Who must be visited regularly (四必访) between two days, derived from the registry and the follow-up
// workflows at read time:
//   hospitalised, loss of self-care, elderly living alone: the person's care category of that name;
//   difficult family 困难家庭: each source the rules name — "mark" (a household marked by hand),
//   "care:<key>" (a person in that care category makes the household difficult), "monitoring" (a household
//   monitored 监测户: from entered_on to the day before eliminated_on), "safety_net" (a household with a
//   member enrolled in a scheme that covers a person for 应兜尽兜, 低保 and 特困供养 by default: 兜底保障户).
// Only active persons of active households. A new source is one query in difficultFamilies(), returning
// the source row's id, the household and its dated span.
class VisitTargets
{
public:
    VisitTargets(const Database& db, const VisitRules& rules) : m_db(db), m_rules(rules) {}

    // Every target holding on some day of [from, to]. A household is one difficult family however many
    // sources make it one: sources whose spans overlap or meet are one target from the earliest (a
    // household both marked and monitored is planned once); a span after a gap is a target of its own.
    // `householdId`, `siteId`: only that household's, that site's (0: all).
    QList<VisitTarget> between(QDate from, QDate to, qint64 householdId = 0, qint64 siteId = 0) const;

private:
    QList<VisitTarget> careCategoryTargets(QDate from, QDate to, qint64 householdId, qint64 siteId) const;
    QList<VisitTarget> difficultFamilies(QDate from, QDate to, qint64 householdId, qint64 siteId) const;

    const Database& m_db;
    const VisitRules& m_rules;
};

} // namespace anju::grids

#include "grids/VisitTargets.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace anju::grids {

namespace {

// The care categories (migration 14's keys) that are 四必访 targets by themselves.
const QList<std::pair<const char*, VisitTargetKind>>& personKinds()
{
    static const QList<std::pair<const char*, VisitTargetKind>> kinds = {
        {"hospitalised", VisitTargetKind::Hospitalised},
        {"loss_of_self_care", VisitTargetKind::LossOfSelfCare},
        {"elderly_alone", VisitTargetKind::ElderlyAlone},
    };
    return kinds;
}

// A span of dated rows overlapping [from, to]: valid_to is the first day it no longer holds.
QString overlaps(const QString& alias)
{
    return QStringLiteral("%1.valid_from <= ? AND (%1.valid_to IS NULL OR %1.valid_to > ?)").arg(alias);
}

QDate lastDay(const QVariant& validTo)
{
    const QDate to = dateFrom(validTo);
    return to.isValid() ? to.addDays(-1) : QDate();
}

} // namespace

QList<VisitTarget> VisitTargets::between(QDate from, QDate to, qint64 householdId, qint64 siteId) const
{
    return careCategoryTargets(from, to, householdId, siteId) +
           difficultFamilies(from, to, householdId, siteId);
}

QList<VisitTarget> VisitTargets::careCategoryTargets(QDate from, QDate to, qint64 householdId,
                                                     qint64 siteId) const
{
    QList<VisitTarget> targets;
    QStringList marks;
    QVariantList values;
    for (const auto& [key, kind] : personKinds()) {
        marks.append(QStringLiteral("?"));
        values.append(QString::fromLatin1(key));
    }
    QString sql =
        QStringLiteral("SELECT c.id, c.person_id, p.household_id, c.category, c.valid_from, c.valid_to"
                       " FROM person_care_categories c JOIN persons p ON p.id = c.person_id"
                       " JOIN households h ON h.id = p.household_id"
                       " WHERE c.category IN (%1) AND p.state = 'active' AND h.state = 'active' AND ")
            .arg(marks.join(u','));
    sql += overlaps(QStringLiteral("c"));
    values << sqlDate(to) << sqlDate(from);
    if (householdId > 0) {
        sql += QStringLiteral(" AND h.id = ?");
        values << householdId;
    }
    if (siteId > 0) {
        sql += QStringLiteral(" AND h.site_id = ?");
        values << siteId;
    }
    sql += QStringLiteral(" ORDER BY c.id");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return targets;
    while (q.next()) {
        VisitTarget t;
        t.careCategoryId = q.value(0).toLongLong();
        t.personId = q.value(1).toLongLong();
        t.householdId = q.value(2).toLongLong();
        for (const auto& [key, kind] : personKinds())
            if (q.value(3).toString() == QLatin1String(key))
                t.kind = kind;
        t.from = dateFrom(q.value(4));
        t.until = lastDay(q.value(5));
        targets.append(t);
    }
    return targets;
}

QList<VisitTarget> VisitTargets::difficultFamilies(QDate from, QDate to, qint64 householdId,
                                                   qint64 siteId) const
{
    QList<VisitTarget> found;
    const auto run = [&](const QString& sql, QVariantList values, bool fromMark) {
        QString text = sql;
        if (householdId > 0) {
            text += QStringLiteral(" AND h.id = ?");
            values << householdId;
        }
        if (siteId > 0) {
            text += QStringLiteral(" AND h.site_id = ?");
            values << siteId;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(text + QStringLiteral(" ORDER BY 1"));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return;
        while (q.next()) {
            VisitTarget t;
            t.kind = VisitTargetKind::DifficultFamily;
            (fromMark ? t.careMarkId : t.careCategoryId) = q.value(0).toLongLong();
            t.householdId = q.value(1).toLongLong();
            t.from = dateFrom(q.value(2));
            t.until = lastDay(q.value(3));
            found.append(t);
        }
    };
    if (m_rules.marksMakeDifficultFamilies())
        run(QStringLiteral("SELECT m.id, m.household_id, m.valid_from, m.valid_to FROM household_care_marks m"
                           " JOIN households h ON h.id = m.household_id"
                           " WHERE m.mark = 'difficult_family' AND h.state = 'active' AND ") +
                overlaps(QStringLiteral("m")),
            {sqlDate(to), sqlDate(from)}, true);
    const QStringList categories = m_rules.difficultFamilyCareCategories();
    if (!categories.isEmpty()) {
        QStringList marks;
        QVariantList values;
        for (const QString& c : categories) {
            marks.append(QStringLiteral("?"));
            values.append(c);
        }
        values << sqlDate(to) << sqlDate(from);
        run(QStringLiteral(
                "SELECT c.id, p.household_id, c.valid_from, c.valid_to FROM person_care_categories c"
                " JOIN persons p ON p.id = c.person_id JOIN households h ON h.id = p.household_id"
                " WHERE c.category IN (%1) AND p.state = 'active' AND h.state = 'active' AND ")
                    .arg(marks.join(u',')) +
                overlaps(QStringLiteral("c")),
            values, false);
    }
    // Sources "monitoring" and "safety_net" are read here once those workflows' tables exist.

    // One target per household: the earliest-starting source (a household is one difficult family, visited
    // once per window however many reasons make it difficult).
    QHash<qint64, int> first;
    QList<VisitTarget> targets;
    for (const VisitTarget& t : found) {
        const auto it = first.constFind(t.householdId);
        if (it == first.cend()) {
            first.insert(t.householdId, int(targets.size()));
            targets.append(t);
        } else if (t.from < targets[*it].from) {
            targets[*it] = t;
        }
    }
    return targets;
}

} // namespace anju::grids

#include "grids/VisitTargets.h"

#include "database/Database.h"
#include "database/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

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

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

// The schemes whose enrolment makes a household a 兜底保障户: those that cover a person for 应兜尽兜, the
// setting `safetynet.finding_schemes` (a comma list of scheme keys; IncomeSettings::findingSchemes reads
// the same key, but grids may not link the income layer, which links grids). Unset or empty: 低保 and
// 特困供养, IncomeSettings' default.
QStringList safetyNetSchemes(const Database& db)
{
    QStringList schemes;
    for (const QString& key : db.setting(QStringLiteral("safetynet.finding_schemes")).split(u',')) {
        if (!key.trimmed().isEmpty() && !schemes.contains(key.trimmed()))
            schemes.append(key.trimmed());
    }
    if (schemes.isEmpty())
        schemes = {QStringLiteral("dibao"), QStringLiteral("tekun")};
    return schemes;
}

// A household is one difficult family however many sources make it one: the spans of its sources that
// overlap or follow each other without a day between are one spell, a target from the spell's first day
// with the ids of the source that began it (the earlier source when two begin the same day), so it is
// visited once per window. A spell after a gap is a target of its own: visits are owed again from its first
// day. (Keeping only the earliest source of a household would lose a later spell, e.g. a 低保 enrolment
// that began after the household's monitoring ended.)
QList<VisitTarget> oneTargetPerSpell(QList<VisitTarget> found)
{
    std::stable_sort(found.begin(), found.end(), [](const VisitTarget& a, const VisitTarget& b) {
        return a.householdId != b.householdId ? a.householdId < b.householdId : a.from < b.from;
    });
    QList<VisitTarget> targets;
    for (const VisitTarget& t : std::as_const(found)) {
        if (!targets.isEmpty()) {
            VisitTarget& spell = targets.last();
            const bool joins = spell.householdId == t.householdId &&
                               (!spell.until.isValid() || t.from <= spell.until.addDays(1));
            if (joins) {
                if (spell.until.isValid() && (!t.until.isValid() || t.until > spell.until))
                    spell.until = t.until;
                continue;
            }
        }
        targets.append(t);
    }
    return targets;
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
    QVariantList values;
    for (const auto& [key, kind] : personKinds())
        values.append(QString::fromLatin1(key));
    QString sql =
        QStringLiteral("SELECT c.id, c.person_id, p.household_id, c.category, c.valid_from, c.valid_to"
                       " FROM person_care_categories c JOIN persons p ON p.id = c.person_id"
                       " JOIN households h ON h.id = p.household_id"
                       " WHERE c.category IN (%1) AND p.state = 'active' AND h.state = 'active' AND ")
            .arg(placeholders(values.size()));
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
    // Each query returns the source row's id, the household, and the span as valid_from/valid_to (the
    // first day it no longer holds); `idOf` says which id of the target the row's id is.
    const auto run = [&](const QString& sql, QVariantList values, qint64 VisitTarget::*idOf) {
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
            t.*idOf = q.value(0).toLongLong();
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
            {sqlDate(to), sqlDate(from)}, &VisitTarget::careMarkId);
    const QStringList categories = m_rules.difficultFamilyCareCategories();
    if (!categories.isEmpty()) {
        QVariantList values(categories.cbegin(), categories.cend());
        values << sqlDate(to) << sqlDate(from);
        run(QStringLiteral(
                "SELECT c.id, p.household_id, c.valid_from, c.valid_to FROM person_care_categories c"
                " JOIN persons p ON p.id = c.person_id JOIN households h ON h.id = p.household_id"
                " WHERE c.category IN (%1) AND p.state = 'active' AND h.state = 'active' AND ")
                    .arg(placeholders(categories.size())) +
                overlaps(QStringLiteral("c")),
            values, &VisitTarget::careCategoryId);
    }
    // 监测户: monitored on day D when entered_on <= D and (eliminated_on IS NULL OR eliminated_on > D)
    // (migration 15's rule), so eliminated_on plays valid_to's part. A case eliminated the day it was
    // entered was never monitored for a day.
    if (m_rules.monitoringMakesDifficultFamilies())
        run(QStringLiteral(
                "SELECT mc.id, mc.household_id, mc.entered_on, mc.eliminated_on FROM monitoring_cases mc"
                " JOIN households h ON h.id = mc.household_id"
                " WHERE mc.entered_on IS NOT NULL AND mc.entered_on <= ?"
                " AND (mc.eliminated_on IS NULL OR (mc.eliminated_on > ?"
                " AND mc.eliminated_on > mc.entered_on)) AND h.state = 'active'"),
            {sqlDate(to), sqlDate(from)}, &VisitTarget::monitoringCaseId);
    // 兜底保障户: an active member enrolled in one of the schemes that cover a person for 应兜尽兜.
    if (m_rules.safetyNetMakesDifficultFamilies()) {
        const QStringList schemes = safetyNetSchemes(m_db);
        QVariantList values(schemes.cbegin(), schemes.cend());
        values << sqlDate(to) << sqlDate(from);
        run(QStringLiteral(
                "SELECT e.id, p.household_id, e.valid_from, e.valid_to FROM safety_net_enrolments e"
                " JOIN persons p ON p.id = e.person_id JOIN households h ON h.id = p.household_id"
                " WHERE e.scheme IN (%1) AND p.state = 'active' AND h.state = 'active'"
                " AND (e.valid_to IS NULL OR e.valid_to > e.valid_from) AND ")
                    .arg(placeholders(schemes.size())) +
                overlaps(QStringLiteral("e")),
            values, &VisitTarget::safetyNetEnrolmentId);
    }
    return oneTargetPerSpell(found);
}

} // namespace anju::grids

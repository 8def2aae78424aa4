#include "work/WorkFindings.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::work {

namespace {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

// The person's columns every list reads, in PersonRef's order: persons p, households h, sites s.
const char* const PersonColumns = "p.id, p.name, p.id_number, p.sex, p.birth_date, p.labour_capacity,"
                                  " p.household_id, h.number, h.site_id, s.name";
constexpr int PersonColumnCount = 10;

PersonRef personFrom(const QSqlQuery& q, int at, const Session* session)
{
    PersonRef p;
    p.personId = q.value(at).toLongLong();
    p.name = q.value(at + 1).toString();
    p.idNumber = Permissions::shownIdNumber(session, q.value(at + 2).toString());
    p.sex = q.value(at + 3).toString();
    p.birthDate = dateFrom(q.value(at + 4));
    p.labourCapacity = q.value(at + 5).toString();
    p.householdId = q.value(at + 6).toLongLong();
    p.householdNumber = q.value(at + 7).toString();
    p.siteId = q.value(at + 8).toLongLong();
    p.siteName = q.value(at + 9).toString();
    return p;
}

// " AND <column> = ?" for the site asked, and the user's sites.
QString siteSql(const Database& db, const QString& column, qint64 siteId, QVariantList* values)
{
    QString sql;
    if (siteId > 0) {
        sql += QStringLiteral(" AND %1 = ?").arg(column);
        values->append(siteId);
    }
    const QString scope = Permissions::siteScopeSql(db.session(), column, values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    return sql;
}

// On file on the day (bound once): active, or moved away or died after it.
const char* const OnFile = "(p.state = 'active' OR p.state_date > ?)";
// A job or a reason holding on the day (bound twice).
const char* const JobHolds = "e.started_on <= ? AND (e.ended_on IS NULL OR e.ended_on > ?)";
const char* const ReasonHolds = "r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to > ?)";

bool byHousehold(const PersonRef& a, const PersonRef& b)
{
    return a.householdNumber != b.householdNumber ? a.householdNumber < b.householdNumber
                                                  : a.personId < b.personId;
}

} // namespace

WorkFindings::WorkFindings(const Database& db) : m_db(db), m_settings(WorkSettings::load(db)) {}

Result<WorkFindingsList> WorkFindings::forDay(QDate day, qint64 siteId) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, siteId); !denied)
        return denied;
    if (!day.isValid())
        return Outcome::error(tr("Choose the day."));
    WorkFindingsList list;
    list.day = day;
    for (const QString& error : {trainingWishes(list, siteId), posts(list, siteId), idle(list, siteId)}) {
        if (!error.isEmpty())
            return Outcome::error(tr("The work findings could not be read: %1").arg(error));
    }
    return list;
}

// 应培尽培, from the open training wishes old enough (a few thousand at most), each person once with their
// oldest unmet wish.
QString WorkFindings::trainingWishes(WorkFindingsList& list, qint64 siteId) const
{
    const QDate day = list.day;
    const QDate recordedBy = day.addDays(-m_settings.trainingWishDays);
    QVariantList values{sqlDate(recordedBy), sqlDate(day), sqlDate(day)};
    QString sql =
        QStringLiteral("SELECT w.id, w.recorded_on, w.detail, ") + QLatin1String(PersonColumns) +
        QStringLiteral(" FROM work_wishes w JOIN persons p ON p.id = w.person_id"
                       " JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id"
                       " WHERE w.kind = 'training' AND w.recorded_on <= ?"
                       " AND (w.closed_on IS NULL OR w.closed_on > ?) AND ") +
        QLatin1String(OnFile) +
        QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM training_attendances a"
                       " WHERE a.person_id = w.person_id AND a.enrolled_on >= w.recorded_on)");
    sql += siteSql(m_db, QStringLiteral("h.site_id"), siteId, &values);
    sql += QStringLiteral(" ORDER BY h.number, p.id, w.recorded_on, w.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return q.lastError().text();
    qint64 lastPerson = 0;
    while (q.next()) {
        TrainingWishFinding f;
        f.person = personFrom(q, 3, m_db.session());
        if (f.person.personId == lastPerson)
            continue;
        lastPerson = f.person.personId;
        f.wishId = q.value(0).toLongLong();
        f.recordedOn = dateFrom(q.value(1));
        f.trade = q.value(2).toString();
        f.daysWaiting = int(f.recordedOn.daysTo(day));
        f.detail =
            tr("Wished for training (%1) on %2, %3 days ago, and has been offered no course since.")
                .arg(f.trade.isEmpty() ? tr("no trade named") : f.trade, f.recordedOn.toString(Qt::ISODate))
                .arg(f.daysWaiting);
        list.trainingWishes.append(f);
    }
    return {};
}

// 公益岗位 first to weak labour: the waiting weak-labour people by site (from the open employment wishes),
// then the public-post jobs of ordinary or skilled holders at those sites.
QString WorkFindings::posts(WorkFindingsList& list, qint64 siteId) const
{
    const QDate day = list.day;
    QHash<qint64, QList<PersonRef>> waitingBySite;
    {
        QVariantList values{sqlDate(day),
                            sqlDate(day),
                            sqlDate(day),
                            sqlDate(m_settings.bornOnOrAfter(day)),
                            sqlDate(m_settings.bornOnOrBefore(day)),
                            sqlDate(day),
                            sqlDate(day),
                            sqlDate(day),
                            sqlDate(day)};
        QString sql =
            QStringLiteral("SELECT ") + QLatin1String(PersonColumns) +
            QStringLiteral(" FROM work_wishes w JOIN persons p ON p.id = w.person_id"
                           " JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id"
                           " WHERE w.kind = 'employment' AND w.recorded_on <= ? AND (w.closed_on IS NULL"
                           " OR w.closed_on > ?) AND ") +
            QLatin1String(OnFile) +
            QStringLiteral(" AND p.labour_capacity = 'weak' AND p.birth_date >= ? AND p.birth_date <= ?"
                           " AND NOT EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id AND ") +
            QLatin1String(JobHolds) +
            QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM work_absence_reasons r WHERE r.person_id = p.id"
                           " AND ") +
            QLatin1String(ReasonHolds) + QStringLiteral(")");
        sql += siteSql(m_db, QStringLiteral("h.site_id"), siteId, &values);
        sql += QStringLiteral(" ORDER BY h.number, p.id");
        QSqlQuery q(m_db.connection());
        if (!run(q, sql, values))
            return q.lastError().text();
        qint64 lastPerson = 0;
        while (q.next()) {
            const PersonRef p = personFrom(q, 0, m_db.session());
            if (p.personId == lastPerson) // two open employment wishes: once
                continue;
            lastPerson = p.personId;
            waitingBySite[p.siteId].append(p);
        }
    }
    if (waitingBySite.isEmpty())
        return {};

    // The post's site, or the holder's when the job names no post.
    const QString postSite = QStringLiteral("COALESCE(po.site_id, h.site_id)");
    QVariantList values{sqlDate(day), sqlDate(day), sqlDate(day)};
    QString sql =
        QStringLiteral("SELECT e.id, COALESCE(e.post_id, 0), COALESCE(po.name, ''), COALESCE(po.kind, ''),"
                       " ps.id, ps.name, ") +
        QLatin1String(PersonColumns) +
        QStringLiteral(" FROM employments e JOIN persons p ON p.id = e.person_id"
                       " JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id"
                       " LEFT JOIN work_posts po ON po.id = e.post_id"
                       " JOIN sites ps ON ps.id = %1"
                       " WHERE e.channel = 'public_post' AND ")
            .arg(postSite) +
        QLatin1String(JobHolds) + QStringLiteral(" AND ") + QLatin1String(OnFile) +
        QStringLiteral(" AND (p.labour_capacity = 'ordinary' OR p.labour_capacity = 'skilled')");
    sql += siteSql(m_db, postSite, siteId, &values);
    sql += QStringLiteral(" ORDER BY ps.name, e.post_id, h.number, e.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return q.lastError().text();
    while (q.next()) {
        const qint64 site = q.value(4).toLongLong();
        const auto waiting = waitingBySite.constFind(site);
        if (waiting == waitingBySite.cend())
            continue;
        PostPriorityFinding f;
        f.employmentId = q.value(0).toLongLong();
        f.postId = q.value(1).toLongLong();
        f.postName = q.value(2).toString();
        f.postKind = q.value(3).toString();
        f.siteId = site;
        f.siteName = q.value(5).toString();
        f.holder = personFrom(q, 6, m_db.session());
        f.waiting = *waiting;
        std::sort(f.waiting.begin(), f.waiting.end(), byHousehold);
        QStringList names;
        for (const PersonRef& w : std::as_const(f.waiting))
            names << w.name;
        const std::optional<PostKind> kind = enumFromKey<PostKind>(f.postKind);
        f.detail =
            tr("%1 (%2 labour) holds the public post %3 while %n weak-labour person(s) of the site wait "
               "for work: %4.",
               nullptr, int(f.waiting.size()))
                .arg(f.holder.name,
                     f.holder.labourCapacity == QLatin1String("skilled") ? tr("skilled") : tr("ordinary"),
                     f.postName.isEmpty() ? tr("(no post named)")
                     : kind               ? QStringLiteral("%1 (%2)").arg(f.postName, enumLabel(*kind))
                                          : f.postName,
                     names.join(tr(", ")));
        list.posts.append(f);
    }
    return {};
}

// Idle labour: the labour force on the day less those with a job on a day of the window or a reason on the
// day, each a probe of the person's jobs and reasons by index (employments_person covers the job's dates,
// so no job's row is read; a set built once with NOT IN read every job's row through its start); the pairing
// cadres are then named for the households found only.
QString WorkFindings::idle(WorkFindingsList& list, qint64 siteId) const
{
    const QDate day = list.day;
    // The window (day - idle_months months, day]: its first day is the day after that.
    const QDate windowFirst = day.addMonths(-m_settings.idleMonths).addDays(1);
    QVariantList values{sqlDate(day),
                        sqlDate(m_settings.bornOnOrAfter(day)),
                        sqlDate(m_settings.bornOnOrBefore(day)),
                        sqlDate(day),
                        sqlDate(windowFirst),
                        sqlDate(day),
                        sqlDate(day)};
    // A job holds on a day of the window when it began by the day and ends after both the window's first
    // day and its own start (a job ended the day it began held on no day).
    QString sql =
        QStringLiteral("SELECT ") + QLatin1String(PersonColumns) +
        QStringLiteral(
            ", (SELECT MAX(le.ended_on) FROM employments le WHERE le.person_id = p.id"
            " AND le.ended_on <= ?)"
            " FROM persons p JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id"
            " WHERE ") +
        QLatin1String(OnFile) +
        QStringLiteral(
            " AND p.labour_capacity IN ('ordinary', 'skilled', 'weak') AND p.birth_date >= ?"
            " AND p.birth_date <= ? AND p.in_school = 0"
            " AND NOT EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id"
            " AND e.started_on <= ? AND (e.ended_on IS NULL OR (e.ended_on > ?"
            " AND e.ended_on > e.started_on)))"
            " AND NOT EXISTS (SELECT 1 FROM work_absence_reasons r WHERE r.person_id = p.id AND ") +
        QLatin1String(ReasonHolds) + QStringLiteral(")");
    // The subquery's day is bound first: it comes first in the text.
    values.prepend(sqlDate(day));
    sql += siteSql(m_db, QStringLiteral("h.site_id"), siteId, &values);
    sql += QStringLiteral(" ORDER BY h.number, p.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return q.lastError().text();
    while (q.next()) {
        IdleFinding f;
        f.person = personFrom(q, 0, m_db.session());
        f.lastJobEnded = dateFrom(q.value(PersonColumnCount));
        list.idle.append(f);
    }
    q.finish();
    if (const QString error = nameCadres(list.idle, day); !error.isEmpty())
        return error;
    for (IdleFinding& f : list.idle) {
        const QString since = f.lastJobEnded.isValid()
                                  ? tr("No job since %1").arg(f.lastJobEnded.toString(Qt::ISODate))
                                  : tr("No job recorded");
        f.detail = f.cadres.isEmpty()
                       ? tr("%1, and no reason recorded; the household has no pairing cadre.").arg(since)
                       : tr("%1, and no reason recorded; for the pairing cadre %2.")
                             .arg(since, f.cadres.join(tr(", ")));
    }
    return {};
}

// The pairing partners holding on the day of the households found, read by key a few hundred households a
// statement, named as the grid pages name them.
QString WorkFindings::nameCadres(QList<IdleFinding>& idle, QDate day) const
{
    QList<qint64> ids;
    for (const IdleFinding& f : std::as_const(idle))
        ids.append(f.person.householdId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QHash<qint64, QStringList> cadres;
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> chunk = ids.mid(from, Chunk);
        // Households close together (most of the office idle, or a site's households entered together) are
        // read as a range of keys and the others skipped here: binding hundreds of keys a statement cost
        // more than reading the few rows between them.
        const bool asRange = chunk.last() - chunk.first() < 4 * chunk.size();
        QVariantList values;
        QString households;
        if (asRange) {
            households = QStringLiteral("pr.household_id >= ? AND pr.household_id <= ?");
            values << chunk.first() << chunk.last();
        } else {
            QStringList marks;
            for (const qint64 id : chunk) {
                marks.append(QStringLiteral("?"));
                values << id;
            }
            households = QStringLiteral("pr.household_id IN (%1)").arg(marks.join(u','));
        }
        values << sqlDate(day) << sqlDate(day);
        QSqlQuery q(m_db.connection());
        if (!run(q,
                 QStringLiteral(
                     "SELECT pr.household_id, CASE pr.partner_kind WHEN 'cadre' THEN pr.cadre_name"
                     " WHEN 'party_member' THEN COALESCE(mp.name, m.cadre_name)"
                     " ELSE COALESCE(sp.name, st.cadre_name) END, pr.work_unit, pr.phone"
                     " FROM pairings pr LEFT JOIN party_members m ON m.id = pr.party_member_id"
                     " LEFT JOIN persons mp ON mp.id = m.person_id LEFT JOIN grid_staff st ON st.id = "
                     "pr.staff_id"
                     " LEFT JOIN persons sp ON sp.id = st.person_id"
                     " WHERE %1 AND pr.valid_from <= ? AND (pr.valid_to IS NULL"
                     " OR pr.valid_to > ?) ORDER BY pr.household_id, pr.valid_from, pr.id")
                     .arg(households),
                 values))
            return q.lastError().text();
        while (q.next()) {
            const qint64 householdId = q.value(0).toLongLong();
            if (asRange && !std::binary_search(chunk.cbegin(), chunk.cend(), householdId))
                continue;
            QStringList about;
            for (const int column : {2, 3}) {
                const QString text = column == 3
                                         ? Permissions::shownPhone(m_db.session(), q.value(3).toString())
                                         : q.value(column).toString();
                if (!text.isEmpty())
                    about << text;
            }
            const QString name = q.value(1).toString();
            cadres[householdId].append(
                about.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, about.join(tr(", "))));
        }
    }
    for (IdleFinding& f : idle)
        f.cadres = cadres.value(f.person.householdId);
    return {};
}

} // namespace anju::work

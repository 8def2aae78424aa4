#include "income/FollowUpFindings.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anju::income {

namespace {

struct CaseState
{
    bool monitoredAsOf = false; // monitored on the day asked
    bool inReview = false;      // in entry review on the day asked
    bool declined = false;      // a case declined on or after the month's first day
    bool monitoredAtEnd = false;
};

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

// " AND h.site_id = ?" for the site asked and the user's scope.
QString siteSql(const Database& db, qint64 siteId, QVariantList* values)
{
    QString sql;
    if (siteId > 0) {
        sql += QStringLiteral(" AND h.site_id = ?");
        values->append(siteId);
    }
    const QString scope = Permissions::siteScopeSql(db.session(), QStringLiteral("h.site_id"), values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    return sql;
}

// Names the monitored households of `cover` found unnamed (number, site, head), and drops the findings of
// those not registered at `last` (moved away or dissolved by the month's end), as the flags query leaves
// such households out. Read by key, a few hundred households a statement. The database's error, or empty.
QString nameMonitored(const Database& db, QList<CoverFinding>& cover, const QSet<qint64>& unnamed, QDate last)
{
    QList<qint64> ids;
    for (const CoverFinding& f : std::as_const(cover))
        if (unnamed.contains(f.householdId) && (ids.isEmpty() || ids.constLast() != f.householdId))
            ids.append(f.householdId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QHash<qint64, FindingHousehold> named;
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> chunk = ids.mid(from, Chunk);
        QVariantList values;
        QStringList marks;
        for (const qint64 id : chunk) {
            marks.append(QStringLiteral("?"));
            values << id;
        }
        values << sqlDate(last) << sqlDate(last);
        QSqlQuery q(db.connection());
        if (!run(q,
                 QStringLiteral("SELECT h.id, ") + householdNameColumns() +
                     QStringLiteral(" FROM households h") + householdNameJoins() +
                     QStringLiteral(" WHERE h.id IN (%1) AND CASE WHEN h.relocation_date IS NULL OR"
                                    " h.relocation_date <= ? THEN 1 ELSE 0 END = 1 AND (h.state = 'active' OR"
                                    " h.state_date > ?)")
                         .arg(marks.join(u',')),
                 values))
            return q.lastError().text();
        while (q.next()) {
            FindingHousehold h;
            h.householdId = q.value(0).toLongLong();
            readHouseholdNames(q, 1, h);
            named.insert(h.householdId, h);
        }
    }
    cover.removeIf([&](const CoverFinding& f) {
        return unnamed.contains(f.householdId) && !named.contains(f.householdId);
    });
    for (CoverFinding& f : cover) {
        const auto h = named.constFind(f.householdId);
        if (h == named.cend())
            continue;
        f.householdNumber = h->householdNumber;
        f.headName = h->headName;
        f.siteId = h->siteId;
        f.siteName = h->siteName;
    }
    return {};
}

} // namespace

QString FollowUpFindings::flagsText(int flags)
{
    QStringList parts;
    if (flags & FlagBelowLine)
        parts << tr("below the monitoring line");
    if (flags & FlagDrop)
        parts << tr("income dropped");
    if (flags & FlagLargeExpense)
        parts << tr("large expense");
    return parts.join(tr(", "));
}

Result<FollowUpFindingsList> FollowUpFindings::forMonth(QDate month, qint64 siteId, QDate today) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadIncome, siteId); !denied)
        return denied;
    if (!month.isValid())
        return Outcome::error(tr("Choose the month."));
    const auto failed = [this](const QString& error) {
        return Outcome::error(tr("The findings could not be read: %1").arg(error));
    };
    FollowUpFindingsList list;
    list.month = QDate(month.year(), month.month(), 1);
    const QDate last = list.month.addMonths(1).addDays(-1);
    list.asOf = std::min(today, last);
    const IncomeSettings settings = IncomeSettings::load(m_db);

    QString error;
    const QHash<qint64, FindingHousehold> flagged =
        flaggedHouseholds(m_db, list.month, siteId, settings, &error);
    if (!error.isEmpty())
        return failed(error);

    // Where each household's monitoring cases stand, one grouped row per household with a case.
    QHash<qint64, CaseState> cases;
    {
        QVariantList values{sqlDate(list.asOf),  sqlDate(list.asOf), sqlDate(list.asOf),
                            sqlDate(list.asOf),  sqlDate(list.asOf), sqlDate(list.asOf),
                            sqlDate(list.month), sqlDate(last),      sqlDate(last)};
        QString sql = QStringLiteral(
            "SELECT m.household_id,"
            " MAX(CASE WHEN m.entered_on <= ? AND (m.eliminated_on IS NULL OR m.eliminated_on > ?)"
            " THEN 1 ELSE 0 END),"
            " MAX(CASE WHEN m.discovered_on <= ? AND (m.entered_on IS NULL OR m.entered_on > ?)"
            " AND (m.declined_on IS NULL OR m.declined_on > ?) AND (m.eliminated_on IS NULL OR "
            "m.eliminated_on > ?)"
            " THEN 1 ELSE 0 END),"
            " MAX(CASE WHEN m.declined_on >= ? THEN 1 ELSE 0 END),"
            " MAX(CASE WHEN m.entered_on <= ? AND (m.eliminated_on IS NULL OR m.eliminated_on > ?)"
            " THEN 1 ELSE 0 END)"
            " FROM monitoring_cases m");
        // The households are joined only to narrow to a site or the user's sites: for the whole office the
        // server otherwise read all of them to join 20,000 cases (0.2 s at 280,000 households).
        const QString sites = siteSql(m_db, siteId, &values);
        if (!sites.isEmpty())
            sql += QStringLiteral(" JOIN households h ON h.id = m.household_id WHERE 1 = 1") + sites;
        sql += QStringLiteral(" GROUP BY m.household_id");
        QSqlQuery q(m_db.connection());
        if (!run(q, sql, values))
            return failed(q.lastError().text());
        while (q.next())
            cases.insert(q.value(0).toLongLong(), {q.value(1).toInt() == 1, q.value(2).toInt() == 1,
                                                   q.value(3).toInt() == 1, q.value(4).toInt() == 1});
    }

    // 应纳尽纳: flagged, neither monitored nor in entry review on the day asked, and not declined since the
    // month began (a decline after the flag's month counts as reviewed).
    for (const FindingHousehold& h : flagged) {
        const CaseState state = cases.value(h.householdId);
        if (state.monitoredAsOf || state.inReview || state.declined)
            continue;
        list.intake.append(
            {h, flagsText(h.flags),
             tr("Take the household into the monitoring procedure (入户核实), or review it and "
                "record why it is declined.")});
    }
    std::sort(list.intake.begin(), list.intake.end(), [](const IntakeFinding& a, const IntakeFinding& b) {
        return a.household.householdNumber < b.household.householdNumber;
    });

    // 应兜尽兜. The households at risk: flagged in the month (named by the flags query) or monitored at the
    // month's end (from the cases above, already narrowed to the site). The monitored ones are named below,
    // and only those with someone to cover: read by key, where naming all 6,000 monitored households of a
    // province first made the server read every household (0.28 s at 280,000 households).
    QHash<qint64, FindingHousehold> atRisk = flagged;
    QSet<qint64> unnamed;
    for (auto c = cases.cbegin(); c != cases.cend(); ++c) {
        if (c->monitoredAtEnd && !atRisk.contains(c.key())) {
            FindingHousehold h;
            h.householdId = c.key();
            atRisk.insert(c.key(), h);
            unnamed.insert(c.key());
        }
    }
    // Who is covered at the month's end: an enrolment in a finding scheme holding that day, or a reason.
    QSet<qint64> covered;
    {
        QVariantList values;
        QString schemes;
        for (const QString& scheme : std::as_const(settings.findingSchemes)) {
            schemes += schemes.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
            values << scheme;
        }
        values << sqlDate(last) << sqlDate(last) << sqlDate(last) << sqlDate(last);
        QSqlQuery q(m_db.connection());
        if (!run(q,
                 QStringLiteral("SELECT e.person_id FROM safety_net_enrolments e WHERE e.scheme IN (") +
                     schemes +
                     QStringLiteral(
                         ") AND e.valid_from <= ? AND (e.valid_to IS NULL OR e.valid_to > ?)"
                         " UNION SELECT x.person_id FROM safety_net_exemptions x WHERE x.valid_from <= ?"
                         " AND (x.valid_to IS NULL OR x.valid_to > ?)"),
                 values))
            return failed(q.lastError().text());
        while (q.next())
            covered.insert(q.value(0).toLongLong());
    }
    // The persons with no or weak labour, active at the month's end, of the households at risk: read by
    // household through its index, a few hundred households a statement (the at-risk households are a few
    // per cent of the office; a pass over every person read half a million rows at 280,000 households).
    QList<qint64> atRiskIds = atRisk.keys();
    std::sort(atRiskIds.begin(), atRiskIds.end());
    const QString todo = tr("Check whether the person qualifies for 低保 or 特困供养 and enrol them, or "
                            "record why not.");
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < atRiskIds.size(); from += Chunk) {
        const QList<qint64> chunk = atRiskIds.mid(from, Chunk);
        QVariantList values{sqlDate(last)};
        QStringList marks;
        for (const qint64 id : chunk) {
            marks.append(QStringLiteral("?"));
            values << id;
        }
        const QString sql =
            QStringLiteral("SELECT p.id, p.name, p.labour_capacity, p.household_id FROM persons p"
                           " WHERE (p.labour_capacity = 'weak' OR p.labour_capacity = 'lost' OR "
                           "p.labour_capacity = 'none')"
                           " AND (p.state = 'active' OR p.state_date > ?) AND p.household_id IN (%1)")
                .arg(marks.join(u','));
        QSqlQuery q(m_db.connection());
        if (!run(q, sql, values))
            return failed(q.lastError().text());
        while (q.next()) {
            const qint64 householdId = q.value(3).toLongLong();
            const auto household = atRisk.constFind(householdId);
            if (household == atRisk.cend())
                continue;
            const qint64 personId = q.value(0).toLongLong();
            if (covered.contains(personId))
                continue;
            CoverFinding f;
            f.personId = personId;
            f.personName = q.value(1).toString();
            f.labourCapacity = q.value(2).toString();
            f.householdId = householdId;
            f.householdNumber = household->householdNumber;
            f.headName = household->headName;
            f.siteId = household->siteId;
            f.siteName = household->siteName;
            f.monitored = cases.value(householdId).monitoredAtEnd;
            f.flags = household->flags;
            QStringList why;
            if (f.monitored)
                why << tr("monitored household");
            if (f.flags != 0)
                why << tr("flagged this month: %1").arg(flagsText(f.flags));
            f.why = why.join(tr("; "));
            f.todo = todo;
            list.cover.append(f);
        }
    }
    if (const QString error = nameMonitored(m_db, list.cover, unnamed, last); !error.isEmpty())
        return failed(error);
    std::sort(list.cover.begin(), list.cover.end(), [](const CoverFinding& a, const CoverFinding& b) {
        return a.householdNumber != b.householdNumber ? a.householdNumber < b.householdNumber
                                                      : a.personId < b.personId;
    });
    return list;
}

} // namespace anju::income

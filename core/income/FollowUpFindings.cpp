#include "income/FollowUpFindings.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlValues.h"

#include <QHash>
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
    const QHash<qint64, FlaggedHousehold> flagged =
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
            " FROM monitoring_cases m JOIN households h ON h.id = m.household_id WHERE 1 = 1");
        sql += siteSql(m_db, siteId, &values);
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
    for (const FlaggedHousehold& h : flagged) {
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

    // 应兜尽兜: the active persons with no or weak labour in active households, holding no enrolment in a
    // finding scheme and no exemption at the month's end; kept when the household is monitored at the
    // month's end or flagged in the month.
    {
        QVariantList values{sqlDate(last), sqlDate(last), sqlDate(last)};
        QString schemes;
        for (const QString& scheme : std::as_const(settings.findingSchemes)) {
            schemes += schemes.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
            values << scheme;
        }
        values << sqlDate(last) << sqlDate(last) << sqlDate(last) << sqlDate(last);
        QString sql = QStringLiteral(
            "SELECT p.id, p.name, p.labour_capacity, h.id, h.number, h.site_id, s.name, hp.name"
            " FROM persons p JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id"
            " LEFT JOIN persons hp ON hp.household_id = h.id AND hp.relationship = 'head' AND hp.state = "
            "'active'"
            " WHERE (p.labour_capacity = 'weak' OR p.labour_capacity = 'lost' OR p.labour_capacity = 'none')"
            " AND (p.state = 'active' OR p.state_date > ?)"
            " AND (h.relocation_date IS NULL OR h.relocation_date <= ?) AND (h.state = 'active' OR "
            "h.state_date > ?)"
            " AND NOT EXISTS (SELECT 1 FROM safety_net_enrolments e WHERE e.person_id = p.id AND e.scheme IN "
            "(");
        sql += schemes;
        sql +=
            QStringLiteral(") AND e.valid_from <= ? AND (e.valid_to IS NULL OR e.valid_to > ?))"
                           " AND NOT EXISTS (SELECT 1 FROM safety_net_exemptions x WHERE x.person_id = p.id"
                           " AND x.valid_from <= ? AND (x.valid_to IS NULL OR x.valid_to > ?))");
        sql += siteSql(m_db, siteId, &values);
        sql += QStringLiteral(" ORDER BY h.number, p.id");
        QSqlQuery q(m_db.connection());
        if (!run(q, sql, values))
            return failed(q.lastError().text());
        const QString todo = tr("Check whether the person qualifies for 低保 or 特困供养 and enrol them, or "
                                "record why not.");
        while (q.next()) {
            const qint64 householdId = q.value(3).toLongLong();
            const bool monitored = cases.value(householdId).monitoredAtEnd;
            const auto flaggedIt = flagged.constFind(householdId);
            const int flags = flaggedIt == flagged.cend() ? 0 : flaggedIt->flags;
            if (!monitored && flags == 0)
                continue;
            CoverFinding f;
            f.personId = q.value(0).toLongLong();
            f.personName = q.value(1).toString();
            f.labourCapacity = q.value(2).toString();
            f.householdId = householdId;
            f.householdNumber = q.value(4).toString();
            f.siteId = q.value(5).toLongLong();
            f.siteName = q.value(6).toString();
            f.headName = q.value(7).toString();
            f.monitored = monitored;
            f.flags = flags;
            QStringList why;
            if (monitored)
                why << tr("monitored household");
            if (flags != 0)
                why << tr("flagged this month: %1").arg(flagsText(flags));
            f.why = why.join(tr("; "));
            f.todo = todo;
            list.cover.append(f);
        }
    }
    return list;
}

} // namespace anju::income

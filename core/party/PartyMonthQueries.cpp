#include "party/PartyMonthQueries.h"

#include "database/Database.h"
#include "database/SqlValues.h"
#include "party/PartyEnums.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace anju::party {

namespace {

// The organisation a member is counted in (PartyMember::organisationOn: the first stay, by start date,
// covering the day), as one number so that it can be grouped on: id * 2 for the stay covering the last
// day :l, else id * 2 + 1 for the one covering the first day :f; NULL in neither.
QString monthOrganisation(const QString& member)
{
    const auto stayOn = [&](const char* day, const char* code) {
        return QStringLiteral(
                   "(SELECT b.organisation_id * 2%1 FROM party_branch_stays b WHERE b.member_id = %2"
                   " AND b.start_date <= %3 AND (b.end_date IS NULL OR b.end_date > %3)"
                   " ORDER BY b.start_date, b.id LIMIT 1)")
            .arg(QLatin1String(code), member, QLatin1String(day));
    };
    return QStringLiteral("COALESCE(%1, %2)").arg(stayOn(":l", ""), stayOn(":f", " + 1"));
}

MonthOrganisation decoded(const QVariant& code)
{
    if (code.isNull())
        return {};
    const qint64 n = code.toLongLong();
    return {n / 2, n % 2 == 0};
}

// A statement with named placeholders: the month's days :f and :l, and values added as it is written.
class Statement
{
public:
    QString sql;

    QString value(const QVariant& v)
    {
        const QString name = QStringLiteral(":v%1").arg(m_values.size());
        m_values.append({name, v});
        return name;
    }
    // " AND <column> IN (…)" for a limited scope, nothing for every organisation.
    QString within(const QString& column, const QList<qint64>& ids)
    {
        if (ids.isEmpty())
            return {};
        QStringList names;
        for (qint64 id : ids)
            names.append(value(id));
        return QStringLiteral(" AND %1 IN (%2)").arg(column, names.join(QStringLiteral(", ")));
    }
    QString memberWithin(const QString& memberColumn, const QList<qint64>& ids)
    {
        if (ids.isEmpty())
            return {};
        return QStringLiteral(" AND %1 IN (SELECT r.member_id FROM party_branch_stays r WHERE 1 = 1%2)")
            .arg(memberColumn, within(QStringLiteral("r.organisation_id"), ids));
    }

    // The query run, ready to read; the database's text when it failed.
    Result<QSqlQuery> run(const Database& db, QDate first, QDate last) const
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        bool ok = q.prepare(sql);
        if (ok) {
            if (sql.contains(QLatin1String(":f")))
                q.bindValue(QStringLiteral(":f"), sqlDate(first));
            if (sql.contains(QLatin1String(":l")))
                q.bindValue(QStringLiteral(":l"), sqlDate(last));
            for (const auto& [name, v] : m_values)
                q.bindValue(name, v);
            ok = q.exec();
        }
        if (!ok)
            return Outcome::failure(QLatin1String(Field::General), q.lastError().text());
        return q;
    }

private:
    QList<std::pair<QString, QVariant>> m_values;
};

// year * 12 + month of a date column or expression, on both engines (an ISO text date on SQLite; the
// PostgreSQL driver sets DateStyle ISO, so a date cast to text reads the same).
QString monthIndex(const QString& date)
{
    return QStringLiteral("(CAST(substr(CAST(%1 AS TEXT), 1, 4) AS INTEGER) * 12"
                          " + CAST(substr(CAST(%1 AS TEXT), 6, 2) AS INTEGER))")
        .arg(date);
}

// The bracket's rate of an income, as PartyRules::basisPointsFor.
QString basisPoints(Statement& s, const QList<DuesBracket>& brackets)
{
    QString sql = QStringLiteral("CASE");
    for (const DuesBracket& b : brackets) {
        if (b.upTo < 0)
            return sql + QStringLiteral(" ELSE CAST(%1 AS BIGINT) END").arg(s.value(b.basisPoints));
        sql += QStringLiteral(" WHEN d.monthly_income <= %1 THEN CAST(%2 AS BIGINT)")
                   .arg(s.value(b.upTo), s.value(b.basisPoints));
    }
    return sql + QStringLiteral(" ELSE CAST(%1 AS BIGINT) END")
                     .arg(s.value(brackets.isEmpty() ? 0 : brackets.last().basisPoints));
}

// The monthly dues of a basis row d in fen, as PartyRules::monthlyDues (half up to the fen).
QString monthlyDues(Statement& s, const DuesRateTable& table)
{
    return QStringLiteral("CASE d.category"
                          " WHEN 'employed' THEN (d.monthly_income * (%1) + 5000) / 10000"
                          " WHEN 'retired' THEN (d.monthly_income * (%2) + 5000) / 10000"
                          " WHEN 'farmer' THEN CASE WHEN d.fixed_amount > 0 THEN d.fixed_amount"
                          "  ELSE CAST(%3 AS BIGINT) END"
                          " ELSE CAST(%4 AS BIGINT) END")
        .arg(basisPoints(s, table.employed), basisPoints(s, table.retired), s.value(table.farmerMin),
             s.value(table.minimal));
}

} // namespace

PartyMonthQueries::PartyMonthQueries(const Database& db, QDate first, QDate last,
                                     const QList<qint64>& organisationIds)
    : m_db(db), m_first(first), m_last(last), m_organisationIds(organisationIds)
{
}

Result<QList<MonthOrganisationInfo>> PartyMonthQueries::organisations(qint64 siteId) const
{
    const QString existing = QStringLiteral("(%1.founding_date IS NULL OR %1.founding_date <= :l)"
                                            " AND (%1.dissolved_date IS NULL OR %1.dissolved_date > :l)");
    Statement s;
    if (siteId == 0) {
        s.sql = QStringLiteral("SELECT o.id, o.kind, o.founding_date FROM party_organisations o WHERE ") +
                existing.arg(QLatin1Char('o'));
    } else {
        // Those covering the site and, level by level, the existing organisations under them.
        s.sql =
            QStringLiteral("WITH RECURSIVE scope(id) AS (SELECT o.id FROM party_organisation_sites c"
                           " JOIN party_organisations o ON o.id = c.organisation_id WHERE c.site_id = %1"
                           " AND c.start_date <= :l AND (c.end_date IS NULL OR c.end_date > :l) AND %2"
                           " UNION SELECT o.id FROM party_organisations o JOIN scope p ON o.parent_id = p.id"
                           " WHERE %2)"
                           " SELECT o.id, o.kind, o.founding_date FROM party_organisations o"
                           " WHERE o.id IN (SELECT id FROM scope)")
                .arg(s.value(siteId), existing.arg(QLatin1Char('o')));
    }
    Result<QSqlQuery> read = s.run(m_db, m_first, m_last);
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    QList<MonthOrganisationInfo> rows;
    QHash<qint64, int> index;
    while (q.next()) {
        const auto kind = enumFromKey<OrganisationKind>(q.value(1).toString());
        index.insert(q.value(0).toLongLong(), int(rows.size()));
        rows.append({q.value(0).toLongLong(),
                     kind == OrganisationKind::Branch || kind == OrganisationKind::JointBranch,
                     dateFrom(q.value(2)), 0});
    }
    if (rows.isEmpty())
        return rows;
    QList<qint64> ids;
    if (siteId != 0)
        for (const MonthOrganisationInfo& o : std::as_const(rows))
            ids.append(o.id);
    Statement c;
    c.sql =
        QStringLiteral("SELECT organisation_id, COUNT(*) FROM party_committee_seats WHERE start_date <= :l"
                       " AND (end_date IS NULL OR end_date > :l)%1 GROUP BY organisation_id")
            .arg(c.within(QStringLiteral("organisation_id"), ids));
    Result<QSqlQuery> seats = c.run(m_db, m_first, m_last);
    if (!seats)
        return seats;
    for (QSqlQuery& seat = seats.value(); seat.next();)
        if (const auto i = index.constFind(seat.value(0).toLongLong()); i != index.cend())
            rows[*i].committeeSeats = seat.value(1).toInt();
    return rows;
}

// Stage and state at the month's end: the member's current stage and state (kept with the history, whose
// rows are only added in date order) when their date is not after it, else the last history row by then.
Result<QList<MemberGroupRow>> PartyMonthQueries::members(const DuesRateTable& dues) const
{
    Statement s;
    const QString amount = monthlyDues(s, dues);
    // The basis in force: the latest that began by the month, or the first when all lie ahead.
    const QString basis =
        QStringLiteral(
            "COALESCE((SELECT %1 FROM party_dues_bases d WHERE d.member_id = m.id AND d.from_month <= :f"
            " ORDER BY d.from_month DESC LIMIT 1),"
            " (SELECT %1 FROM party_dues_bases d WHERE d.member_id = m.id ORDER BY d.from_month LIMIT 1), 0)")
            .arg(amount);
    // Owing needs probationary or full at the month's end; stages only move forward, so the current stage
    // is one of those too. The state is checked on the group.
    const QString owing = QStringLiteral("m.stage IN ('probationary', 'full') AND (m.dues_from IS NULL"
                                         " OR m.dues_from <= :l)");
    // Full at the month's end from the end of probation once a conversion is recorded, whatever day its
    // meeting was (PartyRules::fullMemberSince): the admission's month + 12 + the extension months is not
    // after the month, as :l is a month's last day (admitted on the 31st, the probation ends on the last day
    // of a short month, still inside it). Without an admission, from the conversion's own date.
    // The admission and the extensions are read once for all members (p, joined below), not per member in
    // correlated sub-selects: SQLite without statistics picks the (event, step_date) index for
    // "member_id = ? AND event = ?" and then walks every admission of the office for each member, which
    // made the section quadratic (5.8 s of CPU at 28,000 households; docs/benchmarks.md, 2026-12-06).
    const QString probation =
        QStringLiteral("LEFT JOIN (SELECT a.member_id,"
                       " MAX(CASE WHEN a.event = 'admission' THEN a.step_date END) AS admitted,"
                       " SUM(CASE WHEN a.event = 'probation_extension' THEN a.extension_months ELSE 0 END)"
                       " AS extended"
                       " FROM party_stage_steps a WHERE a.event IN ('admission', 'probation_extension')"
                       " GROUP BY a.member_id) p ON p.member_id = m.id");
    const QString fullByEnd =
        QStringLiteral("m.stage = 'full' AND CASE WHEN p.admitted IS NULL THEN m.stage_date <= :l ELSE"
                       " %1 + 12 + COALESCE(p.extended, 0) <= %2 END")
            .arg(monthIndex(QStringLiteral("p.admitted")), s.value(m_last.year() * 12 + m_last.month()));
    s.sql = QStringLiteral(
                "SELECT %1,"
                " CASE WHEN %5 THEN 'full' WHEN m.stage <> 'full' AND m.stage_date <= :l THEN m.stage"
                "  ELSE (SELECT CASE t.event"
                "  WHEN 'application' THEN 'applicant' WHEN 'admission' THEN 'probationary'"
                "  ELSE t.event END FROM party_stage_steps t"
                "  WHERE t.member_id = m.id AND t.step_date <= :l AND t.event <> 'application_talk'"
                "  AND t.event <> 'probation_extension' AND t.event <> 'conversion'"
                "  ORDER BY t.step_date DESC, t.id DESC LIMIT 1) END,"
                " CASE WHEN m.state_date <= :l THEN m.state ELSE (SELECT x.state FROM party_member_states x"
                "  WHERE x.member_id = m.id AND x.state_date <= :l ORDER BY x.state_date DESC, x.id DESC"
                "  LIMIT 1) END,"
                " COUNT(*), SUM(CASE WHEN %2 THEN 1 ELSE 0 END), SUM(CASE WHEN %2 THEN %3 ELSE 0 END)"
                " FROM party_members m %6 WHERE 1 = 1%4 GROUP BY 1, 2, 3")
                .arg(monthOrganisation(QStringLiteral("m.id")), owing, basis,
                     s.memberWithin(QStringLiteral("m.id"), m_organisationIds), fullByEnd, probation);
    Result<QSqlQuery> read = s.run(m_db, m_first, m_last);
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    QList<MemberGroupRow> rows;
    while (q.next())
        rows.append({decoded(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toInt(), q.value(5).toLongLong()});
    return rows;
}

Result<QList<KeyedCountRow>> PartyMonthQueries::stageSteps() const
{
    Statement s;
    s.sql = QStringLiteral("SELECT %1, t.event, COUNT(*) FROM party_stage_steps t"
                           " WHERE t.event IN ('application', 'activist', 'development_target', 'admission',"
                           " 'conversion') AND t.step_date >= :f AND t.step_date <= :l%2 GROUP BY 1, 2")
                .arg(monthOrganisation(QStringLiteral("t.member_id")),
                     s.memberWithin(QStringLiteral("t.member_id"), m_organisationIds));
    Result<QSqlQuery> read = s.run(m_db, m_first, m_last);
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    QList<KeyedCountRow> rows;
    while (q.next())
        rows.append({decoded(q.value(0)), q.value(1).toString(), 0, q.value(2).toInt()});
    return rows;
}

// Every transfer completed in the month (a handful): the caller keeps those of its scope.
Result<QList<KeyedCountRow>> PartyMonthQueries::transfers() const
{
    Statement s;
    s.sql = QStringLiteral("SELECT %1, t.direction, t.organisation_id, COUNT(*) FROM party_transfers t"
                           " WHERE t.completed_date >= :f AND t.completed_date <= :l GROUP BY 1, 2, 3")
                .arg(monthOrganisation(QStringLiteral("t.member_id")));
    Result<QSqlQuery> read = s.run(m_db, m_first, m_last);
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    QList<KeyedCountRow> rows;
    while (q.next())
        rows.append(
            {decoded(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt()});
    return rows;
}

Result<QList<DuesPaymentRow>> PartyMonthQueries::duesPayments() const
{
    Statement s;
    const QString forMonth = QStringLiteral("p.month = :f AND p.paid_on <= :l");
    s.sql = QStringLiteral(
                "SELECT %1, SUM(CASE WHEN %2 THEN 1 ELSE 0 END), SUM(CASE WHEN %2 THEN p.amount ELSE 0 END),"
                " SUM(CASE WHEN p.paid_on >= :f AND p.paid_on <= :l THEN p.amount ELSE 0 END)"
                " FROM party_dues_payments p"
                " WHERE (p.month = :f OR (p.paid_on >= :f AND p.paid_on <= :l))%3 GROUP BY 1")
                .arg(monthOrganisation(QStringLiteral("p.member_id")), forMonth,
                     s.memberWithin(QStringLiteral("p.member_id"), m_organisationIds));
    Result<QSqlQuery> read = s.run(m_db, m_first, m_last);
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    QList<DuesPaymentRow> rows;
    while (q.next())
        rows.append(
            {decoded(q.value(0)), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return rows;
}

Result<QList<MeetingRow>> PartyMonthQueries::meetings(const QList<MeetingPeriod>& periods) const
{
    Statement s;
    QDate from = m_first;
    QString flags;
    for (const MeetingPeriod& p : periods) {
        from = std::min(from, p.periodStart);
        flags += QStringLiteral(", MAX(CASE WHEN g.type = %1 AND g.meeting_date >= %2 THEN 1 ELSE 0 END)")
                     .arg(s.value(p.typeKey), s.value(sqlDate(p.periodStart)));
    }
    s.sql = QStringLiteral("SELECT g.organisation_id, SUM(CASE WHEN g.meeting_date >= :f THEN 1 ELSE 0 END)%1"
                           " FROM party_meetings g WHERE g.meeting_date >= %2 AND g.meeting_date <= :l%3"
                           " GROUP BY g.organisation_id")
                .arg(flags, s.value(sqlDate(from)),
                     s.within(QStringLiteral("g.organisation_id"), m_organisationIds));
    Result<QSqlQuery> read = s.run(m_db, m_first, m_last);
    if (!read)
        return read;
    QSqlQuery& q = read.value();
    QList<MeetingRow> rows;
    while (q.next()) {
        MeetingRow row{q.value(0).toLongLong(), q.value(1).toInt(), {}};
        for (int i = 0; i < periods.size(); ++i)
            row.heldInPeriod.append(q.value(2 + i).toInt() != 0);
        rows.append(row);
    }
    return rows;
}

} // namespace anju::party

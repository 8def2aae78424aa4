#include "work/EmploymentRepository.h"

#include "access/IdentityMask.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"
#include "registry/IdentitySearch.h"
#include "registry/SearchCondition.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace anju::work {

namespace {

// The person of a row (alias p), their household (h) and its site (s): PersonColumnCount columns.
const QString PersonColumns = QStringLiteral(
    "p.id, p.name, p.id_number, p.sex, p.birth_date, p.labour_capacity, h.id, h.number, h.site_id, s.name");
constexpr int PersonColumnCount = 10;
const QString PersonJoins =
    QStringLiteral(" JOIN persons p ON p.id = %1.person_id JOIN households h ON h.id = p.household_id"
                   " JOIN sites s ON s.id = h.site_id");

const QString JobColumns = QStringLiteral(
    "e.id, e.person_id, e.channel, e.employer, e.place, e.destination_province, e.destination_city,"
    " e.broker_id, e.batch_id, e.workshop_id, e.post_id, e.monthly_income, e.started_on, e.ended_on,"
    " e.end_reason, e.source, e.note, e.row_version");
constexpr int JobColumnCount = 18;
const QString WishColumns =
    QStringLiteral("x.id, x.person_id, x.kind, x.place, x.detail, x.recorded_on, x.collected_by, x.closed_on,"
                   " x.close_reason, x.row_version");
const QString AbsenceColumns =
    QStringLiteral("a.id, a.person_id, a.reason, a.note, a.valid_from, a.valid_to, a.row_version");
const QString PaymentColumns = QStringLiteral(
    "y.id, y.person_id, y.kind, y.month, y.amount, y.paid_on, y.employment_id, y.attendance_id, y.note,"
    " y.row_version");
const QString WorkshopColumns = QStringLiteral(
    "w.id, w.site_id, w.name, w.operator, w.trade, w.capacity, w.opened_on, w.closed_on, w.note,"
    " w.row_version");
const QString PostColumns = QStringLiteral(
    "w.id, w.site_id, w.kind, w.name, w.capacity, w.monthly_pay, w.opened_on, w.closed_on, w.note,"
    " w.row_version");
const QString BrokerColumns = QStringLiteral(
    "b.id, b.site_id, b.name, b.organisation, b.phone, b.valid_from, b.valid_to, b.note, b.row_version");
const QString BatchColumns = QStringLiteral(
    "t.id, t.site_id, t.departed_on, t.destination_province, t.destination_city, t.transport, t.organiser,"
    " t.headcount, t.note, t.row_version");

// "started <= ? AND (ended IS NULL OR ended > ?)": a dated row holding on the day bound twice.
QString holdingSql(const QString& from, const QString& to)
{
    return from + QStringLiteral(" <= ? AND (") + to + QStringLiteral(" IS NULL OR ") + to +
           QStringLiteral(" > ?)");
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    SqlRun::bind(q, values);
    return q.exec();
}

PersonRef personFrom(const Session* session, const QSqlQuery& q, int at)
{
    PersonRef ref;
    ref.personId = q.value(at).toLongLong();
    ref.name = q.value(at + 1).toString();
    ref.idNumber = Permissions::shownIdNumber(session, q.value(at + 2).toString());
    ref.sex = q.value(at + 3).toString();
    ref.birthDate = IdentityMask::shownBirthDate(session, dateFrom(q.value(at + 4)));
    ref.labourCapacity = q.value(at + 5).toString();
    ref.householdId = q.value(at + 6).toLongLong();
    ref.householdNumber = q.value(at + 7).toString();
    ref.siteId = q.value(at + 8).toLongLong();
    ref.siteName = q.value(at + 9).toString();
    return ref;
}

Employment jobFrom(const QSqlQuery& q, int at = 0)
{
    Employment e;
    e.id = q.value(at).toLongLong();
    e.personId = q.value(at + 1).toLongLong();
    e.channel = enumFromKey<Channel>(q.value(at + 2).toString()).value_or(Channel::Flexible);
    e.employer = q.value(at + 3).toString();
    e.place = q.value(at + 4).toString();
    e.destinationProvince = q.value(at + 5).toString();
    e.destinationCity = q.value(at + 6).toString();
    e.brokerId = q.value(at + 7).toLongLong();
    e.batchId = q.value(at + 8).toLongLong();
    e.workshopId = q.value(at + 9).toLongLong();
    e.postId = q.value(at + 10).toLongLong();
    e.monthlyIncome = q.value(at + 11).toLongLong();
    e.startedOn = dateFrom(q.value(at + 12));
    e.endedOn = dateFrom(q.value(at + 13));
    e.endReason = q.value(at + 14).toString();
    e.imported = q.value(at + 15).toString() == QLatin1String("import");
    e.note = q.value(at + 16).toString();
    e.rowVersion = q.value(at + 17).toInt();
    return e;
}

Wish wishFrom(const QSqlQuery& q, int at = 0)
{
    Wish w;
    w.id = q.value(at).toLongLong();
    w.personId = q.value(at + 1).toLongLong();
    w.kind = enumFromKey<WishKind>(q.value(at + 2).toString()).value_or(WishKind::Employment);
    w.place = q.value(at + 3).toString();
    w.detail = q.value(at + 4).toString();
    w.recordedOn = dateFrom(q.value(at + 5));
    w.collectedBy = q.value(at + 6).toString();
    w.closedOn = dateFrom(q.value(at + 7));
    w.closeReason = q.value(at + 8).toString();
    w.rowVersion = q.value(at + 9).toInt();
    return w;
}

Absence absenceFrom(const QSqlQuery& q, int at = 0)
{
    Absence a;
    a.id = q.value(at).toLongLong();
    a.personId = q.value(at + 1).toLongLong();
    a.reason = enumFromKey<AbsenceReason>(q.value(at + 2).toString()).value_or(AbsenceReason::Other);
    a.note = q.value(at + 3).toString();
    a.validFrom = dateFrom(q.value(at + 4));
    a.validTo = dateFrom(q.value(at + 5));
    a.rowVersion = q.value(at + 6).toInt();
    return a;
}

SupportPayment paymentFrom(const QSqlQuery& q, int at = 0)
{
    SupportPayment y;
    y.id = q.value(at).toLongLong();
    y.personId = q.value(at + 1).toLongLong();
    y.kind = enumFromKey<SupportKind>(q.value(at + 2).toString()).value_or(SupportKind::EmploymentAward);
    y.month = dateFrom(q.value(at + 3));
    y.amount = q.value(at + 4).toLongLong();
    y.paidOn = dateFrom(q.value(at + 5));
    y.employmentId = q.value(at + 6).toLongLong();
    y.attendanceId = q.value(at + 7).toLongLong();
    y.note = q.value(at + 8).toString();
    y.rowVersion = q.value(at + 9).toInt();
    return y;
}

Workshop workshopFrom(const QSqlQuery& q, int at = 0)
{
    Workshop w;
    w.id = q.value(at).toLongLong();
    w.siteId = q.value(at + 1).toLongLong();
    w.name = q.value(at + 2).toString();
    w.operatorName = q.value(at + 3).toString();
    w.trade = q.value(at + 4).toString();
    w.capacity = q.value(at + 5).toInt();
    w.openedOn = dateFrom(q.value(at + 6));
    w.closedOn = dateFrom(q.value(at + 7));
    w.note = q.value(at + 8).toString();
    w.rowVersion = q.value(at + 9).toInt();
    return w;
}

PublicPost postFrom(const QSqlQuery& q, int at = 0)
{
    PublicPost p;
    p.id = q.value(at).toLongLong();
    p.siteId = q.value(at + 1).toLongLong();
    p.kind = enumFromKey<PostKind>(q.value(at + 2).toString()).value_or(PostKind::Other);
    p.name = q.value(at + 3).toString();
    p.capacity = q.value(at + 4).toInt();
    p.monthlyPay = q.value(at + 5).toLongLong();
    p.openedOn = dateFrom(q.value(at + 6));
    p.closedOn = dateFrom(q.value(at + 7));
    p.note = q.value(at + 8).toString();
    p.rowVersion = q.value(at + 9).toInt();
    return p;
}

LabourBroker brokerFrom(const QSqlQuery& q, int at = 0)
{
    LabourBroker b;
    b.id = q.value(at).toLongLong();
    b.siteId = q.value(at + 1).toLongLong();
    b.name = q.value(at + 2).toString();
    b.organisation = q.value(at + 3).toString();
    b.phone = q.value(at + 4).toString();
    b.validFrom = dateFrom(q.value(at + 5));
    b.validTo = dateFrom(q.value(at + 6));
    b.note = q.value(at + 7).toString();
    b.rowVersion = q.value(at + 8).toInt();
    return b;
}

TransportBatch batchFrom(const QSqlQuery& q, int at = 0)
{
    TransportBatch t;
    t.id = q.value(at).toLongLong();
    t.siteId = q.value(at + 1).toLongLong();
    t.departedOn = dateFrom(q.value(at + 2));
    t.destinationProvince = q.value(at + 3).toString();
    t.destinationCity = q.value(at + 4).toString();
    t.transport = q.value(at + 5).toString();
    t.organiser = q.value(at + 6).toString();
    t.headcount = q.value(at + 7).toInt();
    t.note = q.value(at + 8).toString();
    t.rowVersion = q.value(at + 9).toInt();
    return t;
}

// The site filter and the user's scope on `column` as " AND …" conditions.
QString siteSql(const Database& db, qint64 siteId, const QString& column, QVariantList* values)
{
    QString sql;
    if (siteId > 0) {
        sql += QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
        values->append(siteId);
    }
    const QString scope = Permissions::siteScopeSql(db.session(), column, values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    return sql;
}

// The search of a person list (alias p) as " AND (…)"; a refused search (a masked role typing ID digits)
// is the outcome. The first page records a search by ID digits in the trail, as the roster's search does.
Result<QString> searchSql(const Database& db, const QString& text, bool firstPage, QVariantList* values)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (firstPage) {
        if (Outcome refused = registry::IdentitySearch::admit(db, trimmed, QStringLiteral("employment"));
            !refused)
            return refused;
    } else if (Outcome refused = IdentityMask::searchRefusal(db.session(), trimmed); !refused) {
        return refused;
    }
    const registry::SqlCondition condition = registry::SearchCondition::forPersons(db, trimmed);
    if (condition.isEmpty())
        return QString();
    values->append(condition.values);
    return QString(QStringLiteral(" AND (") + condition.sql + QStringLiteral(")"));
}

} // namespace

Result<QList<EmploymentRow>> EmploymentRepository::readJobs(const EmploymentFilter& filter, bool countOnly,
                                                            int* count) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    QVariantList values;
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (filter.channel) {
        where += QStringLiteral(" AND e.channel = ?");
        values << enumKey(*filter.channel);
    }
    if (filter.holdingOn.isValid()) {
        where += QStringLiteral(" AND ") +
                 holdingSql(QStringLiteral("e.started_on"), QStringLiteral("e.ended_on"));
        values << sqlDate(filter.holdingOn) << sqlDate(filter.holdingOn);
    }
    const QString site = siteSql(m_db, filter.siteId, QStringLiteral("h.site_id"), &values);
    where += site;
    const Result<QString> search = searchSql(m_db, filter.search, !countOnly && filter.offset == 0, &values);
    if (!search)
        return Outcome(search);
    where += search.value();

    QSqlQuery q(m_db.connection());
    if (countOnly) {
        // Every job has a person, a household and a site (NOT NULL keys): without a site or a search the
        // jobs are counted alone, in an index (employments_started covers a day's holding,
        // employments_channel a channel's), not joined to three tables each (2 s at 280,000 households).
        const bool byPerson = !site.isEmpty() || !search.value().isEmpty();
        if (!run(q,
                 QStringLiteral("SELECT COUNT(*) FROM employments e") +
                     (byPerson ? PersonJoins.arg(QStringLiteral("e")) : QString()) + where,
                 values) ||
            !q.next())
            return Outcome::error(tr("The jobs could not be counted: %1").arg(q.lastError().text()));
        *count = q.value(0).toInt();
        return QList<EmploymentRow>{};
    }
    // Without a search, the households are walked in their index's order (households_site) and each one's
    // jobs looked up (employments_person), stopping at the page's end: on SQLite the CROSS JOINs fix that
    // order, which the planner would otherwise give up for employments_started and a sort of every job
    // holding on the day (0.3 s at 40,000 households, 6 ms this way). A search names few people, so its
    // plan is the planner's.
    const bool walkHouseholds = filter.search.trimmed().isEmpty();
    const QString from =
        walkHouseholds ? QStringLiteral(" FROM households h CROSS JOIN persons p CROSS JOIN employments e"
                                        " JOIN sites s ON s.id = h.site_id")
                       : QStringLiteral(" FROM employments e") + PersonJoins.arg(QStringLiteral("e"));
    const QString sql =
        QStringLiteral("SELECT ") + PersonColumns + QStringLiteral(", ") + JobColumns +
        QStringLiteral(", ws.name, po.name, br.name, bt.departed_on") + from +
        QStringLiteral(" LEFT JOIN work_workshops ws ON ws.id = e.workshop_id"
                       " LEFT JOIN work_posts po ON po.id = e.post_id"
                       " LEFT JOIN work_brokers br ON br.id = e.broker_id"
                       " LEFT JOIN work_transport_batches bt ON bt.id = e.batch_id") +
        where +
        (walkHouseholds ? QStringLiteral(" AND p.household_id = h.id AND e.person_id = p.id") : QString()) +
        QStringLiteral(" ORDER BY h.site_id, h.number, p.name, e.id LIMIT ? OFFSET ?");
    values << qMax(0, filter.limit) << qMax(0, filter.offset);
    if (!run(q, sql, values))
        return Outcome::error(tr("The jobs could not be read: %1").arg(q.lastError().text()));
    QList<EmploymentRow> rows;
    const int places = PersonColumnCount + JobColumnCount;
    while (q.next()) {
        EmploymentRow row;
        row.person = personFrom(m_db.session(), q, 0);
        row.employment = jobFrom(q, PersonColumnCount);
        row.placeName = EmploymentRules::placeName(
            row.employment, q.value(places).toString(), q.value(places + 1).toString(),
            q.value(places + 2).toString(), dateFrom(q.value(places + 3)));
        rows.append(row);
    }
    return rows;
}

Result<QList<EmploymentRow>> EmploymentRepository::jobs(const EmploymentFilter& filter) const
{
    return readJobs(filter, false, nullptr);
}

Result<int> EmploymentRepository::countJobs(const EmploymentFilter& filter) const
{
    int count = 0;
    const auto counted = readJobs(filter, true, &count);
    if (!counted)
        return Outcome(counted);
    return count;
}

Result<EmploymentHistory> EmploymentRepository::historyOf(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + PersonColumns + QStringLiteral(" FROM persons p") +
                 QStringLiteral(" JOIN households h ON h.id = p.household_id JOIN sites s ON s.id = h.site_id"
                                " WHERE p.id = ?"),
             {personId}) ||
        !q.next())
        return Outcome::failure(QString::fromLatin1(Field::EmploymentPerson),
                                tr("The person is not on file."));
    const PersonRef person = personFrom(m_db.session(), q, 0);
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, person.siteId); !denied)
        return denied;
    EmploymentHistory history;
    history.person = person;
    history.jobs = jobsOfPerson(personId);
    if (run(q,
            QStringLiteral("SELECT ") + WishColumns +
                QStringLiteral(" FROM work_wishes x WHERE x.person_id = ? ORDER BY x.recorded_on, x.id"),
            {personId}))
        while (q.next())
            history.wishes.append(wishFrom(q));
    if (run(q,
            QStringLiteral("SELECT ") + AbsenceColumns +
                QStringLiteral(
                    " FROM work_absence_reasons a WHERE a.person_id = ? ORDER BY a.valid_from, a.id"),
            {personId}))
        while (q.next())
            history.absences.append(absenceFrom(q));
    if (run(q,
            QStringLiteral("SELECT ") + PaymentColumns +
                QStringLiteral(" FROM work_support_payments y WHERE y.person_id = ? ORDER BY y.month, y.id"),
            {personId}))
        while (q.next())
            history.payments.append(paymentFrom(q));
    return history;
}

Result<QList<WorkshopRow>> EmploymentRepository::workshops(const PlaceFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    const QDate day = filter.openOn.isValid() ? filter.openOn : QDate::currentDate();
    QVariantList values{sqlDate(day), sqlDate(day)};
    QString sql =
        QStringLiteral("SELECT ") + WorkshopColumns +
        QStringLiteral(", s.name, (SELECT COUNT(*) FROM employments e WHERE e.workshop_id = w.id AND ") +
        holdingSql(QStringLiteral("e.started_on"), QStringLiteral("e.ended_on")) +
        QStringLiteral(") FROM work_workshops w JOIN sites s ON s.id = w.site_id WHERE 1 = 1");
    sql += siteSql(m_db, filter.siteId, QStringLiteral("w.site_id"), &values);
    if (filter.openOn.isValid()) {
        sql += QStringLiteral(" AND ") +
               holdingSql(QStringLiteral("w.opened_on"), QStringLiteral("w.closed_on"));
        values << sqlDate(filter.openOn) << sqlDate(filter.openOn);
    }
    sql += QStringLiteral(" ORDER BY w.site_id, w.name, w.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(tr("The workshops could not be read: %1").arg(q.lastError().text()));
    QList<WorkshopRow> rows;
    while (q.next())
        rows.append({workshopFrom(q), q.value(10).toString(), q.value(11).toInt()});
    return rows;
}

Result<QList<PostRow>> EmploymentRepository::posts(const PlaceFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    const QDate day = filter.openOn.isValid() ? filter.openOn : QDate::currentDate();
    QVariantList values;
    QString where = QStringLiteral(" WHERE 1 = 1");
    where += siteSql(m_db, filter.siteId, QStringLiteral("w.site_id"), &values);
    if (filter.openOn.isValid()) {
        where += QStringLiteral(" AND ") +
                 holdingSql(QStringLiteral("w.opened_on"), QStringLiteral("w.closed_on"));
        values << sqlDate(filter.openOn) << sqlDate(filter.openOn);
    }
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + PostColumns +
                 QStringLiteral(", s.name FROM work_posts w JOIN sites s ON s.id = w.site_id") + where +
                 QStringLiteral(" ORDER BY w.site_id, w.name, w.id"),
             values))
        return Outcome::error(tr("The posts could not be read: %1").arg(q.lastError().text()));
    QList<PostRow> rows;
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(rows.size()));
        rows.append({postFrom(q), q.value(10).toString(), {}});
    }
    // The holders of every listed post in one read: the same conditions on the posts, joined to their jobs.
    QVariantList holderValues{sqlDate(day), sqlDate(day)};
    holderValues.append(values);
    if (!run(q,
             QStringLiteral("SELECT e.post_id, ") + PersonColumns +
                 QStringLiteral(" FROM work_posts w JOIN employments e ON e.post_id = w.id AND ") +
                 holdingSql(QStringLiteral("e.started_on"), QStringLiteral("e.ended_on")) +
                 PersonJoins.arg(QStringLiteral("e")) + where + QStringLiteral(" ORDER BY h.number, p.name"),
             holderValues))
        return Outcome::error(tr("The posts' holders could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toLongLong());
        if (at != index.cend())
            rows[*at].holders.append(personFrom(m_db.session(), q, 1));
    }
    return rows;
}

Result<QList<BrokerRow>> EmploymentRepository::brokers(const PlaceFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    QVariantList values;
    QString sql =
        QStringLiteral("SELECT ") + BrokerColumns +
        QStringLiteral(
            ", s.name, (SELECT COUNT(DISTINCT e.person_id) FROM employments e WHERE e.broker_id = b.id)"
            " FROM work_brokers b LEFT JOIN sites s ON s.id = b.site_id WHERE 1 = 1");
    // A broker of the whole office (no site) serves every site, so every user sees them.
    if (filter.siteId > 0) {
        sql += QStringLiteral(" AND (b.site_id IS NULL OR b.site_id = ?)");
        values << filter.siteId;
    }
    const QString scope = Permissions::siteScopeSql(m_db.session(), QStringLiteral("b.site_id"), &values);
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND (b.site_id IS NULL OR ") + scope + QStringLiteral(")");
    if (filter.openOn.isValid()) {
        sql += QStringLiteral(" AND ") +
               holdingSql(QStringLiteral("b.valid_from"), QStringLiteral("b.valid_to"));
        values << sqlDate(filter.openOn) << sqlDate(filter.openOn);
    }
    sql += QStringLiteral(" ORDER BY b.name, b.id");
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, values))
        return Outcome::error(tr("The labour brokers could not be read: %1").arg(q.lastError().text()));
    QList<BrokerRow> rows;
    while (q.next()) {
        LabourBroker b = brokerFrom(q);
        b.phone = Permissions::shownPhone(m_db.session(), b.phone);
        rows.append({b, q.value(9).toString(), q.value(10).toInt()});
    }
    return rows;
}

Result<QList<BatchRow>> EmploymentRepository::batches(const PlaceFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    QVariantList values;
    QString where = QStringLiteral(" WHERE 1 = 1");
    where += siteSql(m_db, filter.siteId, QStringLiteral("t.site_id"), &values);
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND t.departed_on >= ?");
        values << sqlDate(filter.from);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND t.departed_on < ?");
        values << sqlDate(filter.to);
    }
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + BatchColumns +
                 QStringLiteral(", s.name FROM work_transport_batches t JOIN sites s ON s.id = t.site_id") +
                 where + QStringLiteral(" ORDER BY t.departed_on DESC, t.id DESC"),
             values))
        return Outcome::error(tr("The transport batches could not be read: %1").arg(q.lastError().text()));
    QList<BatchRow> rows;
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(rows.size()));
        rows.append({batchFrom(q), q.value(10).toString(), {}});
    }
    if (!run(q,
             QStringLiteral("SELECT e.batch_id, ") + PersonColumns +
                 QStringLiteral(" FROM work_transport_batches t JOIN employments e ON e.batch_id = t.id") +
                 PersonJoins.arg(QStringLiteral("e")) + where + QStringLiteral(" ORDER BY h.number, p.name"),
             values))
        return Outcome::error(tr("The batches' people could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toLongLong());
        if (at != index.cend())
            rows[*at].people.append(personFrom(m_db.session(), q, 1));
    }
    return rows;
}

Result<QList<WishRow>> EmploymentRepository::wishes(const WishFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    QVariantList values;
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (filter.kind) {
        where += QStringLiteral(" AND x.kind = ?");
        values << enumKey(*filter.kind);
    }
    if (filter.openOn.isValid()) {
        where += QStringLiteral(" AND ") +
                 holdingSql(QStringLiteral("x.recorded_on"), QStringLiteral("x.closed_on"));
        values << sqlDate(filter.openOn) << sqlDate(filter.openOn);
    }
    where += siteSql(m_db, filter.siteId, QStringLiteral("h.site_id"), &values);
    const Result<QString> search = searchSql(m_db, filter.search, filter.offset == 0, &values);
    if (!search)
        return Outcome(search);
    where += search.value();
    values << qMax(0, filter.limit) << qMax(0, filter.offset);
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + PersonColumns + QStringLiteral(", ") + WishColumns +
                 QStringLiteral(" FROM work_wishes x") + PersonJoins.arg(QStringLiteral("x")) + where +
                 QStringLiteral(" ORDER BY h.site_id, h.number, p.name, x.id LIMIT ? OFFSET ?"),
             values))
        return Outcome::error(tr("The wishes could not be read: %1").arg(q.lastError().text()));
    QList<WishRow> rows;
    while (q.next())
        rows.append({personFrom(m_db.session(), q, 0), wishFrom(q, PersonColumnCount)});
    return rows;
}

Result<QList<AbsenceRow>> EmploymentRepository::absences(const AbsenceFilter& filter) const
{
    if (Outcome denied = Permissions::require(m_db, Action::ReadWork, filter.siteId); !denied)
        return denied;
    QVariantList values;
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (filter.reason) {
        where += QStringLiteral(" AND a.reason = ?");
        values << enumKey(*filter.reason);
    }
    if (filter.holdingOn.isValid()) {
        where += QStringLiteral(" AND ") +
                 holdingSql(QStringLiteral("a.valid_from"), QStringLiteral("a.valid_to"));
        values << sqlDate(filter.holdingOn) << sqlDate(filter.holdingOn);
    }
    where += siteSql(m_db, filter.siteId, QStringLiteral("h.site_id"), &values);
    const Result<QString> search = searchSql(m_db, filter.search, filter.offset == 0, &values);
    if (!search)
        return Outcome(search);
    where += search.value();
    values << qMax(0, filter.limit) << qMax(0, filter.offset);
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + PersonColumns + QStringLiteral(", ") + AbsenceColumns +
                 QStringLiteral(" FROM work_absence_reasons a") + PersonJoins.arg(QStringLiteral("a")) +
                 where + QStringLiteral(" ORDER BY h.site_id, h.number, p.name, a.id LIMIT ? OFFSET ?"),
             values))
        return Outcome::error(tr("The absence reasons could not be read: %1").arg(q.lastError().text()));
    QList<AbsenceRow> rows;
    while (q.next())
        rows.append({personFrom(m_db.session(), q, 0), absenceFrom(q, PersonColumnCount)});
    return rows;
}

std::optional<Employment> EmploymentRepository::job(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT ") + JobColumns + QStringLiteral(" FROM employments e WHERE e.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return jobFrom(q);
}

QList<Employment> EmploymentRepository::jobsOfPerson(qint64 personId) const
{
    QList<Employment> list;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT ") + JobColumns +
                QStringLiteral(" FROM employments e WHERE e.person_id = ? ORDER BY e.started_on, e.id"),
            {personId}))
        while (q.next())
            list.append(jobFrom(q));
    return list;
}

QList<Employment> EmploymentRepository::jobsOnPost(qint64 postId) const
{
    QList<Employment> list;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT ") + JobColumns +
                QStringLiteral(" FROM employments e WHERE e.post_id = ? ORDER BY e.started_on, e.id"),
            {postId}))
        while (q.next())
            list.append(jobFrom(q));
    return list;
}

int EmploymentRepository::jobsFrom(const char* placeColumn, qint64 placeId, QDate day) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT COUNT(*) FROM employments e WHERE e.") + QLatin1String(placeColumn) +
                 QStringLiteral(" = ? AND (e.ended_on IS NULL OR e.ended_on > ?)"),
             {placeId, sqlDate(day)}) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<Workshop> EmploymentRepository::workshop(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + WorkshopColumns +
                 QStringLiteral(" FROM work_workshops w WHERE w.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return workshopFrom(q);
}

std::optional<PublicPost> EmploymentRepository::post(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT ") + PostColumns + QStringLiteral(" FROM work_posts w WHERE w.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return postFrom(q);
}

std::optional<LabourBroker> EmploymentRepository::broker(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + BrokerColumns +
                 QStringLiteral(" FROM work_brokers b WHERE b.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return brokerFrom(q);
}

std::optional<TransportBatch> EmploymentRepository::batch(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + BatchColumns +
                 QStringLiteral(" FROM work_transport_batches t WHERE t.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return batchFrom(q);
}

std::optional<Wish> EmploymentRepository::wish(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + WishColumns + QStringLiteral(" FROM work_wishes x WHERE x.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return wishFrom(q);
}

std::optional<Absence> EmploymentRepository::absence(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + AbsenceColumns +
                 QStringLiteral(" FROM work_absence_reasons a WHERE a.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return absenceFrom(q);
}

std::optional<SupportPayment> EmploymentRepository::payment(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT ") + PaymentColumns +
                 QStringLiteral(" FROM work_support_payments y WHERE y.id = ?"),
             {id}) ||
        !q.next())
        return std::nullopt;
    return paymentFrom(q);
}

std::optional<PersonOnFile> EmploymentRepository::personOnFile(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "SELECT p.id, h.site_id, p.name, p.birth_date, p.state, p.state_date FROM persons p"
                 " JOIN households h ON h.id = p.household_id WHERE p.id = ?"),
             {personId}) ||
        !q.next())
        return std::nullopt;
    PersonOnFile person;
    person.personId = q.value(0).toLongLong();
    person.siteId = q.value(1).toLongLong();
    person.name = q.value(2).toString();
    person.birthDate = dateFrom(q.value(3));
    const QString state = q.value(4).toString();
    person.active = state == QLatin1String("active");
    person.died = state == QLatin1String("deceased");
    person.stateDate = dateFrom(q.value(5));
    return person;
}

std::optional<qint64> EmploymentRepository::attendancePerson(qint64 attendanceId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT person_id FROM training_attendances WHERE id = ?"), {attendanceId}) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool EmploymentRepository::paid(qint64 personId, SupportKind kind, QDate month) const
{
    QSqlQuery q(m_db.connection());
    return run(q,
               QStringLiteral(
                   "SELECT 1 FROM work_support_payments WHERE person_id = ? AND month = ? AND kind = ?"),
               {personId, sqlDate(month), enumKey(kind)}) &&
           q.next();
}

} // namespace anju::work

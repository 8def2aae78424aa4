#include "audit/AuditLog.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "database/SqlRun.h"
#include "domain/Enums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace anju {

namespace {

QString utcText(const QDateTime& local)
{
    return local.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject jsonObject(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

constexpr char Columns[] =
    "id, at, user_name, action, record_type, record_id, household_id, changes, detail, db_login";

// ID numbers and phones in a change, old and new, as a role that sees them masked sees them elsewhere.
void maskIdentity(AuditEntry* e)
{
    // reporter_phone: whoever reported a grid case (schema 14); pairings and grid staff hold `phone`.
    for (const char* column :
         {"id_number", "cadre_id_number", "phone", "reporter_phone", "birth_date", "cadre_birth_date"}) {
        const QString key = QLatin1String(column);
        if (!e->changes.contains(key))
            continue;
        QJsonArray pair = e->changes.value(key).toArray();
        for (int i = 0; i < pair.size(); ++i) {
            if (!pair.at(i).isString())
                continue;
            const QString value = pair.at(i).toString();
            // The birth year only: the full date is what the ID mask hides.
            pair[i] = key.endsWith(QLatin1String("phone"))        ? Permissions::maskPhone(value)
                      : key.endsWith(QLatin1String("birth_date")) ? value.left(4)
                                                                  : Permissions::maskIdNumber(value);
        }
        e->changes.insert(key, pair);
    }
}

AuditEntry readEntry(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString().left(19), Qt::ISODate);
    e.at.setTimeZone(QTimeZone::utc());
    e.userName = q.value(2).toString();
    e.action = q.value(3).toString();
    e.recordType = q.value(4).toString();
    e.recordId = q.value(5).toLongLong();
    e.householdId = q.value(6).toLongLong();
    e.changes = jsonObject(q.value(7));
    e.detail = jsonObject(q.value(8));
    e.dbLogin = q.value(9).toString();
    return e;
}

// The trail a user limited to some sites may read (docs/security.md, "Who may do what"): the rows the
// trail can tie to one of their sites — a household or person by the site its household is on now, a
// site, a building by its site — and their own entries of rows tied to no site (their logins, exports,
// settings they changed). Other users' logins, users and roles, settings, party records (a branch may
// span sites) and others' events are the office's, for users of every site. Empty for those users.
QString siteScope(const Session* session, QVariantList* values)
{
    if (!session || session->coversEverySite())
        return {};
    // Appends the session's site ids to `values` in the order the conditions are written.
    const auto in = [&](const char* column) {
        return Permissions::siteScopeSql(session, QLatin1String(column), values);
    };
    QString condition = QStringLiteral("((record_type IN ('households', 'persons') AND household_id IN"
                                       " (SELECT id FROM households WHERE %1))")
                            .arg(in("site_id"));
    condition += QStringLiteral(" OR (record_type = 'sites' AND %1)").arg(in("record_id"));
    condition += QStringLiteral(" OR (record_type = 'buildings' AND record_id IN"
                                " (SELECT id FROM buildings WHERE %1))")
                     .arg(in("site_id"));
    condition += QStringLiteral(" OR (record_type NOT IN ('households', 'persons', 'sites', 'buildings')"
                                " AND user_id = ?))");
    values->append(session->userId);
    return condition;
}

// The trail of one household: its own rows and its members' (the triggers name the household on those),
// and the rows of the grids workflow that belong to it, found through their tables (docs/decisions.md,
// "A household's grid records in its history"): visits, visit tasks, pairings and their contacts, grid
// exceptions, care marks and its members' care categories, and the cases tied to it with their steps. Each
// part reads an index of audit_log (household, or record type and id). The grids' rows only for a session
// that may read the grids. The link rows of a case (grid_case_households) have no id of their own to be
// found by; the case they tie is in the list.
QString householdCondition(const Session* session, qint64 householdId, QVariantList* values)
{
    static const QStringList byRecord = {
        QStringLiteral("visits' AND record_id IN (SELECT id FROM visits WHERE household_id = ?"),
        QStringLiteral("visit_tasks' AND record_id IN (SELECT id FROM visit_tasks WHERE household_id = ?"),
        QStringLiteral("pairings' AND record_id IN (SELECT id FROM pairings WHERE household_id = ?"),
        QStringLiteral("pairing_contacts' AND record_id IN (SELECT pc.id FROM pairing_contacts pc"
                       " JOIN pairings p ON p.id = pc.pairing_id WHERE p.household_id = ?"),
        QStringLiteral("grid_household_exceptions' AND record_id IN"
                       " (SELECT id FROM grid_household_exceptions WHERE household_id = ?"),
        QStringLiteral("household_care_marks' AND record_id IN"
                       " (SELECT id FROM household_care_marks WHERE household_id = ?"),
        QStringLiteral("person_care_categories' AND record_id IN (SELECT pc.id FROM person_care_categories pc"
                       " JOIN persons p ON p.id = pc.person_id WHERE p.household_id = ?"),
        QStringLiteral("grid_cases' AND record_id IN"
                       " (SELECT case_id FROM grid_case_households WHERE household_id = ?"),
        QStringLiteral("grid_case_events' AND record_id IN (SELECT e.id FROM grid_case_events e"
                       " JOIN grid_case_households ch ON ch.case_id = e.case_id WHERE ch.household_id = ?"),
    };
    QStringList parts = {QStringLiteral("SELECT id FROM audit_log WHERE household_id = ?")};
    values->append(householdId);
    if (!Permissions::allows(session, Action::ReadGrids))
        return QStringLiteral("household_id = ?");
    for (const QString& part : byRecord) {
        parts.append(QStringLiteral("SELECT id FROM audit_log WHERE record_type = '") + part +
                     QStringLiteral(")"));
        values->append(householdId);
    }
    return QStringLiteral("id IN (") + parts.join(QStringLiteral(" UNION ALL ")) + QLatin1Char(')');
}

QString where(const Session* session, const AuditFilter& filter, QVariantList* values)
{
    QStringList conditions;
    if (const QString scope = siteScope(session, values); !scope.isEmpty())
        conditions.append(scope);
    if (!filter.userName.isEmpty()) {
        conditions.append(QStringLiteral("user_name = ?"));
        values->append(filter.userName);
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("at >= ?"));
        values->append(utcText(QDateTime(filter.from, QTime(0, 0))));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("at < ?"));
        values->append(utcText(QDateTime(filter.to.addDays(1), QTime(0, 0))));
    }
    if (filter.recordType == QLatin1String("event")) {
        conditions.append(QStringLiteral("record_type = ''"));
    } else if (!filter.recordType.isEmpty()) {
        conditions.append(QStringLiteral("record_type = ?"));
        values->append(filter.recordType);
    }
    if (filter.householdId > 0)
        conditions.append(householdCondition(session, filter.householdId, values));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

SqlOutcome AuditLog::record(const QString& action, const QJsonObject& detail, const QString& userName,
                            qint64 userId) const
{
    const Session* session = m_db.session();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (user_id, user_name, action, detail) VALUES (?, ?, ?, ?)"));
    const bool named = !userName.isEmpty();
    const qint64 id = named ? userId : (session ? session->userId : 0);
    q.addBindValue(id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(named ? userName : (session ? session->userName : QString()));
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return SqlRun::write(m_db, q);
}

SqlOutcome AuditLog::recordWithoutUser(const QString& action, const QJsonObject& detail) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (user_id, user_name, action, detail) VALUES (NULL, '', ?, ?)"));
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return SqlRun::write(m_db, q);
}

int AuditLog::count(const AuditFilter& filter) const
{
    if (!Permissions::allows(m_db.session(), Action::ReadAudit))
        return 0;
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log") + where(m_db.session(), filter, &values));
    SqlRun::bind(q, values);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<QList<AuditEntry>> AuditLog::page(const AuditFilter& filter, int offset, int limit) const
{
    if (Outcome allowed = Permissions::require(m_db, Action::ReadAudit); !allowed)
        return allowed;
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(Columns)) +
              where(m_db.session(), filter, &values) + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    SqlRun::bind(q, values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The audit trail could not be read: %1").arg(q.lastError().text()));
    QList<AuditEntry> entries;
    const bool mask = Permissions::masks(m_db.session());
    while (q.next()) {
        entries.append(readEntry(q));
        if (mask)
            maskIdentity(&entries.last());
    }
    return entries;
}

QList<AuditEntry> AuditLog::householdHistory(qint64 householdId) const
{
    QList<AuditEntry> entries;
    const Session* session = m_db.session();
    QSqlQuery site(m_db.connection());
    site.prepare(QStringLiteral("SELECT site_id FROM households WHERE id = ?"));
    site.addBindValue(householdId);
    if (!site.exec() || !site.next() ||
        !Permissions::require(session, Action::ReadRegistry, site.value(0).toLongLong()).ok())
        return entries;
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY id")
                  .arg(QLatin1String(Columns), householdCondition(session, householdId, &values)));
    SqlRun::bind(q, values);
    if (!q.exec())
        return entries;
    const bool mask = Permissions::masks(session);
    while (q.next()) {
        entries.append(readEntry(q));
        if (mask)
            maskIdentity(&entries.last());
    }
    return entries;
}

QStringList AuditLog::userNames() const
{
    QStringList names;
    const Session* session = m_db.session();
    if (!Permissions::allows(session, Action::ReadAudit))
        return names;
    QString sql = QStringLiteral("SELECT name FROM users UNION SELECT DISTINCT user_name FROM audit_log"
                                 " WHERE user_name IS NOT NULL ORDER BY 1");
    QVariantList values;
    if (const QString scope = siteScope(session, &values); !scope.isEmpty()) {
        // Users who share a site with this one, this user, and whoever wrote the trail this user reads.
        QVariantList sites;
        const QString shared = Permissions::siteScopeSql(session, QStringLiteral("us.site_id"), &sites);
        sql = QStringLiteral(
                  "SELECT u.name FROM users u WHERE u.id = ? OR u.id IN"
                  " (SELECT us.user_id FROM user_sites us WHERE %1)"
                  " UNION SELECT DISTINCT user_name FROM audit_log WHERE user_name IS NOT NULL AND %2"
                  " ORDER BY 1")
                  .arg(shared, scope);
        values = QVariantList{session->userId} + sites + values;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    SqlRun::bind(q, values);
    if (q.exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

QString AuditLog::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("insert"), QT_TR_NOOP("Added")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("login"), QT_TR_NOOP("Logged in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Failed login")},
        {QStringLiteral("locked"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backed up")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("migrate"), QT_TR_NOOP("Moved onto the server")},
        {QStringLiteral("password"), QT_TR_NOOP("Password set")},
        {QStringLiteral("unlock"), QT_TR_NOOP("Account unlocked")},
        {QStringLiteral("demo"), QT_TR_NOOP("Demo data made")},
        {QStringLiteral("search.identity"), QT_TR_NOOP("Searched by ID or phone digits")},
        {QStringLiteral("upgrade"), QT_TR_NOOP("Database upgraded")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

QString AuditLog::columnLabel(const QString& column, const QString& recordType)
{
    // "name" is a person's name, a site's or building's name, or a user's login.
    if (column == QLatin1String("name") && !recordType.isEmpty() && recordType != QLatin1String("persons"))
        return recordType == QLatin1String("users") ? tr("User name") : tr("Designation");
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("county_code"), QT_TR_NOOP("County")},
        {QStringLiteral("township"), QT_TR_NOOP("Township")},
        {QStringLiteral("urban"), QT_TR_NOOP("Urban")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("move_in_date"), QT_TR_NOOP("Move-in date")},
        {QStringLiteral("cross_township"), QT_TR_NOOP("Across townships")},
        {QStringLiteral("floors"), QT_TR_NOOP("Floors")},
        {QStringLiteral("key"), QT_TR_NOOP("Setting")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("user_id"), QT_TR_NOOP("User")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("relationship"), QT_TR_NOOP("Relationship")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("health"), QT_TR_NOOP("Health")},
        {QStringLiteral("disability_grade"), QT_TR_NOOP("Disability grade")},
        {QStringLiteral("labour_capacity"), QT_TR_NOOP("Labour capacity")},
        {QStringLiteral("in_school"), QT_TR_NOOP("In school")},
        {QStringLiteral("political_status"), QT_TR_NOOP("Political status")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("state_date"), QT_TR_NOOP("State since")},
        {QStringLiteral("household_id"), QT_TR_NOOP("Household")},
        {QStringLiteral("number"), QT_TR_NOOP("Household number")},
        {QStringLiteral("site_id"), QT_TR_NOOP("Site")},
        {QStringLiteral("dwelling_id"), QT_TR_NOOP("Dwelling")},
        {QStringLiteral("origin_county_code"), QT_TR_NOOP("Origin county")},
        {QStringLiteral("origin_township"), QT_TR_NOOP("Origin township")},
        {QStringLiteral("origin_village"), QT_TR_NOOP("Origin village")},
        {QStringLiteral("relocation_date"), QT_TR_NOOP("Relocation date")},
        {QStringLiteral("registration_moved"), QT_TR_NOOP("Registration moved")},
        {QStringLiteral("residence_permit"), QT_TR_NOOP("Residence permit")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
    };
    const auto it = labels.constFind(column);
    return it == labels.constEnd() ? column : tr(it.value());
}

QString AuditLog::detailText(const QJsonObject& detail)
{
    return detailLines(detail).join(tr("; "));
}

QStringList AuditLog::detailLines(const QJsonObject& detail)
{
    static const QHash<QString, const char*> keys = {
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("households"), QT_TR_NOOP("Households")},
        {QStringLiteral("persons"), QT_TR_NOOP("Persons")},
        {QStringLiteral("site_id"), QT_TR_NOOP("Site")},
        {QStringLiteral("automatic"), QT_TR_NOOP("Automatic")},
        {QStringLiteral("bulk"), QT_TR_NOOP("Bulk load")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("kept_aside"), QT_TR_NOOP("Kept aside as")},
        {QStringLiteral("seed"), QT_TR_NOOP("Seed")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("query"), QT_TR_NOOP("Searched for")},
        {QStringLiteral("search"), QT_TR_NOOP("Where")},
        {QStringLiteral("from_version"), QT_TR_NOOP("From schema")},
        {QStringLiteral("to_version"), QT_TR_NOOP("To schema")},
        {QStringLiteral("month"), QT_TR_NOOP("Month")},
        {QStringLiteral("checks_new"), QT_TR_NOOP("Income checks added")},
        {QStringLiteral("checks_changed"), QT_TR_NOOP("Income checks replaced")},
    };
    // Which search a "search.identity" event ran in.
    static const QHash<QString, const char*> searches = {
        {QStringLiteral("persons"), QT_TR_NOOP("person search")},
        {QStringLiteral("households"), QT_TR_NOOP("household list")},
        {QStringLiteral("party"), QT_TR_NOOP("party member list")},
    };
    static const QHash<QString, const char*> reasons = {
        {QStringLiteral("unknown user"), QT_TR_NOOP("no such user")},
        {QStringLiteral("password"), QT_TR_NOOP("wrong password")},
        {QStringLiteral("locked"), QT_TR_NOOP("account locked")},
        {QStringLiteral("inactive"), QT_TR_NOOP("account switched off")},
    };
    QStringList parts;
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it) {
        if (it.key() == QLatin1String("sha256"))
            continue;
        const QJsonValue v = it.value();
        QString value = v.isString() ? v.toString()
                        : v.isBool() ? (v.toBool() ? tr("yes") : tr("no"))
                                     : QString::number(v.toDouble());
        if (it.key() == QLatin1String("reason") && reasons.contains(value))
            value = tr(reasons.value(value));
        if (it.key() == QLatin1String("search") && searches.contains(value))
            value = tr(searches.value(value));
        const auto key = keys.constFind(it.key());
        parts.append(tr("%1: %2").arg(key == keys.constEnd() ? it.key() : tr(key.value()), value));
    }
    return parts;
}

QString AuditLog::valueText(const QString& recordType, const QString& column, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    const QString text = value.isString() ? value.toString() : QString::number(value.toDouble());
    if (text.isEmpty())
        return QStringLiteral("—");
    const auto label = [&text](auto e) -> QString { return e ? enumLabel(*e) : text; };
    if (column == QLatin1String("sex"))
        return label(enumFromKey<Sex>(text));
    if (column == QLatin1String("relationship"))
        return label(enumFromKey<Relationship>(text));
    if (column == QLatin1String("state"))
        return recordType == QLatin1String("households") ? label(enumFromKey<HouseholdState>(text))
                                                         : label(enumFromKey<PersonState>(text));
    if (column == QLatin1String("education"))
        return label(enumFromKey<Education>(text));
    if (column == QLatin1String("health"))
        return label(enumFromKey<Health>(text));
    if (column == QLatin1String("labour_capacity"))
        return label(enumFromKey<LabourCapacity>(text));
    if (column == QLatin1String("political_status"))
        return label(enumFromKey<PoliticalStatus>(text));
    if (column == QLatin1String("ethnicity")) {
        const std::optional<Ethnicity> e = Ethnicity::fromCode(text);
        return e ? e->label() : text;
    }
    if (column == QLatin1String("role")) {
        const std::optional<Role> r = Roles::fromKey(text);
        return r ? Roles::label(*r) : text;
    }
    static const QStringList flags = {
        QStringLiteral("registration_moved"), QStringLiteral("residence_permit"),
        QStringLiteral("in_school"),          QStringLiteral("urban"),
        QStringLiteral("cross_township"),     QStringLiteral("active")};
    if (flags.contains(column))
        return text == QLatin1String("0") ? tr("no") : tr("yes");
    return text;
}

} // namespace anju

#include "audittext/AuditNames.h"

#include "audittext/AuditCodes.h"

#include "database/Database.h"
#include "database/SqlRun.h"
#include "domain/Enums.h"
#include "party/PartyEnums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace anju {

namespace {

// Ids per query: well under SQLite's bound-value limit, and a page of the trail needs one or two.
constexpr int Chunk = 500;

// The columns that say what a row belongs to, for tables whose updates do not repeat them.
const QHash<QString, QStringList>& keyColumns()
{
    static const QHash<QString, QStringList> keys = {
        {QStringLiteral("buildings"), {QStringLiteral("site_id")}},
        {QStringLiteral("party_organisation_sites"),
         {QStringLiteral("organisation_id"), QStringLiteral("site_id")}},
        {QStringLiteral("party_stage_steps"), {QStringLiteral("member_id")}},
        {QStringLiteral("party_member_states"), {QStringLiteral("member_id")}},
        {QStringLiteral("party_branch_stays"), {QStringLiteral("member_id")}},
        {QStringLiteral("party_committee_seats"),
         {QStringLiteral("organisation_id"), QStringLiteral("member_id")}},
        {QStringLiteral("party_dues_bases"), {QStringLiteral("member_id")}},
        {QStringLiteral("party_dues_payments"), {QStringLiteral("member_id")}},
        {QStringLiteral("party_meeting_attendance"),
         {QStringLiteral("meeting_id"), QStringLiteral("member_id")}},
        {QStringLiteral("party_transfers"), {QStringLiteral("member_id")}},
        {QStringLiteral("party_leavings"), {QStringLiteral("member_id")}},
        {QStringLiteral("party_site_assignments"), {QStringLiteral("site_id")}},
        {QStringLiteral("grid_coverage"), {QStringLiteral("grid_id")}},
        {QStringLiteral("grid_household_exceptions"), {QStringLiteral("household_id")}},
        {QStringLiteral("pairing_contacts"), {QStringLiteral("pairing_id")}},
        {QStringLiteral("person_care_categories"), {QStringLiteral("person_id")}},
        {QStringLiteral("household_care_marks"), {QStringLiteral("household_id")}},
        {QStringLiteral("grid_case_events"), {QStringLiteral("case_id")}},
    };
    return keys;
}

// The tables whose records are named, with the query that names them ("?" stands for the id list).
const QHash<QString, QString>& nameQueries()
{
    static const QHash<QString, QString> queries = {
        {QStringLiteral("households"),
         QStringLiteral("SELECT id, number, head_name FROM households WHERE id IN (?)")},
        {QStringLiteral("persons"), QStringLiteral("SELECT id, name FROM persons WHERE id IN (?)")},
        {QStringLiteral("party_members"),
         QStringLiteral("SELECT m.id, CASE WHEN m.person_id IS NULL THEN m.cadre_name ELSE p.name END"
                        " FROM party_members m LEFT JOIN persons p ON p.id = m.person_id WHERE m.id IN (?)")},
        {QStringLiteral("sites"), QStringLiteral("SELECT id, name FROM sites WHERE id IN (?)")},
        {QStringLiteral("buildings"),
         QStringLiteral("SELECT b.id, s.name, b.name FROM buildings b JOIN sites s ON s.id = b.site_id"
                        " WHERE b.id IN (?)")},
        {QStringLiteral("dwellings"),
         QStringLiteral("SELECT d.id, b.name, u.name, d.room FROM dwellings d"
                        " JOIN building_units u ON u.id = d.unit_id JOIN buildings b ON b.id = u.building_id"
                        " WHERE d.id IN (?)")},
        {QStringLiteral("party_organisations"),
         QStringLiteral("SELECT id, name FROM party_organisations WHERE id IN (?)")},
        {QStringLiteral("party_meetings"),
         QStringLiteral("SELECT m.id, m.meeting_date, m.type, o.name FROM party_meetings m"
                        " JOIN party_organisations o ON o.id = m.organisation_id WHERE m.id IN (?)")},
        {QStringLiteral("users"), QStringLiteral("SELECT id, name, display_name FROM users WHERE id IN (?)")},
        {QStringLiteral("party_site_assignments"),
         QStringLiteral("SELECT id, name FROM party_site_assignments WHERE id IN (?)")},
        {QStringLiteral("grids"), QStringLiteral("SELECT id, name FROM grids WHERE id IN (?)")},
        {QStringLiteral("building_units"),
         QStringLiteral(
             "SELECT u.id, b.name, u.name FROM building_units u JOIN buildings b ON b.id = u.building_id"
             " WHERE u.id IN (?)")},
        // Staff by name and post; a resident's name is the register's.
        {QStringLiteral("grid_staff"),
         QStringLiteral("SELECT s.id, CASE WHEN s.person_id IS NULL THEN s.cadre_name ELSE p.name END, s.role"
                        " FROM grid_staff s LEFT JOIN persons p ON p.id = s.person_id WHERE s.id IN (?)")},
        // A pairing by its household and its partner, whichever kind of partner it is.
        {QStringLiteral("pairings"),
         QStringLiteral(
             "SELECT r.id, h.number, CASE r.partner_kind"
             " WHEN 'party_member' THEN CASE WHEN m.person_id IS NULL THEN m.cadre_name ELSE mp.name END"
             " WHEN 'staff' THEN CASE WHEN s.person_id IS NULL THEN s.cadre_name ELSE sp.name END"
             " ELSE r.cadre_name END"
             " FROM pairings r JOIN households h ON h.id = r.household_id"
             " LEFT JOIN party_members m ON m.id = r.party_member_id"
             " LEFT JOIN persons mp ON mp.id = m.person_id"
             " LEFT JOIN grid_staff s ON s.id = r.staff_id LEFT JOIN persons sp ON sp.id = s.person_id"
             " WHERE r.id IN (?)")},
        {QStringLiteral("person_care_categories"),
         QStringLiteral("SELECT c.id, p.name, c.category FROM person_care_categories c"
                        " JOIN persons p ON p.id = c.person_id WHERE c.id IN (?)")},
        {QStringLiteral("household_care_marks"),
         QStringLiteral("SELECT m.id, h.number, m.mark FROM household_care_marks m"
                        " JOIN households h ON h.id = m.household_id WHERE m.id IN (?)")},
        {QStringLiteral("grid_cases"),
         QStringLiteral("SELECT id, received_on, title FROM grid_cases WHERE id IN (?)")},
        {QStringLiteral("visit_tasks"),
         QStringLiteral("SELECT id, kind, reason, due_from FROM visit_tasks WHERE id IN (?)")},
        {QStringLiteral("visits"), QStringLiteral("SELECT id, visit_date, kind FROM visits WHERE id IN (?)")},
        // A 党小组 by its name and its branch: two branches may both have a 第一党小组.
        {QStringLiteral("party_groups"),
         QStringLiteral("SELECT g.id, g.name, o.name FROM party_groups g"
                        " JOIN party_organisations o ON o.id = g.branch_id WHERE g.id IN (?)")},
    };
    return queries;
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString dateText(const QVariant& value)
{
    return value.toString().left(10);
}

QString meetingName(const QString& date, const QString& type, const QString& organisation)
{
    const auto kind = enumFromKey<party::MeetingType>(type);
    const QString what = kind ? enumLabel(*kind) : type;
    return organisation.isEmpty() ? AuditNames::tr("%1 %2").arg(date, what)
                                  : AuditNames::tr("%1 %2 (%3)").arg(date, what, organisation);
}

QString withNote(const QString& text, const QString& note)
{
    return note.isEmpty() ? text : AuditNames::tr("%1 (%2)").arg(text, note);
}

QString codeLabel(AuditValueKind kind, const QString& key)
{
    return AuditCodes::label(kind, key).value_or(key);
}

// "四必访（住院，2026-12-01 起）": a task by what it asks for, without its household (its fields say it).
QString taskName(const QString& kind, const QString& reason, const QString& dueFrom)
{
    return AuditNames::tr("%1 (%2, from %3)")
        .arg(codeLabel(AuditValueKind::VisitKind, kind), codeLabel(AuditValueKind::TaskReason, reason),
             dueFrom);
}

// "2026-12-03 日常走访": a visit by its day and kind, without its household.
QString visitName(const QString& date, const QString& kind)
{
    return AuditNames::tr("%1 %2").arg(date, codeLabel(AuditValueKind::VisitKind, kind));
}

// Runs `sql` with "(?)" widened to the ids, a chunk at a time, handing each row to `row`.
template <typename Row>
int selectByIds(const Database& db, const QString& sql, const QList<qint64>& ids, Row row,
                const QVariantList& first = {})
{
    int queries = 0;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const QList<qint64> chunk = ids.mid(start, Chunk);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        QString text = sql;
        text.replace(QStringLiteral("(?)"), QLatin1Char('(') + placeholders(chunk.size()) + QLatin1Char(')'));
        q.prepare(text);
        for (const QVariant& value : first)
            q.addBindValue(value);
        for (qint64 id : chunk)
            q.addBindValue(id);
        ++queries;
        if (!q.exec())
            continue;
        while (q.next())
            row(q);
    }
    return queries;
}

} // namespace

qint64 auditId(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInteger();
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

QString AuditNames::tableOf(AuditValueKind kind)
{
    switch (kind) {
    case AuditValueKind::Household:
        return QStringLiteral("households");
    case AuditValueKind::Person:
        return QStringLiteral("persons");
    case AuditValueKind::Member:
        return QStringLiteral("party_members");
    case AuditValueKind::Site:
        return QStringLiteral("sites");
    case AuditValueKind::Building:
        return QStringLiteral("buildings");
    case AuditValueKind::Dwelling:
        return QStringLiteral("dwellings");
    case AuditValueKind::Organisation:
        return QStringLiteral("party_organisations");
    case AuditValueKind::Meeting:
        return QStringLiteral("party_meetings");
    case AuditValueKind::User:
        return QStringLiteral("users");
    case AuditValueKind::Grid:
        return QStringLiteral("grids");
    case AuditValueKind::Unit:
        return QStringLiteral("building_units");
    case AuditValueKind::GridStaff:
        return QStringLiteral("grid_staff");
    case AuditValueKind::Pairing:
        return QStringLiteral("pairings");
    case AuditValueKind::CareRecord:
        return QStringLiteral("person_care_categories");
    case AuditValueKind::MarkRecord:
        return QStringLiteral("household_care_marks");
    case AuditValueKind::GridCase:
        return QStringLiteral("grid_cases");
    case AuditValueKind::VisitTask:
        return QStringLiteral("visit_tasks");
    case AuditValueKind::Visit:
        return QStringLiteral("visits");
    case AuditValueKind::PartyGroup:
        return QStringLiteral("party_groups");
    default:
        return {};
    }
}

QString AuditNames::nameFromValues(const QString& table, const QJsonObject& values)
{
    const auto text = [&](const char* column) { return values.value(QLatin1String(column)).toString(); };
    if (table == QLatin1String("households"))
        return text("number");
    if (table == QLatin1String("party_members"))
        return text("cadre_name");
    if (table == QLatin1String("party_meetings")) {
        if (text("meeting_date").isEmpty())
            return {};
        return meetingName(text("meeting_date").left(10), text("type"), {});
    }
    if (table == QLatin1String("persons") || table == QLatin1String("sites") ||
        table == QLatin1String("buildings") || table == QLatin1String("users") ||
        table == QLatin1String("party_organisations") || table == QLatin1String("party_site_assignments") ||
        table == QLatin1String("grids") || table == QLatin1String("party_groups"))
        return text("name");
    if (table == QLatin1String("grid_staff"))
        return text("cadre_name"); // a resident's name is the register's
    if (table == QLatin1String("grid_cases")) {
        if (text("title").isEmpty())
            return {};
        return text("received_on").isEmpty() ? text("title")
                                             : tr("%1 %2").arg(text("received_on").left(10), text("title"));
    }
    if (table == QLatin1String("visit_tasks")) {
        if (text("kind").isEmpty() || text("reason").isEmpty())
            return {};
        return taskName(text("kind"), text("reason"), text("due_from").left(10));
    }
    if (table == QLatin1String("visits")) {
        if (text("visit_date").isEmpty() || text("kind").isEmpty())
            return {};
        return visitName(text("visit_date").left(10), text("kind"));
    }
    if (table == QLatin1String("person_care_categories"))
        return text("category").isEmpty() ? QString()
                                          : codeLabel(AuditValueKind::CareCategory, text("category"));
    if (table == QLatin1String("household_care_marks"))
        return text("mark").isEmpty() ? QString() : codeLabel(AuditValueKind::CareMark, text("mark"));
    return {};
}

std::optional<AuditNames::Name> AuditNames::name(const QString& table, qint64 id) const
{
    const auto t = m_names.constFind(table);
    if (t == m_names.constEnd())
        return std::nullopt;
    const auto n = t->constFind(id);
    if (n == t->constEnd())
        return std::nullopt;
    return *n;
}

qint64 AuditNames::key(const QString& table, qint64 id, const QString& column) const
{
    return m_keys.value(table).value(id).value(column);
}

AuditNames AuditNames::lookUp(const Database& db, const QList<AuditEntry>& entries)
{
    AuditNames names;
    // 1. The rows whose updates do not say what they belong to: read their key columns.
    QHash<QString, QSet<qint64>> keyless;
    for (const AuditEntry& e : entries) {
        const auto keys = keyColumns().constFind(e.recordType);
        if (keys == keyColumns().constEnd() || e.recordId <= 0)
            continue;
        for (const QString& column : *keys) {
            if (!e.changes.contains(column)) {
                keyless[e.recordType].insert(e.recordId);
                break;
            }
        }
    }
    for (auto it = keyless.constBegin(); it != keyless.constEnd(); ++it) {
        const QStringList columns = keyColumns().value(it.key());
        // Table and column names come from the fixed lists above, never from the trail's text.
        const QString sql = QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (?)")
                                .arg(columns.join(QStringLiteral(", ")), it.key());
        const QString table = it.key();
        names.m_queries += selectByIds(db, sql, it.value().values(), [&](const QSqlQuery& q) {
            for (int c = 0; c < columns.size(); ++c)
                names.setKey(table, q.value(0).toLongLong(), columns.at(c), q.value(c + 1).toLongLong());
        });
    }

    // 2. Every record named on the page: the entries' own records, their households, the ids in their
    // values and the keys just read.
    QHash<QString, QSet<qint64>> wanted;
    const auto want = [&](const QString& table, qint64 id) {
        if (id > 0 && nameQueries().contains(table))
            wanted[table].insert(id);
    };
    for (const AuditEntry& e : entries) {
        want(e.recordType, e.recordId);
        want(QStringLiteral("households"), e.householdId);
        for (const AuditField& field : AuditFields::of(e.recordType)) {
            if (!AuditFields::isReference(field.kind))
                continue;
            const QJsonArray pair = e.changes.value(QLatin1String(field.column)).toArray();
            const QString table = tableOf(field.kind);
            want(table, auditId(pair.at(0)));
            want(table, auditId(pair.at(1)));
            want(table, names.key(e.recordType, e.recordId, QLatin1String(field.column)));
        }
    }
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        const QString table = it.key();
        QHash<qint64, Name>& found = names.m_names[table];
        names.m_queries +=
            selectByIds(db, nameQueries().value(table), it.value().values(), [&](const QSqlQuery& q) {
                const qint64 id = q.value(0).toLongLong();
                QString text;
                if (table == QLatin1String("households"))
                    text = withNote(q.value(1).toString(), q.value(2).toString());
                else if (table == QLatin1String("buildings"))
                    text = tr("%1 %2").arg(q.value(1).toString(), q.value(2).toString());
                else if (table == QLatin1String("dwellings"))
                    text = tr("%1 unit %2 room %3")
                               .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
                else if (table == QLatin1String("party_meetings"))
                    text = meetingName(dateText(q.value(1)), q.value(2).toString(), q.value(3).toString());
                else if (table == QLatin1String("building_units"))
                    text = tr("%1 unit %2").arg(q.value(1).toString(), q.value(2).toString());
                else if (table == QLatin1String("grid_staff"))
                    text = withNote(q.value(1).toString(),
                                    codeLabel(AuditValueKind::StaffRole, q.value(2).toString()));
                else if (table == QLatin1String("pairings"))
                    text = tr("%1 – %2").arg(q.value(1).toString(), q.value(2).toString());
                else if (table == QLatin1String("person_care_categories"))
                    text = withNote(q.value(1).toString(),
                                    codeLabel(AuditValueKind::CareCategory, q.value(2).toString()));
                else if (table == QLatin1String("household_care_marks"))
                    text = withNote(q.value(1).toString(),
                                    codeLabel(AuditValueKind::CareMark, q.value(2).toString()));
                else if (table == QLatin1String("grid_cases"))
                    text = tr("%1 %2").arg(dateText(q.value(1)), q.value(2).toString());
                else if (table == QLatin1String("visit_tasks"))
                    text = taskName(q.value(1).toString(), q.value(2).toString(), dateText(q.value(3)));
                else if (table == QLatin1String("party_groups"))
                    text = withNote(q.value(1).toString(), q.value(2).toString());
                else if (table == QLatin1String("visits"))
                    text = visitName(dateText(q.value(1)), q.value(2).toString());
                else if (table == QLatin1String("users"))
                    text = q.value(2).toString().isEmpty() || q.value(2).toString() == q.value(1).toString()
                               ? q.value(1).toString()
                               : withNote(q.value(1).toString(), q.value(2).toString());
                else
                    text = q.value(1).toString();
                found.insert(id, {text, false});
            });
        // 3. Deleted since: named from the old values their delete entry kept.
        QList<qint64> missing;
        for (qint64 id : it.value()) {
            if (!found.contains(id))
                missing.append(id);
        }
        // Dwellings and units are not audited: a deleted one has no entry to be named from.
        if (missing.isEmpty() || !AuditFields::recordTypes().contains(table))
            continue;
        names.m_queries += selectByIds(
            db,
            QStringLiteral(
                "SELECT record_id, changes FROM audit_log WHERE record_type = ? AND action = 'delete'"
                " AND record_id IN (?)"),
            missing,
            [&](const QSqlQuery& q) {
                QJsonObject old;
                const QJsonObject changes = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                for (auto c = changes.constBegin(); c != changes.constEnd(); ++c)
                    old.insert(c.key(), c.value().toArray().at(0));
                found.insert(q.value(0).toLongLong(), {nameFromValues(table, old), true});
            },
            {table});
        for (qint64 id : std::as_const(missing)) {
            if (!found.contains(id))
                found.insert(id, {QString(), true});
        }
    }
    return names;
}

} // namespace anju

#include "schema/AuditTriggersV6.h"

namespace anju {

namespace {

// Copied from AuditSchema as it was at schema 6 (main 526806b); do not edit: see the header.

QString quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString literal(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// The column that names the household a row belongs to, so a household's history finds its members' rows.
QString householdColumn(const QString& table)
{
    if (table == QLatin1String("households"))
        return QStringLiteral("id");
    if (table == QLatin1String("persons"))
        return QStringLiteral("household_id");
    return {};
}

// Columns kept by the program itself (versions, summaries, counters): not worth a row of their own.
bool isBookkeeping(const QString& column)
{
    static const QStringList names = {
        QStringLiteral("row_version"),     QStringLiteral("updated_at"),   QStringLiteral("head_name"),
        QStringLiteral("head_id_number"),  QStringLiteral("member_count"), QStringLiteral("password_hash"),
        QStringLiteral("failed_attempts"), QStringLiteral("locked_until"), QStringLiteral("last_login_at"),
        QStringLiteral("created_at"),
    };
    return names.contains(column);
}

// SELECT rows (column, old, new) for the columns, from which the trigger keeps the changed ones.
QString pairs(const QStringList& columns, const char* oldRow, const char* newRow)
{
    QStringList selects;
    for (const QString& column : columns) {
        const QString o =
            oldRow ? QString::fromLatin1(oldRow) + QLatin1Char('.') + quoted(column) : QStringLiteral("NULL");
        const QString n =
            newRow ? QString::fromLatin1(newRow) + QLatin1Char('.') + quoted(column) : QStringLiteral("NULL");
        selects.append(QStringLiteral("SELECT %1 AS c, %2 AS o, %3 AS n").arg(literal(column), o, n));
    }
    return selects.join(QStringLiteral(" UNION ALL "));
}

} // namespace

QStringList AuditTriggersV6::sqlite(const QString& table, const QStringList& columns)
{
    QStringList audited;
    for (const QString& column : columns) {
        if (!isBookkeeping(column))
            audited.append(column);
    }
    if (audited.isEmpty())
        return {};
    const QStringList columnsNoId = [&] {
        QStringList c = audited;
        c.removeAll(QStringLiteral("id"));
        return c;
    }();
    const QString household = householdColumn(table);
    const bool hasId = audited.contains(QStringLiteral("id"));
    const auto recordOf = [&](const char* row) {
        return hasId ? QString::fromLatin1(row) + QStringLiteral(".id") : QStringLiteral("NULL");
    };
    const auto householdOf = [&](const char* row) {
        return household.isEmpty() ? QStringLiteral("NULL")
                                   : QString::fromLatin1(row) + QLatin1Char('.') + household;
    };
    // anju_actor() and anju_actor_id() are functions of the program's connection: a write by any other
    // program fails here, so nothing changes without a name on it.
    const QString insertInto = QStringLiteral(
        "INSERT INTO audit_log (user_id, user_name, action, record_type, record_id, household_id, changes)"
        " VALUES (anju_actor_id(), anju_actor(), '%1', %2, %3, %4, (SELECT json_group_object(c, "
        "json_array(o, n))"
        " FROM (%5) WHERE %6))");
    const QString t = quoted(table);
    const QString name = table;
    QStringList changed;
    for (const QString& column : columnsNoId)
        changed.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(quoted(column)));

    QStringList statements;
    for (const char* kind : {"insert", "update", "delete"})
        statements.append(
            QStringLiteral("DROP TRIGGER IF EXISTS \"audit_%1_%2\"").arg(name, QLatin1String(kind)));
    statements.append(
        QStringLiteral("CREATE TRIGGER \"audit_%1_insert\" AFTER INSERT ON %2 BEGIN ").arg(name, t) +
        insertInto.arg(QStringLiteral("insert"), literal(table), recordOf("NEW"), householdOf("NEW"),
                       pairs(audited, nullptr, "NEW"), QStringLiteral("n IS NOT NULL")) +
        QStringLiteral("; END"));
    if (!changed.isEmpty()) {
        statements.append(
            QStringLiteral("CREATE TRIGGER \"audit_%1_update\" AFTER UPDATE ON %2 WHEN %3 BEGIN ")
                .arg(name, t, changed.join(QStringLiteral(" OR "))) +
            insertInto.arg(QStringLiteral("update"), literal(table), recordOf("NEW"), householdOf("NEW"),
                           pairs(columnsNoId, "OLD", "NEW"), QStringLiteral("o IS NOT n")) +
            QStringLiteral("; END"));
    }
    statements.append(
        QStringLiteral("CREATE TRIGGER \"audit_%1_delete\" AFTER DELETE ON %2 BEGIN ").arg(name, t) +
        insertInto.arg(QStringLiteral("delete"), literal(table), recordOf("OLD"), householdOf("OLD"),
                       pairs(audited, "OLD", nullptr), QStringLiteral("o IS NOT NULL")) +
        QStringLiteral("; END"));
    return statements;
}

QString AuditTriggersV6::postgres(const QString& table)
{
    // Deferred to the commit (still inside the transaction): an audit row written at once would take the
    // last sequence value of the session, which is how QPSQL learns the id of the row just inserted.
    return QStringLiteral("CREATE CONSTRAINT TRIGGER \"audit_%1\" AFTER INSERT OR UPDATE OR DELETE ON"
                          " \"%1\" DEFERRABLE INITIALLY DEFERRED"
                          " FOR EACH ROW EXECUTE FUNCTION anju_audit('%2')")
        .arg(table, householdColumn(table));
}

} // namespace anju

#include "audit/AuditChanges.h"

#include <QJsonArray>

namespace anju {

QList<AuditChange> AuditChanges::of(const AuditEntry& entry)
{
    QList<AuditChange> changes;
    for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        AuditChange change;
        change.column = it.key();
        change.label = AuditLog::columnLabel(it.key(), entry.recordType);
        change.before = AuditLog::valueText(entry.recordType, it.key(), pair.at(0));
        change.after = AuditLog::valueText(entry.recordType, it.key(), pair.at(1));
        change.isKey = it.key() == QLatin1String("id") || it.key() == QLatin1String("household_id");
        changes.append(change);
    }
    return changes;
}

QString AuditChanges::text(const AuditEntry& entry, const AuditChange& change)
{
    if (entry.action == QLatin1String("update"))
        return tr("%1: %2 → %3").arg(change.label, change.before, change.after);
    return tr("%1: %2").arg(change.label,
                            entry.action == QLatin1String("delete") ? change.before : change.after);
}

QString AuditChanges::describe(const AuditEntry& entry, const QString& separator)
{
    QStringList parts;
    for (const AuditChange& change : of(entry)) {
        if (!change.isKey)
            parts.append(text(entry, change));
    }
    return parts.join(separator);
}

} // namespace anju

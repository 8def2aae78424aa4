#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace anju {

// One changed column of an audit entry as people read it: the column's label and the old and new
// values as the forms show them ("—" for none).
struct AuditChange
{
    QString column;
    QString label;
    QString before;
    QString after;
    bool isKey = false; // id or household_id: what the entry is about, shown as its record
};

// The changed columns of an audit entry in the user's language, for the audit page, a household's
// history and the CLI alike.
class AuditChanges
{
    Q_DECLARE_TR_FUNCTIONS(anju::AuditChanges)

public:
    static QList<AuditChange> of(const AuditEntry& entry);
    // "label: old → new" for an update; "label: value" for an insert (the new value) or a delete (the old).
    static QString text(const AuditEntry& entry, const AuditChange& change);
    // The texts of the columns that are not keys, joined by `separator`.
    static QString describe(const AuditEntry& entry, const QString& separator);
};

} // namespace anju

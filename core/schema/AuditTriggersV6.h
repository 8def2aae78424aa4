#pragma once

#include <QString>
#include <QStringList>

namespace anju {

// The audit triggers of one table as schema 6 wrote them, frozen: migration 6 and every later migration
// that adds or changes an audited table call these, so their text never moves under a shipped version.
// Writing the trail differently is a new generator (AuditTriggersV<n>) and a migration that makes the
// triggers again with it.
namespace AuditTriggersV6 {

// The SQLite insert, update and delete triggers of `table`, whose columns (all of them, in table order)
// are `columns`; drops the table's old ones first, so a migration that adds columns calls it again.
QStringList sqlite(const QString& table, const QStringList& columns);
// The PostgreSQL trigger of `table` (the function anju_audit() it calls is made by migration 6).
QString postgres(const QString& table);

} // namespace AuditTriggersV6

} // namespace anju

#pragma once

#include "backup/DatabaseCheck.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::backup {

// The triggers the migrations make, as the schema says: those that write the audit trail, those that
// refuse to change or delete it, and those that keep the search index and the households' head and size.
// Someone with the database file (or the server's owner login) can drop or disable a trigger and then
// change rows without a trace; this finds it. The reference is the migrations themselves, run on an empty
// database that is thrown away: a private in-memory file on SQLite, a schema inside a transaction that is
// rolled back on PostgreSQL (its DDL is transactional), so no list of triggers is kept twice.
class TriggerCheck
{
    Q_DECLARE_TR_FUNCTIONS(anju::backup::TriggerCheck)

public:
    explicit TriggerCheck(const Database& db) : m_db(db) {}

    // Missing, disabled, changed and unknown triggers (and, on a server, changed trigger functions).
    // A failure only when the reference cannot be built.
    Result<QList<CheckFinding>> run() const;
    // Makes the missing, disabled and changed triggers again as the migrations make them, in one
    // transaction, and says which. The administrator's (Action::RepairDatabase).
    Result<QStringList> repair() const;

    // One trigger as both engines can compare it: on SQLite its CREATE text, on PostgreSQL its table,
    // timing and events, function and whether it is deferrable; `enabled` is false when disabled.
    struct Trigger
    {
        QString table;
        QString definition;
        bool enabled = true;
    };
    using Inventory = QMap<QString, Trigger>; // by trigger name

private:
    enum class Fault
    {
        Missing,
        Disabled,
        Changed,
        Unknown
    };
    struct TriggerFault
    {
        QString name;
        Trigger trigger; // as the migrations make it; as found for an unknown one
        Fault fault;
    };
    // What differs from the reference: triggers, and trigger functions by name (server only).
    struct Faults
    {
        QList<TriggerFault> triggers;
        QStringList functions;
    };
    // The one comparison that run() reports and repair() mends.
    Result<Faults> faults() const;
    Result<Inventory> live() const;
    Result<Inventory> reference(QMap<QString, QString>* functions) const;
    Result<QMap<QString, QString>> liveFunctions(const QStringList& names) const;

    const Database& m_db;
};

} // namespace anju::backup

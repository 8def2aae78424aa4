#pragma once

#include "audit/AuditLog.h"
#include "audittext/AuditFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace anju {

class Database;

// The names of the records a page of the trail refers to (households by number and head, persons,
// members, sites, buildings, dwellings, organisations, meetings, users; grids, units, grid staff, pairings,
// care records, cases, visit tasks and visits), looked up together: one query
// per kind of record for the whole page, never one per row. A record deleted since is named from the
// old values of its delete entry in the trail.
class AuditNames
{
    Q_DECLARE_TR_FUNCTIONS(anju::AuditNames)

public:
    struct Name
    {
        QString text;
        bool deleted = false; // gone from its table; named from the trail
    };

    static AuditNames lookUp(const Database& db, const QList<AuditEntry>& entries);

    // The table whose ids a reference kind holds ("households" for AuditValueKind::Household …).
    static QString tableOf(AuditValueKind kind);
    // A record's name from its own values (a delete entry's old ones, an insert's new ones); empty when
    // they do not name it.
    static QString nameFromValues(const QString& table, const QJsonObject& values);

    std::optional<Name> name(const QString& table, qint64 id) const;
    // The current value of a column that names what a row belongs to (a dues payment's member_id) when
    // the entry itself does not carry it: an update keeps only the changed columns. 0 when unknown.
    qint64 key(const QString& table, qint64 id, const QString& column) const;
    // How many queries the look-up ran (the tests hold it to a bound per page).
    int queries() const { return m_queries; }

    void setName(const QString& table, qint64 id, const Name& name) { m_names[table].insert(id, name); }
    void setKey(const QString& table, qint64 id, const QString& column, qint64 value)
    {
        m_keys[table][id].insert(column, value);
    }

private:
    QHash<QString, QHash<qint64, Name>> m_names;
    QHash<QString, QHash<qint64, QHash<QString, qint64>>> m_keys;
    int m_queries = 0;
};

// An id held in a trail value (a JSON number, or a string on some engines); 0 for none.
qint64 auditId(const QJsonValue& value);

} // namespace anju

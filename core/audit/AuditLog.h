#pragma once

#include "database/SqlRun.h"
#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace anju {

class Database;

// One row of the audit trail: a change of a record (insert, update, delete) or an event (login, export…).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString userName;
    QString action;     // insert, update, delete, login, login_failed, export, import, backup, restore, …
    QString recordType; // the table written, or empty for events
    qint64 recordId = 0;
    qint64 householdId = 0;
    QJsonObject changes; // column → [old, new]
    QJsonObject detail;
    // The server login that wrote it (session_user, schema 10); empty on a file and for older entries.
    QString dbLogin;
};

struct AuditFilter
{
    QString userName;   // exact; empty: everyone
    QDate from, to;     // local dates, inclusive; null: open
    QString recordType; // table name, or "event" for logins, exports and the like; empty: all
    qint64 householdId = 0;
};

// Writes the events the triggers cannot see, and reads the trail for the history view and the admin page.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(anju::AuditLog)

public:
    explicit AuditLog(const Database& db) : m_db(db) {}

    // Appends an event inside the caller's transaction (or on its own). The session's user unless
    // `userName` is given (a login names the user before there is a session).
    SqlOutcome record(const QString& action, const QJsonObject& detail, const QString& userName = {},
                      qint64 userId = 0) const;
    // An event that names no user, whoever is logged in at the desk: a login under a name that is no
    // user's (the text typed is not kept: it may be a password typed into the wrong box).
    SqlOutcome recordWithoutUser(const QString& action, const QJsonObject& detail) const;

    // Newest first. count is 0 for a session that may not read the audit trail; page refuses it, with
    // the reason, so the window and the CLI both show why instead of an empty list.
    int count(const AuditFilter& filter) const;
    Result<QList<AuditEntry>> page(const AuditFilter& filter, int offset, int limit) const;
    // Every change of a household and its members, oldest first, for anyone who may read that household.
    // ID numbers and phones masked, birth dates cut to the year, for roles that see identities masked.
    QList<AuditEntry> householdHistory(qint64 householdId) const;
    // The user names that occur, for the filter box (its record types are AuditFields::recordTypes()). A
    // user of some sites gets the users of those sites, themselves, and the names in the part of the trail
    // they may read: no list of the office's other users (their names are not theirs to learn from a
    // filter box).
    QStringList userNames() const;

    static QString actionLabel(const QString& action);
    static QString columnLabel(const QString& column, const QString& recordType = {});
    // An event's detail (file, counts, reason) as a line in the user's language.
    static QString detailText(const QJsonObject& detail);
    // The same, one "key: value" per line.
    static QStringList detailLines(const QJsonObject& detail);
    // A stored value as the forms show it: coded values by their label, yes/no, "—" for none.
    static QString valueText(const QString& recordType, const QString& column, const QJsonValue& value);

private:
    const Database& m_db;
};

} // namespace anju

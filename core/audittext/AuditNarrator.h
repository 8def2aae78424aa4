#pragma once

#include "audit/AuditLog.h"
#include "audittext/AuditFields.h"
#include "audittext/AuditNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace anju {

class Database;

// One sentence of the trail as a manager reads it: who did what to whom, records by their names,
// values as the forms show them. Several trail rows may make one sentence (the attendance of one
// meeting, the dues months of one payment).
struct AuditSentence
{
    QList<qint64> entryIds; // the trail rows it tells, oldest first
    QDateTime at;           // UTC, of the newest row
    QString userName;
    QString action;
    QString recordType;
    qint64 householdId = 0;
    QString text;        // "secretary 将 余敏 登记为正式党员（2025-08-03 → 2026-12-06）"
    QStringList details; // every changed field, one line each, in the form's order
};

// Tells the trail's rows as sentences. The stored trail is as the triggers wrote it (table, column →
// [old, new]); this is only its reading, for the audit window, a household's history and the CLI.
class AuditNarrator
{
    Q_DECLARE_TR_FUNCTIONS(anju::AuditNarrator)

public:
    // Rows that belong together (one meeting's attendance, one member's dues months) as one sentence,
    // or each row its own (the CLI's JSON, one object per row).
    enum class Grouping
    {
        Joined,
        EachRow
    };

    explicit AuditNarrator(const Database& db) : m_db(db) {}

    // The entries (a page of AuditLog::page or a household's history, masked as the session sees
    // them) as sentences in their order; the names they need are looked up once for the whole page.
    QList<AuditSentence> narrate(const QList<AuditEntry>& entries,
                                 Grouping grouping = Grouping::Joined) const;
    // The same with the names already looked up.
    static QList<AuditSentence> narrate(const QList<AuditEntry>& entries, const AuditNames& names,
                                        Grouping grouping = Grouping::Joined);

    // A stored value as its form shows it: a date as a date, fen in 元, a coded value by its label,
    // 是 / 否, an id by the record's name; "—" for none.
    static QString valueText(const AuditField& field, const QJsonValue& value, const AuditNames& names);
    // The one who did it: the user name, or "(the program)" for rows written without a session.
    static QString who(const QString& userName);
    // Everything about a sentence for a tooltip or a details pane: when, the sentence, then each field
    // (or each row of a joined sentence) on a line of its own.
    static QString fullText(const AuditSentence& sentence);

private:
    const Database& m_db;
};

} // namespace anju

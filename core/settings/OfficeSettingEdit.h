#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace anju {
class Database;
struct Session;
} // namespace anju

namespace anju::settings {

// What a setting's value is, so that a window can offer the editor that fits it and the CLI can say what it
// expects. The rules that check a value are OfficeSettingEdit's, not the window's.
struct SettingSpec
{
    enum class Type
    {
        Count,     // a whole number from `least` to `most` (days, months, percent)
        Frequency, // "1m" / "14d", as VisitFrequency parses it
        Yuan,      // an amount of money in yuan, at most 2 decimals, above 0
        Sources,   // a comma list of 四必访 difficult-family sources (DifficultFamilySources)
        Schemes,   // a comma list of the safety-net schemes in force
        DayKind,   // "calendar" or "working"
        Text,      // a short text (a line's source, a scheme's printed name)
    };
    Type type = Type::Count;
    int least = 0;
    int most = 0;
    QList<QPair<QString, QString>> choices; // Sources, Schemes, DayKind: the stored key and its label
};

// The one way the office's visit and income rules (issues 17 and 18: "data, not code") are changed: every
// key checked with a message the user can act on, permission first (Action::EditOfficeSettings), one
// transaction per change. The settings table is audited (migration 6), so each change is in the trail.
class OfficeSettingEdit
{
    Q_DECLARE_TR_FUNCTIONS(anju::settings::OfficeSettingEdit)

public:
    static constexpr int MaxTextLength = 120;

    // Whether the session may change the office's rules (the settings page offers editing only then).
    static bool mayEdit(const Session* session);
    // The value a key takes; nullopt for a key this editor does not change (party and site rules, backup
    // keeping and the reporting unit have their own places, or none yet).
    static std::optional<SettingSpec> spec(const Database& db, const QString& key);
    // The text to store for `text`, or why it cannot be stored (field: the key).
    static Result<QString> checked(const Database& db, const QString& key, const QString& text);
    // What a change of the key sets off, to say before it is made (empty: nothing beyond the value).
    // income.drop_months makes migration 16's trigger recount the kept sums of every income check.
    static QString consequence(const QString& key);

    static Outcome set(const Database& db, const QString& key, const QString& text);
    // A year's monitoring line with the notice it comes from, written together (set every January).
    static Outcome setYearLine(const Database& db, int year, const QString& yuan, const QString& source);

    static QString lineKey(int year);
    static QString lineSourceKey(int year);
    static constexpr int FirstLineYear = 2000;
    static constexpr int LastLineYear = 2100;
};

} // namespace anju::settings

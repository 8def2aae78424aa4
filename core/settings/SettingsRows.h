#pragma once

#include "settings/OfficeSettings.h"

#include <QHash>

namespace anju::settings {

// The list OfficeSettings::read builds: each row with its value in force, its default and whether a row of
// the settings table holds it. Shared by the files that list one group each.
struct SettingsRows
{
    QHash<QString, QString> stored; // the settings table, key → text
    QList<OfficeSetting> list;

    // `inForce` and `fallback` as the settings table stores them; a row that could not be read (its text
    // differs from what is in force, which is the default) is said to be the default.
    OfficeSetting& add(const QString& group, const QString& label, const QString& key, const QString& inForce,
                       const QString& fallback, const QString& note = {});
};

// 网格走访: 四必访 frequencies, 三必到 days, case deadlines, the no-contact period, escalation, the sources.
void listVisitRules(const Database& db, SettingsRows& rows);
// 收入监测: each year's monitoring line with its source, the drop, large expenditure, the notice and the
// monitoring steps, the safety-net schemes.
void listIncomeRules(const Database& db, SettingsRows& rows);

} // namespace anju::settings

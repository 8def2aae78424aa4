#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::settings {

// One configurable figure of the office (DOMAIN.md's "configurable"), as the settings page shows it.
struct OfficeSetting
{
    enum class Source
    {
        Database, // a row of the settings table holds it
        Default,  // no row (or an unreadable one): the program's default applies
    };

    QString group;        // 党建, 安置点规范, 备份, 网格走访, 收入监测, 报表
    QString label;        // what it decides, in the user's language
    QString key;          // the settings table's key
    QString value;        // the value in force, in the user's words
    QString text;         // the value in force as the settings table stores it (what an editor starts from)
    QString defaultValue; // the program's default (and what a fresh database is given)
    QString defaultText;  // the default as the settings table would store it
    Source source = Source::Default;
    QString stored; // the row's text when it could not be read (then the default applies)
    QString note;   // a word on how it is used, or empty

    QString sourceText() const;
};

// Every setting of the office that lives only in the database: the party rules' thresholds and dues
// rates, the site rules, backup keeping, the visit and case rules of the grids, the income and monitoring
// rules (each year's monitoring line with its source) and the reporting unit, each with its value in force,
// its default and where it comes from. Read by the administrator and the manager (Action::ReadRuleSettings);
// OfficeSettingEdit changes the visit and income rules.
class OfficeSettings
{
    Q_DECLARE_TR_FUNCTIONS(anju::settings::OfficeSettings)

public:
    static Result<QList<OfficeSetting>> read(const Database& db);
};

} // namespace anju::settings

#pragma once

#include "domain/Household.h"
#include "exchange/ImportTypes.h"

#include <QStringList>

namespace anju::exchange {

// One member row of a roster, read and checked.
struct ImportedMember
{
    int row = 0;       // as the spreadsheet shows it
    QStringList cells; // the original texts, for the error list (when the importer is asked for it)
    Person person;
};

// The rows of one household, with the household's own columns and every error found on its rows.
struct ImportedHousehold
{
    int firstRow = 0;
    QString sheetName;   // empty on the roster's first sheet
    Household household; // members are filled from `members` when written
    QString siteName;
    QString siteCode;
    QString buildingName;
    QString unitName;
    QString room;
    QList<ImportedMember> members;
    QList<ImportError> errors;
    // Set by ImportChecker::checkRules: the key of each member's ID the rules accepted (0 otherwise).
    bool rulesChecked = false;
    QList<quint64> idKeys;

    bool isValid() const { return errors.isEmpty(); }
    QList<int> rows() const;
};

} // namespace anju::exchange

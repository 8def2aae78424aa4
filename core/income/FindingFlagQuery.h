#pragma once

#include "income/IncomeSettings.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// The flags a household's check of a month raised, as the shared definitions of issue 18 say.
enum FindingFlag
{
    FlagBelowLine = 1,
    FlagDrop = 2,
    FlagLargeExpense = 4,
};

// One flagged household of the month, with what the findings print of it.
struct FindingHousehold
{
    qint64 householdId = 0;
    QString householdNumber;
    QString headName;
    qint64 siteId = 0;
    QString siteName;
    int flags = 0;
    Fen perCapitaAnnual = 0;
};

// How a findings list names a household, for a query over households h: the four columns (number, site,
// the site's name, the head's name), the join they need (the site s), and the reader
// of those columns from `first` on.
QString householdNameColumns();
QString householdNameJoins();
void readHouseholdNames(const QSqlQuery& query, int first, FindingHousehold& household);

// The flagged households of a month, with one query (the check of the month, its large expenses, and the
// sum of the household's `dropMonths` most recent checks of the 12 months before), only
// households active at the month's end (as the population section counts them), the site and the user's
// site scope applied; the flags themselves are IncomeFlagSql's. Empty with `error` set when the database
// refused.
QHash<qint64, FindingHousehold> flaggedHouseholds(const Database& db, QDate month, qint64 siteId,
                                                  const IncomeSettings& settings, QString* error);

} // namespace anju::income

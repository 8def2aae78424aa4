#pragma once

#include "domain/Household.h"
#include "domain/Violation.h"

#include <QCoreApplication>
#include <QDate>

namespace anju::registry {

// The registry rules that need no database: a form calls them while typing, the service before writing.
class HouseholdRules
{
    Q_DECLARE_TR_FUNCTIONS(anju::registry::HouseholdRules)

public:
    // Household fields and every member (row = index in household.members): names, IDs (normalized in
    // place, sex and birth date filled from the ID), no ID twice, exactly one head among active members.
    static Outcome validate(Household& household, QDate today = QDate::currentDate());
    static Outcome validatePerson(Person& person, int row, QDate today = QDate::currentDate());
    static bool isValidPhone(const QString& phone);  // mobile 1xxxxxxxxxx or fixed line with area code
    static bool isValidCountyCode(const QString& code); // six digits, a plausible GB/T 2260 code
    static bool isValidName(const QString& name);
    // Removes spaces (also the full-width space offices pad two-character names with).
    static QString normalizeName(const QString& name);
};

} // namespace anju::registry

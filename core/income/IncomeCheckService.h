#pragma once

#include "domain/Violation.h"
#include "income/IncomeCheckTypes.h"
#include "income/IncomeSettings.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::income {

// Every write of the monthly checks. One call is one user action and one transaction; WriteIncome is
// checked first for the household's site; the audit trail is written by migration 15's triggers.
class IncomeCheckService
{
    Q_DECLARE_TR_FUNCTIONS(anju::income::IncomeCheckService)

public:
    explicit IncomeCheckService(const Database& db) : m_db(db) {}

    IncomeSettings settings() const;

    // Saves one check: inserted when check.id is 0 (refused when the household already has a check of
    // the month), else updated when its row_version is still `expectedRowVersion` (refused when another
    // desk changed it meanwhile). The month is taken as its first day; a month after today's is refused;
    // checked_on may be neither before the month nor after today; a headcount of 0 becomes the household's
    // members on the month's last day; the household and month of a saved check do not change. Each bad
    // field is named with its Chinese message (Field::Income…). Returns the row as stored.
    Result<IncomeCheck> save(const IncomeCheck& check, int expectedRowVersion,
                             QDate today = QDate::currentDate());

    // The violations `save` would report for the fields alone (no database read except none): for a form's
    // validate() and the importer's row errors.
    static Outcome validateFields(const IncomeCheck& check, QDate today);

private:
    const Database& m_db;
};

} // namespace anju::income

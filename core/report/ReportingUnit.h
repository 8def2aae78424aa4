#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>

namespace anju {
class Database;
} // namespace anju

namespace anju::report {

// The reporting unit 填报单位 printed above the monthly summary (PDF, print, Excel, JSON): the office's
// name, kept in the setting office.name; empty means each summary names its site instead.
class ReportingUnit
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::ReportingUnit)

public:
    static constexpr int MaxLength =
        60;               // a county office's full name fits; a form's title line does not take more
    static QString key(); // "office.name"

    static QString saved(const Database& db);
    // Saves the name (trimmed; empty clears it) in one transaction, written to the audit trail. Refused
    // to a role that may not change the office's settings, and for a name over MaxLength characters
    // (field "reportingUnit").
    static Outcome save(const Database& db, const QString& name);
};

} // namespace anju::report

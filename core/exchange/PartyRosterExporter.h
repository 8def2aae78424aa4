#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QString>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// Writes the branch roster of members 党员花名册 as .xlsx in the layout PartyRosterImporter reads (one row
// per member on the roll, normal or mobile; dates as 2024-05-01 text), so that a roster exported and
// imported again changes nothing. The export of personal data is recorded in the audit trail first.
class PartyRosterExporter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::PartyRosterExporter)

public:
    explicit PartyRosterExporter(const Database& db) : m_db(db) {}

    // The number of members written.
    Result<int> write(const QString& path);

private:
    const Database& m_db;
};

} // namespace anju::exchange

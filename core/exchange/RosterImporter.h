#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"

#include <QCoreApplication>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

struct ImportedHousehold;

// Imports a household roster (.xlsx or .csv) without losing or inventing a person: every row is read
// and checked, a household goes in whole or not at all, and without skipInvalid nothing is written
// when any row is wrong. Everything happens in one transaction, so a cancel or a crash leaves the
// database as it was. Importing the same file again changes nothing.
class RosterImporter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::RosterImporter)

public:
    explicit RosterImporter(const Database& db) : m_db(db) {}

    // Reads, checks and (unless dry run or any error without skipInvalid) writes. An Outcome error
    // only for a file that cannot be read at all; row problems are in the summary's errors.
    Result<ImportSummary> run(const ImportOptions& options);

    // The "row, column, reason" lines of a summary, as the CLI prints them.
    static QString describe(const ImportError& error);

private:
    const Database& m_db;
};

} // namespace anju::exchange

#pragma once

#include "database/Database.h"

#include <QCoreApplication>

#include <memory>

namespace anju::cli {

// What every command gets from the global options.
struct CliContext
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::CliContext)

public:
    DatabaseLocation location;

    // Opens (and migrates) the database. When `mustExist` is set, a missing SQLite file is an error rather
    // than a new empty database: listing an empty database someone mistyped helps nobody. Prints the
    // reason to standard error and returns null on failure.
    std::unique_ptr<Database> openDatabase(bool mustExist) const;
};

} // namespace anju::cli

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
    QString userName; // --user, else ANJU_USER

    // Opens the database and logs in as userName with the password from ANJU_PASSWORD or typed; an older
    // database is then upgraded if the user is its administrator, else refused (SchemaUpgrade). When
    // `mustExist` is set, a missing SQLite file is an error rather than a new empty database: listing an
    // empty database someone mistyped helps nobody. Prints the reason to standard error and returns null on
    // failure.
    std::unique_ptr<Database> openDatabase(bool mustExist) const;
    // The same without logging in (init and demo, which make the first users). An older database with
    // users stays at its schema until logIn.
    std::unique_ptr<Database> openWithoutLogin(bool mustExist) const;
    // Logs in on an open database and upgrades it when it is older and the user may; prints why not and
    // returns false.
    bool logIn(Database& db) const;
};

} // namespace anju::cli

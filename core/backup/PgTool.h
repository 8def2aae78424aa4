#pragma once

#include "database/Database.h"
#include "domain/Violation.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace anju::backup {

// Runs PostgreSQL's client programs (pg_dump, pg_restore) for a server database. The connection goes to
// the child in libpq's environment variables only (PGHOST … PGPASSWORD, the TLS options of the URL),
// never on its command line, where any user of the machine could read a password.
class PgTool
{
    Q_DECLARE_TR_FUNCTIONS(anju::backup::PgTool)

public:
    // The program's path (on PATH, else in the newest /usr/lib/postgresql/*/bin), or how to install it.
    static Result<QString> find(const QString& name);
    // libpq's variables for `location`, on database `database` (the URL's when empty), over a copy of
    // this process's environment; PGPASSWORD only when the program knows a password.
    static QProcessEnvironment environment(const DatabaseLocation& location, const QString& database = {});

    // Runs `program` to its end and gives its standard output. `onErrorLine` sees each line of its
    // standard error as it comes (pg_dump and pg_restore report their progress there with --verbose) and
    // may return false to stop it. Fails when it could not start, was stopped or failed (its own error
    // lines then).
    static Result<QByteArray> run(const QString& program, const QStringList& arguments,
                                  const QProcessEnvironment& env,
                                  const std::function<bool(const QString& line)>& onErrorLine = {});
};

} // namespace anju::backup

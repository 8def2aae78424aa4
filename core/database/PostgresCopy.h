#pragma once

#include "domain/Violation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace anju {

class Database;

// Streams one table of an SQLite file into the same-named table on the server with COPY … FROM STDIN,
// through the libpq connection under Qt's QPSQL driver, inside the target's open transaction: a province
// arrives in a fraction of the time that multi-row INSERTs take (no statement per 200 rows, no literal
// formatting in the driver, values read straight from SQLite as UTF-8).
class PostgresCopy
{
public:
    // Called every few thousand rows with the rows sent so far in this table; false cancels.
    using RowsSent = std::function<bool(qint64 rows)>;

    // Both handles are reachable: SQLite's own under the source, libpq's under the target.
    static bool available(const Database& source, const Database& target);
    // Rows copied, or the failure; a failure without a message (an empty summary()) is RowsSent
    // cancelling. After a failure the server's transaction is aborted and must be rolled back.
    [[nodiscard]] static Result<qint64> copyTable(const Database& source, const Database& target,
                                                  const QString& table, const RowsSent& rowsSent);

    // Appends one row to `line` in COPY's text format (appendText for text, a tab between columns, a
    // newline at the end); false when there is none left.
    using NextRow = std::function<bool(QByteArray& line)>;
    // Whether the server's connection is libpq's (the copyRows below can run).
    static bool available(const Database& target);
    // Streams the rows `nextRow` makes into `table (columns)` inside the target's open transaction; the
    // same results and failures as copyTable.
    [[nodiscard]] static Result<qint64> copyRows(const Database& target, const QString& table,
                                                 const QStringList& columns, const NextRow& nextRow,
                                                 const RowsSent& rowsSent);
    // `text` as one value of COPY's text format (backslash, tab and line ends escaped).
    static void appendText(QByteArray& line, const QString& text);
};

} // namespace anju

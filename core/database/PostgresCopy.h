#pragma once

#include "domain/Violation.h"

#include <QString>

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
};

} // namespace anju

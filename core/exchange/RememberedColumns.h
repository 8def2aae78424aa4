#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"

#include <QStringList>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// The column headers a clerk placed by hand in the import's mapping ("户主/成员姓名" is 姓名, "备注" is
// not imported …), remembered for the office in the settings table (key import.columns, audited like
// every setting) and offered by the next import: a roster of the same office, or the error list saved
// from it (the same headers and a reason column), imports without mapping again. Kept by header text,
// not by column letter, so a column moved or added elsewhere does not break it.
class RememberedColumns
{
public:
    static QString key(); // "import.columns"

    static HeaderMemory load(const Database& db);
    // `before` with what this import's mapping teaches: each header whose column holds another field than
    // its words say (or none, where its words name a field placed nowhere) is remembered; a header placed
    // as its words say is forgotten. Headers that occur twice in the file are left as they were.
    static HeaderMemory merged(const HeaderMemory& before, const QStringList& headers,
                               const ColumnMapping& mapping);
    // Writes the memory in the caller's transaction (the import's: one user action, one transaction).
    static Outcome save(const Database& db, const HeaderMemory& memory);
};

} // namespace anju::exchange

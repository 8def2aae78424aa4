#pragma once

#include "domain/Violation.h"

#include <QString>

struct sqlite3;

namespace anju::registry {

// Fills person_name_grams for the persons with ids above `personsAfter` through SQLite's own API: the grams
// are made here and inserted in the table's key order, which a WITHOUT ROWID B-tree takes several times
// faster than the same rows in person order (five million rows for a province). The rows are exactly
// those of SearchIndex's triggers: each character and adjacent pair among the first MaxIndexedNameLength
// positions of the name.
class SearchIndexGrams
{
public:
    // Fails with SQLite's own text.
    static Outcome fill(sqlite3* handle, qint64 personsAfter, int maxPositions);
};

} // namespace anju::registry

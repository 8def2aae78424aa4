#pragma once

#include "domain/Violation.h"

#include <QString>
#include <QStringList>

namespace anju {

class Database;

// For a bulk copy into an empty server database inside one transaction: drops every index, key, unique and
// foreign-key constraint of the Anju schema, and makes them again from their own definitions once the rows
// are in. PostgreSQL then builds each index from sorted rows and checks each foreign key with one join,
// instead of growing indexes and probing parents row by row. The rules still hold: restore() fails, and the
// caller rolls back, if the copied rows break a key, a unique rule or a reference. Check and NOT NULL
// constraints stay, they cost nothing per row.
class DeferredServerConstraints
{
public:
    [[nodiscard]] Outcome drop(const Database& db);
    [[nodiscard]] Outcome restore(const Database& db);

private:
    QStringList m_restore; // in order: keys and unique constraints, indexes, foreign keys
};

} // namespace anju

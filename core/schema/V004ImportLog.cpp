#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 4: the files imported, so that importing the same file again is recognized and changes nothing.
QStringList importLog()
{
    return {
        QStringLiteral("CREATE TABLE imports ("
                       " id ${ID},"
                       " file_name TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " imported_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},"
                       " households INTEGER NOT NULL,"
                       " persons INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX imports_sha256 ON imports (sha256)"),
    };
}

} // namespace

Migration v004ImportLog()
{
    return Migration::portable(4, "log of imported roster files", importLog());
}

} // namespace anju

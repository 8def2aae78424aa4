#include "about/BuildInfo.h"

#include <QtGlobal>

#include <libpq-fe.h>
#include <sodium.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zip.h>

namespace anju::about {

QString BuildInfo::version()
{
    return QStringLiteral(ANJU_VERSION);
}

QString BuildInfo::licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QList<BuildInfo::Library> BuildInfo::libraries()
{
    // libpq says its version as a number: 150018 is 15.18 (major * 10000 + minor, from PostgreSQL 10 on).
    const int pq = PQlibVersion();
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libpq (PostgreSQL)"), QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 10000)},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version())},
        // libxlsxwriter has no run-time version call; this is the version built against.
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION)},
    };
}

} // namespace anju::about

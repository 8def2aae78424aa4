#pragma once

#include "domain/Violation.h"

#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace anju {

class Database;

// The SQLite connection under `db` for SQLite's own API (bulk writes), or nullptr on other engines or when
// Qt's driver runs another SQLite library than the one this program is linked with (callers then use Qt SQL).
sqlite3* sqliteHandle(const Database& db);

// A big page cache while bulk data (demo data, an imported roster) is written: SQLite otherwise spills dirty
// pages of the one large transaction into the WAL again and again, which makes a province several times
// slower. The previous size comes back when the object goes. Does nothing on other engines.
class LargeSqliteCache
{
public:
    explicit LargeSqliteCache(const Database& db);
    ~LargeSqliteCache();
    LargeSqliteCache(const LargeSqliteCache&) = delete;
    LargeSqliteCache& operator=(const LargeSqliteCache&) = delete;

private:
    const Database& m_db;
    QString m_previous;
};

// SQLite builds an index from sorted rows faster than it keeps it up to date through a million inserts in
// random order, so the indexes and search triggers of households and persons are dropped for the run and
// made again from their own definitions at the end (SearchIndex::restoreAfterBulkLoad() fills the search
// index for the new rows in one pass first).
// Both happen inside the caller's transaction: a rollback restores them. Does nothing on other engines.
// The unique indexes come back only if the loaded rows keep them (one ID, one person): restore() fails
// otherwise, and the caller rolls back.
class DeferredSqliteIndexes
{
public:
    [[nodiscard]] Outcome drop(const Database& db);
    // `fillFirst` runs before the indexes are made again, while none slows its writes (only when
    // something was dropped). No default: a caller says what it fills (SearchIndex::restoreAfterBulkLoad).
    [[nodiscard]] Outcome restore(const Database& db, const std::function<Outcome()>& fillFirst);
    // The highest ids before the load: the rows above them are the loaded ones.
    qint64 personsBefore() const { return m_personsBefore; }
    qint64 householdsBefore() const { return m_householdsBefore; }

private:
    QStringList m_definitions;
    qint64 m_personsBefore = 0; // the highest ids before the load
    qint64 m_householdsBefore = 0;
};

// Drops the SQLite triggers whose names match a LIKE pattern for a bulk write inside one transaction, and
// makes them again afterwards (the demo's party history is data as of a day, not a user's edits, so it
// writes no audit rows). Does nothing on other engines.
class SuspendedSqliteTriggers
{
public:
    [[nodiscard]] Outcome drop(const Database& db, const QString& likePattern);
    [[nodiscard]] Outcome restore(const Database& db);

private:
    QStringList m_definitions;
};

} // namespace anju

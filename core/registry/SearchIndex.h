#pragma once

#include "domain/Violation.h"

#include <QString>
#include <QStringList>

namespace anju {
class Database;
class DeferredSqliteIndexes;
} // namespace anju

namespace anju::registry {

// The indexes behind the roster at province scale, kept by triggers on every write:
// - Chinese names are mostly two or three characters, so a trigram index cannot find "建国" or "王".
//   Every character and every pair of adjacent characters of a name is a row of person_name_grams,
//   so a one- or two-character fragment is one range of a B-tree (its count included), and a longer
//   one is its first pair's range filtered by the whole fragment.
// - ID numbers, phones and household numbers use FTS5 trigrams (fragments of three characters or more).
// - Each household carries its head's name and ID and its count of registered members, so the roster
//   sorts by them through an index instead of a join over a million persons.
class SearchIndex
{
public:
    // The tables and triggers are made by migration 3 (schema/V003SearchIndex.cpp; on PostgreSQL the same
    // gram table kept by PL/pgSQL triggers, and pg_trgm GIN indexes instead of FTS5). The statements that
    // fill the PostgreSQL index again from persons and households (SearchIndexPostgres.cpp).
    static QStringList postgresFillStatements();
    // Fills everything again from persons and households; fails with the database's text.
    static Outcome rebuild(const Database& db);
    // Whether the trigger or trigger function of this name keeps the index (or the households' head and
    // size): rows changed while it was missing are not in the index, so whoever makes it again refills.
    static bool isKeptBy(const QString& triggerOrFunction);
    // Fills the index for the persons and households with ids above these, which a bulk load wrote with the
    // triggers dropped; the households' head and member count too unless `summariesWritten`.
    static Outcome fillAdded(const Database& db, qint64 personsAfter, qint64 householdsAfter,
                             bool summariesWritten);

    // Makes the indexes and triggers a bulk load dropped again, after filling the search index (and the
    // households' head and member count unless `summariesWritten`) for the loaded rows.
    static Outcome restoreAfterBulkLoad(const Database& db, DeferredSqliteIndexes& indexes,
                                        bool summariesWritten);

    // The gram a name fragment is looked up by: the fragment itself up to two characters, else its first
    // two characters (the whole fragment is then matched on the candidates).
    static QString gramFor(const QString& normalizedName);
    // The FTS5 query text for a trigram search of a fragment (at least 3 characters).
    static QString trigramPhrase(const QString& fragment);
    static constexpr int MinTrigramLength = 3;
    static constexpr int MaxIndexedNameLength = 24;
};

} // namespace anju::registry

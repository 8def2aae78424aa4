#pragma once

#include <QString>
#include <QStringList>

namespace anju {

class Database;

// The indexes behind the roster search at province scale. Chinese names are mostly two or three
// characters, so a trigram index cannot find "建国" or "王"; names are indexed one token per character
// (FTS5 unicode61 over "王 建 国") and a fragment is a phrase query, which finds 1-, 2- and n-character
// fragments through the index. ID numbers, phones and household numbers use FTS5 trigrams (fragments of
// three characters or more). Triggers keep both in step with persons and households on every write.
class SearchIndex
{
public:
    // The SQLite statements of the migration that creates the index, its triggers, and fills it.
    static QStringList sqliteSchema();
    // Fills the index again from persons and households (after a bulk load that dropped the triggers).
    static bool rebuild(const Database& db, QString* error);

    // An SQL expression giving `column` with a space after every character ("王 建 国").
    static QString spacedExpression(const QString& column);
    // The FTS5 query text for a name fragment: a phrase of its characters, quotes escaped.
    static QString namePhrase(const QString& normalizedName);
    // The FTS5 query text for a trigram search of a fragment (at least 3 characters).
    static QString trigramPhrase(const QString& fragment);
    static constexpr int MinTrigramLength = 3;
};

} // namespace anju

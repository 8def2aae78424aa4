#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

namespace anju {
class Database;
} // namespace anju

namespace anju::backup {

// Moves a single-desk office's SQLite file onto a shared PostgreSQL server: every table of the file into
// an empty Anju database on the server, in one transaction, with the row counts of both compared before
// it commits. The file is only read.
class EngineTransfer
{
    Q_DECLARE_TR_FUNCTIONS(anju::backup::EngineTransfer)

public:
    // Rows copied so far and the total; returning false cancels (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    EngineTransfer(const Database& source, const Database& target);
    Outcome run(const Progress& progress = {});
    // Rows per table as copied and verified, after a successful run().
    const QHash<QString, qint64>& copiedRows() const { return m_copied; }

    // The tables of the source in an order where every table comes after those it references.
    static Result<QStringList> tablesInDependencyOrder(const Database& source);

private:
    Outcome checkTargetIsEmpty() const;
    // A failure says what failed in the user's words, or that the user cancelled.
    Outcome copyTable(const QString& table, qint64& done, qint64 total, const Progress& progress);
    Outcome streamTable(const QString& table, qint64& done, qint64 total, const Progress& progress);
    Outcome moveSequence(const QString& table);
    // Fails with the database's text.
    Outcome recordMove() const;

    const Database& m_source;
    const Database& m_target;
    QHash<QString, qint64> m_copied;
};

} // namespace anju::backup

#pragma once

#include "database/Database.h"

#include <QTemporaryDir>

namespace anju::test {

// The throw-away PostgreSQL server of the engine tests (tests/support/pg-cluster.sh).
namespace TestServer {
// Its maintenance URL (postgresql://anju@127.0.0.1:PORT/postgres), empty when none was started.
QString url();
// Runs one statement on the maintenance database (CREATE/DROP/ALTER DATABASE cannot be bound); fatal
// when it fails.
void onMaintenanceDatabase(const QString& statement);
// A new, empty database's name, unique in this run.
QString newDatabaseName();
// The URL of database `name` on the server.
QString urlOf(const QString& name);
} // namespace TestServer

// An empty place for a database that a test opens, closes and opens again itself: a file in a temporary
// folder, or — with ANJU_TEST_ENGINE=postgresql — a new empty database on the test server, dropped with
// the object.
class ScratchLocation
{
public:
    explicit ScratchLocation(const QString& fileName = QStringLiteral("scratch.anju"));
    ~ScratchLocation();
    ScratchLocation(const ScratchLocation&) = delete;
    ScratchLocation& operator=(const ScratchLocation&) = delete;
    DatabaseLocation location() const { return DatabaseLocation::parse(m_text); }
    QString serverDatabase() const { return m_serverDatabase; } // empty for a file
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_text;
    QString m_serverDatabase;
};

} // namespace anju::test

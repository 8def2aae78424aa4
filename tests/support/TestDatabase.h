#pragma once

#include "database/Database.h"
#include "domain/Household.h"

#include <QTemporaryDir>

#include <memory>

namespace anju::test {

// A fresh database, removed with the object: a file in a temporary folder, or — when the test runs
// with ANJU_TEST_ENGINE=postgresql — a new database on the test server (tests/support/pg-cluster.sh).
class TestDatabase
{
public:
    enum class Contents { OneSite, Empty };
    // File: a file even when the test runs on the server, for tests that compare both engines.
    enum class Where { TestEngine, File };
    explicit TestDatabase(Contents contents = Contents::OneSite, Where where = Where::TestEngine);
    ~TestDatabase();
    Database& db() { return *m_db; }
    // Where the database lives, for tests that open more connections or run anju-cli on it.
    DatabaseLocation location() const { return m_location; }
    static bool onServer();
    QString path() const { return m_dir.filePath(QStringLiteral("test.anju")); }
    // The connection is logged in as an administrator ("test-admin") unless a test says otherwise.
    void logInAs(Role role, const QList<qint64>& siteIds = {}, const QString& userName = {});
    static Session sessionFor(Role role, const QList<qint64>& siteIds = {}, const QString& userName = {});
    // A second connection to the same file, as a second desk would have (same user).
    std::unique_ptr<Database> secondConnection() const;

    // A site "测试安置点" (code 430524001) with one building "1栋", unit "1", dwelling "101".
    qint64 siteId() const { return m_siteId; }
    qint64 dwellingId() const { return m_dwellingId; }
    qint64 buildingId() const { return m_buildingId; }

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    QString m_serverDatabase; // the database made on the test server, dropped at the end
    std::unique_ptr<Database> m_db;
    qint64 m_siteId = 0;
    qint64 m_buildingId = 0;
    qint64 m_dwellingId = 0;
};

// Valid 18-digit ID numbers computed with the real check character, for tests.
QString makeIdNumber(const QString& county, const QDate& birth, int sequence);
// A person ready for a household form.
Person makePerson(const QString& name, const QString& idNumber, Relationship relationship);

} // namespace anju::test

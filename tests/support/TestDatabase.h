#pragma once

#include "database/Database.h"
#include "domain/Household.h"

#include <QTemporaryDir>

#include <memory>

namespace anju::test {

// A fresh database file in a temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();
    Database& db() { return *m_db; }
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

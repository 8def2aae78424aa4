#include "TestDatabase.h"
#include "TestServer.h"

#include "domain/IdNumber.h"
#include "registry/SiteRepository.h"
#include "registry/SiteService.h"

#include <QTest>

namespace anju::test {

bool TestDatabase::onServer()
{
    return qEnvironmentVariable("ANJU_TEST_ENGINE") == QLatin1String("postgresql");
}

TestDatabase::TestDatabase(Contents contents, Where where)
{
    m_location = DatabaseLocation::parse(path());
    if (onServer() && where == Where::TestEngine) {
        if (TestServer::url().isEmpty())
            qFatal("ANJU_TEST_ENGINE=postgresql needs ANJU_TEST_POSTGRES (start one with "
                   "tests/support/pg-cluster.sh)");
        m_serverDatabase = TestServer::newDatabaseName();
        TestServer::onMaintenanceDatabase(QStringLiteral("CREATE DATABASE ") + m_serverDatabase);
        m_location = DatabaseLocation::parse(TestServer::urlOf(m_serverDatabase));
    }
    Result<std::unique_ptr<Database>> opened = Database::open(m_location);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.summary()));
    m_db = std::move(opened.value());
    logInAs(Role::Admin);

    if (contents == Contents::Empty)
        return;
    registry::SiteService sites(*m_db);
    Site site;
    site.code = QStringLiteral("430524001");
    site.name = QStringLiteral("测试安置点");
    site.countyCode = QStringLiteral("430524");
    site.township = QStringLiteral("桃洪镇");
    site.moveInDate = QDate(2019, 6, 1);
    const Result<Site> savedSite = sites.saveSite(site);
    if (!savedSite)
        qFatal("cannot create test site: %s", qPrintable(savedSite.summary()));
    m_siteId = savedSite.value().id;

    Building building;
    building.siteId = m_siteId;
    building.name = QStringLiteral("1栋");
    building.floors = 6;
    const Result<Building> savedBuilding = sites.saveBuilding(building, 2);
    if (!savedBuilding)
        qFatal("cannot create test building: %s", qPrintable(savedBuilding.summary()));
    m_buildingId = savedBuilding.value().id;
    const QList<BuildingUnit> units = registry::SiteRepository(*m_db).units(m_buildingId);
    const Result<Dwelling> dwelling = sites.ensureDwelling(units.constFirst().id, QStringLiteral("101"), 75);
    if (!dwelling)
        qFatal("cannot create test dwelling: %s", qPrintable(dwelling.summary()));
    m_dwellingId = dwelling.value().id;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        TestServer::onMaintenanceDatabase(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

Session TestDatabase::sessionFor(Role role, const QList<qint64>& siteIds, const QString& userName)
{
    Session session;
    session.userName = userName.isEmpty() ? QStringLiteral("test-") + Roles::key(role) : userName;
    session.role = role;
    session.siteIds = siteIds;
    return session;
}

void TestDatabase::logInAs(Role role, const QList<qint64>& siteIds, const QString& userName)
{
    m_db->setSession(sessionFor(role, siteIds, userName));
}

std::unique_ptr<Database> TestDatabase::secondConnection() const
{
    Result<std::unique_ptr<Database>> second = m_db->reopen();
    if (!second)
        qFatal("cannot reopen test database: %s", qPrintable(second.summary()));
    return std::move(second.value());
}

QString makeIdNumber(const QString& county, const QDate& birth, int sequence)
{
    const QString first17 = county + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

Person makePerson(const QString& name, const QString& idNumber, Relationship relationship)
{
    Person p;
    p.name = name;
    p.idNumber = idNumber;
    p.relationship = relationship;
    return p;
}

} // namespace anju::test

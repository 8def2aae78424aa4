// Scope that holds on every path (issue 14): backups and schema upgrades are the administrator's, a user
// limited to some sites reads only their part of the audit trail, and the manager keeps the office's
// name on the summary. On both engines (tst_scope_pg on the test server).
#include "Refusal.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include "access/Permissions.h"
#include "accounts/AccountService.h"
#include "accounts/SchemaUpgrade.h"
#include "audit/AuditLog.h"
#include "backup/DatabaseBackup.h"
#include "registry/RegistryService.h"
#include "registry/SiteService.h"
#include "report/ReportingUnit.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

const QDate Today(2026, 11, 28);
constexpr char Password[] = "Xin-2026-yuan";

Household family(qint64 siteId, const QString& number, const QString& idNumber)
{
    Household h;
    h.number = number;
    h.siteId = siteId;
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.phone = QStringLiteral("13907391234");
    h.members = {makePerson(QStringLiteral("王建国"), idNumber, Relationship::Head)};
    return h;
}

bool onServer()
{
    return test::TestDatabase::onServer();
}

// A session of a user with an id, as a login makes it: the trail keeps that id with each entry.
Session sessionOf(qint64 userId, const QString& name, Role role, const QList<qint64>& siteIds = {})
{
    Session s = test::TestDatabase::sessionFor(role, siteIds, name);
    s.userId = userId;
    return s;
}

QString text(const AuditEntry& e)
{
    return QString::fromUtf8(QJsonDocument(e.changes).toJson() + QJsonDocument(e.detail).toJson());
}

} // namespace

class TestScope : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void roleTable_data();
    void roleTable();
    void backupIsRefusedToTheManager();
    void dailyBackupRunsForEveryRole();
    void auditOfSomeSitesOnly();
    void auditOfEverySiteForTheOffice();
    void auditUserFilterOfSomeSitesOnly();
    void upgradeWaitsForTheAdministrator();
    void databaseWithoutUsersUpgradesAtOnce();
    void newDatabaseIsMadeWhole();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_otherSite = 0;
    qint64 m_otherBuilding = 0;
    qint64 m_household = 0;      // in the test's site
    qint64 m_otherHousehold = 0; // in the other site
    QString m_otherId;           // the ID number of the other site's head
};

void TestScope::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    Database& db = m_db->db();
    db.setSession(sessionOf(1, QStringLiteral("boss"), Role::Admin));
    Site site;
    site.code = QStringLiteral("430524002");
    site.name = QStringLiteral("幸福家园");
    site.countyCode = QStringLiteral("430524");
    const Result<Site> other = registry::SiteService(db).saveSite(site);
    QVERIFY2(other, qPrintable(other.summary()));
    m_otherSite = other.value().id;
    Building building;
    building.siteId = m_otherSite;
    building.name = QStringLiteral("8栋");
    const Result<Building> otherBuilding = registry::SiteService(db).saveBuilding(building, 1);
    QVERIFY2(otherBuilding, qPrintable(otherBuilding.summary()));
    m_otherBuilding = otherBuilding.value().id;

    registry::RegistryService registry(db);
    const Result<Household> a =
        registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"),
                                      makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 11)),
                               Today);
    QVERIFY2(a, qPrintable(a.summary()));
    m_household = a.value().id;
    m_otherId = makeIdNumber(QStringLiteral("430524"), QDate(1968, 3, 9), 21);
    Household b = family(m_otherSite, QStringLiteral("430524002-0001"), m_otherId);
    b.phone = QStringLiteral("13812345678");
    const Result<Household> saved = registry.saveHousehold(b, Today);
    QVERIFY2(saved, qPrintable(saved.summary()));
    m_otherHousehold = saved.value().id;
    // Rows of no site: a setting the administrator changed, another user's login.
    QVERIFY(db.setSetting(report::ReportingUnit::key(), QStringLiteral("邵阳县安置办")));
    QVERIFY(AuditLog(db).record(QStringLiteral("login"), {}, QStringLiteral("wangli"), 7));
}

void TestScope::roleTable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("backup");
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<bool>("officeName");
    QTest::newRow("clerk") << Role::Clerk << false << false << false;
    QTest::newRow("secretary") << Role::Secretary << false << false << false;
    // The manager signs the summary the office sends, so the name printed on it is theirs to set.
    QTest::newRow("manager") << Role::Manager << false << false << true;
    QTest::newRow("admin") << Role::Admin << true << true << true;
}

// The table, and the services that read it: backup and restore, the upgrade, the reporting unit.
void TestScope::roleTable()
{
    QFETCH(Role, role);
    QFETCH(bool, backup);
    QFETCH(bool, upgrade);
    QFETCH(bool, officeName);
    QCOMPARE(Permissions::allows(role, Action::Backup), backup);
    QCOMPARE(Permissions::allows(role, Action::Restore), backup);
    QCOMPARE(Permissions::allows(role, Action::UpgradeDatabase), upgrade);
    QCOMPARE(Permissions::allows(role, Action::EditOfficeSettings), officeName);

    Database& db = m_db->db();
    m_db->logInAs(role);
    QTemporaryDir dir;
    const QString file = dir.filePath(onServer() ? QStringLiteral("b.dump") : QStringLiteral("b.sqlite"));
    QCOMPARE(backup::DatabaseBackup::backup(db, file).ok(), backup);
    QCOMPARE(QFile::exists(file), backup);
    QCOMPARE(report::ReportingUnit::save(db, QStringLiteral("城步县安置办")).ok(), officeName);
}

void TestScope::backupIsRefusedToTheManager()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(onServer() ? QStringLiteral("m.dump") : QStringLiteral("m.sqlite"));
    m_db->logInAs(Role::Manager, {m_db->siteId()}, QStringLiteral("zhang"));
    QVERIFY_REFUSED(backup::DatabaseBackup::backup(m_db->db(), file), QStringLiteral("may not back up"));
    // Limited to no site either: a backup is every site and every user's password hash.
    m_db->logInAs(Role::Manager, {}, QStringLiteral("zhang"));
    QVERIFY_REFUSED(backup::DatabaseBackup::backup(m_db->db(), file), QStringLiteral("may not back up"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// The daily backup goes beside the database file, where whoever can read the file reads it already: it
// runs at any user's start, the manager's and the clerk's included.
void TestScope::dailyBackupRunsForEveryRole()
{
    if (onServer())
        QSKIP("A database on a server has no daily backup per desk");
    Database& db = m_db->db();
    for (Role role : {Role::Clerk, Role::Secretary, Role::Manager}) {
        const QDate day = Today.addDays(int(role));
        m_db->logInAs(role, {m_db->siteId()});
        const Result<QString> made = backup::DatabaseBackup::dailyBackup(db, day);
        QVERIFY2(made, qPrintable(made.summary()));
        QCOMPARE(made.value(), QDir(backup::DatabaseBackup::folderFor(db))
                                   .filePath(backup::DatabaseBackup::dailyFileName(db, day)));
        QCOMPARE(backup::DatabaseBackup::verify(made.value()), QString());
    }
    db.setSession(std::nullopt);
    QVERIFY(!backup::DatabaseBackup::dailyBackup(db, Today.addDays(9)));
}

// A manager of the test's site reads the trail of that site's households, persons, buildings and the
// site itself, and their own events; not the other site's rows, not others' logins or settings.
// The audit window's user filter lists, for a manager of one site, the users of that site, himself and
// whoever wrote the part of the trail he reads; not every user of the office.
void TestScope::auditUserFilterOfSomeSitesOnly()
{
    Database& db = m_db->db();
    accounts::AccountService accounts(db);
    const auto add = [&](const QString& name, Role role, const QList<qint64>& sites) {
        User user;
        user.name = name;
        user.displayName = name;
        user.role = role;
        user.siteIds = sites;
        const Result<User> added = accounts.addUser(user, QStringLiteral("Quite-long-passw0rd!"));
        if (!added)
            qFatal("%s: %s", qPrintable(name), qPrintable(added.summary()));
        return added.value().id;
    };
    const qint64 zhang = add(QStringLiteral("zhang"), Role::Manager, {m_db->siteId()});
    add(QStringLiteral("li"), Role::Clerk, {m_db->siteId()});
    add(QStringLiteral("wu"), Role::Clerk, {m_otherSite});
    add(QStringLiteral("qian"), Role::Admin, {});

    db.setSession(sessionOf(zhang, QStringLiteral("zhang"), Role::Manager, {m_db->siteId()}));
    const QStringList names = AuditLog(db).userNames();
    // boss entered this site's household, so his name is in the trail zhang reads.
    for (const char* name : {"boss", "li", "zhang"})
        QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(u',')));
    for (const char* name : {"wu", "qian", "wangli"})
        QVERIFY2(!names.contains(QLatin1String(name)), qPrintable(names.join(u',')));

    db.setSession(sessionOf(zhang, QStringLiteral("zhang"), Role::Manager));
    const QStringList all = AuditLog(db).userNames();
    for (const char* name : {"boss", "li", "zhang", "wu", "qian", "wangli"})
        QVERIFY2(all.contains(QLatin1String(name)), qPrintable(all.join(u',')));
}

void TestScope::auditOfSomeSitesOnly()
{
    Database& db = m_db->db();
    const QString manager = QStringLiteral("zhang");
    db.setSession(sessionOf(42, manager, Role::Manager, {m_db->siteId()}));
    QVERIFY(
        AuditLog(db).record(QStringLiteral("export"), {{QStringLiteral("file"), QStringLiteral("a.csv")}}));

    const AuditLog log(db);
    const Result<QList<AuditEntry>> page = log.page({}, 0, 1000);
    QVERIFY2(page, qPrintable(page.summary()));
    const QList<AuditEntry> entries = page.value();
    QCOMPARE(log.count({}), entries.size());
    QStringList seen;
    for (const AuditEntry& e : entries) {
        seen.append(e.action + QLatin1Char(' ') + e.recordType);
        if (e.recordType == QLatin1String("households") || e.recordType == QLatin1String("persons"))
            QCOMPARE(e.householdId, m_household);
        else if (e.recordType == QLatin1String("sites"))
            QCOMPARE(e.recordId, m_db->siteId());
        else if (e.recordType == QLatin1String("buildings"))
            QCOMPARE(e.recordId, m_db->buildingId());
        else
            QCOMPARE(e.userName, manager); // of no site: their own only
        QVERIFY2(!text(e).contains(m_otherId), qPrintable(text(e)));
        QVERIFY2(!text(e).contains(QStringLiteral("13812345678")), qPrintable(text(e)));
    }
    for (const char* expected :
         {"insert households", "insert persons", "insert sites", "insert buildings", "export "})
        QVERIFY2(seen.contains(QLatin1String(expected)), qPrintable(seen.join(QLatin1Char(','))));

    // The CLI's --type persons and the window's type filter go through the same condition.
    AuditFilter persons;
    persons.recordType = QStringLiteral("persons");
    QCOMPARE(log.count(persons), 1);
    QCOMPARE(log.page(persons, 0, 10).value().constFirst().householdId, m_household);
    AuditFilter events;
    events.recordType = QStringLiteral("event");
    QCOMPARE(log.count(events), 1);
    AuditFilter settings;
    settings.recordType = QStringLiteral("settings");
    QCOMPARE(log.count(settings), 0);
    // One household's history: the other site's is not theirs.
    QVERIFY(log.householdHistory(m_otherHousehold).isEmpty());
    QVERIFY(!log.householdHistory(m_household).isEmpty());
}

void TestScope::auditOfEverySiteForTheOffice()
{
    Database& db = m_db->db();
    for (Role role : {Role::Manager, Role::Admin}) {
        db.setSession(sessionOf(43, QStringLiteral("office"), role));
        const AuditLog log(db);
        AuditFilter persons;
        persons.recordType = QStringLiteral("persons");
        QCOMPARE(log.count(persons), 2);
        const QList<AuditEntry> all = log.page({}, 0, 1000).value();
        QCOMPARE(log.count({}), all.size());
        bool otherSite = false, setting = false, othersLogin = false;
        for (const AuditEntry& e : all) {
            otherSite = otherSite || (e.recordType == QLatin1String("sites") && e.recordId == m_otherSite) ||
                        e.householdId == m_otherHousehold ||
                        (e.recordType == QLatin1String("buildings") && e.recordId == m_otherBuilding);
            setting = setting || e.recordType == QLatin1String("settings");
            othersLogin =
                othersLogin || (e.action == QLatin1String("login") && e.userName == QLatin1String("wangli"));
        }
        QVERIFY(otherSite);
        QVERIFY(setting);
        QVERIFY(othersLogin);
    }
    // A secretary reads no trail at all; a household's history masked (tst_audit holds the masking).
    m_db->logInAs(Role::Secretary);
    QCOMPARE(AuditLog(db).count({}), 0);
    QVERIFY(!AuditLog(db).page({}, 0, 10));
}

// An older database with users stays at its schema until its administrator logs in; a clerk, a
// secretary or a manager is told to ask the administrator, and nothing changes.
void TestScope::upgradeWaitsForTheAdministrator()
{
    const int latest = Database::latestSchemaVersion();
    const int older = latest - 1;
    test::ScratchLocation place(QStringLiteral("older.anju"));
    QString error;
    {
        auto opened = Database::openAtVersion(place.location(), older);
        QVERIFY2(opened, qPrintable(opened.summary()));
        auto db = std::move(opened.value());
        accounts::AccountService accounts(*db);
        QVERIFY(accounts.createFirstAdmin(QStringLiteral("boss"), {}, QLatin1String(Password)));
        QVERIFY(accounts.login(QStringLiteral("boss"), QLatin1String(Password)));
        for (Role role : {Role::Clerk, Role::Secretary, Role::Manager}) {
            User user;
            user.name = Roles::key(role) + QStringLiteral("1");
            user.role = role;
            const Result<User> added = accounts.addUser(user, QLatin1String(Password));
            QVERIFY2(added, qPrintable(added.summary()));
        }
    }
    auto opened = Database::openWithoutUpgrade(place.location());
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QCOMPARE(db->schemaVersion(), older);
    QVERIFY(accounts::SchemaUpgrade::isNeeded(*db));
    QVERIFY(accounts::SchemaUpgrade::beforeLogin(*db)); // it has users: they log in first
    QCOMPARE(db->schemaVersion(), older);
    accounts::AccountService accounts(*db);
    for (Role role : {Role::Clerk, Role::Secretary, Role::Manager}) {
        QVERIFY(accounts.login(Roles::key(role) + QStringLiteral("1"), QLatin1String(Password)));
        const Outcome refused = accounts::SchemaUpgrade::afterLogin(*db);
        QVERIFY_REFUSED(refused, QStringLiteral("Ask the administrator to upgrade it"));
        QVERIFY2(refused.summary().contains(QStringLiteral("may not upgrade the database")),
                 qPrintable(refused.summary()));
        QCOMPARE(db->schemaVersion(), older);
    }
    QVERIFY(accounts.login(QStringLiteral("boss"), QLatin1String(Password)));
    const Outcome upgraded = accounts::SchemaUpgrade::afterLogin(*db);
    QVERIFY2(upgraded, qPrintable(upgraded.summary()));
    QCOMPARE(db->schemaVersion(), latest);
    QVERIFY(!accounts::SchemaUpgrade::isNeeded(*db));
    AuditFilter events;
    events.recordType = QStringLiteral("event");
    const AuditEntry last = AuditLog(*db).page(events, 0, 1).value().constFirst();
    QCOMPARE(last.action, QStringLiteral("upgrade"));
    QCOMPARE(last.userName, QStringLiteral("boss"));
    QCOMPARE(last.detail.value(QStringLiteral("from_version")).toInt(), older);
    QCOMPARE(last.detail.value(QStringLiteral("to_version")).toInt(), latest);
    // Nothing left to do for the next user.
    QVERIFY(accounts.login(QStringLiteral("clerk1"), QLatin1String(Password)));
    QVERIFY(accounts::SchemaUpgrade::afterLogin(*db));
}

// Without users nobody could log in to be asked: such a database (made before users existed, or whose
// init never made the administrator) is upgraded as it opens, and init then makes the administrator.
void TestScope::databaseWithoutUsersUpgradesAtOnce()
{
    test::ScratchLocation place(QStringLiteral("nousers.anju"));
    QString error;
    {
        auto opened = Database::openAtVersion(place.location(), Database::latestSchemaVersion() - 1);
        QVERIFY2(opened, qPrintable(opened.summary()));
        auto db = std::move(opened.value());
    }
    auto opened = Database::openWithoutUpgrade(place.location());
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion() - 1);
    QVERIFY(accounts::SchemaUpgrade::beforeLogin(*db));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
}

// The README's first command: a new database is made whole at once, before anyone exists to log in.
void TestScope::newDatabaseIsMadeWhole()
{
    test::ScratchLocation place(QStringLiteral("new.anju"));
    QString error;
    auto opened = Database::openWithoutUpgrade(place.location());
    QVERIFY2(opened, qPrintable(opened.summary()));
    auto db = std::move(opened.value());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!accounts::SchemaUpgrade::isNeeded(*db));
}

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"

#include "Refusal.h"
#include "TestDatabase.h"

#include "accounts/AccountService.h"
#include "access/PasswordHasher.h"
#include "access/Permissions.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "backup/DatabaseBackup.h"
#include "backup/DatabaseCheck.h"
#include "exchange/RosterExporter.h"
#include "exchange/RosterImporter.h"
#include "registry/HouseholdRepository.h"
#include "registry/PersonSearch.h"
#include "registry/RegistryService.h"
#include "registry/RosterQuery.h"
#include "registry/SiteRepository.h"
#include "registry/SiteService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

const QDate Today(2026, 11, 28);

Household family(qint64 siteId, const QString& number, int seq)
{
    Household h;
    h.number = number;
    h.siteId = siteId;
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.phone = QStringLiteral("13907391234");
    h.members = {
        makePerson(QStringLiteral("王建国"),
                   makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), seq * 10 + 1),
                   Relationship::Head),
        makePerson(QStringLiteral("李芳"),
                   makeIdNumber(QStringLiteral("430524"), QDate(1978, 8, 9), seq * 10 + 2),
                   Relationship::Spouse),
    };
    return h;
}

} // namespace

// Who may read, write and export what; masking; passwords and lock-out.
class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roleTable_data();
    void roleTable();
    void clerkOfOneSiteSeesOnlyThatSite();
    void masksIdNumbersAndPhonesForTheSecretary();
    void noSessionNoAccess();
    void weakPasswordsAreRefused_data();
    void weakPasswordsAreRefused();
    void passwordsAreArgon2idHashes();
    void firstAdministratorOnlyOnce();
    void lockOutAfterRepeatedFailures();
    void lastAdministratorStays();
    void unknownNameIsNotKept();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_otherSite = 0;
    qint64 m_household = 0;      // in the test site
    qint64 m_otherHousehold = 0; // in the other site
};

void TestAccess::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    Site site;
    site.code = QStringLiteral("430524002");
    site.name = QStringLiteral("幸福家园");
    site.countyCode = QStringLiteral("430524");
    const Result<Site> other = registry::SiteService(m_db->db()).saveSite(site);
    QVERIFY2(other, qPrintable(other.summary()));
    m_otherSite = other.value().id;
    registry::RegistryService registry(m_db->db());
    const Result<Household> a =
        registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
    QVERIFY2(a, qPrintable(a.summary()));
    m_household = a.value().id;
    const Result<Household> b =
        registry.saveHousehold(family(m_otherSite, QStringLiteral("430524002-0001"), 2), Today);
    QVERIFY2(b, qPrintable(b.summary()));
    m_otherHousehold = b.value().id;
}

void TestAccess::roleTable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("read");
    QTest::addColumn<bool>("write");
    QTest::addColumn<bool>("export_");
    QTest::addColumn<bool>("sites");
    QTest::addColumn<bool>("audit");
    QTest::newRow("clerk") << Role::Clerk << true << true << false << false << false;
    QTest::newRow("secretary") << Role::Secretary << true << false << false << false << false;
    QTest::newRow("manager") << Role::Manager << true << false << true << true << true;
    QTest::newRow("admin") << Role::Admin << true << true << true << true << true;
}

// Each role against each kind of record, through the real services (not the table alone).
void TestAccess::roleTable()
{
    QFETCH(Role, role);
    QFETCH(bool, read);
    QFETCH(bool, write);
    QFETCH(bool, export_);
    QFETCH(bool, sites);
    QFETCH(bool, audit);
    Database& db = m_db->db();
    m_db->logInAs(role);

    // Households and persons: read.
    QCOMPARE(registry::RosterQuery(db).count({}) == 2, read);
    QCOMPARE(registry::HouseholdRepository(db).household(m_household).has_value(), read);
    QCOMPARE(registry::PersonSearch(db).count(QStringLiteral("王建国")) == 2, read);

    // Households and persons: write (a change, a move-out, a new household).
    Household changed = *registry::HouseholdRepository(db).household(m_household);
    changed.originVillage = QStringLiteral("石门村");
    const Result<Household> saved = registry::RegistryService(db).saveHousehold(changed, Today);
    QCOMPARE(saved.ok(), write);
    if (!write)
        QVERIFY(saved.summary().contains(Roles::label(role)));
    QCOMPARE(registry::RegistryService(db).moveHouseholdAway(m_otherHousehold, Today).ok(), write);
    QCOMPARE(registry::RegistryService(db)
                 .saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0009"), 9), Today)
                 .ok(),
             write);

    // Sites and buildings.
    Site site = *registry::SiteRepository(db).site(m_otherSite);
    site.address = QStringLiteral("新址");
    QCOMPARE(registry::SiteService(db).saveSite(site).ok(), sites);
    Building building;
    building.siteId = m_otherSite;
    building.name = QStringLiteral("9栋");
    QCOMPARE(registry::SiteService(db).saveBuilding(building, 1).ok(), sites);

    // Export.
    QTemporaryDir dir;
    exchange::RosterExportOptions options;
    options.path = dir.filePath(QStringLiteral("roster.csv"));
    QCOMPARE(exchange::RosterExporter(db).exportRoster(options).ok(), export_);
    QCOMPARE(QFile::exists(options.path), export_);

    // Import: only those who enter households.
    exchange::ImportOptions import;
    import.path = options.path;
    if (export_) {
        const Result<exchange::ImportSummary> imported = exchange::RosterImporter(db).run(import);
        QCOMPARE(imported.ok(), write);
    }

    // Audit trail and users.
    QCOMPARE(AuditLog(db).count({}) > 0, audit);
    User newbie;
    newbie.name = QStringLiteral("newbie");
    QCOMPARE(accounts::AccountService(db).addUser(newbie, QStringLiteral("Xin-2026-yuan")).ok(),
             role == Role::Admin);
    QCOMPARE(backup::DatabaseCheck(db).run().ok(), role == Role::Manager || role == Role::Admin);
}

void TestAccess::clerkOfOneSiteSeesOnlyThatSite()
{
    Database& db = m_db->db();
    m_db->logInAs(Role::Clerk, {m_db->siteId()});
    QCOMPARE(registry::RosterQuery(db).count({}), 1);
    const QList<registry::RosterRow> rows =
        registry::RosterQuery(db).page({}, registry::RosterColumn::Number, true, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().number, QStringLiteral("430524001-0001"));
    registry::RosterFilter other;
    other.siteId = m_otherSite;
    QCOMPARE(registry::RosterQuery(db).count(other), 0);
    QVERIFY(registry::HouseholdRepository(db).household(m_household));
    QVERIFY(!registry::HouseholdRepository(db).household(m_otherHousehold));
    QCOMPARE(registry::PersonSearch(db).count(QStringLiteral("王建国")), 1);
    QCOMPARE(registry::PersonSearch(db).page(QStringLiteral("王"), 0, 10).size(), 1);
    QCOMPARE(registry::HouseholdRepository(db).households(0, false).size(), 1);

    // Writes to the other site are refused, and so is moving a household there.
    QVERIFY(!registry::RegistryService(db).moveHouseholdAway(m_otherHousehold, Today));
    Household mine = *registry::HouseholdRepository(db).household(m_household);
    mine.siteId = m_otherSite;
    const Result<Household> moved = registry::RegistryService(db).saveHousehold(mine, Today);
    QVERIFY(!moved);
    QVERIFY2(moved.summary().contains(QStringLiteral("other sites")), qPrintable(moved.summary()));
    mine.siteId = m_db->siteId();
    mine.originVillage = QStringLiteral("石门村二组");
    QVERIFY(registry::RegistryService(db).saveHousehold(mine, Today));
}

void TestAccess::masksIdNumbersAndPhonesForTheSecretary()
{
    Database& db = m_db->db();
    const QString id = makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 11);
    m_db->logInAs(Role::Secretary);
    const QString masked = QStringLiteral("430524********") + id.right(4);
    QCOMPARE(Permissions::maskIdNumber(id), masked);
    QCOMPARE(Permissions::maskPhone(QStringLiteral("13907391234")), QStringLiteral("139****1234"));

    const QList<registry::RosterRow> rows =
        registry::RosterQuery(db).page({}, registry::RosterColumn::Number, true, 0, 10);
    QCOMPARE(rows.constFirst().headIdNumber, masked);
    QCOMPARE(rows.constFirst().phone, QStringLiteral("139****1234"));
    const Household h = *registry::HouseholdRepository(db).household(m_household);
    QCOMPARE(h.phone, QStringLiteral("139****1234"));
    QCOMPARE(h.members.constFirst().idNumber, masked);
    const QList<registry::PersonHit> hits = registry::PersonSearch(db).page(QStringLiteral("王建国"), 0, 10);
    QCOMPARE(hits.constFirst().idNumber, masked);

    // The roles that enter or oversee see them in full.
    for (Role role : {Role::Clerk, Role::Manager, Role::Admin}) {
        m_db->logInAs(role);
        QCOMPARE(registry::HouseholdRepository(db).household(m_household)->members.constFirst().idNumber, id);
        QCOMPARE(registry::RosterQuery(db)
                     .page({}, registry::RosterColumn::Number, true, 0, 10)
                     .constFirst()
                     .phone,
                 QStringLiteral("13907391234"));
    }
}

void TestAccess::noSessionNoAccess()
{
    Database& db = m_db->db();
    db.setSession(std::nullopt);
    QCOMPARE(registry::RosterQuery(db).count({}), 0);
    QVERIFY(!registry::HouseholdRepository(db).household(m_household));
    const Result<Household> saved =
        registry::RegistryService(db).saveHousehold(family(m_db->siteId(), QStringLiteral("x-1"), 5), Today);
    QVERIFY(!saved);
    QVERIFY(saved.summary().contains(QStringLiteral("Log in")));
}

void TestAccess::weakPasswordsAreRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("weak");
    QTest::newRow("short") << QStringLiteral("a1b2c3") << true;
    QTest::newRow("letters only") << QStringLiteral("abcdefghijk") << true;
    QTest::newRow("digits only") << QStringLiteral("1234567890") << true;
    QTest::newRow("user name in it") << QStringLiteral("Wangli-2026") << true;
    QTest::newRow("demo password") << QStringLiteral("anju-demo") << true;
    QTest::newRow("well known") << QStringLiteral("Admin123") << true;
    QTest::newRow("good") << QStringLiteral("Xin-2026-yuan") << false;
    QTest::newRow("chinese and digits") << QStringLiteral("安居乐业2026") << false;
}

void TestAccess::weakPasswordsAreRefused()
{
    QFETCH(QString, password);
    QFETCH(bool, weak);
    QCOMPARE(!PasswordHasher::weakness(password, QStringLiteral("wangli")).isEmpty(), weak);
}

void TestAccess::passwordsAreArgon2idHashes()
{
    const QString hash = PasswordHasher::hash(QStringLiteral("Xin-2026-yuan"));
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(PasswordHasher::verify(hash, QStringLiteral("Xin-2026-yuan")));
    QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("Xin-2026-yuaN")));
    QVERIFY(PasswordHasher::hash(QStringLiteral("Xin-2026-yuan")) != hash); // salted
}

void TestAccess::firstAdministratorOnlyOnce()
{
    Database& db = m_db->db();
    accounts::AccountService accounts(db);
    QVERIFY(!accounts.hasUsers());
    QVERIFY_REFUSED(accounts.createFirstAdmin(QStringLiteral("chief"), {}, QStringLiteral("anju-demo")),
                    QStringLiteral("This password is too well known"));
    const Result<User> admin = accounts.createFirstAdmin(QStringLiteral("chief"), QStringLiteral("张主任"),
                                                         QStringLiteral("Xin-2026-yuan"));
    QVERIFY2(admin, qPrintable(admin.summary()));
    QVERIFY(accounts.hasUsers());
    QVERIFY_REFUSED(accounts.createFirstAdmin(QStringLiteral("second"), {}, QStringLiteral("Xin-2026-yuan")),
                    QStringLiteral("The database already has users"));
    QVERIFY_REFUSED(accounts.createDemoUsers(),
                    QStringLiteral("Only a demo database gets the demo users.")); // not a demo database
    const Result<Session> session = accounts.login(QStringLiteral("chief"), QStringLiteral("Xin-2026-yuan"));
    QVERIFY2(session, qPrintable(session.summary()));
    QCOMPARE(session.value().role, Role::Admin);
    QCOMPARE(db.session()->userName, QStringLiteral("chief"));
}

void TestAccess::lockOutAfterRepeatedFailures()
{
    Database& db = m_db->db();
    accounts::AccountService accounts(db);
    QVERIFY(accounts.createFirstAdmin(QStringLiteral("chief"), {}, QStringLiteral("Xin-2026-yuan")));
    QVERIFY(accounts.login(QStringLiteral("chief"), QStringLiteral("Xin-2026-yuan")));
    User clerk;
    clerk.name = QStringLiteral("wangli");
    clerk.role = Role::Clerk;
    const Result<User> added = accounts.addUser(clerk, QStringLiteral("Xin-2026-yuan"));
    QVERIFY2(added, qPrintable(added.summary()));

    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    for (int i = 1; i < accounts::AccountService::MaxFailedAttempts; ++i)
        QVERIFY_REFUSED(accounts.login(QStringLiteral("wangli"), QStringLiteral("wrong"), now.addSecs(i)),
                        QStringLiteral("The user name or the password is wrong."));
    QCOMPARE(UserRepository(db).userByName(QStringLiteral("wangli"))->failedAttempts,
             accounts::AccountService::MaxFailedAttempts - 1);
    const Result<Session> fifth =
        accounts.login(QStringLiteral("wangli"), QStringLiteral("wrong"), now.addSecs(10));
    QVERIFY(!fifth);
    QVERIFY2(fifth.summary().contains(QStringLiteral("locked")), qPrintable(fifth.summary()));
    // Locked: even the right password is refused until the time is up.
    const Result<Session> locked =
        accounts.login(QStringLiteral("wangli"), QStringLiteral("Xin-2026-yuan"), now.addSecs(60));
    QVERIFY(!locked);
    QVERIFY2(locked.summary().contains(QStringLiteral("locked")), qPrintable(locked.summary()));
    QVERIFY(accounts.login(QStringLiteral("wangli"), QStringLiteral("Xin-2026-yuan"),
                           now.addSecs(accounts::AccountService::LockMinutes * 60 + 11)));
    QCOMPARE(db.session()->role, Role::Clerk);

    // Locked again, then unlocked by the administrator at once.
    for (int i = 0; i < accounts::AccountService::MaxFailedAttempts; ++i)
        accounts.login(QStringLiteral("wangli"), QStringLiteral("wrong"), now.addSecs(2000 + i));
    QVERIFY_REFUSED(
        accounts.login(QStringLiteral("wangli"), QStringLiteral("Xin-2026-yuan"), now.addSecs(2010)),
        QStringLiteral("Too many wrong passwords: wangli is locked"));
    QVERIFY(accounts.login(QStringLiteral("chief"), QStringLiteral("Xin-2026-yuan")));
    QVERIFY(accounts.unlock(added.value().id));
    QVERIFY(accounts.login(QStringLiteral("wangli"), QStringLiteral("Xin-2026-yuan"), now.addSecs(2011)));

    // Every attempt is on record.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE user_name = 'wangli' AND action = 'login_failed'")));
    QVERIFY(q.next());
    QCOMPARE(
        q.value(0).toInt(),
        2 * (accounts::AccountService::MaxFailedAttempts + 1)); // each lock-out, then one try while locked
    QVERIFY(q.exec(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'wangli' AND action = 'locked'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // An unknown name fails the same way.
    const Result<Session> unknown = accounts.login(QStringLiteral("nobody"), QStringLiteral("Xin-2026-yuan"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.summary(),
             accounts.login(QStringLiteral("wangli"), QStringLiteral("bad"), now.addSecs(3000)).summary());
}

void TestAccess::lastAdministratorStays()
{
    Database& db = m_db->db();
    accounts::AccountService accounts(db);
    const Result<User> admin =
        accounts.createFirstAdmin(QStringLiteral("chief"), {}, QStringLiteral("Xin-2026-yuan"));
    QVERIFY(admin);
    QVERIFY(accounts.login(QStringLiteral("chief"), QStringLiteral("Xin-2026-yuan")));
    User demoted = admin.value();
    demoted.role = Role::Clerk;
    QVERIFY_REFUSED(accounts.updateUser(demoted), QStringLiteral("chief is the last administrator"));
    demoted.role = Role::Admin;
    demoted.active = false;
    QVERIFY_REFUSED(accounts.updateUser(demoted), QStringLiteral("chief is the last administrator"));
}

// A name that is no user's may be a password typed into the wrong box: the trail records that an unknown
// name was tried, never the text, and never under the name of whoever is logged in at the desk.
void TestAccess::unknownNameIsNotKept()
{
    Database& db = m_db->db();
    accounts::AccountService accounts(db);
    QVERIFY(accounts.createFirstAdmin(QStringLiteral("chief"), {}, QStringLiteral("Xin-2026-yuan")));
    QVERIFY(accounts.login(QStringLiteral("chief"), QStringLiteral("Xin-2026-yuan")));
    const QString typed = QStringLiteral("Mima-2026-secret");
    const Result<Session> refused = accounts.login(typed, QStringLiteral("whatever"));
    QVERIFY(!refused);
    QCOMPARE(refused.summary(), accounts.login(QStringLiteral("chief"), QStringLiteral("wrong")).summary());

    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name LIKE ? OR detail LIKE ? OR"
                             " COALESCE(changes, '') LIKE ?"));
    const QString like = QStringLiteral("%Mima-2026%");
    q.addBindValue(like);
    q.addBindValue(like);
    q.addBindValue(like);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(
        q.exec(QStringLiteral("SELECT user_name, user_id, detail FROM audit_log WHERE action = 'login_failed'"
                              " ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString()); // not "chief", who is logged in at the desk
    QVERIFY(q.value(1).isNull());
    QVERIFY2(q.value(2).toString().contains(QStringLiteral("unknown user")),
             qPrintable(q.value(2).toString()));
    QVERIFY(q.next()); // chief's wrong password, under chief's name
    QCOMPARE(q.value(0).toString(), QStringLiteral("chief"));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"

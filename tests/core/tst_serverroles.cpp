// A trail nobody can forge or quietly cut, by PostgreSQL's own privileges (issue 14): the schema belongs to
// an owner role no desk logs in with, a desk's login may do the program's work and no more, the trail
// names the server login (session_user) beside the Anju user the program claims, migrating adopts a
// database a login owned, and check finds owners and grants beyond the documented set. On main every desk
// logged in as the owner: each test here fails there (no db_login, no roles, no findings).
#include "RosterFixtures.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include "backup/DatabaseCheck.h"
#include "database/ServerRoles.h"
#include "exchange/IncomeCheckImporter.h"
#include "exchange/RosterImporter.h"
#include "party/PartyService.h"
#include "registry/RegistryService.h"
#include "report/MonthlySummary.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Today(2026, 11, 28);
const QString Longhui = QStringLiteral("430524");

QStringList rules(const QList<backup::CheckFinding>& findings)
{
    QStringList found;
    for (const backup::CheckFinding& f : findings)
        found << f.rule;
    return found;
}

QStringList serverRules(const QList<backup::CheckFinding>& findings)
{
    QStringList found;
    for (const QString& rule : rules(findings)) {
        if (rule.startsWith(QLatin1String("server_")))
            found << rule;
    }
    return found;
}

QString texts(const QList<backup::CheckFinding>& findings)
{
    QStringList all;
    for (const backup::CheckFinding& f : findings)
        all << f.rule + QStringLiteral(": ") + f.message;
    return all.join(QLatin1Char('\n'));
}

// A login name of its own for each test: roles are the whole server's.
QString uniqueName(const char* stem)
{
    static QAtomicInt counter;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(stem))
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

QVariant value(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0);
}

// The error of a statement that must be refused, or empty when it ran.
QString refusal(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return {};
    return q.lastError().databaseText();
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    int m_sequence = 0;

    Database& db() { return m_test->db(); }

    QString databaseName() { return value(db(), QStringLiteral("SELECT current_database()")).toString(); }

    // The same database as `login`, a connection as a desk would open it.
    std::unique_ptr<Database> connectAs(const QString& login, const QString& database = {})
    {
        QUrl url(TestServer::urlOf(database.isEmpty() ? databaseName() : database));
        url.setUserName(login);
        DatabaseLocation location = DatabaseLocation::parse(url.toString());
        location.password = QStringLiteral("desk-password");
        Result<std::unique_ptr<Database>> opened = Database::open(location);
        if (!opened)
            qFatal("cannot connect as %s: %s", qPrintable(login), qPrintable(opened.summary()));
        return std::move(opened.value());
    }

    QString newDesk()
    {
        const QString login = uniqueName("desk");
        const Outcome added = ServerRoles::addLogin(db(), login, QStringLiteral("desk-password"));
        if (!added)
            qFatal("desk login: %s", qPrintable(added.summary()));
        return login;
    }

    Result<Household> household(const Database& on)
    {
        Household h;
        h.siteId = m_test->siteId();
        h.number = QStringLiteral("H%1").arg(++m_sequence);
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        h.members = {makePerson(QStringLiteral("王建国"),
                                makeIdNumber(Longhui, QDate(1970, 1, 1), 2 * m_sequence + 1),
                                Relationship::Head)};
        return registry::RegistryService(on).saveHousehold(h, Today);
    }

    QList<backup::CheckFinding> check(const Database& on)
    {
        const auto findings = backup::DatabaseCheck(on).run();
        if (!findings)
            qFatal("check: %s", qPrintable(findings.summary()));
        return findings.value();
    }

private slots:
    void init() { m_test = std::make_unique<TestDatabase>(); }
    void cleanup() { m_test.reset(); }

    // Both engines: the trail has the column; SQLite has no logins and leaves it empty, the server fills
    // it with the login that wrote the row.
    void trailNamesTheServerLogin()
    {
        const Result<Household> saved = household(db());
        QVERIFY2(saved, qPrintable(saved.summary()));
        QSqlQuery q(db().connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT db_login, user_name FROM audit_log WHERE record_type ="
                                       " 'households' ORDER BY id DESC LIMIT 1")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("test-admin"));
        if (!TestDatabase::onServer()) {
            QVERIFY(q.value(0).isNull());
            return;
        }
        QCOMPARE(q.value(0).toString(), value(db(), QStringLiteral("SELECT session_user")).toString());
    }

    void ownerRoleOwnsEverything()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const Result<bool> inPlace = ServerRoles::inPlace(db());
        QVERIFY2(inPlace && inPlace.value(),
                 qPrintable(inPlace ? QStringLiteral("not in place") : inPlace.summary()));
        const ServerRoles::Names names = ServerRoles::namesOf(databaseName());
        QCOMPARE(value(db(), QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'"))
                     .toString(),
                 names.owner);
        QVERIFY(
            !value(db(),
                   QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(names.owner))
                 .toBool());
        // The trail's writer runs with its owner's rights and a search_path no login can change.
        QVERIFY(value(db(), QStringLiteral("SELECT prosecdef FROM pg_proc WHERE proname = 'anju_audit'"))
                    .toBool());
        QVERIFY(value(db(), QStringLiteral("SELECT array_to_string(proconfig, ';') FROM pg_proc"
                                           " WHERE proname = 'anju_audit'"))
                    .toString()
                    .contains(QLatin1String("search_path")));
        QVERIFY2(serverRules(check(db())).isEmpty(), qPrintable(texts(check(db()))));
    }

    // set_config('anju.actor', …) claims another Anju user; the login the server authenticated stays.
    void deskCannotForgeItsLogin()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const QString login = newDesk();
        const std::unique_ptr<Database> desk = connectAs(login);
        desk->setSession(TestDatabase::sessionFor(Role::Clerk, {}, QStringLiteral("clerk-wang")));
        value(*desk, QStringLiteral("SELECT set_config('anju.actor', 'secretary', false)"));
        const Result<Household> saved = household(*desk);
        QVERIFY2(saved, qPrintable(saved.summary()));
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT user_name, db_login FROM audit_log WHERE record_type = 'households'"
                                 " AND record_id = ?"));
        q.addBindValue(saved.value().id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("secretary")); // what the client claimed
        QCOMPARE(q.value(1).toString(), login);                       // what the server knows
        // Nor can the desk write the column itself, nor a row that looks like a trigger's.
        QVERIFY(
            !refusal(*desk, QStringLiteral("INSERT INTO audit_log (action, db_login) VALUES ('x', 'admin')"))
                 .isEmpty());
        QVERIFY(!refusal(*desk, QStringLiteral("INSERT INTO audit_log (action, record_type, changes)"
                                               " VALUES ('update', 'households', '{}')"))
                     .isEmpty());
        // An event the program records (a login, an export) names the login too.
        QVERIFY(
            refusal(*desk, QStringLiteral("INSERT INTO audit_log (user_name, action) VALUES ('x', 'login')"))
                .isEmpty());
        QCOMPARE(
            value(db(), QStringLiteral("SELECT db_login FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
            login);
    }

    void deskCannotCutTheTrail_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("disable trigger") << QStringLiteral("ALTER TABLE households DISABLE TRIGGER ALL");
        QTest::newRow("disable audit trigger")
            << QStringLiteral("ALTER TABLE persons DISABLE TRIGGER audit_persons");
        QTest::newRow("delete trail") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("update trail") << QStringLiteral("UPDATE audit_log SET user_name = 'x'");
        QTest::newRow("truncate trail") << QStringLiteral("TRUNCATE audit_log");
        QTest::newRow("truncate households") << QStringLiteral("TRUNCATE households CASCADE");
        QTest::newRow("drop trail") << QStringLiteral("DROP TABLE audit_log");
        QTest::newRow("drop trigger") << QStringLiteral("DROP TRIGGER audit_households ON households");
        QTest::newRow("drop schema") << QStringLiteral("DROP SCHEMA public CASCADE");
        QTest::newRow("replace function")
            << QStringLiteral("CREATE OR REPLACE FUNCTION anju_audit() RETURNS trigger LANGUAGE plpgsql AS"
                              " $$ BEGIN RETURN NULL; END $$");
        QTest::newRow("function as invoker")
            << QStringLiteral("ALTER FUNCTION anju_audit() SECURITY INVOKER");
        QTest::newRow("replica role") << QStringLiteral("SET session_replication_role = replica");
        QTest::newRow("table of its own") << QStringLiteral("CREATE TABLE public.shadow (id int)");
        QTest::newRow("schema version") << QStringLiteral("UPDATE schema_version SET version = version");
    }

    void deskCannotCutTheTrail()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        QFETCH(QString, statement);
        QVERIFY(household(db()));
        const qint64 before = value(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        const std::unique_ptr<Database> desk = connectAs(newDesk());
        const QString why = refusal(*desk, statement);
        QVERIFY2(!why.isEmpty(), qPrintable(statement + QStringLiteral(" ran")));
        QVERIFY2(why.contains(QLatin1String("permission denied")) ||
                     why.contains(QLatin1String("must be owner")),
                 qPrintable(why));
        QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before);
        QVERIFY2(serverRules(check(db())).isEmpty(), qPrintable(texts(check(db()))));
    }

    // The trail's writer, named in a trigger of a desk's own temporary table, writes nothing for it.
    void writerServesThePublicTablesOnly()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const std::unique_ptr<Database> desk = connectAs(newDesk());
        const qint64 before = value(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        QVERIFY(refusal(*desk, QStringLiteral("CREATE TEMP TABLE households (id bigint)")).isEmpty());
        QVERIFY(
            refusal(*desk, QStringLiteral("CREATE TRIGGER forged AFTER INSERT ON pg_temp.households FOR EACH"
                                          " ROW EXECUTE FUNCTION public.anju_audit('')"))
                .isEmpty());
        QVERIFY(refusal(*desk, QStringLiteral("INSERT INTO pg_temp.households VALUES (1)"))
                    .contains(QLatin1String("schema public only")));
        QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before);
    }

    // A desk imports a month's income checks with its own rights: the server's import function writes
    // them, and each check is in the trail under the desk's login, with the triggers on again after it.
    void deskImportsChecksWithTheirTrail()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const Result<Household> first = household(db());
        const Result<Household> second = household(db());
        QVERIFY(first && second);
        const QString login = newDesk();
        const std::unique_ptr<Database> desk = connectAs(login);
        desk->setSession(TestDatabase::sessionFor(Role::Clerk, {}, QStringLiteral("clerk-wang")));
        QTemporaryDir dir;
        const QString sheet = dir.filePath(QStringLiteral("checks.csv"));
        {
            QFile file(sheet);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                QStringLiteral("户编号,月份,工资性收入,家庭人口\r\n%1,2026-10,1500,1\r\n%2,2026-10,900,1\r\n")
                    .arg(first.value().number, second.value().number)
                    .toUtf8());
        }
        exchange::IncomeImportOptions options;
        options.path = sheet;
        options.today = Today;
        const auto imported = exchange::IncomeCheckImporter(*desk).run(options);
        QVERIFY2(imported, qPrintable(imported.summary()));
        QVERIFY(imported.value().atOnce);
        QCOMPARE(imported.value().checksNew, 2);
        QCOMPARE(
            value(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE record_type = 'income_checks'"
                                       " AND action = 'insert' AND db_login = '%1' AND user_name ="
                                       " 'clerk-wang'")
                            .arg(login))
                .toLongLong(),
            qint64(2));
        QCOMPARE(value(db(),
                       QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid ="
                                      " 'income_checks'::regclass AND NOT tgisinternal AND tgenabled <> 'O'"))
                     .toLongLong(),
                 qint64(0));
        QVERIFY2(serverRules(check(db())).isEmpty(), qPrintable(texts(check(db()))));
    }

    // The import function runs with its owner's rights: it refuses to read a table of the desk's own
    // making (whose policies, rules or types would run the desk's code with those rights), and the
    // desk may only insert into the table the server made for it.
    void importReadsOnlyTheServersTable()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const std::unique_ptr<Database> desk = connectAs(newDesk());
        QVERIFY(refusal(*desk, QStringLiteral("CREATE TEMP TABLE income_check_import (id bigint, household_id"
                                              " bigint, month date, checked_on date, headcount integer,"
                                              " income_wages bigint, income_business bigint, income_property"
                                              " bigint, income_transfers bigint, operating_costs bigint,"
                                              " expense_medical bigint, expense_education bigint,"
                                              " expense_disaster bigint, expense_other bigint, checker text,"
                                              " note text)"))
                    .isEmpty());
        QVERIFY(refusal(*desk, QStringLiteral("SELECT anju_import_income_checks()"))
                    .contains(QLatin1String("reads only the table")));
        QVERIFY(refusal(*desk, QStringLiteral("DROP TABLE pg_temp.income_check_import")).isEmpty());
        QVERIFY(refusal(*desk, QStringLiteral("BEGIN")).isEmpty());
        QVERIFY(refusal(*desk, QStringLiteral("SELECT anju_income_import_table()")).isEmpty());
        for (const QString& statement :
             {QStringLiteral("ALTER TABLE pg_temp.income_check_import ENABLE ROW LEVEL SECURITY"),
              QStringLiteral("DROP TABLE pg_temp.income_check_import"),
              QStringLiteral("SELECT count(*) FROM pg_temp.income_check_import")}) {
            QVERIFY(refusal(*desk, QStringLiteral("SAVEPOINT s")).isEmpty());
            const QString why = refusal(*desk, statement);
            QVERIFY2(why.contains(QLatin1String("must be owner")) ||
                         why.contains(QLatin1String("permission denied")),
                     qPrintable(statement + QStringLiteral(": ") + why));
            QVERIFY(refusal(*desk, QStringLiteral("ROLLBACK TO SAVEPOINT s")).isEmpty());
        }
        QVERIFY(refusal(*desk, QStringLiteral("ROLLBACK")).isEmpty());
    }

    // A clerk, a secretary and a manager at desks with desk logins do their day's work.
    void deskDoesTheProgramsWork()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const std::unique_ptr<Database> desk = connectAs(newDesk());
        desk->setSession(TestDatabase::sessionFor(Role::Clerk));
        Result<Household> saved = household(*desk);
        QVERIFY2(saved, qPrintable(saved.summary()));
        Household changed = saved.value();
        changed.phone = QStringLiteral("13912345678");
        const Result<Household> updated = registry::RegistryService(*desk).saveHousehold(changed, Today);
        QVERIFY2(updated, qPrintable(updated.summary()));

        QTemporaryDir dir;
        const QString roster = dir.filePath(QStringLiteral("office.csv"));
        {
            QFile file(roster);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fixtureCsv(officeRoster(), CsvEncoding::Utf8));
        }
        exchange::ImportOptions options;
        options.path = roster;
        options.today = Today;
        const Result<exchange::ImportSummary> imported = exchange::RosterImporter(*desk).run(options);
        QVERIFY2(imported, qPrintable(imported.summary()));

        desk->setSession(TestDatabase::sessionFor(Role::Secretary));
        party::Organisation branch;
        branch.kind = party::OrganisationKind::Branch;
        branch.name = QStringLiteral("测试党支部");
        branch.foundingDate = QDate(2019, 7, 1);
        branch.siteIds = {m_test->siteId()};
        const auto organisation = party::PartyService(*desk).saveOrganisation(branch, Today, Today);
        QVERIFY2(organisation, qPrintable(organisation.summary()));

        desk->setSession(TestDatabase::sessionFor(Role::Manager));
        const Result<report::MonthlySummary> summary =
            report::MonthlySummaryBuilder(*desk).build(report::ReportMonth::of(2026, 11), 0);
        QVERIFY2(summary, qPrintable(summary.summary()));
        // check from a desk's login: the triggers' reference is built in its temporary schema.
        const QList<backup::CheckFinding> findings = check(*desk);
        QVERIFY2(findings.isEmpty(), qPrintable(texts(findings)));
    }

    // check from a desk's login still finds what the owner's login did to a trigger.
    void deskCheckFindsADisabledTrigger()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const std::unique_ptr<Database> desk = connectAs(newDesk());
        desk->setSession(TestDatabase::sessionFor(Role::Manager));
        QVERIFY(refusal(db(), QStringLiteral("ALTER TABLE persons DISABLE TRIGGER audit_persons")).isEmpty());
        QVERIFY2(rules(check(*desk)).contains(QStringLiteral("trigger_disabled")),
                 qPrintable(texts(check(*desk))));
    }

    void checkFindsTooManyGrants()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const QString login = newDesk();
        const ServerRoles::Names names = ServerRoles::namesOf(databaseName());
        QVERIFY(serverRules(check(db())).isEmpty());
        QVERIFY(refusal(db(), QStringLiteral("GRANT TRUNCATE ON households TO \"%1\"").arg(names.desk))
                    .isEmpty());
        QVERIFY(
            refusal(db(), QStringLiteral("GRANT UPDATE ON audit_log TO \"%1\"").arg(names.desk)).isEmpty());
        QVERIFY(refusal(db(), QStringLiteral("GRANT DELETE ON schema_version TO PUBLIC")).isEmpty());
        QVERIFY(refusal(db(), QStringLiteral("GRANT \"%1\" TO %2").arg(names.owner, login)).isEmpty());
        const QList<backup::CheckFinding> findings = check(db());
        QCOMPARE(serverRules(findings).count(QStringLiteral("server_grants")), 3);
        QCOMPARE(serverRules(findings).count(QStringLiteral("server_desk_power")), 1);
        const QString text = texts(findings);
        QVERIFY2(text.contains(QLatin1String("TRUNCATE")) && text.contains(QLatin1String("households")),
                 qPrintable(text));
        QVERIFY2(text.contains(login), qPrintable(text));
        // The administrator's init sets the grants right (the membership is theirs to take away).
        QVERIFY(refusal(db(), QStringLiteral("REVOKE \"%1\" FROM %2").arg(names.owner, login)).isEmpty());
        const Outcome mended = ServerRoles::establish(db());
        QVERIFY2(mended, qPrintable(mended.summary()));
        QVERIFY2(serverRules(check(db())).isEmpty(), qPrintable(texts(check(db()))));
    }

    // A database made the old way, by a login the desks used, which owns every table: check says so, and
    // migrating with a login that may create roles hands everything to the owner role.
    void migratingAdoptsADatabaseALoginOwned()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const QString old = uniqueName("office");
        const QString database = TestServer::newDatabaseName();
        TestServer::onMaintenanceDatabase(QStringLiteral("CREATE ROLE %1 LOGIN").arg(old));
        TestServer::onMaintenanceDatabase(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, old));
        {
            QUrl url(TestServer::urlOf(database));
            url.setUserName(old);
            Result<std::unique_ptr<Database>> made =
                Database::openAtVersion(DatabaseLocation::parse(url.toString()), 9);
            QVERIFY2(made, qPrintable(made.summary()));
            QCOMPARE(value(*made.value(), QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename ="
                                                         " 'households'"))
                         .toString(),
                     old);
        }
        {
            Result<std::unique_ptr<Database>> admin =
                Database::openAtVersion(DatabaseLocation::parse(TestServer::urlOf(database)), 9);
            QVERIFY2(admin, qPrintable(admin.summary()));
            admin.value()->setSession(TestDatabase::sessionFor(Role::Admin));
            const QList<backup::CheckFinding> before = check(*admin.value());
            QVERIFY2(serverRules(before).contains(QStringLiteral("server_owner")), qPrintable(texts(before)));
            QVERIFY2(texts(before).contains(old), qPrintable(texts(before)));
            const Outcome upgraded = admin.value()->upgrade();
            QVERIFY2(upgraded, qPrintable(upgraded.summary()));
            const QList<backup::CheckFinding> after = check(*admin.value());
            QVERIFY2(serverRules(after).isEmpty(), qPrintable(texts(after)));
        }
        {
            // The former owner may not even connect now; made a desk's login, it may work but not cut.
            QUrl url(TestServer::urlOf(database));
            url.setUserName(old);
            const DatabaseLocation former = DatabaseLocation::parse(url.toString());
            const Result<std::unique_ptr<Database>> refused = Database::open(former);
            QVERIFY(!refused);
            QVERIFY2(refused.summary().contains(QLatin1String("CONNECT")), qPrintable(refused.summary()));
            Result<std::unique_ptr<Database>> admin =
                Database::open(DatabaseLocation::parse(TestServer::urlOf(database)));
            QVERIFY2(admin, qPrintable(admin.summary()));
            const Outcome added = ServerRoles::addLogin(*admin.value(), old, QStringLiteral("new-password"));
            QVERIFY2(added, qPrintable(added.summary()));
            Result<std::unique_ptr<Database>> desk = Database::open(former);
            QVERIFY2(desk, qPrintable(desk.summary()));
            const QString why =
                refusal(*desk.value(), QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL"));
            QVERIFY2(why.contains(QLatin1String("must be owner")), qPrintable(why));
        }
        TestServer::onMaintenanceDatabase(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
    }

    // The same at this program's schema (nothing to migrate): init's ServerRoles::keepInPlace adopts it.
    void upToDateDatabaseIsAdoptedToo()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const QString old = uniqueName("office");
        const QString database = TestServer::newDatabaseName();
        TestServer::onMaintenanceDatabase(QStringLiteral("CREATE ROLE %1 LOGIN").arg(old));
        TestServer::onMaintenanceDatabase(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, old));
        {
            QUrl url(TestServer::urlOf(database));
            url.setUserName(old);
            Result<std::unique_ptr<Database>> made = Database::open(DatabaseLocation::parse(url.toString()));
            QVERIFY2(made, qPrintable(made.summary()));
            const Result<bool> inPlace = ServerRoles::inPlace(*made.value());
            QVERIFY(inPlace && !inPlace.value());
            // A login that may not create roles leaves it as it is.
            QVERIFY(!ServerRoles::mayManage(*made.value()));
            QVERIFY(ServerRoles::keepInPlace(*made.value(), false));
        }
        {
            Result<std::unique_ptr<Database>> admin =
                Database::open(DatabaseLocation::parse(TestServer::urlOf(database)));
            QVERIFY2(admin, qPrintable(admin.summary()));
            const Outcome adopted = ServerRoles::keepInPlace(*admin.value(), false);
            QVERIFY2(adopted, qPrintable(adopted.summary()));
            const Result<bool> inPlace = ServerRoles::inPlace(*admin.value());
            QVERIFY(inPlace && inPlace.value());
        }
        TestServer::onMaintenanceDatabase(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
    }

    // The README's other way: the office's administrator login is no superuser but may create roles and
    // databases and owns the database. It hands everything over, and stays able to act as the owner (for
    // upgrades and init), while the roles it made cannot log in.
    void administratorLoginWithCreateRole()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        const QString admin = uniqueName("office_admin");
        const QString database = TestServer::newDatabaseName();
        TestServer::onMaintenanceDatabase(
            QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE CREATEDB").arg(admin));
        TestServer::onMaintenanceDatabase(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, admin));
        {
            QUrl url(TestServer::urlOf(database));
            url.setUserName(admin);
            Result<std::unique_ptr<Database>> made = Database::open(DatabaseLocation::parse(url.toString()));
            QVERIFY2(made, qPrintable(made.summary()));
            const Result<bool> inPlace = ServerRoles::inPlace(*made.value());
            QVERIFY2(inPlace && inPlace.value(),
                     qPrintable(inPlace ? QStringLiteral("not in place") : inPlace.summary()));
            made.value()->setSession(TestDatabase::sessionFor(Role::Admin));
            QVERIFY2(serverRules(check(*made.value())).isEmpty(), qPrintable(texts(check(*made.value()))));
            // Acting as the owner: the administrator's login may repair what a trigger needs.
            QVERIFY(
                refusal(*made.value(), QStringLiteral("ALTER TABLE persons DISABLE TRIGGER audit_persons"))
                    .isEmpty());
            QVERIFY(refusal(*made.value(), QStringLiteral("ALTER TABLE persons ENABLE TRIGGER audit_persons"))
                        .isEmpty());
            const QString desk = uniqueName("desk");
            QVERIFY(ServerRoles::addLogin(*made.value(), desk, QStringLiteral("desk-password")));
            const std::unique_ptr<Database> deskDb = connectAs(desk, database);
            QVERIFY(!refusal(*deskDb, QStringLiteral("DELETE FROM audit_log")).isEmpty());
        }
        TestServer::onMaintenanceDatabase(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
    }

    void loginNamesAreChecked()
    {
        if (!TestDatabase::onServer())
            QSKIP("server roles are PostgreSQL's");
        QVERIFY(
            !ServerRoles::addLogin(db(), QStringLiteral("Robert'); DROP TABLE x; --"), QStringLiteral("p")));
        QVERIFY(!ServerRoles::addLogin(db(), QStringLiteral("desk_b"), QString()));
        const ServerRoles::Names names = ServerRoles::namesOf(databaseName());
        QVERIFY(!ServerRoles::addLogin(db(), names.owner, QStringLiteral("p")));
        // The superuser the tests connect with is no desk login.
        QVERIFY(!ServerRoles::addLogin(db(), value(db(), QStringLiteral("SELECT session_user")).toString(),
                                       QStringLiteral("p")));
        // A password with a quote is the password, not SQL.
        const QString login = uniqueName("desk");
        const Outcome added = ServerRoles::addLogin(db(), login, QStringLiteral("it's $$ a \"pass\""));
        QVERIFY2(added, qPrintable(added.summary()));
        const Result<QStringList> logins = ServerRoles::logins(db());
        QVERIFY(logins && logins.value().contains(login));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"

#include "Refusal.h"
#include "TestDatabase.h"

#include "access/UserRepository.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "database/SqliteBulkLoad.h"
#include "registry/HouseholdRepository.h"
#include "registry/PersonSearch.h"
#include "registry/RegistryService.h"
#include "registry/RosterQuery.h"
#include "registry/SearchIndex.h"
#include "registry/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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

int count(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

// The audit trail: written by triggers in the same transaction, append-only, complete.
class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_db = std::make_unique<test::TestDatabase>(); }
    void editRecordsOldAndNewValues();
    void refusedSaveLeavesNoAuditRow();
    void auditTableRefusesUpdateAndDelete();
    void historyOfAHouseholdInOrder();
    void historyIsMaskedForTheSecretary();
    void filtersByUserDateAndType();
    void triggersCoverEveryColumn();
    void triggersComeBackAfterABulkLoad();
    void writesOutsideTheProgramAreRefused();
    void injectionTextInEverySearchChangesNothing_data();
    void injectionTextInEverySearchChangesNothing();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestAudit::editRecordsOldAndNewValues()
{
    Database& db = m_db->db();
    m_db->logInAs(Role::Clerk, {}, QStringLiteral("wangli"));
    registry::RegistryService registry(db);
    const Result<Household> saved =
        registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
    QVERIFY2(saved, qPrintable(saved.summary()));
    const qint64 id = saved.value().id;
    const int before = count(db, QStringLiteral("SELECT MAX(id) FROM audit_log"));

    Household edit = saved.value();
    edit.phone = QStringLiteral("13800001111");
    edit.originVillage = QStringLiteral("石门村");
    edit.members[1].name = QStringLiteral("李芳芳");
    QVERIFY(registry.saveHousehold(edit, Today));

    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT user_name, action, record_type, record_id, household_id, changes, at"
                             " FROM audit_log WHERE id > ? ORDER BY id"));
    q.addBindValue(before);
    QVERIFY(q.exec());
    QStringList rows;
    QJsonObject householdChanges, personChanges;
    while (q.next()) {
        QCOMPARE(q.value(0).toString(), QStringLiteral("wangli"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("update"));
        QCOMPARE(q.value(4).toLongLong(), id);
        QVERIFY(!q.value(6).toString().isEmpty());
        const QJsonObject changes = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        rows.append(q.value(2).toString());
        if (q.value(2).toString() == QLatin1String("households"))
            householdChanges = changes;
        else
            personChanges = changes;
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("households"), QStringLiteral("persons")}));
    // Only the changed fields, each with its old and new value; no row versions or summaries.
    QCOMPARE(householdChanges.keys(),
             (QStringList{QStringLiteral("origin_village"), QStringLiteral("phone")}));
    QCOMPARE(householdChanges.value(QStringLiteral("phone")).toArray(),
             (QJsonArray{QStringLiteral("13907391234"), QStringLiteral("13800001111")}));
    QCOMPARE(householdChanges.value(QStringLiteral("origin_village")).toArray(),
             (QJsonArray{QString(), QStringLiteral("石门村")}));
    QCOMPARE(personChanges.keys(), QStringList{QStringLiteral("name")});
    QCOMPARE(personChanges.value(QStringLiteral("name")).toArray(),
             (QJsonArray{QStringLiteral("李芳"), QStringLiteral("李芳芳")}));
}

void TestAudit::refusedSaveLeavesNoAuditRow()
{
    Database& db = m_db->db();
    registry::RegistryService registry(db);
    QVERIFY(registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today));
    const int before = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    // The second household reuses an ID number: the service refuses it (the reason is asserted, so a
    // refusal for anything else fails) and nothing of it, audit rows included, stays behind.
    Household clash = family(m_db->siteId(), QStringLiteral("430524001-0002"), 2);
    clash.members[1].idNumber = makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 11);
    QVERIFY_REFUSED(registry.saveHousehold(clash, Today),
                    QStringLiteral("This ID number already belongs to 王建国"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM households")), 1);
}

void TestAudit::auditTableRefusesUpdateAndDelete()
{
    Database& db = m_db->db();
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) > 0);
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'nobody'")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("audit trail cannot be changed")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("audit trail cannot be changed")));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'nobody'")), 0);
}

void TestAudit::historyOfAHouseholdInOrder()
{
    Database& db = m_db->db();
    registry::RegistryService registry(db);
    const Result<Household> saved =
        registry.saveHousehold(family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
    Household edit = saved.value();
    edit.phone = QStringLiteral("13800001111");
    QVERIFY(registry.saveHousehold(edit, Today));
    QVERIFY(registry.markDeceased(saved.value().members.at(1).id, QDate(2026, 10, 1)));
    const QList<AuditEntry> history = AuditLog(db).householdHistory(saved.value().id);
    QStringList steps;
    for (const AuditEntry& e : history)
        steps.append(e.action + QLatin1Char(' ') + e.recordType);
    QCOMPARE(steps, (QStringList{QStringLiteral("insert households"), QStringLiteral("insert persons"),
                                 QStringLiteral("insert persons"), QStringLiteral("update households"),
                                 QStringLiteral("update persons")}));
    QCOMPARE(history.last().changes.value(QStringLiteral("state")).toArray(),
             (QJsonArray{QStringLiteral("active"), QStringLiteral("deceased")}));
    QCOMPARE(history.first().userName, QStringLiteral("test-admin"));
}

void TestAudit::historyIsMaskedForTheSecretary()
{
    Database& db = m_db->db();
    const Result<Household> saved = registry::RegistryService(db).saveHousehold(
        family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
    m_db->logInAs(Role::Secretary);
    const QList<AuditEntry> history = AuditLog(db).householdHistory(saved.value().id);
    QVERIFY(history.size() >= 3);
    const QString id = history.at(1).changes.value(QStringLiteral("id_number")).toArray().at(1).toString();
    QVERIFY2(id.contains(QStringLiteral("********")), qPrintable(id));
    QCOMPARE(history.at(0).changes.value(QStringLiteral("phone")).toArray().at(1).toString(),
             QStringLiteral("139****1234"));
    // The whole trail is not the secretary's to read.
    QCOMPARE(AuditLog(db).count({}), 0);
}

void TestAudit::filtersByUserDateAndType()
{
    Database& db = m_db->db();
    m_db->logInAs(Role::Clerk, {}, QStringLiteral("wangli"));
    QVERIFY(registry::RegistryService(db).saveHousehold(
        family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today));
    AuditLog(db).record(QStringLiteral("export"), {{QStringLiteral("file"), QStringLiteral("x.csv")}});
    m_db->logInAs(Role::Manager, {}, QStringLiteral("zhang"));
    const AuditLog log(db);
    AuditFilter byUser;
    byUser.userName = QStringLiteral("wangli");
    QCOMPARE(log.count(byUser), 4); // household, two persons, the export
    AuditFilter persons = byUser;
    persons.recordType = QStringLiteral("persons");
    QCOMPARE(log.count(persons), 2);
    AuditFilter events = byUser;
    events.recordType = QStringLiteral("event");
    QCOMPARE(log.page(events, 0, 10).value().constFirst().action, QStringLiteral("export"));
    AuditFilter today;
    today.from = today.to = QDate::currentDate();
    QVERIFY(log.count(today) >= 4);
    AuditFilter yesterday;
    yesterday.to = QDate::currentDate().addDays(-1);
    QCOMPARE(log.count(yesterday), 0);
    // Newest first.
    const QList<AuditEntry> page = log.page(byUser, 0, 10).value();
    QVERIFY(page.first().id > page.last().id);
}

void TestAudit::triggersCoverEveryColumn()
{
    if (test::TestDatabase::onServer())
        QSKIP("SQLite's generated triggers (PostgreSQL audits through one PL/pgSQL function)");
    Database& db = m_db->db();
    QSqlQuery q(db.connection());
    // Every table whose writes are recorded, and the columns kept by the program itself (versions,
    // summaries, counters), which the triggers leave out.
    const QStringList audited = {QStringLiteral("sites"),
                                 QStringLiteral("buildings"),
                                 QStringLiteral("households"),
                                 QStringLiteral("persons"),
                                 QStringLiteral("settings"),
                                 QStringLiteral("users"),
                                 QStringLiteral("user_sites"),
                                 QStringLiteral("party_organisations"),
                                 QStringLiteral("party_organisation_sites"),
                                 QStringLiteral("party_members"),
                                 QStringLiteral("party_stage_steps"),
                                 QStringLiteral("party_member_states"),
                                 QStringLiteral("party_branch_stays"),
                                 QStringLiteral("party_committee_seats"),
                                 QStringLiteral("party_dues_bases"),
                                 QStringLiteral("party_dues_payments"),
                                 QStringLiteral("party_meetings"),
                                 QStringLiteral("party_meeting_attendance"),
                                 QStringLiteral("party_transfers"),
                                 QStringLiteral("party_site_assignments")};
    const QStringList bookkeeping = {QStringLiteral("row_version"),     QStringLiteral("updated_at"),
                                     QStringLiteral("head_name"),       QStringLiteral("head_id_number"),
                                     QStringLiteral("member_count"),    QStringLiteral("password_hash"),
                                     QStringLiteral("failed_attempts"), QStringLiteral("locked_until"),
                                     QStringLiteral("last_login_at"),   QStringLiteral("created_at")};
    for (const QString& table : audited) {
        QSqlQuery columns(db.connection());
        QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        QVERIFY(
            q.exec(QStringLiteral(
                       "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_%1_insert'")
                       .arg(table)));
        QVERIFY2(q.next(), qPrintable(table));
        const QString sql = q.value(0).toString();
        while (columns.next()) {
            const QString column = columns.value(1).toString();
            QCOMPARE(sql.contains(QStringLiteral("NEW.\"%1\"").arg(column)), !bookkeeping.contains(column));
        }
    }
}

// A bulk import drops every trigger of households and persons, the audit ones with the indexes, and makes
// them again from their definitions: afterwards they must record as before.
void TestAudit::triggersComeBackAfterABulkLoad()
{
    if (test::TestDatabase::onServer())
        QSKIP("SQLite's generated triggers (PostgreSQL audits through one PL/pgSQL function)");
    Database& db = m_db->db();
    const int triggers =
        count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"));
    {
        WriteTransaction transaction(db);
        DeferredSqliteIndexes indexes;
        QString error;
        QVERIFY2(indexes.drop(db, &error), qPrintable(error));
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'audit_persons_%'")),
            0);
        const Outcome restored = registry::SearchIndex::restoreAfterBulkLoad(db, indexes, false);
        QVERIFY2(restored, qPrintable(restored.summary()));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")),
             triggers);
    const Result<Household> saved = registry::RegistryService(db).saveHousehold(
        family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today);
    QVERIFY(saved);
    QCOMPARE(AuditLog(db).householdHistory(saved.value().id).size(), 3);
}

void TestAudit::writesOutsideTheProgramAreRefused()
{
    if (test::TestDatabase::onServer())
        QSKIP("SQLite's generated triggers (PostgreSQL audits through one PL/pgSQL function)");
    // A connection without the program's audit functions (another tool on the same file) cannot change
    // an audited table unnoticed: the trigger fails, and the write with it.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_db->path());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(!q.exec(QStringLiteral("UPDATE sites SET name = 'x'")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("anju_actor")),
                 qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(registry::SiteRepository(m_db->db()).site(m_db->siteId())->name, QStringLiteral("测试安置点"));
}

void TestAudit::injectionTextInEverySearchChangesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("drop") << QStringLiteral("'; DROP TABLE persons; --");
    QTest::newRow("drop households") << QStringLiteral("王'); DROP TABLE households; --");
    QTest::newRow("or true") << QStringLiteral("' OR '1'='1");
    QTest::newRow("digits then quote") << QStringLiteral("430524' OR 1=1 --");
    QTest::newRow("like wildcards") << QStringLiteral("%_\\%");
    QTest::newRow("update") << QStringLiteral("\"; UPDATE persons SET name = 'x'; --");
}

// Every search and filter entry point in core with text that would break a string-built query.
void TestAudit::injectionTextInEverySearchChangesNothing()
{
    QFETCH(QString, text);
    Database& db = m_db->db();
    QVERIFY(registry::RegistryService(db).saveHousehold(
        family(m_db->siteId(), QStringLiteral("430524001-0001"), 1), Today));
    accounts::AccountService(db).createFirstAdmin(QStringLiteral("chief"), {},
                                                  QStringLiteral("Xin-2026-yuan"));
    const auto snapshot = [&db] {
        return QStringList{
            QString::number(count(db, QStringLiteral("SELECT COUNT(*) FROM persons"))),
            QString::number(count(db, QStringLiteral("SELECT COUNT(*) FROM households"))),
            QString::number(count(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE name = 'x'"))),
            QString::number(count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))};
    };
    const QStringList before = snapshot();

    registry::RosterFilter filter;
    filter.search = text;
    QCOMPARE(registry::RosterQuery(db).count(filter), 0);
    QVERIFY(registry::RosterQuery(db).page(filter, registry::RosterColumn::Number, true, 0, 10).isEmpty());
    QCOMPARE(registry::PersonSearch(db).count(text), 0);
    QVERIFY(registry::PersonSearch(db).page(text, 0, 10).isEmpty());
    QVERIFY(!registry::HouseholdRepository(db).householdByNumber(text));
    QVERIFY(!registry::HouseholdRepository(db).personByIdNumber(text));
    QVERIFY(!UserRepository(db).userByName(text));
    QVERIFY(!registry::SiteRepository(db).siteByCode(text));
    AuditFilter audit;
    audit.userName = text;
    audit.recordType = text;
    QCOMPARE(AuditLog(db).count(audit), 0);
    QVERIFY(!accounts::AccountService(db).login(text, text));
    m_db->logInAs(Role::Admin);

    QCOMPARE(snapshot(), before);
    // The failed login is on record, without the text typed (it may be a password: see
    // TestAccess::unknownNameIsNotKept).
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' AND user_name = ?"));
    q.addBindValue(text.trimmed().left(40));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

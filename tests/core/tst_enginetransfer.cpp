// anju-cli migrate's core: a demo office's SQLite file moved onto the test server arrives whole (every
// table's rows, ids, dates and the search index), a non-empty server database is refused, and the server
// hands out new ids after the copied ones.

#include "TestDatabase.h"

#include "backup/EngineTransfer.h"
#include "demo/DemoGenerator.h"
#include "registry/HouseholdRepository.h"
#include "registry/PersonSearch.h"
#include "registry/RegistryService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

namespace {

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace

class TestEngineTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void movesEverythingAndVerifies();
    void refusesAServerThatHoldsData();
    void cancelLeavesTheServerAsItWas();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_file;
};

void TestEngineTransfer::initTestCase()
{
    if (!test::TestDatabase::onServer())
        // Skipping here would let the executable pass on a file having tested nothing.
        QFAIL("moves a file onto the test server: registered as tst_enginetransfer_pg only (ctest -R "
              "tst_enginetransfer_pg)");
    auto opened = Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("office.anju"))));
    QVERIFY2(opened, qPrintable(opened.summary()));
    m_file = std::move(opened.value());
    m_file->setSession(test::TestDatabase::sessionFor(Role::Admin));
    demo::DemoOptions options;
    options.households = 120;
    options.seed = 7;
    const Outcome made = demo::DemoGenerator(*m_file).generate(options);
    QVERIFY2(made, qPrintable(made.summary()));
    // A party member whose mentor comes later in the table: the rows cannot be checked one by one.
    QSqlQuery mentor(m_file->connection());
    QVERIFY(
        mentor.exec(QStringLiteral("UPDATE party_members SET mentor1_id = (SELECT MAX(id) FROM party_members)"
                                   " WHERE id = (SELECT MIN(id) FROM party_members)")));
    QCOMPARE(mentor.numRowsAffected(), 1);
}

void TestEngineTransfer::movesEverythingAndVerifies()
{
    test::TestDatabase server(test::TestDatabase::Contents::Empty);
    backup::EngineTransfer transfer(*m_file, server.db());
    const Outcome moved = transfer.run();
    QVERIFY2(moved, qPrintable(moved.summary()));
    for (const char* table :
         {"sites", "buildings", "dwellings", "households", "persons", "memberships", "settings"}) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table);
        QCOMPARE(scalar(server.db(), count), scalar(*m_file, count));
        QCOMPARE(transfer.copiedRows().value(QLatin1String(table)), scalar(*m_file, count));
    }
    QVERIFY(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM persons")) > 300);
    QCOMPARE(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM party_members")),
             scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM party_members")));
    // The file's trail arrives as it was, and the move is one event of its own, not a row per copied row.
    QCOMPARE(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")),
             scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM audit_log")) + 1);
    QSqlQuery event(server.db().connection());
    QVERIFY(event.exec(QStringLiteral("SELECT action, user_name FROM audit_log ORDER BY id DESC LIMIT 1")) &&
            event.next());
    QCOMPARE(event.value(0).toString(), QStringLiteral("migrate"));
    QCOMPARE(event.value(1).toString(), m_file->session()->userName);
    // Keys and references are back after the copy.
    QVERIFY(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f'")) >
            20);
    // The same household reads the same on both, dates and members included.
    const qint64 id = scalar(*m_file, QStringLiteral("SELECT MAX(id) FROM households"));
    const Household there = *registry::HouseholdRepository(server.db()).household(id);
    const Household here = *registry::HouseholdRepository(*m_file).household(id);
    QCOMPARE(there.number, here.number);
    QCOMPARE(there.relocationDate, here.relocationDate);
    QCOMPARE(there.members.size(), here.members.size());
    QCOMPARE(there.members.constFirst().birthDate, here.members.constFirst().birthDate);
    QCOMPARE(there.members.constFirst().idNumber, here.members.constFirst().idNumber);
    // The server's own search index was built and the summaries kept.
    const QString head = here.head()->name;
    QCOMPARE(registry::PersonSearch(server.db()).count(head.left(2)),
             registry::PersonSearch(*m_file).count(head.left(2)));
    QCOMPARE(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM households WHERE head_name IS NULL")),
             scalar(*m_file, QStringLiteral("SELECT COUNT(*) FROM households WHERE head_name IS NULL")));
    // New rows get ids after the copied ones.
    Household extra = here;
    extra.id = 0;
    extra.number = here.number + QStringLiteral("-N");
    extra.dwellingId = 0;
    extra.members = {test::makePerson(QStringLiteral("新户主"),
                                      test::makeIdNumber(QStringLiteral("430524"), QDate(1990, 1, 1), 999),
                                      Relationship::Head)};
    const Result<Household> saved = registry::RegistryService(server.db()).saveHousehold(extra);
    QVERIFY2(saved, qPrintable(saved.summary()));
    QVERIFY(saved.value().id > id);
}

void TestEngineTransfer::refusesAServerThatHoldsData()
{
    test::TestDatabase server; // holds a site already
    const qint64 sitesBefore = scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM sites"));
    const Outcome moved = backup::EngineTransfer(*m_file, server.db()).run();
    QVERIFY(!moved);
    QVERIFY2(moved.summary().contains(QStringLiteral("already holds data")), qPrintable(moved.summary()));
    QCOMPARE(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM sites")), sitesBefore);
}

void TestEngineTransfer::cancelLeavesTheServerAsItWas()
{
    test::TestDatabase server(test::TestDatabase::Contents::Empty);
    const qint64 settings = scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM settings"));
    const qint64 constraints = scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM pg_constraint"));
    int calls = 0;
    const Outcome moved =
        backup::EngineTransfer(*m_file, server.db()).run([&](qint64, qint64) { return ++calls < 3; });
    QVERIFY(!moved);
    QVERIFY2(moved.summary().contains(QStringLiteral("Cancelled")), qPrintable(moved.summary()));
    QCOMPARE(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM sites")), 0);
    QCOMPARE(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM settings")), settings);
    QCOMPARE(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM pg_constraint")), constraints);
}

QTEST_GUILESS_MAIN(TestEngineTransfer)
#include "tst_enginetransfer.moc"

// anju-cli migrate's core: a demo office's SQLite file moved onto the test server arrives whole (every
// table's rows, ids, dates and the search index), a non-empty server database is refused, and the server
// hands out new ids after the copied ones.

#include "TestDatabase.h"

#include "database/EngineTransfer.h"
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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_file;
};

void TestEngineTransfer::initTestCase()
{
    if (!test::TestDatabase::onServer())
        QSKIP("moves a file onto the test server (runs as tst_enginetransfer_pg)");
    QString error;
    m_file = Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("office.anju"))), &error);
    QVERIFY2(m_file, qPrintable(error));
    m_file->setSession(test::TestDatabase::sessionFor(Role::Admin));
    DemoOptions options;
    options.households = 120;
    options.seed = 7;
    const Outcome made = DemoGenerator(*m_file).generate(options);
    QVERIFY2(made, qPrintable(made.summary()));
}

void TestEngineTransfer::movesEverythingAndVerifies()
{
    test::TestDatabase server(test::TestDatabase::Contents::Empty);
    EngineTransfer transfer(*m_file, server.db());
    const Outcome moved = transfer.run();
    QVERIFY2(moved, qPrintable(moved.summary()));
    for (const char* table : {"sites", "buildings", "dwellings", "households", "persons", "memberships", "settings"}) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table);
        QCOMPARE(scalar(server.db(), count), scalar(*m_file, count));
        QCOMPARE(transfer.copiedRows().value(QLatin1String(table)), scalar(*m_file, count));
    }
    QVERIFY(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM persons")) > 300);
    // The same household reads the same on both, dates and members included.
    const qint64 id = scalar(*m_file, QStringLiteral("SELECT MAX(id) FROM households"));
    const Household there = *HouseholdRepository(server.db()).household(id);
    const Household here = *HouseholdRepository(*m_file).household(id);
    QCOMPARE(there.number, here.number);
    QCOMPARE(there.relocationDate, here.relocationDate);
    QCOMPARE(there.members.size(), here.members.size());
    QCOMPARE(there.members.constFirst().birthDate, here.members.constFirst().birthDate);
    QCOMPARE(there.members.constFirst().idNumber, here.members.constFirst().idNumber);
    // The server's own search index was built and the summaries kept.
    const QString head = here.head()->name;
    QCOMPARE(PersonSearch(server.db()).count(head.left(2)), PersonSearch(*m_file).count(head.left(2)));
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
    const Result<Household> saved = RegistryService(server.db()).saveHousehold(extra);
    QVERIFY2(saved, qPrintable(saved.summary()));
    QVERIFY(saved.value().id > id);
}

void TestEngineTransfer::refusesAServerThatHoldsData()
{
    test::TestDatabase server; // holds a site already
    const qint64 sitesBefore = scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM sites"));
    const Outcome moved = EngineTransfer(*m_file, server.db()).run();
    QVERIFY(!moved);
    QVERIFY2(moved.summary().contains(QStringLiteral("already holds data")), qPrintable(moved.summary()));
    QCOMPARE(scalar(server.db(), QStringLiteral("SELECT COUNT(*) FROM sites")), sitesBefore);
}

QTEST_GUILESS_MAIN(TestEngineTransfer)
#include "tst_enginetransfer.moc"

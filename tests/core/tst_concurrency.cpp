#include "TestDatabase.h"

#include "database/KeptReaders.h"
#include "database/SharedSnapshot.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>
#include <thread>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

const QDate Today(2026, 11, 28);

Household household(qint64 siteId, const QString& number, const QString& headId, const QString& otherId)
{
    Household h;
    h.number = number;
    h.siteId = siteId;
    h.originCountyCode = QStringLiteral("430522");
    h.relocationDate = QDate(2020, 1, 10);
    h.members = {makePerson(QStringLiteral("刘德明"), headId, Relationship::Head),
                 makePerson(QStringLiteral("刘小红"), otherId, Relationship::Daughter)};
    return h;
}

// Runs `work` on two threads, each with its own connection, released at the same moment.
template <typename Work> void onTwoDesks(const DatabaseLocation& location, Work work)
{
    std::latch start(2);
    auto desk = [&](int index) {
        auto opened = Database::open(location);
        QVERIFY2(opened, qPrintable(opened.summary()));
        auto db = std::move(opened.value());
        db->setSession(test::TestDatabase::sessionFor(Role::Admin));
        start.arrive_and_wait();
        work(*db, index);
    };
    std::thread a(desk, 0);
    std::thread b(desk, 1);
    a.join();
    b.join();
}

// Counts QPSQL's "Unable to free statement" warnings from any thread while it lives.
class FreeStatementWarnings
{
public:
    FreeStatementWarnings() { s_previous = qInstallMessageHandler(handler); }
    ~FreeStatementWarnings() { qInstallMessageHandler(s_previous); }
    int count() const { return s_count.load(); }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (message.contains(QLatin1String("Unable to free statement")))
            ++s_count;
        s_previous(type, context, message);
    }
    static inline std::atomic<int> s_count{0};
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void oneIdOnePersonAcrossDesks();
    void oneHeadWhenTwoDesksEditTheSameHousehold();
    void secondConnectionSeesCommittedWork();
    void twentyDesksLoseNoUpdate();
    void sharedSnapshotReadersSeeOneMoment();
    void sharedSnapshotKeepsSqliteWritersOutUntilReleased();
    void keptReadersKeepTheirConnectionWithTheCallersSession();
    void keptReadersSayWhyTheyCannotOpen();
    void keptReadersCloseEverywhereWhenAsked();
    void keptReadersCloseAfterTheJobUnderWay();
};

void TestConcurrency::oneIdOnePersonAcrossDesks()
{
    test::TestDatabase t;
    // A refused write's prepared statement is freed after the rollback, not inside the aborted transaction.
    const FreeStatementWarnings warnings;
    for (int round = 0; round < 15; ++round) {
        const QString shared = makeIdNumber(QStringLiteral("430522"), QDate(1970, 1, 1).addDays(round), 101);
        std::atomic<int> saved{0};
        std::atomic<int> refusedForId{0};
        onTwoDesks(t.location(), [&](Database& db, int desk) {
            const QString own =
                makeIdNumber(QStringLiteral("430522"), QDate(1990, 1, 1).addDays(round), 200 + desk);
            const Household h =
                household(t.siteId(), QStringLiteral("R%1-D%2").arg(round).arg(desk), shared, own);
            const Result<Household> result = registry::RegistryService(db).saveHousehold(h, Today);
            if (result)
                ++saved;
            else if (!result.messageFor(QLatin1String(Field::PersonIdNumber), 0).isEmpty())
                ++refusedForId;
        });
        QCOMPARE(saved.load(), 1);
        QCOMPARE(refusedForId.load(), 1);
    }
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id_number) FROM persons")) && q.next());
    QCOMPARE(q.value(0).toInt(), 30);
    QCOMPARE(q.value(1).toInt(), 30);
    QCOMPARE(warnings.count(), 0);
}

void TestConcurrency::oneHeadWhenTwoDesksEditTheSameHousehold()
{
    test::TestDatabase t;
    for (int round = 0; round < 10; ++round) {
        const Household stored =
            registry::RegistryService(t.db())
                .saveHousehold(
                    household(t.siteId(), QStringLiteral("H%1").arg(round),
                              makeIdNumber(QStringLiteral("430522"), QDate(1960, 3, 1).addDays(round), 11),
                              makeIdNumber(QStringLiteral("430522"), QDate(1995, 3, 1).addDays(round), 22)),
                    Today)
                .value();
        std::atomic<int> saved{0};
        std::atomic<int> refusedAsStale{0};
        onTwoDesks(t.location(), [&](Database& db, int desk) {
            Household edit = stored; // both desks opened the same version
            if (desk == 0) {
                // Desk 0 hands the head role to the daughter.
                edit.members[0].relationship = Relationship::Parent;
                edit.members[1].relationship = Relationship::Head;
            } else {
                // Desk 1 adds a newcomer as a second head.
                edit.members.append(
                    makePerson(QStringLiteral("陈伟"),
                               makeIdNumber(QStringLiteral("430522"), QDate(1993, 7, 7).addDays(round), 33),
                               Relationship::Spouse));
                edit.members[0].relationship = Relationship::Head;
            }
            const Result<Household> result = registry::RegistryService(db).saveHousehold(edit, Today);
            if (result)
                ++saved;
            else if (!result.messageFor(QLatin1String(Field::HouseholdVersion)).isEmpty())
                ++refusedAsStale;
            else
                qWarning("refused for another reason: %s", qPrintable(result.summary()));
        });
        QCOMPARE(saved.load(), 1);
        QCOMPARE(refusedAsStale.load(), 1);
        QSqlQuery q(t.db().connection());
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM persons WHERE household_id = ? AND relationship = 'head'"
                           " AND state = 'active'"));
        q.addBindValue(stored.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
}

void TestConcurrency::secondConnectionSeesCommittedWork()
{
    test::TestDatabase t;
    auto second = t.secondConnection();
    const Household h = household(t.siteId(), QStringLiteral("X1"),
                                  makeIdNumber(QStringLiteral("430522"), QDate(1960, 1, 1), 1),
                                  makeIdNumber(QStringLiteral("430522"), QDate(1990, 1, 1), 2));
    QVERIFY(registry::RegistryService(t.db()).saveHousehold(h, Today));
    QVERIFY(registry::HouseholdRepository(*second).householdByNumber(QStringLiteral("X1")));
}

// Twenty desks keep adding one to the same households' counters (kept in the origin village field) through
// the ordinary save: load, change, save, and on a stale version load again. Every increment must arrive.
void TestConcurrency::twentyDesksLoseNoUpdate()
{
    constexpr int Desks = 20;
    constexpr int IncrementsPerDesk = 5;
    constexpr int Households = 3;
    test::TestDatabase t;
    QList<qint64> ids;
    for (int i = 0; i < Households; ++i) {
        Household h = household(t.siteId(), QStringLiteral("C%1").arg(i),
                                makeIdNumber(QStringLiteral("430522"), QDate(1950, 1, 1).addDays(i), 1),
                                makeIdNumber(QStringLiteral("430522"), QDate(1980, 1, 1).addDays(i), 2));
        h.originVillage = QStringLiteral("0");
        const Result<Household> saved = registry::RegistryService(t.db()).saveHousehold(h, Today);
        QVERIFY2(saved, qPrintable(saved.summary()));
        ids.append(saved.value().id);
    }
    std::atomic<int> stale{0};
    std::atomic<int> otherFailures{0};
    std::latch start(Desks);
    auto desk = [&](int index) {
        auto opened = Database::open(t.location());
        if (!opened) {
            ++otherFailures;
            start.count_down();
            return;
        }
        const std::unique_ptr<Database> db = std::move(opened.value());
        db->setSession(*t.db().session()); // each desk's clerk is logged in
        start.arrive_and_wait();
        for (int n = 0; n < IncrementsPerDesk * Households; ++n) {
            const qint64 id = ids.at((index + n) % Households);
            for (int attempt = 0; attempt < 500; ++attempt) {
                Household h = *registry::HouseholdRepository(*db).household(id);
                h.originVillage = QString::number(h.originVillage.toInt() + 1);
                const Result<Household> result = registry::RegistryService(*db).saveHousehold(h, Today);
                if (result)
                    break;
                if (result.messageFor(QLatin1String(Field::HouseholdVersion)).isEmpty()) {
                    ++otherFailures;
                    qWarning("desk %d: %s", index, qPrintable(result.summary()));
                    break;
                }
                ++stale;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < Desks; ++i)
        threads.emplace_back(desk, i);
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(otherFailures.load(), 0);
    for (qint64 id : std::as_const(ids))
        QCOMPARE(registry::HouseholdRepository(t.db()).household(id)->originVillage,
                 QString::number(Desks * IncrementsPerDesk));
    qInfo("%d saves were refused as stale and retried", stale.load());
}

QTEST_GUILESS_MAIN(TestConcurrency)
namespace {

QString officeName(const Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'office.name'")))
        return QStringLiteral("(failed: %1)").arg(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

// Readers that began on a held snapshot see the database as it was then, whatever is committed after:
// the summary's sections on their worker connections count the same moment. Each reader begins on its
// own thread, as the workers do.
void TestConcurrency::sharedSnapshotReadersSeeOneMoment()
{
    test::TestDatabase t;
    QVERIFY(t.db().setSetting(QStringLiteral("office.name"), QStringLiteral("before")));
    auto writer = t.secondConnection();
    Result<SharedSnapshot> held = SharedSnapshot::hold(t.db());
    QVERIFY2(held, qPrintable(held.summary()));
    if (test::TestDatabase::onServer()) {
        // The server lets a desk commit while the snapshot is held; readers joining later still see before.
        QVERIFY(writer->setSetting(QStringLiteral("office.name"), QStringLiteral("after")));
    }
    std::latch begun(2);
    std::latch written(1);
    QString seen[2][2];
    auto reader = [&](int index) {
        auto opened = t.db().reopen();
        const Outcome began = opened ? held.value().beginRead(*opened.value()) : Outcome(opened);
        begun.count_down();
        if (!began) {
            seen[index][0] = began.summary();
            return;
        }
        seen[index][0] = officeName(*opened.value());
        written.wait();
        seen[index][1] = officeName(*opened.value());
        SharedSnapshot::endRead(*opened.value());
    };
    std::thread a(reader, 0);
    std::thread b(reader, 1);
    begun.wait();
    held.value().release();
    const bool wrote = test::TestDatabase::onServer() ||
                       writer->setSetting(QStringLiteral("office.name"), QStringLiteral("after"));
    written.count_down();
    a.join();
    b.join();
    QVERIFY(wrote);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(seen[i][0], QStringLiteral("before"));
        QCOMPARE(seen[i][1], QStringLiteral("before"));
    }
    QCOMPARE(officeName(t.db()), QStringLiteral("after"));
}

// On SQLite the holder keeps the write lock until released (a few milliseconds in a summary), so nobody
// commits between two workers' beginnings; a desk that tries meanwhile waits (here: gives up at once).
void TestConcurrency::sharedSnapshotKeepsSqliteWritersOutUntilReleased()
{
    if (test::TestDatabase::onServer())
        QSKIP("The server's exported snapshot holds no lock.");
    test::TestDatabase t;
    auto writer = t.secondConnection();
    QVERIFY(QSqlQuery(writer->connection()).exec(QStringLiteral("PRAGMA busy_timeout = 0")));
    {
        Result<SharedSnapshot> held = SharedSnapshot::hold(t.db());
        QVERIFY2(held, qPrintable(held.summary()));
        QVERIFY(!writer->setSetting(QStringLiteral("office.name"), QStringLiteral("meanwhile")));
        held.value().release();
        QVERIFY(writer->setSetting(QStringLiteral("office.name"), QStringLiteral("after")));
        // Held again and let go by the destructor, as on an early return.
        QVERIFY(SharedSnapshot::hold(t.db()));
    }
    QVERIFY(writer->setSetting(QStringLiteral("office.name"), QStringLiteral("later")));
    QCOMPARE(officeName(t.db()), QStringLiteral("later"));
}

// The window's summary loader and its workers read on kept connections: the same connection on each
// thread from one summary to the next (a server's is closed after each job), opened on that thread,
// reading what was committed since and carrying the session of the connection that started the job.
void TestConcurrency::keptReadersKeepTheirConnectionWithTheCallersSession()
{
    test::TestDatabase t;
    t.db().setSession(test::TestDatabase::sessionFor(Role::Manager, {}, QStringLiteral("manager")));
    QVERIFY(t.db().setSetting(QStringLiteral("office.name"), QStringLiteral("first")));
    QString connections[2][2];
    QString seen[2][2];
    QString users[2][2];
    QThread* threads[2][2] = {};
    {
        KeptReaders kept(2);
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 2; ++i) {
                kept.start(i, t.db(), [&, round, i](const Database* reader, const Outcome& opened) {
                    if (!reader) {
                        seen[round][i] = opened.summary();
                        return;
                    }
                    threads[round][i] = QThread::currentThread();
                    connections[round][i] = reader->connection().connectionName();
                    seen[round][i] = officeName(*reader);
                    users[round][i] = reader->session() ? reader->session()->userName : QString();
                });
            }
            kept.wait();
            QVERIFY(t.db().setSetting(QStringLiteral("office.name"), QStringLiteral("second")));
            t.db().setSession(
                test::TestDatabase::sessionFor(Role::Secretary, {}, QStringLiteral("secretary")));
        }
    } // the connections close on their threads here
    for (int i = 0; i < 2; ++i) {
        QVERIFY(threads[0][i] != QThread::currentThread());
        QCOMPARE(threads[1][i], threads[0][i]);
        QCOMPARE(seen[0][i], QStringLiteral("first"));
        QCOMPARE(seen[1][i], QStringLiteral("second"));
        QCOMPARE(users[0][i], QStringLiteral("manager"));
        QCOMPARE(users[1][i], QStringLiteral("secretary"));
        QVERIFY(!connections[0][i].isEmpty());
        QCOMPARE(connections[1][i], connections[0][i]);
    }
    QVERIFY(connections[0][0] != connections[0][1]);
}

// closeEverywhere() (before a server restore) closes every kept connection of the program; the next job
// opens a new one and reads as before.
void TestConcurrency::keptReadersCloseEverywhereWhenAsked()
{
    test::TestDatabase t;
    KeptReaders kept(2);
    QString names[2];
    int sites[2] = {-1, -1};
    for (int round = 0; round < 2; ++round) {
        kept.run(t.db(), [&, round](const Database* reader, const Outcome&) {
            if (!reader)
                return;
            names[round] = reader->connection().connectionName();
            QSqlQuery q(reader->connection());
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sites")) && q.next())
                sites[round] = q.value(0).toInt();
        });
        KeptReaders::closeEverywhere();
    }
    QVERIFY(!names[0].isEmpty() && !names[1].isEmpty());
    QVERIFY(names[1] != names[0]);
    QCOMPARE(sites[0], 1);
    QCOMPARE(sites[1], 1);
}

// A thread that cannot open its connection runs the job without one and says why (the summary's workers
// then fall back to the caller's connection).
void TestConcurrency::keptReadersSayWhyTheyCannotOpen()
{
    if (test::TestDatabase::onServer())
        QSKIP("A file that goes away is SQLite's case.");
    test::TestDatabase t;
    // The file replaced by an empty one: a new connection finds no Anju schema there.
    QVERIFY(QFile::remove(t.location().path));
    KeptReaders kept(1);
    bool hadReader = true;
    QString why;
    kept.run(t.db(), [&](const Database* reader, const Outcome& opened) {
        hadReader = reader != nullptr;
        why = opened.summary();
    });
    QVERIFY(!hadReader);
    QVERIFY2(why.contains(QStringLiteral("schema")), qPrintable(why));
}

// A restore asked for while a summary runs on its first connection waits for it, then closes that
// connection too (the restore would otherwise find it open and refuse).
void TestConcurrency::keptReadersCloseAfterTheJobUnderWay()
{
    test::TestDatabase t;
    KeptReaders kept(1);
    std::latch begun(1);
    std::atomic<bool> release{false};
    QString names[2];
    kept.start(0, t.db(), [&](const Database* reader, const Outcome&) {
        names[0] = reader ? reader->connection().connectionName() : QString();
        begun.count_down();
        while (!release)
            QThread::msleep(1);
    });
    begun.wait();
    std::atomic<bool> closed{false};
    std::thread closer([&] {
        KeptReaders::closeEverywhere();
        closed = true;
    });
    QThread::msleep(50);
    const bool closedWhileBusy = closed;
    release = true;
    closer.join();
    QVERIFY(!closedWhileBusy);
    kept.run(t.db(), [&](const Database* reader, const Outcome&) {
        names[1] = reader ? reader->connection().connectionName() : QString();
    });
    QVERIFY(!names[0].isEmpty() && !names[1].isEmpty());
    QVERIFY(names[1] != names[0]);
}

#include "tst_concurrency.moc"

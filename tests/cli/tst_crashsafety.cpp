#include "TestDatabase.h"

#include "accounts/AccountService.h"
#include "demo/DemoGenerator.h"
#include "exchange/RosterExporter.h"
#include "exchange/RosterImporter.h"
#include "registry/RegistryService.h"
#include "registry/SiteService.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

constexpr char Password[] = "Xin-2026-yuan";

qint64 count(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString integrity(const Database& db)
{
    QSqlQuery q(db.connection());
    QStringList lines;
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next())
            lines.append(q.value(0).toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// No crash and no full disk may leave half of a piece of work in the database.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportLeavesAllOrNothing_data();
    void killedImportLeavesAllOrNothing();
    void fullDiskDuringASave();
    void fullDiskDuringAnImport();

private:
    // A new database with its administrator logged in.
    std::unique_ptr<Database> freshDatabase(const QString& name, QString* path);

    QTemporaryDir m_dir;
    QString m_roster; // a roster big enough for the bulk load
    qint64 m_rosterPersons = 0;
    qint64 m_rosterHouseholds = 0;
};

std::unique_ptr<Database> TestCrashSafety::freshDatabase(const QString& name, QString* path)
{
    *path = m_dir.filePath(name);
    auto opened = Database::open(DatabaseLocation::parse(*path));
    if (!opened)
        return nullptr;
    auto db = std::move(opened.value());
    accounts::AccountService accounts(*db);
    if (!accounts.createFirstAdmin(QStringLiteral("chief"), {}, QLatin1String(Password)) ||
        !accounts.login(QStringLiteral("chief"), QLatin1String(Password)))
        return nullptr;
    return db;
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString path;
    auto source = freshDatabase(QStringLiteral("source.anju"), &path);
    QVERIFY(source);
    demo::DemoOptions demo;
    demo.households = 11000;
    demo::DemoGenerator generator(*source);
    QVERIFY(generator.generate(demo));
    m_roster = m_dir.filePath(QStringLiteral("big.csv"));
    exchange::RosterExportOptions options;
    options.path = m_roster;
    options.includeFormer = false;
    exchange::RosterExporter exporter(*source);
    const Outcome exported = exporter.exportRoster(options);
    QVERIFY2(exported, qPrintable(exported.summary()));
    m_rosterPersons = exporter.counts().persons;
    m_rosterHouseholds = exporter.counts().households;
    // Big enough that the importer takes its bulk path (indexes and triggers dropped and made again).
    QVERIFY2(QFileInfo(m_roster).size() > 8 * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(m_roster).size())));
}

void TestCrashSafety::killedImportLeavesAllOrNothing_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("while reading") << QStringLiteral("Reading: 30%");
    QTest::newRow("late in reading") << QStringLiteral("Reading: 90%");
    QTest::newRow("while indexing") << QStringLiteral("Reading: 100%");
}

// anju-cli import as a child process, killed (SIGKILL: no cleanup of any kind) at a point of its work.
void TestCrashSafety::killedImportLeavesAllOrNothing()
{
    QFETCH(QString, when);
    QString path;
    {
        auto db = freshDatabase(QStringLiteral("killed-%1.anju")
                                    .arg(QString::fromLatin1(QTest::currentDataTag()))
                                    .replace(QLatin1Char(' '), QLatin1Char('-')),
                                &path);
        QVERIFY(db);
    }
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANJU_USER"), QStringLiteral("chief"));
    env.insert(QStringLiteral("ANJU_PASSWORD"), QLatin1String(Password));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    import.setProcessEnvironment(env);
    import.start(QStringLiteral(ANJU_CLI_PATH),
                 {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--db"), path,
                  QStringLiteral("import"), m_roster});
    QVERIFY(import.waitForStarted());
    QString seen;
    QElapsedTimer timer;
    timer.start();
    while (!seen.contains(when) && import.state() == QProcess::Running && timer.elapsed() < 120'000) {
        import.waitForReadyRead(50);
        seen += QString::fromUtf8(import.readAllStandardError());
    }
    QVERIFY2(seen.contains(when), qPrintable(seen));
    QVERIFY2(import.state() == QProcess::Running, "the import ended before it could be killed");
    ::kill(pid_t(import.processId()), SIGKILL);
    QVERIFY(import.waitForFinished(10'000));
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);

    // The next start: the file is whole, and holds none of the import (or, had it committed, all of it).
    auto afterOpened = Database::open(DatabaseLocation::parse(path));
    QVERIFY2(afterOpened, qPrintable(afterOpened.summary()));
    auto after = std::move(afterOpened.value());
    QCOMPARE(integrity(*after), QStringLiteral("ok"));
    const qint64 persons = count(*after, QStringLiteral("SELECT COUNT(*) FROM persons"));
    const qint64 households = count(*after, QStringLiteral("SELECT COUNT(*) FROM households"));
    const qint64 imports = count(*after, QStringLiteral("SELECT COUNT(*) FROM imports"));
    const qint64 events =
        count(*after, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'"));
    QVERIFY2(
        (persons == 0 && households == 0 && imports == 0 && events == 0) ||
            (persons == m_rosterPersons && households == m_rosterHouseholds && imports == 1 && events == 1),
        qPrintable(QStringLiteral("%1 persons, %2 households, %3 imports")
                       .arg(persons)
                       .arg(households)
                       .arg(imports)));
    // Indexes and triggers are all there, so the next import takes the same file whole.
    QCOMPARE(
        count(*after, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'persons_id_number'")),
        1);
    QCOMPARE(count(*after,
                   QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'audit_persons_update'")),
             1);
    if (persons == 0) {
        accounts::AccountService(*after).login(QStringLiteral("chief"), QLatin1String(Password));
        exchange::ImportOptions again;
        again.path = m_roster;
        const Result<exchange::ImportSummary> done = exchange::RosterImporter(*after).run(again);
        QVERIFY2(done, qPrintable(done.summary()));
        QVERIFY(done.value().written);
        QCOMPARE(count(*after, QStringLiteral("SELECT COUNT(*) FROM persons")), m_rosterPersons);
        // One audit event for the bulk import, no row for each of its persons …
        QCOMPARE(count(*after, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), 1);
        QCOMPARE(
            count(*after, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'persons'")), 0);
        // … and the triggers it made again record the next change.
        QSqlQuery q(after->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE persons SET phone = '13800001111' WHERE id = 1")));
        QCOMPARE(
            count(
                *after,
                QStringLiteral(
                    "SELECT COUNT(*) FROM audit_log WHERE record_type = 'persons' AND user_name = 'chief'")),
            1);
        QCOMPARE(integrity(*after), QStringLiteral("ok"));
    }
}

// SQLite's page limit stands in for a full disk: every page beyond it fails as a full disk would.
void TestCrashSafety::fullDiskDuringASave()
{
    QString path;
    auto db = freshDatabase(QStringLiteral("full-save.anju"), &path);
    QVERIFY(db);
    Site site;
    site.code = QStringLiteral("430524001");
    site.name = QStringLiteral("测试安置点");
    site.countyCode = QStringLiteral("430524");
    const Result<Site> saved = registry::SiteService(*db).saveSite(site);
    QVERIFY(saved);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const qint64 pages = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    q.finish();

    Household h;
    h.number = QStringLiteral("430524001-0001");
    h.siteId = saved.value().id;
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.originVillage = QString(3000, QChar(0x6751)); // long enough to need a page of its own
    h.members.append(makePerson(QStringLiteral("王建国"),
                                makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 1),
                                Relationship::Head));
    for (int i = 2; i < 40; ++i)
        h.members.append(makePerson(QStringLiteral("王%1").arg(QChar(0x4e00 + i)),
                                    makeIdNumber(QStringLiteral("430524"), QDate(2000, 1, 1).addDays(i), i),
                                    Relationship::Other));
    const Result<Household> full = registry::RegistryService(*db).saveHousehold(h, QDate(2026, 11, 28));
    QVERIFY(!full);
    QVERIFY2(full.summary().contains(QStringLiteral("disk is full")), qPrintable(full.summary()));
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM households")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM persons")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'households'")),
             0);
    QCOMPARE(integrity(*db), QStringLiteral("ok"));

    // Space again: the same save goes through.
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    q.finish();
    const Result<Household> later = registry::RegistryService(*db).saveHousehold(h, QDate(2026, 11, 28));
    QVERIFY2(later, qPrintable(later.summary()));
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM persons")), 39);
}

void TestCrashSafety::fullDiskDuringAnImport()
{
    QString path;
    auto db = freshDatabase(QStringLiteral("full-import.anju"), &path);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toLongLong() + 200)));
    q.finish();
    exchange::ImportOptions options;
    options.path = m_roster;
    const Result<exchange::ImportSummary> result = exchange::RosterImporter(*db).run(options);
    QVERIFY(!result);
    QVERIFY2(result.summary().contains(QStringLiteral("disk is full")), qPrintable(result.summary()));
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM persons")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM imports")), 0);
    QCOMPARE(integrity(*db), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

#include "RosterFixtures.h"
#include "TableReaderFixtures.h"
#include "TestDatabase.h"

#include "database/SqliteBulkLoad.h"
#include "exchange/RosterImporter.h"
#include "registry/SearchIndex.h"
#include "registry/SearchIndexGrams.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2025, 6, 1);

// Every row of a table in key order, one line per row, leaving out the clock columns (written a second
// apart by two runs).
QStringList rowsOf(const Database& db, const QString& table, const QString& order = u"1, 2"_s)
{
    QSqlQuery columns(db.connection());
    columns.exec(u"SELECT * FROM "_s + table + u" LIMIT 0"_s);
    QStringList names;
    for (int i = 0; i < columns.record().count(); ++i) {
        const QString name = columns.record().fieldName(i);
        if (name != u"updated_at" && name != u"imported_at")
            names.append(name);
    }
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT "_s + names.join(u", "_s) + u" FROM "_s + table + u" ORDER BY "_s + order))
        return {u"cannot read "_s + table};
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < names.size(); ++i) {
            // Dates as SQLite stores them, so that both engines' rows read the same.
            const QVariant v = q.value(i);
            values.append(v.isNull()                       ? u"NULL"_s
                          : v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                                           : v.toString());
        }
        rows.append(values.join(u'|'));
    }
    return rows;
}

// What the trigram index finds, not only what it stores.
QStringList trigramHits(const Database& db, const QString& table, const QStringList& fragments)
{
    QStringList hits;
    for (const QString& fragment : fragments) {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT rowid FROM "_s + table + u" WHERE "_s + table + u" MATCH ? ORDER BY rowid"_s);
        q.addBindValue(registry::SearchIndex::trigramPhrase(fragment));
        QStringList ids;
        if (q.exec()) {
            while (q.next())
                ids.append(q.value(0).toString());
        }
        hits.append(fragment + u": "_s + ids.join(u','));
    }
    return hits;
}

struct Snapshot
{
    QMap<QString, QStringList> tables;
};

// The registry's own tables, the same on both engines (no search index, no clock columns).
Snapshot registryRows(const Database& db)
{
    Snapshot s;
    for (const QString& table : {u"sites"_s, u"buildings"_s, u"building_units"_s, u"dwellings"_s,
                                 u"households"_s, u"persons"_s, u"memberships"_s})
        s.tables.insert(table, rowsOf(db, table));
    return s;
}

void compareSnapshots(const Snapshot& actual, const Snapshot& expected, const QString& what)
{
    for (auto table = expected.tables.cbegin(); table != expected.tables.cend(); ++table) {
        const QStringList& rows = table.value();
        const QStringList got = actual.tables.value(table.key());
        QVERIFY2(
            got.size() == rows.size(),
            qPrintable(
                u"%1, %2: %3 rows, expected %4"_s.arg(what, table.key()).arg(got.size()).arg(rows.size())));
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (got.at(row) != rows.at(row))
                QFAIL(qPrintable(u"%1, %2 row %3:\n  %4\n  %5"_s.arg(what, table.key())
                                     .arg(row)
                                     .arg(got.at(row), rows.at(row))));
        }
    }
}

void importFiles(const Database& db, const QStringList& paths, bool sqliteApi, bool bulk)
{
    for (const QString& path : paths) {
        exchange::ImportOptions options;
        options.path = path;
        options.today = Today;
        options.useSqliteApi = sqliteApi;
        options.bulkLoad = bulk;
        const Result<exchange::ImportSummary> result = exchange::RosterImporter(db).run(options);
        QVERIFY2(result, qPrintable(result.summary()));
        const QList<exchange::ImportError>& errors = result.value().errors;
        QVERIFY2(
            errors.isEmpty(),
            qPrintable(errors.isEmpty() ? QString() : exchange::RosterImporter::describe(errors.first())));
        QVERIFY(result.value().written);
    }
}

Snapshot snapshot(const Database& db)
{
    Snapshot s;
    for (const QString& table :
         {u"sites"_s, u"buildings"_s, u"building_units"_s, u"dwellings"_s, u"households"_s, u"persons"_s,
          u"memberships"_s, u"imports"_s, u"person_name_grams"_s})
        s.tables.insert(table, rowsOf(db, table));
    s.tables.insert(u"person_number_index"_s, rowsOf(db, u"person_number_index"_s, u"rowid"_s));
    s.tables.insert(u"household_number_index"_s, rowsOf(db, u"household_number_index"_s, u"rowid"_s));
    s.tables.insert(u"person_number_index hits"_s,
                    trigramHits(db, u"person_number_index"_s, {u"0524"_s, u"19800"_s, u"1390000"_s, u"X"_s}));
    s.tables.insert(u"household_number_index hits"_s,
                    trigramHits(db, u"household_number_index"_s, {u"W00"_s, u"W01"_s, u"0001"_s}));
    return s;
}

// Households of one to five members, with members moved away or dead, a household whose members all
// left, names with repeated characters and minority names with a middle dot.
FixtureRoster roster(int firstHousehold, int households)
{
    FixtureRoster r;
    r.sheetName = u"花名册"_s;
    r.headers = {u"户编号"_s,   u"安置点"_s,       u"楼栋"_s,        u"单元"_s,     u"房号"_s,
                 u"姓名"_s,     u"与户主关系"_s,   u"身份证号"_s,    u"联系电话"_s, u"文化程度"_s,
                 u"人员状态"_s, u"状态变动日期"_s, u"搬迁入住日期"_s};
    r.householdColumns = {0, 1, 2, 3, 4, 12};
    const QStringList names = {
        u"王王"_s, u"张三丰"_s, u"欧阳娜娜"_s, u"阿依古丽·买买提"_s, u"李"_s + QChar(0x4E00), u"刘德华华"_s};
    const QStringList relationships = {u"户主"_s, u"配偶"_s, u"长子"_s, u"次女"_s, u"孙子"_s};
    const QStringList education = {u"小学"_s, u"初中"_s, u"高中"_s, u"大专"_s, u"文盲"_s};
    for (int h = firstHousehold; h < firstHousehold + households; ++h) {
        QList<FixtureRow> members;
        const int size = 1 + h % 5;
        const bool allLeft = h % 17 == 3;
        for (int m = 0; m < size; ++m) {
            const int i = h * 5 + m;
            QString state = u"在册"_s;
            QString stateDate;
            if (allLeft || (m > 0 && i % 7 == 0)) {
                state = i % 2 ? u"迁出"_s : u"死亡"_s;
                stateDate = u"2023-0%1-15"_s.arg(1 + i % 9);
            }
            members.append(
                {textCell(u"W%1"_s.arg(h, 4, 10, QLatin1Char('0'))), textCell(u"幸福家园"_s),
                 textCell(u"%1栋"_s.arg(1 + h / 20)), textCell(u"%1"_s.arg(1 + h % 2)),
                 textCell(u"%1"_s.arg(101 + h % 20)), textCell(names.at(i % names.size())),
                 textCell(relationships.at(m)),
                 textCell(makeIdNumber(u"430524"_s, QDate(1940, 1, 1).addDays(i * 37), 100 + i % 800)),
                 textCell(i % 3 ? u"1390000%1"_s.arg(i % 10000, 4, 10, QLatin1Char('0')) : QString()),
                 textCell(education.at(i % education.size())), textCell(state), textCell(stateDate),
                 textCell(u"2020-12-31"_s)});
        }
        r.households.append(members);
    }
    return r;
}

} // namespace

#define SQLITE_ONLY()                                                                                        \
    if (TestDatabase::onServer())                                                                            \
    QSKIP("SQLite's own write paths (C API, bulk load, gram index); the server has only the plain one")

// The import's fast paths (SQLite's own API, the bulk load with its index fill) against the plain one:
// the same file must leave the same rows, searchable the same way. On the test server: the plain path
// writes the same registry rows as on a file.
class TestImportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fastPathsWriteWhatThePlainPathWrites();
    void serverWritesWhatTheFileGets();
    void nameGramsAsTheTriggersMakeThem();
    void cancelledBulkLoadLeavesNothing();

private:
    QTemporaryDir m_dir;
    QString m_first, m_second;
};

void TestImportWriter::initTestCase()
{
    m_first = writeFile(m_dir.filePath(u"first.csv"_s), fixtureCsv(roster(0, 60), CsvEncoding::Utf8));
    m_second = writeFile(m_dir.filePath(u"second.csv"_s), fixtureCsv(roster(60, 45), CsvEncoding::Gb18030));
}

void TestImportWriter::fastPathsWriteWhatThePlainPathWrites()
{
    SQLITE_ONLY();
    const QString& first = m_first;
    const QString& second = m_second;
    struct Way
    {
        const char* name;
        bool sqliteApi;
        bool bulk;
    };
    QList<Snapshot> snapshots;
    {
        // Else the "C API" ways below would quietly take the QSqlQuery path and compare it with itself.
        TestDatabase probe;
        QVERIFY(sqliteHandle(probe.db()));
    }
    for (const Way& way : {Way{"QSqlQuery with triggers", false, false}, Way{"C API, bulk load", true, true},
                           Way{"C API with triggers", true, false}}) {
        TestDatabase db;
        // Two files: the second bulk load fills the index for its own rows only.
        importFiles(db.db(), {first, second}, way.sqliteApi, way.bulk);
        if (QTest::currentTestFailed())
            QFAIL(way.name);
        snapshots.append(snapshot(db.db()));
    }
    const Snapshot& plain = snapshots.constFirst();
    // The fixture is what it claims: 105 households, members gone, the index filled.
    QCOMPARE(plain.tables.value(u"households"_s).size(), 105);
    QCOMPARE(plain.tables.value(u"persons"_s).size(), 315);
    QVERIFY(plain.tables.value(u"persons"_s).filter(u"|moved_away|"_s).size() > 5);
    QVERIFY(plain.tables.value(u"persons"_s).filter(u"|deceased|"_s).size() > 5);
    QVERIFY(plain.tables.value(u"households"_s).filter(u"|moved_away|"_s).size() +
                plain.tables.value(u"households"_s).filter(u"|dissolved|"_s).size() >=
            5);
    QVERIFY(plain.tables.value(u"person_name_grams"_s).size() > 315 * 3);
    QVERIFY(plain.tables.value(u"person_number_index hits"_s).constFirst().count(u',') > 100);
    for (qsizetype way = 1; way < snapshots.size(); ++way)
        compareSnapshots(snapshots.at(way), plain, u"way %1"_s.arg(way));
}

// The same two files on the server and on a file (made in the same run): the same registry rows, ids
// included (both start from the test's one site).
void TestImportWriter::serverWritesWhatTheFileGets()
{
    if (!TestDatabase::onServer())
        QSKIP("compares the server with a file; runs as tst_importwriter_pg");
    TestDatabase server;
    importFiles(server.db(), {m_first, m_second}, false, true);
    if (QTest::currentTestFailed())
        return;
    TestDatabase file(TestDatabase::Contents::OneSite, TestDatabase::Where::File);
    if (QTest::currentTestFailed())
        return;
    importFiles(file.db(), {m_first, m_second}, false, false);
    const Snapshot onServer = registryRows(server.db());
    QCOMPARE(onServer.tables.value(u"households"_s).size(), 105);
    QCOMPARE(onServer.tables.value(u"persons"_s).size(), 315);
    QVERIFY(onServer.tables.value(u"persons"_s).filter(u"|deceased|"_s).size() > 5);
    compareSnapshots(onServer, registryRows(file.db()), u"server against file"_s);
}

void TestImportWriter::nameGramsAsTheTriggersMakeThem()
{
    SQLITE_ONLY();
    TestDatabase db;
    QSqlQuery q(db.db().connection());
    QVERIFY(q.exec(u"INSERT INTO households (number, site_id) VALUES ('G1', %1)"_s.arg(db.siteId())));
    const qint64 household = q.lastInsertId().toLongLong();
    // Characters outside the BMP, a name past the indexed positions, repeated characters, Latin letters,
    // an empty name: the triggers' substr() and length() count characters, not UTF-16 units or bytes.
    const QStringList names = {u"王"_s,
                               u"王王"_s,
                               u"王王王"_s,
                               u"欧阳娜娜"_s,
                               u"𠀾王𠁀"_s,
                               u"𠀾"_s,
                               u"Anna Lee"_s,
                               u"阿依古丽·买买提"_s,
                               QString(30, QChar(0x5F20)) + u"三"_s,
                               u"一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未"_s,
                               u""_s};
    for (int i = 0; i < names.size(); ++i) {
        q.prepare(u"INSERT INTO persons (household_id, name, id_number, sex, birth_date, relationship)"
                  u" VALUES (?, ?, ?, 'male', '1980-01-01', 'son')"_s);
        q.addBindValue(household);
        q.addBindValue(names.at(i));
        q.addBindValue(makeIdNumber(u"430524"_s, QDate(1980, 1, 1), 100 + i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const QStringList byTriggers = rowsOf(db.db(), u"person_name_grams"_s);
    QCOMPARE(byTriggers.filter(u"𠀾王|"_s), QStringList({u"𠀾王|5|%1"_s.arg(household)}));
    QCOMPARE(byTriggers.size(), 94); // counted by hand (a repeated character or pair is one row)

    // All again, and then only the persons after the first three.
    QVERIFY(q.exec(u"DELETE FROM person_name_grams"_s));
    QVERIFY(sqliteHandle(db.db()));
    const Outcome all = registry::SearchIndexGrams::fill(sqliteHandle(db.db()), 0,
                                                         registry::SearchIndex::MaxIndexedNameLength);
    QVERIFY2(all, qPrintable(all.summary()));
    QCOMPARE(rowsOf(db.db(), u"person_name_grams"_s), byTriggers);

    QVERIFY(q.exec(u"DELETE FROM person_name_grams WHERE person_id > 3"_s));
    const Outcome added = registry::SearchIndexGrams::fill(sqliteHandle(db.db()), 3,
                                                           registry::SearchIndex::MaxIndexedNameLength);
    QVERIFY2(added, qPrintable(added.summary()));
    QCOMPARE(rowsOf(db.db(), u"person_name_grams"_s), byTriggers);
}

// Cancel in the middle of a bulk load: the dropped indexes and triggers are back, and no row is left.
void TestImportWriter::cancelledBulkLoadLeavesNothing()
{
    TestDatabase db;
    const QString path =
        writeFile(m_dir.filePath(u"cancel.csv"_s), fixtureCsv(roster(0, 2000), CsvEncoding::Utf8));
    // On the server: the same cancel leaves no row either (there is no bulk load to undo there).
    const bool server = TestDatabase::onServer();
    const QString schemaTable = server ? u"pg_indexes"_s : u"sqlite_master"_s;
    const QString schemaOrder = server ? u"indexname"_s : u"name"_s;
    const QStringList schemaBefore = rowsOf(db.db(), schemaTable, schemaOrder);
    const Snapshot before = server ? registryRows(db.db()) : snapshot(db.db());
    exchange::ImportOptions options;
    options.path = path;
    options.today = Today;
    options.bulkLoad = true;
    int calls = 0;
    options.progress = [&calls](qint64, qint64) { return ++calls < 2; };
    const Result<exchange::ImportSummary> result = exchange::RosterImporter(db.db()).run(options);
    QVERIFY2(result, qPrintable(result.summary()));
    QVERIFY(result.value().cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(rowsOf(db.db(), schemaTable, schemaOrder), schemaBefore);
    QCOMPARE((server ? registryRows(db.db()) : snapshot(db.db())).tables, before.tables);
}

QTEST_GUILESS_MAIN(TestImportWriter)
#include "tst_importwriter.moc"

// The error list a clerk corrects and imports again: original cells kept as text (IDs, phones with a
// leading zero), the row number and the reason beside them, and the file read back by the importer.

#include "TestDatabase.h"

#include "exchange/HeaderDetector.h"
#include "exchange/RejectedRowsWriter.h"
#include "exchange/RosterImporter.h"
#include "registry/HouseholdRepository.h"
#include "spreadsheet/TableReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace anju;
using anju::test::makeIdNumber;

namespace {

const QString Longhui = QStringLiteral("430524");

QList<TableRow> readAll(const QString& path, QStringList* sheetNames = nullptr)
{
    QString error;
    std::unique_ptr<TableReader> reader = TableReader::open(path, &error);
    if (!reader) {
        qWarning() << "cannot open" << path << error;
        return {};
    }
    if (sheetNames)
        *sheetNames = reader->sheetNames();
    QList<TableRow> rows;
    if (!reader->selectSheet(0))
        return rows;
    TableRow row;
    while (reader->next(row))
        rows.append(row);
    return rows;
}

QStringList texts(const TableRow& row)
{
    QStringList out;
    for (const CellValue& cell : row.cells)
        out.append(cell.text);
    return out;
}

bool writeCsv(const QString& path, const QStringList& lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    return true;
}

} // namespace

class TestRejectedRowsWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesRowsAsTextWithNumberAndReason();
    void serialDatesBecomeDates();
    void emptyListHasTheHeaderOnly();
    void unwritablePlaceIsAnError();
    void correctedListImportsBack();
    void listIsOwnerOnly();

private:
    QTemporaryDir m_dir;
};

void TestRejectedRowsWriter::writesRowsAsTextWithNumberAndReason()
{
    const QString path = m_dir.filePath(QStringLiteral("errors.xlsx"));
    const QStringList headers{QStringLiteral("户编号"), QStringLiteral("姓名"), QStringLiteral("与户主关系"),
                              QStringLiteral("身份证号"), QStringLiteral("联系电话")};
    const QString digitsId = makeIdNumber(Longhui, QDate(1980, 1, 1), 1);
    const QList<exchange::RejectedRow> rows{
        {7,
         {QStringLiteral("430524001-0001"), QStringLiteral("王芳"), QStringLiteral("户主"), digitsId,
          QStringLiteral("013907391234")},
         QStringLiteral("身份证号：已在第3行\n联系电话：不是电话号码")},
        // Trailing cells the reader left out stay empty; the reason still goes to its own column.
        {8, {QString(), QStringLiteral("李娜"), QStringLiteral("妻")}, QStringLiteral("本户其他行有错误")},
    };
    const Outcome written = exchange::RejectedRowsWriter::write(path, headers, rows);
    QVERIFY2(written, qPrintable(written.summary()));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    QStringList sheets;
    const QList<TableRow> read = readAll(path, &sheets);
    QCOMPARE(sheets, QStringList{QStringLiteral("错误行")});
    QCOMPARE(read.size(), 3);
    QCOMPARE(texts(read.at(0)),
             QStringList{QStringLiteral("原行号")} + headers + QStringList{QStringLiteral("错误原因")});
    QCOMPARE(read.at(1).number, 2);
    QCOMPARE(read.at(1).cell(0).text, QStringLiteral("7"));
    QCOMPARE(read.at(1).cell(1).text, QStringLiteral("430524001-0001"));
    QCOMPARE(read.at(1).cell(4).kind, CellValue::Kind::Text); // an 18-digit ID stays text, never 4.3E+17
    QCOMPARE(read.at(1).cell(4).text, digitsId);
    QCOMPARE(read.at(1).cell(5).kind, CellValue::Kind::Text);
    QCOMPARE(read.at(1).cell(5).text, QStringLiteral("013907391234"));
    QCOMPARE(read.at(1).cell(6).text, QStringLiteral("身份证号：已在第3行\n联系电话：不是电话号码"));
    QCOMPARE(read.at(2).cell(0).text, QStringLiteral("8"));
    QVERIFY(read.at(2).cell(1).isEmpty());
    QCOMPARE(read.at(2).cell(2).text, QStringLiteral("李娜"));
    QVERIFY(read.at(2).cell(4).isEmpty());
    QCOMPARE(read.at(2).cell(6).text, QStringLiteral("本户其他行有错误"));
}

void TestRejectedRowsWriter::serialDatesBecomeDates()
{
    // The reader gives a date cell as its serial; in a text cell the serial would no longer be a date.
    const QString path = m_dir.filePath(QStringLiteral("dates.xlsx"));
    const QStringList headers{QStringLiteral("姓名"), QStringLiteral("出生日期"), QStringLiteral("联系电话")};
    const QList<exchange::RejectedRow> rows{
        {4, {QStringLiteral("王芳"), QStringLiteral("29221"), QStringLiteral("29221")}, QStringLiteral("x")},
        {5, {QStringLiteral("李娜"), QStringLiteral("1985.03.12")}, QStringLiteral("y")}};
    QVERIFY(exchange::RejectedRowsWriter::write(path, headers, rows));
    const QList<TableRow> read = readAll(path);
    QCOMPARE(read.size(), 3);
    QCOMPARE(read.at(1).cell(2).text, QStringLiteral("1980-01-01"));
    QCOMPARE(read.at(1).cell(3).text, QStringLiteral("29221")); // not a date column: left alone
    QCOMPARE(read.at(2).cell(2).text, QStringLiteral("1985.03.12"));
}

void TestRejectedRowsWriter::emptyListHasTheHeaderOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.xlsx"));
    QVERIFY(exchange::RejectedRowsWriter::write(path, {QStringLiteral("姓名")}, {}));
    const QList<TableRow> read = readAll(path);
    QCOMPARE(read.size(), 1);
    QCOMPARE(texts(read.at(0)),
             (QStringList{QStringLiteral("原行号"), QStringLiteral("姓名"), QStringLiteral("错误原因")}));
}

void TestRejectedRowsWriter::unwritablePlaceIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("no such folder/errors.xlsx"));
    const Outcome written = exchange::RejectedRowsWriter::write(path, {QStringLiteral("姓名")},
                                                                {{3, {QStringLiteral("王芳")}, {}}});
    QVERIFY(!written);
    QVERIFY(!written.summary().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestRejectedRowsWriter::correctedListImportsBack()
{
    test::TestDatabase testDb;
    const QString good = makeIdNumber(Longhui, QDate(1980, 1, 1), 11);
    QString bad = makeIdNumber(Longhui, QDate(1982, 2, 2), 22);
    const QString corrected = bad;
    bad[17] = bad.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // a wrong check character
    const QString roster = m_dir.filePath(QStringLiteral("roster.csv"));
    const QString moved = QStringLiteral(",430524,2019-09-01,");
    QVERIFY(writeCsv(
        roster, {QStringLiteral("序号,户编号,安置点,迁出县区划代码,搬迁入住日期,姓名,与户主关系,身份证号"),
                 QStringLiteral("1,430524001-0001,测试安置点") + moved + QStringLiteral("王芳,户主,") + good,
                 QStringLiteral("2,430524001-0002,测试安置点") + moved + QStringLiteral("李强,户主,") + bad,
                 QStringLiteral(",430524001-0002,测试安置点,,,李娜,妻,") +
                     makeIdNumber(Longhui, QDate(1983, 3, 3), 42)}));

    QList<exchange::RejectedRow> rejected;
    exchange::ImportOptions options;
    options.path = roster;
    options.dryRun = true;
    options.rejectedRow = [&](int row, const QStringList& cells, const QString& reason) {
        rejected.append({row, cells, reason});
    };
    const Result<exchange::ImportSummary> checked = exchange::RosterImporter(testDb.db()).run(options);
    QVERIFY2(checked, qPrintable(checked.summary()));
    QCOMPARE(checked.value().householdsRejected, 1);
    QCOMPARE(rejected.size(), 2); // the whole household: the bad row and its other member
    QCOMPARE(rejected.at(0).row, 3);
    QCOMPARE(rejected.at(1).row, 4);

    const QString list = m_dir.filePath(QStringLiteral("roster (errors).xlsx"));
    QVERIFY(exchange::RejectedRowsWriter::write(list, checked.value().headers, rejected));

    // The extra columns name no field: the header is found and the fields sit one column to the right.
    {
        QString error;
        std::unique_ptr<TableReader> reader = TableReader::open(list, &error);
        QVERIFY2(reader, qPrintable(error));
        const Result<exchange::HeaderDetector::Found> detected =
            exchange::HeaderDetector::detect(*reader, exchange::ImportOptions{});
        QVERIFY2(detected, qPrintable(detected.summary()));
        const exchange::HeaderDetector::Found& found = detected.value();
        QCOMPARE(found.sheetIndex, 0);
        QCOMPARE(found.headerRow, 1);
        QCOMPARE(found.mapping.value(exchange::RosterField::Name, -1), 6);
        QCOMPARE(found.mapping.value(exchange::RosterField::IdNumber, -1), 8);
        for (auto it = found.mapping.constBegin(); it != found.mapping.constEnd(); ++it)
            QVERIFY(it.value() != 0 && it.value() != 9);
    }

    // The clerk corrects the ID in the list and imports it.
    rejected[0].cells[7] = corrected;
    QVERIFY(exchange::RejectedRowsWriter::write(list, checked.value().headers, rejected));
    exchange::ImportOptions again;
    again.path = list;
    const Result<exchange::ImportSummary> imported = exchange::RosterImporter(testDb.db()).run(again);
    QVERIFY2(imported, qPrintable(imported.summary()));
    QVERIFY2(imported.value().errors.isEmpty(),
             qPrintable(exchange::RosterImporter::describe(imported.value().errors.value(0))));
    QCOMPARE(imported.value().householdsImported, 1);
    QCOMPARE(imported.value().personsImported, 2);
    QVERIFY(imported.value().written);
    const auto household =
        registry::HouseholdRepository(testDb.db()).householdByNumber(QStringLiteral("430524001-0002"));
    QVERIFY(household);
    QCOMPARE(household->members.size(), 2);
}

// The list holds the rejected rows' ID numbers and phones: only its owner may read it, whatever the umask.
void TestRejectedRowsWriter::listIsOwnerOnly()
{
#ifdef Q_OS_UNIX
    const QString path = m_dir.filePath(QStringLiteral("private.xlsx"));
    const mode_t previous = ::umask(022);
    const Outcome written = exchange::RejectedRowsWriter::write(
        path, {QStringLiteral("姓名")}, {{2, {QStringLiteral("王芳")}, QStringLiteral("x")}});
    ::umask(previous);
    QVERIFY2(written, qPrintable(written.summary()));
    const QFileDevice::Permissions p = QFile::permissions(path);
    QVERIFY2(p.testFlag(QFileDevice::ReadOwner) && !p.testFlag(QFileDevice::ReadGroup) &&
                 !p.testFlag(QFileDevice::ReadOther),
             qPrintable(QString::number(p.toInt(), 16)));
#else
    QSKIP("Unix file modes");
#endif
}

QTEST_GUILESS_MAIN(TestRejectedRowsWriter)
#include "tst_rejectedrowswriter.moc"

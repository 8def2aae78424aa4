#include "TableReaderFixtures.h"

#include "spreadsheet/CellReference.h"
#include "spreadsheet/TableReader.h"
#include "spreadsheet/XlsxReader.h"
#include "spreadsheet/XlsxSheetStream.h"
#include "spreadsheet/XlsxStyles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace anju;
using namespace anju::test;
using namespace Qt::Literals::StringLiterals;

// TableReader on .xlsx: what libxlsxwriter and hand-written parts hold, and every damaged or hostile file.
class TestTableReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void cellReference();
    void numberText_data();
    void numberText();
    void dateFormatCodes_data();
    void dateFormatCodes();

    void rosterWrittenByLibxlsxwriter();
    void handWrittenQuirks();
    void restartAndProgress();
    void mergesAcrossChunks();

    void zipThatIsNoWorkbook();
    void truncatedWorkbook();
    void corruptWorkbook();
    void hundredThousandColumns();
    void millionCharacterCell();
    void oversizedSharedString();
    void sharedStringsAcrossBlocks();
    void oleFile();
    void partOverSizeLimit();
    void badSheetXml();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_roster;
};

void TestTableReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_roster = path(QStringLiteral("roster.xlsx"));
    QVERIFY(writeRosterXlsx(m_roster));
}

void TestTableReader::cellReference()
{
    QCOMPARE(CellReference::parse(u"A1")->column, 0);
    QCOMPARE(CellReference::parse(u"AB12")->column, 27);
    QCOMPARE(CellReference::parse(u"AB12")->row, 12);
    QCOMPARE(CellReference::parse(u"$C$5")->column, 2);
    QCOMPARE(CellReference::parse(u"xfd1048576")->column, 16383);
    QCOMPARE(CellReference::parse(u"XFD1048576")->row, 1048576);
    QCOMPARE(CellReference::parse(u"C")->row, 0);
    QVERIFY(!CellReference::parse(u"1A"));
    QVERIFY(!CellReference::parse(u""));
    QVERIFY(!CellReference::parse(u"A0"));
    QVERIFY(CellReference::parse(u"ZZZZZZZZZZZZ1")->column >= TableReader::MaxColumns);
    QCOMPARE(CellReference::columnName(0), u"A");
    QCOMPARE(CellReference::columnName(25), u"Z");
    QCOMPARE(CellReference::columnName(26), u"AA");
    QCOMPARE(CellReference::columnName(16383), u"XFD");
    QCOMPARE(CellReference::name(2, 5), u"C5");
}

void TestTableReader::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("phone") << 13907391234.0 << QStringLiteral("13907391234");
    QTest::newRow("ID Excel turned into a number")
        << 430524198001010000.0 << QStringLiteral("4.3052419800101e+17");
    QTest::newRow("serial date") << 31118.0 << QStringLiteral("31118");
    QTest::newRow("15-digit ID ending in zeros") << 430524800101000.0 << QStringLiteral("430524800101000");
    QTest::newRow("fraction") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("negative") << -5.0 << QStringLiteral("-5");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
}

void TestTableReader::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(XlsxSheetStream::numberText(value), text);
}

void TestTableReader::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::newRow("yyyy/m/d") << QStringLiteral("yyyy/m/d") << true;
    QTest::newRow("Chinese literals") << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << true;
    QTest::newRow("locale prefix") << QStringLiteral("[$-804]yyyy-mm-dd;@") << true;
    QTest::newRow("upper case") << QStringLiteral("YYYY-MM-DD") << true;
    QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << true;
    QTest::newRow("East Asian year") << QStringLiteral("e\"年\"") << true;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << false;
    QTest::newRow("General") << QStringLiteral("General") << false;
    QTest::newRow("colour") << QStringLiteral("[Red]#,##0") << false;
    QTest::newRow("magenta is no minute") << QStringLiteral("[Magenta]0") << false;
    QTest::newRow("quoted d") << QStringLiteral("0\" days\"") << false;
    QTest::newRow("escaped d") << QStringLiteral("0\\d") << false;
    QTest::newRow("accounting") << QStringLiteral("#,##0_);[Red](#,##0)") << false;
    QTest::newRow("text") << QStringLiteral("@") << false;
}

void TestTableReader::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxStyles::isDateFormatCode(code), date);
}

void TestTableReader::rosterWrittenByLibxlsxwriter()
{
    auto reader = openOk(m_roster);
    QVERIFY(reader);
    QCOMPARE(reader->formatName(), u"xlsx");
    QCOMPARE(reader->sheetNames(), (QStringList{u"填表说明"_s, u"花名册"_s, u"备用"_s}));
    QVERIFY(!reader->date1904());

    QVERIFY(reader->selectSheet(0));
    QCOMPARE(readAll(*reader).size(), 3);

    QVERIFY(reader->selectSheet(1));
    const QList<MergedRange> merges = reader->merges();
    QCOMPARE(merges.size(), 1 + 4 + 4);
    const auto has = [&](int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return std::any_of(merges.cbegin(), merges.cend(), [&](const MergedRange& m) {
            return m.firstRow == firstRow && m.lastRow == lastRow && m.firstColumn == firstColumn &&
                   m.lastColumn == lastColumn;
        });
    };
    QVERIFY(has(1, 1, 0, 9)); // the title
    QVERIFY(has(4, 6, 1, 1)); // 户编号 of the first household
    QVERIFY(has(8, 9, 4, 4)); // 房号 of the second

    const QList<TableRow> rows = readAll(*reader);
    QVERIFY2(reader->error().isEmpty(), qPrintable(reader->error()));
    QList<int> numbers;
    for (const TableRow& row : rows)
        numbers.append(row.number);
    QCOMPARE(numbers, (QList<int>{1, 2, 3, 4, 5, 6, 8, 9, 11, 12}));
    QCOMPARE(rows[0].cell(0).text, u"幸福家园安置点易地扶贫搬迁群众花名册");
    QCOMPARE(rows[1].cell(7).text, u"填报日期：2024年5月6日");
    QCOMPARE(rows[2].cell(7).text, u"身份证号");

    const TableRow& head = rows[3];
    QCOMPARE(head.cell(1).text, u"HH0001");
    QCOMPARE(head.cell(5).text, u"王　芳");
    QCOMPARE(head.cell(7).kind, CellValue::Kind::Text);
    QCOMPARE(head.cell(7).text, u"43052419850312002X");
    QCOMPARE(head.cell(8).kind, CellValue::Kind::Number);
    QVERIFY(head.cell(8).dateFormatted);
    QCOMPARE(head.cell(8).number, excelSerial(1985, 3, 12));
    QCOMPARE(head.cell(8).text, u"31118");
    QCOMPARE(head.cell(9).kind, CellValue::Kind::Number);
    QVERIFY(!head.cell(9).dateFormatted);
    QCOMPARE(head.cell(9).text, u"13907391234");
    QCOMPARE(head.cell(0).text, u"1");

    // Merged cells other than the first are empty: the importer fills them from the range.
    QVERIFY(rows[4].cell(1).isEmpty());
    QCOMPARE(rows[4].cell(5).text, u"李建国");
    QVERIFY(rows[4].cell(40).isEmpty()); // past the end: the static empty cell

    const TableRow& numericId = rows[6];
    QCOMPARE(numericId.cell(7).kind, CellValue::Kind::Number);
    QCOMPARE(numericId.cell(7).text, u"4.3052419800101e+17");
    QCOMPARE(rows[8].cell(0).text, u"合计");
    QCOMPARE(rows[9].cell(5).text, u"审核人：李四");
}

void TestTableReader::handWrittenQuirks()
{
    QVERIFY(writeZip(path(u"quirks.xlsx"_s), quirksWorkbook()));
    auto reader = openOk(path(u"quirks.xlsx"_s));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), (QStringList{u"数据"_s, u"前缀"_s})); // hidden sheets are listed
    QVERIFY(reader->date1904());
    QVERIFY(reader->selectSheet(0));
    QCOMPARE(reader->merges().size(), 1);
    QCOMPARE(reader->merges()[0].firstRow, 5);
    QCOMPARE(reader->merges()[0].lastRow, 7);
    QCOMPARE(reader->merges()[0].lastColumn, 1);

    const QList<TableRow> rows = readAll(*reader);
    QVERIFY2(reader->error().isEmpty(), qPrintable(reader->error()));
    QCOMPARE(rows.size(), 4); // row 6 holds only blanks
    QCOMPARE(rows[0].number, 1);
    QCOMPARE(texts(rows[0]), (QStringList{u"姓名"_s, u"出生日期"_s}));

    const TableRow& second = rows[1];
    QCOMPARE(second.number, 2);               // a row without r follows row 1
    QCOMPARE(second.cell(0).text, u"王　芳"); // rich-text runs joined, phonetic guide left out
    QVERIFY(second.cell(1).dateFormatted);    // custom format yyyy"年"m"月"d"日"
    QCOMPARE(second.cell(1).number, 31118.0);
    QVERIFY(!second.cell(2).dateFormatted); // 0.00E+00
    QCOMPARE(second.cell(3).kind, CellValue::Kind::Boolean);
    QCOMPARE(second.cell(3).text, u"TRUE");
    QCOMPARE(second.cell(4).kind, CellValue::Kind::Error);
    QCOMPARE(second.cell(4).text, u"#N/A");
    QCOMPARE(second.cell(5).kind, CellValue::Kind::Text);
    QCOMPARE(second.cell(5).text, u"公式");

    QCOMPARE(rows[2].number, 5);
    QVERIFY(rows[2].cell(0).isEmpty());
    QCOMPARE(rows[2].cell(2).text, u"1.5");
    QVERIFY(rows[2].cell(2).dateFormatted); // built-in format 14
    QCOMPARE(rows[2].cell(4).text, u"富文本");
    QCOMPARE(rows[3].number, 7);
    QCOMPARE(rows[3].cell(0).text, u"line1\nline2");

    QVERIFY(reader->selectSheet(1));
    QCOMPARE(reader->merges().size(), 1);
    QCOMPARE(reader->merges()[0].lastRow, 2);
    TableRow row;
    QVERIFY(reader->next(row));
    QCOMPARE(row.cell(0).text, u"前缀");
    QVERIFY(!reader->next(row));
    QVERIFY(reader->error().isEmpty());
}

void TestTableReader::restartAndProgress()
{
    auto reader = openOk(m_roster);
    QVERIFY(reader);
    QVERIFY(reader->selectSheet(1));
    const int first = int(readAll(*reader).size());
    QCOMPARE(reader->progressDone(), reader->progressTotal());
    QVERIFY(reader->progressTotal() > 0);
    QVERIFY(reader->selectSheet(1));
    QCOMPARE(readAll(*reader).size(), first);
    QVERIFY(!reader->selectSheet(3));
    QVERIFY(!reader->error().isEmpty());
}

void TestTableReader::mergesAcrossChunks()
{
    // Enough merges that the reader's 256 kB chunks cut through <mergeCell> tags at every offset.
    QByteArray merges = "<mergeCells count=\"30000\">";
    for (int row = 1; row <= 30'000; ++row) {
        const QByteArray number = QByteArray::number(row);
        if (row % 3 == 0)
            merges += "<mergeCell  ref = 'A" + number + ":C" + number + "' />";
        else
            merges += "<mergeCell ref=\"A" + number + ":B" + QByteArray::number(row + 1) + "\"/>";
    }
    merges += "</mergeCells>";
    QVERIFY(writeZip(path(u"merges.xlsx"_s),
                     minimalWorkbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", merges)));
    auto reader = openOk(path(u"merges.xlsx"_s));
    QVERIFY(reader);
    QVERIFY2(reader->selectSheet(0), qPrintable(reader->error()));
    const QList<MergedRange> found = reader->merges();
    QCOMPARE(found.size(), 30'000);
    for (int i = 0; i < found.size(); ++i) {
        const int row = i + 1;
        QCOMPARE(found[i].firstRow, row);
        QCOMPARE(found[i].lastRow, row % 3 == 0 ? row : row + 1);
        QCOMPARE(found[i].lastColumn, row % 3 == 0 ? 2 : 1);
    }
}

void TestTableReader::zipThatIsNoWorkbook()
{
    QVERIFY(writeZip(path(u"notes.xlsx"_s), {{u"readme.txt"_s, "hello"}}));
    QCOMPARE(openError(path(u"notes.xlsx"_s)),
             u"The file is a zip archive but not an Excel workbook (.xlsx).");
    QVERIFY(writeZip(path(u"binary.xlsb"_s), {{u"xl/workbook.bin"_s, "\x83\x01"}}));
    QVERIFY(openError(path(u"binary.xlsb"_s)).contains(u".xlsb"));
}

void TestTableReader::truncatedWorkbook()
{
    QFile original(m_roster);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    const QString error = openError(writeFile(path(u"cut.xlsx"_s), bytes.left(bytes.size() / 2)));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"damaged or incomplete"), qPrintable(error));
}

void TestTableReader::corruptWorkbook()
{
    // Damage inside the compressed sheet data: the central directory still reads, the data does not.
    QFile original(m_roster);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 200; ++i)
        bytes[i] = char(bytes[i] ^ 0x5A);
    const QString file = writeFile(path(u"corrupt.xlsx"_s), bytes);
    auto opened = TableReader::open(file);
    QString error = opened.summary();
    const std::unique_ptr<TableReader> reader = opened ? std::move(opened.value()) : nullptr;
    for (int sheet = 0; reader && sheet < 3 && error.isEmpty(); ++sheet) {
        if (!reader->selectSheet(sheet)) {
            error = reader->error();
            break;
        }
        readAll(*reader);
        error = reader->error();
    }
    QVERIFY2(!error.isEmpty(), "damaged data went unnoticed");
}

void TestTableReader::hundredThousandColumns()
{
    QByteArray row = "<row r=\"1\">";
    for (int i = 0; i < 100'000; ++i)
        row += "<c><v>1</v></c>";
    row += "</row>";
    QVERIFY(writeZip(path(u"wide.xlsx"_s), minimalWorkbook(row)));
    QElapsedTimer timer;
    timer.start();
    const QString error = readError(path(u"wide.xlsx"_s));
    QVERIFY2(error.contains(u"XFE1") && error.contains(u"Row 1"), qPrintable(error));
    QVERIFY(timer.elapsed() < 5000);

    QVERIFY(writeZip(path(u"far.xlsx"_s), minimalWorkbook("<row r=\"3\"><c r=\"XFE3\"><v>1</v></c></row>")));
    QVERIFY(readError(path(u"far.xlsx"_s)).contains(u"XFE3"));
}

void TestTableReader::millionCharacterCell()
{
    const QByteArray sheet = "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>ok</t></is></c>"
                             "<c r=\"C5\" t=\"inlineStr\"><is><t>" +
                             QByteArray(1'000'000, 'x') + "</t></is></c></row>";
    QVERIFY(writeZip(path(u"long.xlsx"_s), minimalWorkbook(sheet)));
    const QString error = readError(path(u"long.xlsx"_s));
    QVERIFY2(error.contains(u"Cell C5 has ") && error.contains(QLocale().toString(1'000'000)),
             qPrintable(error));
}

void TestTableReader::oversizedSharedString()
{
    const QByteArray items = "<si><t>short</t></si><si><t>" + QByteArray(40'000, 'y') + "</t></si>";
    const QByteArray sheet =
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>";
    QVERIFY(writeZip(path(u"longshared.xlsx"_s), minimalWorkbook(sheet, {}, items)));
    const QString error = readError(path(u"longshared.xlsx"_s));
    QVERIFY2(error.contains(u"Cell B2"), qPrintable(error));

    const QByteArray missing = "<row r=\"2\"><c r=\"D2\" t=\"s\"><v>7</v></c></row>";
    QVERIFY(writeZip(path(u"missingshared.xlsx"_s), minimalWorkbook(missing, {}, items)));
    QVERIFY(readError(path(u"missingshared.xlsx"_s)).contains(u"D2"));
}

void TestTableReader::sharedStringsAcrossBlocks()
{
    // The table keeps its characters in blocks of 1,048,576 that a string never spans: 40 strings of
    // 32,767 characters fill more than one, and every string must still read back whole.
    QByteArray items;
    QByteArray sheet;
    QStringList expected;
    for (int i = 0; i < 40; ++i) {
        const QString text = QString::number(i) + QString(32'760, QChar(u'a' + i % 26)) + u"末";
        expected.append(text);
        items += "<si><t>" + text.toUtf8() + "</t></si><si><t>短" + QByteArray::number(i) + "</t></si>";
        sheet += "<row r=\"" + QByteArray::number(i + 1) + "\"><c r=\"A" + QByteArray::number(i + 1) +
                 "\" t=\"s\"><v>" + QByteArray::number(2 * i) + "</v></c><c r=\"B" +
                 QByteArray::number(i + 1) + "\" t=\"s\"><v>" + QByteArray::number(2 * i + 1) +
                 "</v></c></row>";
    }
    QVERIFY(writeZip(path(u"blocks.xlsx"_s), minimalWorkbook(sheet, {}, items)));
    XlsxReader reader;
    const Outcome opened = reader.open(path(u"blocks.xlsx"_s));
    QVERIFY2(opened, qPrintable(opened.summary()));
    TableRow row;
    for (int i = 0; i < 40; ++i) {
        QVERIFY2(reader.next(row), qPrintable(reader.error()));
        QCOMPARE(row.cell(0).text, expected.at(i));
        QCOMPARE(row.cell(1).text, u"短" + QString::number(i));
    }
    QVERIFY(!reader.next(row));
    QCOMPARE(reader.error(), QString());
}

void TestTableReader::oleFile()
{
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(1024, '\0');
    const QString error = openError(writeFile(path(u"old.xls"_s), ole));
    QCOMPARE(error,
             u"The workbook is password-protected or in the old .xls format; save it as .xlsx without a "
             u"password.");
}

void TestTableReader::partOverSizeLimit()
{
    // The real limit is 4 GB; a lowered one shows the refusal without writing gigabytes.
    XlsxReader reader;
    reader.setMaxPartSize(100);
    const Outcome opened = reader.open(m_roster);
    QVERIFY(!opened);
    QVERIFY2(opened.summary().contains(u"unpacks to"), qPrintable(opened.summary()));
}

void TestTableReader::badSheetXml()
{
    QVERIFY(writeZip(path(u"badxml.xlsx"_s), minimalWorkbook("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")));
    const QString error = readError(path(u"badxml.xlsx"_s));
    QVERIFY2(error.contains(u"xl/worksheets/sheet1.xml"), qPrintable(error));

    ZipParts parts = minimalWorkbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    parts.removeIf([](const auto& part) { return part.first == u"xl/worksheets/sheet1.xml"; });
    QVERIFY(writeZip(path(u"nosheet.xlsx"_s), parts));
    QVERIFY(readError(path(u"nosheet.xlsx"_s)).contains(u"Sheet1"));
}

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"

#include "TableReaderFixtures.h"

#include "spreadsheet/TableReader.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace anju;
using namespace anju::test;
using namespace Qt::Literals::StringLiterals;

// TableReader on CSV files: encodings, delimiters, RFC 4180 quoting, and the limits.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void encodings_data();
    void encodings();
    void utf8DecidedPastAsciiStart();
    void mixedEncodingsNameTheLine();
    void quotedFields();
    void delimiters_data();
    void delimiters();
    void lineNumbersAndBlankLines();
    void chunkBoundaries();
    void unterminatedQuote();
    void hundredThousandColumns();
    void millionCharacterField();
    void binaryFileIsRefused();
    void formulaGuardTakenOffWhereAdded();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestCsvReader::encodings_data()
{
    const QString text = u"序号,姓名,出生日期,身份证号\r\n1,王　芳,1985年3月12日,4.30524E+17\r\n"_s;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << u"csv (UTF-8)"_s;
    QTest::newRow("UTF-8") << text.toUtf8() << u"csv (UTF-8)"_s;
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    QTest::newRow("GB18030") << QByteArray(gb18030.encode(text)) << u"csv (GB18030)"_s;
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16LE") << QByteArray(utf16.encode(text)) << u"csv (UTF-16LE)"_s;
    QStringEncoder utf16be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16BE") << QByteArray(utf16be.encode(text)) << u"csv (UTF-16BE)"_s;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    auto reader = openOk(writeFile(path(u"encoded.csv"_s), bytes));
    QVERIFY(reader);
    QCOMPARE(reader->formatName(), format);
    QCOMPARE(reader->sheetNames(), QStringList{u"encoded"_s});
    const QList<TableRow> rows = readAll(*reader);
    QVERIFY2(reader->error().isEmpty(), qPrintable(reader->error()));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(texts(rows[0]), (QStringList{u"序号"_s, u"姓名"_s, u"出生日期"_s, u"身份证号"_s}));
    QCOMPARE(texts(rows[1]), (QStringList{u"1"_s, u"王　芳"_s, u"1985年3月12日"_s, u"4.30524E+17"_s}));
    QCOMPARE(rows[1].cell(3).kind, CellValue::Kind::Text); // the importer interprets numbers itself
    QCOMPARE(rows[1].number, 2);
    QCOMPARE(reader->progressDone(), reader->progressTotal());
}

void TestCsvReader::utf8DecidedPastAsciiStart()
{
    QByteArray bytes;
    for (int i = 0; i < 20'000; ++i)
        bytes += QByteArray::number(i) + ",430524198503120000\n"; // 500 kB of ASCII first
    bytes += u"20000,王芳\n"_s.toUtf8();
    auto reader = openOk(writeFile(path(u"late.csv"_s), bytes));
    QVERIFY(reader);
    QCOMPARE(reader->formatName(), u"csv (UTF-8)");
    const QList<TableRow> rows = readAll(*reader);
    QCOMPARE(rows.size(), 20'001);
    QCOMPARE(rows.last().cell(1).text, u"王芳");

    QStringEncoder gb18030("GB18030");
    bytes.chop(u"20000,王芳\n"_s.toUtf8().size());
    bytes += QByteArray(gb18030.encode(u"20000,王芳\n"));
    reader = openOk(writeFile(path(u"lategb.csv"_s), bytes));
    QVERIFY(reader);
    QCOMPARE(reader->formatName(), u"csv (GB18030)");
    QCOMPARE(readAll(*reader).last().cell(1).text, u"王芳");
}

void TestCsvReader::mixedEncodingsNameTheLine()
{
    QByteArray bytes;
    for (int line = 1; line <= 3000; ++line)
        bytes += u"%1,王芳,幸福家园安置点\n"_s.arg(line).toUtf8(); // well past the 64 kB sample
    QStringEncoder gb18030("GB18030");
    bytes += QByteArray(gb18030.encode(u"3001,李娜,幸福家园安置点\n"));
    const QString error = readError(writeFile(path(u"mixed.csv"_s), bytes));
    QVERIFY2(error.contains(u"Line 3001 "), qPrintable(error));
}

void TestCsvReader::quotedFields()
{
    const QByteArray bytes = "name,address,note\r\n"
                             "\"Wang, Fang\",\"Building 1\r\nRoom 101\",\"say \"\"hi\"\"\"\r\n"
                             "plain,\"\",\"x\"tail\r\n";
    auto reader = openOk(writeFile(path(u"quoted.csv"_s), bytes));
    QVERIFY(reader);
    const QList<TableRow> rows = readAll(*reader);
    QVERIFY2(reader->error().isEmpty(), qPrintable(reader->error()));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(texts(rows[1]), (QStringList{u"Wang, Fang"_s, u"Building 1\r\nRoom 101"_s, u"say \"hi\""_s}));
    QCOMPARE(rows[1].number, 2);
    QCOMPARE(rows[2].number, 4); // the record after a field with a line break starts on line 4
    QCOMPARE(rows[2].cell(1).kind, CellValue::Kind::Empty);
    QCOMPARE(rows[2].cell(2).text, u"xtail"); // text after a closing quote is kept, as Excel does
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("secondCell");
    QTest::newRow("semicolon") << QByteArray("姓名;电话;备注\n王芳;13907391234;a,b\n李娜;13800000000;c\n")
                               << u"13907391234"_s;
    QTest::newRow("tab") << QByteArray("姓名\t电话\t备注\n王芳\t13907391234\ta;b,c\n") << u"13907391234"_s;
    QTest::newRow("comma with title line")
        << QByteArray("花名册\n姓名,电话,备注\n王芳,13907391234,\"a;b\"\n") << u"13907391234"_s;
    QTest::newRow("sep= line") << QByteArray("sep=;\n姓名;电话\n王芳;13907391234,5\n") << u"13907391234,5"_s;
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, secondCell);
    auto reader = openOk(writeFile(path(u"delimited.csv"_s), bytes));
    QVERIFY(reader);
    TableRow row;
    while (reader->next(row) && row.cell(0).text != u"王芳") {
    }
    QCOMPARE(row.cell(0).text, u"王芳");
    QCOMPARE(row.cell(1).text, secondCell);
}

void TestCsvReader::lineNumbersAndBlankLines()
{
    auto reader = openOk(writeFile(path(u"blank.csv"_s), "a,b\n\n,,\n \r\nc,d\rold mac,e\r\n"));
    QVERIFY(reader);
    const QList<TableRow> rows = readAll(*reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].number, 1);
    QCOMPARE(rows[1].number, 5);
    QCOMPARE(rows[2].number, 6);
    QCOMPARE(texts(rows[2]), (QStringList{u"old mac"_s, u"e"_s}));
}

void TestCsvReader::chunkBoundaries()
{
    // Fields of every length, quoted and not, cross the reader's 256 kB chunks at every kind of place.
    QRandomGenerator random(20240506);
    QList<QStringList> expected;
    QString text;
    while (text.size() < 1'500'000) {
        QStringList fields;
        const int count = 1 + random.bounded(8);
        for (int f = 0; f < count; ++f) {
            QString field;
            const int length = random.bounded(10) == 0 ? random.bounded(30'000) : random.bounded(12);
            for (int i = 0; i < length; ++i) {
                static const QString alphabet = u"安置点王芳李娜abc123 ,\"\n"_s;
                field += alphabet[random.bounded(int(alphabet.size()))];
            }
            const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n');
            QString escaped = field;
            escaped.replace(u"\""_s, u"\"\""_s);
            text += (needsQuotes || random.bounded(4) == 0 ? u"\"" + escaped + u"\"" : escaped);
            text += f + 1 < count ? u","_s : u"\n"_s;
            fields.append(field);
        }
        if (!std::all_of(fields.cbegin(), fields.cend(),
                         [](const QString& f) { return f.trimmed().isEmpty(); }))
            expected.append(fields);
    }
    auto reader = openOk(writeFile(path(u"chunks.csv"_s), text.toUtf8()));
    QVERIFY(reader);
    const QList<TableRow> rows = readAll(*reader);
    QVERIFY2(reader->error().isEmpty(), qPrintable(reader->error()));
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(texts(rows[i]), expected[i]);
}

void TestCsvReader::unterminatedQuote()
{
    const QString error = readError(writeFile(path(u"cut.csv"_s), "a,b\n1,2\n3,\"unclosed\n4,5\n"));
    QVERIFY2(error.contains(u"Line 3:"), qPrintable(error));
}

void TestCsvReader::hundredThousandColumns()
{
    QByteArray line = "a";
    for (int i = 1; i < 100'000; ++i)
        line += ",1";
    const QString error = readError(writeFile(path(u"wide.csv"_s), "header\n" + line + "\n"));
    QVERIFY2(error.contains(u"Line 2 ") && error.contains(QLocale().toString(TableReader::MaxColumns)),
             qPrintable(error));
}

void TestCsvReader::millionCharacterField()
{
    const QString error =
        readError(writeFile(path(u"long.csv"_s), "name,note\nx," + QByteArray(1'000'000, 'y') + "\n"));
    QVERIFY2(error.contains(u"Cell B2 has ") && error.contains(QLocale().toString(1'000'000)),
             qPrintable(error));
    const QString quoted = readError(
        writeFile(path(u"longquoted.csv"_s), "name,note\n\"" + QByteArray(1'000'000, 'y') + "\",x\n"));
    QVERIFY2(quoted.contains(u"Cell A2 has "), qPrintable(quoted));
}

void TestCsvReader::binaryFileIsRefused()
{
    QByteArray bytes("%PDF-1.4\n");
    bytes += QByteArray(100, '\0');
    QVERIFY(!openError(writeFile(path(u"scan.pdf"_s), bytes)).isEmpty());
    QVERIFY(!openError(path(u"does-not-exist.csv"_s)).isEmpty());
    const QString html =
        openError(writeFile(path(u"export.xls"_s), "\r\n<html><body><table><tr><td>1</td></tr>"));
    QVERIFY2(html.contains(u"web page"), qPrintable(html));
}

// Anju writes a ' before CSV text that a spreadsheet would run as a formula (= + - @ tab CR first); the
// reader takes exactly that ' off again, and leaves every other ' alone.
void TestCsvReader::formulaGuardTakenOffWhereAdded()
{
    auto reader = openOk(writeFile(path(u"guarded.csv"_s),
                                   "a,b,c,d,e,f,g,h,i,j\r\n"
                                   "'=1+2,'+86 139,'-,'@SUM(A1),\"'\t=1\",\"'\r=1\",''=x,'abc,',it's\r\n"));
    QVERIFY(reader);
    const QList<TableRow> rows = readAll(*reader);
    QCOMPARE(rows.size(), 2);
    const QStringList expected = {u"=1+2"_s, u"+86 139"_s, u"-"_s,    u"@SUM(A1)"_s, u"\t=1"_s,
                                  u"\r=1"_s, u"'=x"_s,     u"'abc"_s, u"'"_s,        u"it's"_s};
    for (int c = 0; c < expected.size(); ++c)
        QCOMPARE(rows.at(1).cell(c).text, expected.at(c));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

#include "TableReaderFixtures.h"
#include "TestDatabase.h"

#include "exchange/IncomeCheckCells.h"
#include "exchange/IncomeCheckImporter.h"
#include "exchange/IncomeCheckLayout.h"
#include "registry/RegistryService.h"
#include "registry/SiteService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Today(2026, 11, 28);
const QDate October(2026, 10, 1);
const QString Longhui = QStringLiteral("430524");

// The header as an office types it: spaces in the names, 元 in brackets.
const QStringList Header = {
    QStringLiteral("户 主 姓 名"),  QStringLiteral("户主身份证号"), QStringLiteral("户编号"),
    QStringLiteral("月份"),         QStringLiteral("家庭人口"),     QStringLiteral("工资性收入（元）"),
    QStringLiteral("经营性收入"),   QStringLiteral("财产性收入"),   QStringLiteral("转移性收入"),
    QStringLiteral("生产经营费用"), QStringLiteral("医疗支出"),     QStringLiteral("教育支出"),
    QStringLiteral("灾害支出"),     QStringLiteral("其他大额支出"), QStringLiteral("核查人"),
    QStringLiteral("核查日期"),     QStringLiteral("备注")};

// A name of letters only, as the register wants it: 张甲, 张乙 … 王甲 …
QString nameOf(int n)
{
    static const QString families = QStringLiteral("张王李赵刘陈杨黄周吴");
    static const QString givens = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
    return QString(families.at((n / 10) % 10)) + givens.at(n % 10);
}

QString column(int i)
{
    return QString(QChar(u'A' + i));
}

// A sheet row: text cells as inline strings, cells written "#123.5" as number cells, empty ones left out.
QByteArray sheetRow(int number, const QStringList& cells)
{
    QByteArray out = QStringLiteral("<row r=\"%1\">").arg(number).toUtf8();
    for (int i = 0; i < cells.size(); ++i) {
        const QString ref = column(i) + QString::number(number);
        const QString& text = cells.at(i);
        if (text.isEmpty())
            continue;
        if (text.startsWith(QLatin1Char('#')))
            out += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, text.mid(1)).toUtf8();
        else
            out +=
                QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, text).toUtf8();
    }
    return out + "</row>";
}

} // namespace

// Importing a month's income checks from the office's sheet (issue 18): a messy sheet (a merged title row,
// spaced headers, thousands separators, 元, blank cells), each bad row rejected with its reasons while the
// others are written, a check on file replaced or left as it is, the trail kept small. On both engines.
class TestIncomeCheckImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    QTemporaryDir m_dir;
    qint64 m_otherSite = 0;
    QHash<QString, qint64> m_households; // code → id
    QHash<QString, QString> m_heads;     // code → head's ID number

    Database& db() { return m_test->db(); }

    void household(qint64 siteId, const QString& number, int sequence, int members)
    {
        Household h;
        h.siteId = siteId;
        h.number = number;
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        const QString head = makeIdNumber(Longhui, QDate(1970, 1, 1).addDays(sequence), sequence);
        h.members = {makePerson(nameOf(sequence), head, Relationship::Head)};
        for (int i = 1; i < members; ++i)
            h.members.append(makePerson(
                nameOf(sequence * 10 + i),
                makeIdNumber(Longhui, QDate(1995, 1, 1).addDays(sequence * 10 + i), sequence * 10 + i),
                Relationship::Other));
        const auto saved = registry::RegistryService(db()).saveHousehold(h, Today);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        m_households.insert(number, saved.value().id);
        m_heads.insert(number, head);
    }

    // A check typed on the entry grid: 1,500 yuan wages, three people.
    void checkOnFile(const QString& number, qint64 wages, QDate month = October)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("INSERT INTO income_checks (household_id, month, checked_on, headcount,"
                                 " income_wages, checker, source) VALUES (?, ?, ?, 3, ?, '王芳', 'entry')"));
        q.addBindValue(m_households.value(number));
        q.addBindValue(month.toString(Qt::ISODate));
        q.addBindValue(month.addDays(19).toString(Qt::ISODate));
        q.addBindValue(wages);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    // The messy sheet of October: a title merged over the header's width, then one row per case.
    QString messySheet()
    {
        const auto row = [&](const QString& name, const QString& id, const QString& code,
                             const QString& month, const QString& people, const QString& wages,
                             const QString& business = {}, const QString& transfers = {},
                             const QString& costs = {}, const QString& medical = {}) {
            return QStringList{name,
                               id,
                               code,
                               month,
                               people,
                               wages,
                               business,
                               {},
                               transfers,
                               costs,
                               medical,
                               {},
                               {},
                               {},
                               QStringLiteral("王芳"),
                               QStringLiteral("2026-10-20")};
        };
        QByteArray data = sheetRow(1, {QStringLiteral("桃洪镇安置点2026年10月家庭收支核查表")});
        data += sheetRow(2, Header);
        // 3: new; thousands separators, 元, a number cell, blank cells (= 0), headcount left blank.
        data += sheetRow(3, row(nameOf(1), m_heads.value(QStringLiteral("H0001")), {},
                                QStringLiteral("2026年10月"), {}, QStringLiteral("1,234.50"),
                                QStringLiteral("#800"), QStringLiteral("300元"), QStringLiteral("1，000"),
                                QStringLiteral("12,000.00 元")));
        // 4: by the household code alone; on file with 1,500 yuan: changed.
        data += sheetRow(4, row(nameOf(2), {}, QStringLiteral("H0002"), QStringLiteral("2026-10"),
                                QStringLiteral("#3"), QStringLiteral("2000")));
        // 5: on file exactly so: unchanged.
        data += sheetRow(5, row(nameOf(3), m_heads.value(QStringLiteral("H0003")), {},
                                QStringLiteral("2026.10"), QStringLiteral("3"), QStringLiteral("1500.00")));
        // 6: an ID number no one in the register has.
        data += sheetRow(6, row(QStringLiteral("陌生人"), makeIdNumber(Longhui, QDate(1980, 2, 2), 901), {},
                                QStringLiteral("2026-10"), QStringLiteral("2"), QStringLiteral("100")));
        // 7 and 8: the same household twice.
        data += sheetRow(7, row(nameOf(4), m_heads.value(QStringLiteral("H0004")), {},
                                QStringLiteral("2026-10"), QStringLiteral("2"), QStringLiteral("100")));
        data += sheetRow(8, row(nameOf(4), {}, QStringLiteral("H0004"), QStringLiteral("2026-10"),
                                QStringLiteral("2"), QStringLiteral("200")));
        // 9: a month that has not begun.
        data += sheetRow(9, row(nameOf(5), m_heads.value(QStringLiteral("H0005")), {},
                                QStringLiteral("2026-12"), QStringLiteral("2"), QStringLiteral("100")));
        // 10: a household of the other site.
        data += sheetRow(10, row(nameOf(9), m_heads.value(QStringLiteral("H0101")), {},
                                 QStringLiteral("2026-10"), QStringLiteral("2"), QStringLiteral("100")));
        // 11: amounts that are not amounts, and a negative one.
        data += sheetRow(11, row(nameOf(6), m_heads.value(QStringLiteral("H0006")), {},
                                 QStringLiteral("2026-10"), QStringLiteral("2"), QStringLiteral("12.345"),
                                 QStringLiteral("约八百"), QStringLiteral("-5")));
        data += sheetRow(12, {QStringLiteral("合计")});
        const QByteArray merges = "<mergeCells count=\"1\"><mergeCell ref=\"A1:Q1\"/></mergeCells>";
        const QString path = m_dir.filePath(QStringLiteral("october.xlsx"));
        if (!writeZip(path, minimalWorkbook(data, merges)))
            qFatal("could not write the sheet");
        return path;
    }

    exchange::IncomeImportSummary import(const QString& path, bool dryRun = false,
                                         std::optional<bool> quiet = std::nullopt)
    {
        exchange::IncomeImportOptions options;
        options.path = path;
        options.dryRun = dryRun;
        options.today = Today;
        options.quietTrail = quiet;
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        if (!result)
            qFatal("import: %s", qPrintable(result.summary()));
        return result.value();
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    qint64 checkValue(const QString& number, const QString& columnName)
    {
        return scalar(QStringLiteral("SELECT %1 FROM income_checks WHERE household_id = ? AND month = ?")
                          .arg(columnName),
                      {m_households.value(number), October.toString(Qt::ISODate)});
    }

    // The rows a query found, each as its values joined by "|".
    static QStringList rowsAsText(QSqlQuery& q)
    {
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.isNull(i) ? QStringLiteral("null") : q.value(i).toString());
            rows << row.join(QLatin1Char('|'));
        }
        return rows;
    }

    // Every check and every row of the checks' trail after importing a sheet of three months, as text.
    QStringList stateAfterImport(bool atOnce)
    {
        // July to October on file for H0002: its August changes, and with it October's sum of the three
        // months before.
        for (int month = 7; month <= 9; ++month)
            checkOnFile(QStringLiteral("H0002"), 100000 + month * 1000, QDate(2026, month, 1));
        const QString path = writeFile(
            m_dir.filePath(QStringLiteral("months.csv")),
            QStringLiteral("户编号,月份,工资性收入,经营性收入,医疗支出,家庭人口,核查人,备注\r\n"
                           "H0002,2026-08,3000,,,3,王芳,\r\n"
                           // Two months of a new household; a note with a tab, a backslash and a line end.
                           "H0004,2026-09,1000,200,5000,3,李四,\"一\t二\\三\r\n四\"\r\n"
                           "H0004,2026-10,1100,,,3,,\r\n"
                           "H0003,2026-10,1500,,,3,王芳,\r\n" // as on file
                           "H0001,2026-10,800,,,2,,\r\n")
                .toUtf8());
        exchange::IncomeImportOptions options;
        options.path = path;
        options.today = Today;
        options.atOnce = atOnce;
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        if (!result)
            qFatal("import: %s", qPrintable(result.summary()));
        const exchange::IncomeImportSummary& s = result.value();
        if (s.atOnce != atOnce || !s.written || s.checksNew != 3 || s.checksChanged != 1 ||
            s.checksUnchanged != 1)
            qFatal("import: at once %d, written %d, %d new, %d changed, %d unchanged", s.atOnce, s.written,
                   s.checksNew, s.checksChanged, s.checksUnchanged);
        QStringList out;
        QSqlQuery q(db().connection());
        if (!q.exec(QStringLiteral(
                "SELECT h.number, c.month, c.checked_on, c.headcount, c.income_wages, c.income_business,"
                " c.income_property, c.income_transfers, c.operating_costs, c.expense_medical,"
                " c.expense_education, c.expense_disaster, c.expense_other, c.checker, c.source, c.note,"
                " c.row_version, c.per_capita_annual, c.largest_expense, c.prior_sum, c.prior_n"
                " FROM income_checks c JOIN households h ON h.id = c.household_id ORDER BY h.number, "
                "c.month")))
            qFatal("%s", qPrintable(q.lastError().text()));
        out += rowsAsText(q);
        // The trail by check: the id of a new check is the server's to give, the rest must be the same.
        if (!q.exec(QStringLiteral(
                "SELECT h.number, c.month, a.action, a.user_id, a.user_name, a.household_id,"
                " (a.changes::jsonb - 'id')::text FROM audit_log a JOIN income_checks c ON c.id = a.record_id"
                " JOIN households h ON h.id = c.household_id WHERE a.record_type = 'income_checks'"
                " ORDER BY h.number, c.month, a.id")))
            qFatal("%s", qPrintable(q.lastError().text()));
        out += rowsAsText(q);
        return out;
    }

    QString errorsOfRow(const exchange::IncomeImportSummary& s, int row)
    {
        QStringList out;
        for (const exchange::ImportError& e : s.errors)
            if (e.row == row)
                out << e.column + QStringLiteral(": ") + e.message;
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        m_households.clear();
        m_heads.clear();
        Site site;
        site.code = QStringLiteral("430524002");
        site.name = QStringLiteral("幸福家园");
        site.countyCode = Longhui;
        const Result<Site> other = registry::SiteService(db()).saveSite(site);
        QVERIFY2(other, qPrintable(other.summary()));
        m_otherSite = other.value().id;
        household(m_test->siteId(), QStringLiteral("H0001"), 1, 2);
        for (int i = 2; i <= 6; ++i)
            household(m_test->siteId(), QStringLiteral("H000%1").arg(i), i, 3);
        household(m_otherSite, QStringLiteral("H0101"), 9, 2);
        checkOnFile(QStringLiteral("H0002"), 150000);
        checkOnFile(QStringLiteral("H0003"), 150000);
    }

    void cleanup() { m_test.reset(); }

    // A row with no amount at all is a household not checked yet, refused with the reason; zeros written
    // (0, 无, -) are a check of no income and are imported.
    void rowWithoutAnyAmountIsRefused()
    {
        const QString path =
            writeFile(m_dir.filePath(QStringLiteral("blank.csv")),
                      QStringLiteral("户编号,月份,工资性收入,经营性收入,医疗支出,家庭人口,核查人\r\n"
                                     "H0004,2026-10,,,,3,王芳\r\n"
                                     "H0005,2026-10,0,无,-,3,王芳\r\n")
                          .toUtf8());
        const exchange::IncomeImportSummary s = import(path);
        QCOMPARE(s.rowsRejected, 1);
        QCOMPARE(s.checksNew, 1);
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors.at(0).row, 2);
        QVERIFY2(s.errors.at(0).message.contains(QStringLiteral("No amount")),
                 qPrintable(s.errors.at(0).message));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks c JOIN households h ON h.id = "
                                       "c.household_id WHERE h.number = 'H0004'")),
                 qint64(0));
        QCOMPARE(checkValue(QStringLiteral("H0005"), QStringLiteral("income_wages")), qint64(0));
    }

    // The short names a two-row sheet writes under its merged 收入 and 大额支出 headers.
    void shortHeadersUnderMergedGroups()
    {
        using F = exchange::IncomeCheckField;
        const exchange::IncomeCheckMapping mapping = exchange::IncomeCheckLayout::mappingFor(
            {QStringLiteral("户编号"), QStringLiteral("工资性"), QStringLiteral("经营性"),
             QStringLiteral("财产性"), QStringLiteral("转移性"), QStringLiteral("医疗"),
             QStringLiteral("教育"), QStringLiteral("灾害"), QStringLiteral("其他")});
        QCOMPARE(mapping.value(F::HouseholdNumber, -1), 0);
        QCOMPARE(mapping.value(F::Wages, -1), 1);
        QCOMPARE(mapping.value(F::Business, -1), 2);
        QCOMPARE(mapping.value(F::Property, -1), 3);
        QCOMPARE(mapping.value(F::Transfers, -1), 4);
        QCOMPARE(mapping.value(F::Medical, -1), 5);
        QCOMPARE(mapping.value(F::Education, -1), 6);
        QCOMPARE(mapping.value(F::Disaster, -1), 7);
        QCOMPARE(mapping.value(F::OtherExpense, -1), 8);
    }

    void amountsAsOfficesWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("blank") << QString() << qint64(0);
        QTest::newRow("dash") << QStringLiteral("—") << qint64(0);
        QTest::newRow("thousands") << QStringLiteral("12,345.6") << qint64(1234560);
        QTest::newRow("full-width comma") << QStringLiteral("1，000") << qint64(100000);
        QTest::newRow("yuan") << QStringLiteral("300元") << qint64(30000);
        QTest::newRow("yuan sign") << QStringLiteral("￥ 1 000.05") << qint64(100005);
        QTest::newRow("one fen") << QStringLiteral("0.01") << qint64(1);
        // As office sheets write them (QA of issue 18): 万, full width, Excel's text marker, spaces.
        QTest::newRow("wan") << QStringLiteral("1.2万") << qint64(1200000);
        QTest::newRow("wan to the fen") << QStringLiteral("1.23456万") << qint64(1234560);
        QTest::newRow("wan yuan") << QStringLiteral("0.35万元") << qint64(350000);
        QTest::newRow("whole wan") << QStringLiteral("3万") << qint64(3000000);
        QTest::newRow("full-width digits") << QStringLiteral("１２３４．５") << qint64(123450);
        QTest::newRow("full-width separators") << QStringLiteral("１，２００．５０") << qint64(120050);
        QTest::newRow("text marker") << QStringLiteral("'1200") << qint64(120000);
        QTest::newRow("separators and fen") << QStringLiteral("1,200.50") << qint64(120050);
        QTest::newRow("spaces around") << QStringLiteral("  1200 \u3000") << qint64(120000);
        QTest::newRow("trailing zero") << QStringLiteral("12.50") << qint64(1250);
        QTest::newRow("0.1 + 0.2") << QStringLiteral("0.3") << qint64(30);
    }

    void amountsAsOfficesWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        CellValue cell;
        cell.kind = text.isEmpty() ? CellValue::Kind::Empty : CellValue::Kind::Text;
        cell.text = text;
        const Result<qint64> read = exchange::IncomeCheckCells::fen(cell);
        QVERIFY2(read, qPrintable(read.summary()));
        QCOMPARE(read.value(), fen);
    }

    void amountsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("three decimals") << QStringLiteral("12.345") << QStringLiteral("two decimals");
        QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("negative");
        QTest::newRow("words") << QStringLiteral("约八百") << QStringLiteral("not an amount");
        QTest::newRow("wan past the fen") << QStringLiteral("1.2345678万") << QStringLiteral("two decimals");
        QTest::newRow("wan alone") << QStringLiteral("万") << QStringLiteral("not an amount");
        QTest::newRow("thousands") << QStringLiteral("1.2千") << QStringLiteral("not an amount");
        QTest::newRow("full-width negative") << QStringLiteral("－５") << QStringLiteral("negative");
        QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("not an amount");
        QTest::newRow("decimal comma") << QStringLiteral("1,5") << QStringLiteral("not an amount");
        QTest::newRow("misplaced comma") << QStringLiteral("12,34.5") << QStringLiteral("not an amount");
        QTest::newRow("comma in the fen") << QStringLiteral("1.2,5") << QStringLiteral("not an amount");
        QTest::newRow("over a hundred million") << QStringLiteral("2万万") << QStringLiteral("not an amount");
        QTest::newRow("too large") << QStringLiteral("20000万") << QStringLiteral("too large");
    }

    void amountsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        CellValue cell;
        cell.kind = CellValue::Kind::Text;
        cell.text = text;
        const Result<qint64> read = exchange::IncomeCheckCells::fen(cell);
        QVERIFY(!read);
        QVERIFY2(read.summary().contains(reason), qPrintable(read.summary()));
    }

    void numberCellsInYuan()
    {
        CellValue cell;
        cell.kind = CellValue::Kind::Number;
        cell.number = 1234.5;
        cell.text = QStringLiteral("1234.5");
        QCOMPARE(exchange::IncomeCheckCells::fen(cell).value(), qint64(123450));
        cell.number = 0.1 + 0.2; // 0.30000000000000004: 30 fen, not a third decimal
        QCOMPARE(exchange::IncomeCheckCells::fen(cell).value(), qint64(30));
    }

    void monthsAsOfficesWriteThem()
    {
        for (const QString& text :
             {QStringLiteral("2026-10"), QStringLiteral("2026.10"), QStringLiteral("2026/10"),
              QStringLiteral("2026年10月"), QStringLiteral("202610"), QStringLiteral("2026年10月份")})
            QCOMPARE(exchange::IncomeCheckCells::monthFromText(text), October);
        QVERIFY(!exchange::IncomeCheckCells::monthFromText(QStringLiteral("2026-13")).isValid());
        CellValue serial;
        serial.kind = CellValue::Kind::Number;
        serial.dateFormatted = true;
        serial.number = excelSerial(2026, 10, 15);
        serial.text = QString::number(serial.number);
        QCOMPARE(exchange::IncomeCheckCells::month(serial, false).value(), October);
    }

    // A month column as office sheets fill it (QA of issue 18): what can only be one month is read, a day
    // and month that cannot be told apart are refused, asking for the month year first.
    void monthCellsAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("month");
        const QDate december(2026, 12, 1);
        QTest::newRow("year first, full date") << QStringLiteral("2026/12/07") << december;
        QTest::newRow("年月") << QStringLiteral("2026年12月") << december;
        QTest::newRow("dash") << QStringLiteral("2026-12") << december;
        QTest::newRow("point") << QStringLiteral("2026.12") << december;
        QTest::newRow("month before year") << QStringLiteral("12/2026") << december;
        QTest::newRow("full width") << QStringLiteral("２０２６－１２") << december;
        QTest::newRow("text marker") << QStringLiteral("'2026-12") << december;
        QTest::newRow("day past 12") << QStringLiteral("25/07/2026") << QDate(2026, 7, 1);
        QTest::newRow("month and day alike") << QStringLiteral("07/07/2026") << QDate(2026, 7, 1);
        QTest::newRow("month first, day past 12") << QStringLiteral("12/25/2026") << december;
    }

    void monthCellsAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QDate, month);
        CellValue cell;
        cell.kind = CellValue::Kind::Text;
        cell.text = text;
        const Result<QDate> read = exchange::IncomeCheckCells::month(cell, false);
        QVERIFY2(read, qPrintable(read.summary()));
        QCOMPARE(read.value(), month);
    }

    void ambiguousDayAndMonthRefused()
    {
        CellValue cell;
        cell.kind = CellValue::Kind::Text;
        cell.text = QStringLiteral("12/07/2026");
        const Result<QDate> read = exchange::IncomeCheckCells::month(cell, false);
        QVERIFY(!read);
        QVERIFY2(read.summary().contains(QStringLiteral("2026-12 or 2026-07")), qPrintable(read.summary()));
        cell.text = QStringLiteral("31/02/2026"); // no such day either way
        QVERIFY(!exchange::IncomeCheckCells::month(cell, false));

        // In a sheet: the row is refused with the reason, the others are written.
        const QString path =
            writeFile(m_dir.filePath(QStringLiteral("dates.csv")), QStringLiteral("户编号,月份,工资性收入\r\n"
                                                                                  "H0004,10/07/2026,100\r\n"
                                                                                  "H0005,20/10/2026,200\r\n")
                                                                       .toUtf8());
        const exchange::IncomeImportSummary s = import(path);
        QCOMPARE(s.rowsRejected, 1);
        QVERIFY2(errorsOfRow(s, 2).contains(QStringLiteral("2026-10 or 2026-07")),
                 qPrintable(errorsOfRow(s, 2)));
        QCOMPARE(checkValue(QStringLiteral("H0005"), QStringLiteral("income_wages")), qint64(20000));
    }

    // Headcounts as written: full width and 人 read; 0 and negative refused with core's reason.
    void headcountCells()
    {
        CellValue cell;
        cell.kind = CellValue::Kind::Text;
        cell.text = QStringLiteral("４人");
        QCOMPARE(exchange::IncomeCheckCells::headcount(cell).value(), 4);
        cell.text = QStringLiteral("'3");
        QCOMPARE(exchange::IncomeCheckCells::headcount(cell).value(), 3);
        for (const QString& text : {QStringLiteral("0"), QStringLiteral("-2"), QStringLiteral("2.5")}) {
            cell.text = text;
            QVERIFY2(!exchange::IncomeCheckCells::headcount(cell), qPrintable(text));
        }
        cell.kind = CellValue::Kind::Number;
        cell.number = 0;
        cell.text = QStringLiteral("0");
        QVERIFY(!exchange::IncomeCheckCells::headcount(cell));
    }

    // A sheet with 户主姓名 whose rows slipped by one: each row's name is the next household's head, so the
    // figures would go to the neighbour. Refused, naming both; a name that is another active member (the
    // head changed) is accepted, spaces (full-width ones too) do not count, and a member who moved away no
    // longer names the household.
    void headNameOfAnotherHouseholdIsRefused()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE persons SET state = 'moved_away', state_date = '2026-06-01'"
                                      " WHERE name = '%1'")
                           .arg(nameOf(42))));
        const QString path =
            writeFile(m_dir.filePath(QStringLiteral("names.csv")),
                      (QStringLiteral("户主姓名,户编号,月份,工资性收入\r\n") +
                       // Slipped: H0001's row names H0002's head.
                       nameOf(2) + QStringLiteral(",H0001,2026-10,100\r\n") +
                       // Spaces around and inside, full width too.
                       QStringLiteral(" ") + QString(nameOf(3).at(0)) + QStringLiteral("\u3000") +
                       nameOf(3).mid(1) + QStringLiteral("\u3000,H0003,2026-10,300\r\n") +
                       // Another active member: the head changed since the sheet was made.
                       nameOf(51) + QStringLiteral(",H0005,2026-10,500\r\n") +
                       // A member who moved away.
                       nameOf(42) + QStringLiteral(",H0004,2026-10,400\r\n") +
                       // No name given: the household code alone finds it.
                       QStringLiteral(",H0006,2026-10,600\r\n"))
                          .toUtf8());
        const exchange::IncomeImportSummary s = import(path);
        QCOMPARE(s.rowsRejected, 2);
        QCOMPARE(s.checksNew, 2);
        QCOMPARE(s.checksChanged, 1); // H0003's check on file
        const QString slipped = errorsOfRow(s, 2);
        QVERIFY2(slipped.startsWith(QStringLiteral("户主姓名: ")), qPrintable(slipped));
        QVERIFY2(slipped.contains(QStringLiteral("H0001")) && slipped.contains(nameOf(1)) &&
                     slipped.contains(nameOf(2)) && slipped.contains(QStringLiteral("slipped")),
                 qPrintable(slipped));
        QVERIFY2(errorsOfRow(s, 5).contains(nameOf(42)), qPrintable(errorsOfRow(s, 5)));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE household_id = ?"),
                        {m_households.value(QStringLiteral("H0001"))}),
                 qint64(0));
        QCOMPARE(checkValue(QStringLiteral("H0003"), QStringLiteral("income_wages")), qint64(30000));
        QCOMPARE(checkValue(QStringLiteral("H0005"), QStringLiteral("income_wages")), qint64(50000));
        QCOMPARE(checkValue(QStringLiteral("H0006"), QStringLiteral("income_wages")), qint64(60000));
    }

    // The clerk of the first site imports the messy sheet: three rows stand, six are rejected each with its
    // reason, and the check on file is replaced while the one equal to its row is not rewritten.
    void messySheetBySiteLimitedClerk()
    {
        m_test->logInAs(Role::Clerk, {m_test->siteId()});
        QList<int> rejectedRows;
        QStringList reasons;
        exchange::IncomeImportOptions options;
        options.path = messySheet();
        options.today = Today;
        options.rejectedRow = [&](int row, const QStringList& cells, const QString& reason) {
            rejectedRows.append(row);
            reasons.append(reason);
            QVERIFY(!cells.isEmpty());
        };
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        QVERIFY2(result, qPrintable(result.summary()));
        const exchange::IncomeImportSummary& s = result.value();
        QCOMPARE(s.headerRow, 2);
        QCOMPARE(s.rowsRead, 9); // the 合计 row is no household's
        QCOMPARE(s.checksNew, 1);
        QCOMPARE(s.checksChanged, 1);
        QCOMPARE(s.checksUnchanged, 1);
        QCOMPARE(s.rowsRejected, 6);
        QVERIFY(s.written);
        QCOMPARE(rejectedRows, (QList<int>{6, 7, 8, 9, 10, 11}));
        QCOMPARE(s.months, QList<QDate>{October});

        QVERIFY2(errorsOfRow(s, 6).contains(QStringLiteral("No household of the register")),
                 qPrintable(errorsOfRow(s, 6)));
        QVERIFY2(errorsOfRow(s, 7).contains(QStringLiteral("on row 8 too")), qPrintable(errorsOfRow(s, 7)));
        QVERIFY2(errorsOfRow(s, 8).contains(QStringLiteral("on row 7 too")), qPrintable(errorsOfRow(s, 8)));
        QVERIFY2(errorsOfRow(s, 9).contains(QStringLiteral("2026-12 has not begun")),
                 qPrintable(errorsOfRow(s, 9)));
        QVERIFY2(errorsOfRow(s, 10).contains(QStringLiteral("works on other sites")),
                 qPrintable(errorsOfRow(s, 10)));
        // Every bad cell of the row is named, each with its column as the header writes it.
        const QString row11 = errorsOfRow(s, 11);
        QVERIFY2(
            row11.contains(QStringLiteral("工资性收入（元）: The amount 12.345 has more than two decimals")),
            qPrintable(row11));
        QVERIFY2(row11.contains(QStringLiteral("经营性收入: 约八百 is not an amount")), qPrintable(row11));
        QVERIFY2(row11.contains(QStringLiteral("转移性收入: The amount -5 is negative")), qPrintable(row11));

        // Row 3: every amount to the fen, blanks 0, the headcount of the household's two active members.
        QCOMPARE(checkValue(QStringLiteral("H0001"), QStringLiteral("income_wages")), qint64(123450));
        QCOMPARE(checkValue(QStringLiteral("H0001"), QStringLiteral("income_business")), qint64(80000));
        QCOMPARE(checkValue(QStringLiteral("H0001"), QStringLiteral("income_property")), qint64(0));
        QCOMPARE(checkValue(QStringLiteral("H0001"), QStringLiteral("income_transfers")), qint64(30000));
        QCOMPARE(checkValue(QStringLiteral("H0001"), QStringLiteral("operating_costs")), qint64(100000));
        QCOMPARE(checkValue(QStringLiteral("H0001"), QStringLiteral("expense_medical")), qint64(1200000));
        QCOMPARE(checkValue(QStringLiteral("H0001"), QStringLiteral("headcount")), qint64(2));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks WHERE source = 'import'")),
                 qint64(2));
        // Row 4 replaced the check on file; row 5 left its check as it was.
        QCOMPARE(checkValue(QStringLiteral("H0002"), QStringLiteral("income_wages")), qint64(200000));
        QCOMPARE(checkValue(QStringLiteral("H0002"), QStringLiteral("row_version")), qint64(2));
        QCOMPARE(checkValue(QStringLiteral("H0003"), QStringLiteral("row_version")), qint64(1));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks")), qint64(3));

        // Importing the same sheet again changes nothing.
        const exchange::IncomeImportSummary again = import(options.path);
        QCOMPARE(again.checksNew, 0);
        QCOMPARE(again.checksChanged, 0);
        QCOMPARE(again.checksUnchanged, 3);
        QCOMPARE(checkValue(QStringLiteral("H0002"), QStringLiteral("row_version")), qint64(2));
    }

    // The administrator covers every site: the other site's row goes in.
    void wholeOfficeUserImportsEverySite()
    {
        const exchange::IncomeImportSummary s = import(messySheet());
        QCOMPARE(s.checksNew, 2);
        QCOMPARE(s.rowsRejected, 5);
        QCOMPARE(errorsOfRow(s, 10), QString());
        QCOMPARE(checkValue(QStringLiteral("H0101"), QStringLiteral("income_wages")), qint64(10000));
    }

    void dryRunWritesNothing()
    {
        const qint64 trail = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const exchange::IncomeImportSummary s = import(messySheet(), true);
        QCOMPARE(s.checksNew, 2);
        QCOMPARE(s.checksChanged, 1);
        QVERIFY(!s.written);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks")), qint64(2));
        QCOMPARE(checkValue(QStringLiteral("H0002"), QStringLiteral("income_wages")), qint64(150000));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), trail);
    }

    void cancelledWritesNothing()
    {
        exchange::IncomeImportOptions options;
        options.path = messySheet();
        options.today = Today;
        // Reading goes on; the first report of the writing half stops it.
        options.progress = [](qint64 done, qint64 total) { return done * 2 < total; };
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        QVERIFY2(result, qPrintable(result.summary()));
        QVERIFY(result.value().cancelled);
        QVERIFY(!result.value().written);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks")), qint64(2));
        QCOMPARE(checkValue(QStringLiteral("H0002"), QStringLiteral("income_wages")), qint64(150000));
    }

    // On the server the checks are written by one call that cannot report; a Cancel pressed meanwhile is
    // heard when it returns, and the transaction is rolled back rather than committed.
    void cancelledWhileTheServerWrites()
    {
        if (!TestDatabase::onServer())
            QSKIP("SQLite writes a statement per check and hears Cancel between them.");
        exchange::IncomeImportOptions options;
        options.path = messySheet();
        options.today = Today;
        options.progress = [](qint64 done, qint64 total) { return done < total - 1; };
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        QVERIFY2(result, qPrintable(result.summary()));
        QVERIFY(result.value().atOnce);
        QVERIFY(result.value().cancelled);
        QVERIFY(!result.value().written);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks")), qint64(2));
        QCOMPARE(checkValue(QStringLiteral("H0002"), QStringLiteral("income_wages")), qint64(150000));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), qint64(0));
    }

    // A check read from file and removed at another desk before the server writes: the server refuses the
    // whole month and the desk is told to import again (not the server's English).
    void checkRemovedMeanwhileFailsTheServersImport()
    {
        if (!TestDatabase::onServer())
            QSKIP("SQLite writes a statement per check, under its one write lock.");
        exchange::IncomeImportOptions options;
        options.path = messySheet();
        options.today = Today;
        const std::unique_ptr<Database> otherDesk = m_test->secondConnection();
        QVERIFY(otherDesk);
        bool removed = false;
        options.progress = [&](qint64 done, qint64 total) {
            if (!removed && done >= total / 2) {
                removed = true;
                QSqlQuery q(otherDesk->connection());
                if (!q.exec(QStringLiteral("DELETE FROM income_checks WHERE household_id = (SELECT id FROM "
                                           "households WHERE number = 'H0002')")))
                    qWarning() << q.lastError().text();
            }
            return true;
        };
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        QVERIFY(removed);
        QVERIFY(!result);
        QVERIFY2(result.summary().contains(QStringLiteral("Another desk")), qPrintable(result.summary()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM income_checks c JOIN households h ON h.id = "
                                       "c.household_id WHERE h.number = 'H0001'")),
                 qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), qint64(0));
    }

    // The trail: a small import keeps each check's own audit row beside the import's event; a large one
    // on SQLite keeps the event alone (280,000 rows of trail would double the month's import).
    void trailOfAnImport()
    {
        const qint64 before =
            scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'income_checks'"));
        const exchange::IncomeImportSummary s = import(messySheet(), false, false);
        QVERIFY(!s.quietTrail);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'income_checks'")) -
                before,
            qint64(3)); // two added, one replaced
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), qint64(1));
    }

    void quietTrailKeepsOneEvent()
    {
        if (TestDatabase::onServer())
            QSKIP("The server's trail is written by its own trigger for every row.");
        const qint64 before =
            scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'income_checks'"));
        const exchange::IncomeImportSummary s = import(messySheet(), false, true);
        QVERIFY(s.quietTrail);
        QCOMPARE(s.checksNew + s.checksChanged, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'income_checks'")),
                 before);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), qint64(1));
        // The triggers are back: the next change of a check is in the trail again.
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE income_checks SET note = 'x'")));
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_type = 'income_checks'")) >
                before);
    }

    // The server's one call writes what a statement per check writes: the same checks with the same
    // derived figures (a later month's sum too), the same trail, several months in one sheet, and text that
    // COPY must escape.
    void serverAtOnceAsRowByRow()
    {
        if (!TestDatabase::onServer())
            QSKIP("SQLite writes a statement per check.");
        const QStringList atOnce = stateAfterImport(true);
        cleanup();
        init();
        const QStringList rowByRow = stateAfterImport(false);
        QCOMPARE(atOnce.size(), rowByRow.size());
        for (int i = 0; i < atOnce.size(); ++i)
            QCOMPARE(atOnce.at(i), rowByRow.at(i));
        // October of H0002 took the changed August in: July 4,280, August 12,000, September 4,360 yuan a
        // person a year.
        QCOMPARE(checkValue(QStringLiteral("H0002"), QStringLiteral("prior_sum")),
                 qint64(428000 + 1200000 + 436000));
    }

    // A CSV with no 月份 column, imported as October; the month given and a row's own month must agree.
    void monthOfTheWholeFile()
    {
        const QString path =
            writeFile(m_dir.filePath(QStringLiteral("plain.csv")),
                      (QStringLiteral("户编号,工资性收入,家庭人口\r\nH0005,\"2,000\",2\r\n") +
                       QStringLiteral("H0006,100,\r\n"))
                          .toUtf8());
        exchange::IncomeImportOptions options;
        options.path = path;
        options.today = Today;
        // Without the month the mapping lacks it: refused as a whole, before any row.
        const auto refused = exchange::IncomeCheckImporter(db()).run(options);
        QVERIFY(!refused);
        QVERIFY2(refused.summary().contains(QStringLiteral("月份")), qPrintable(refused.summary()));
        options.month = October;
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        QVERIFY2(result, qPrintable(result.summary()));
        QCOMPARE(result.value().checksNew, 2);
        QCOMPARE(checkValue(QStringLiteral("H0005"), QStringLiteral("income_wages")), qint64(200000));
        QCOMPARE(checkValue(QStringLiteral("H0006"), QStringLiteral("headcount")), qint64(3));
        // A month not yet begun is refused for the whole file.
        options.month = QDate(2026, 12, 1);
        QVERIFY(!exchange::IncomeCheckImporter(db()).run(options));
    }

    void rowMonthAgainstTheFilesMonth()
    {
        const QString path =
            writeFile(m_dir.filePath(QStringLiteral("months.csv")),
                      QStringLiteral("户编号,月份,工资性收入\r\nH0005,2026-09,100\r\n").toUtf8());
        exchange::IncomeImportOptions options;
        options.path = path;
        options.today = Today;
        options.month = October;
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        QVERIFY2(result, qPrintable(result.summary()));
        QCOMPARE(result.value().rowsRejected, 1);
        QVERIFY2(errorsOfRow(result.value(), 2)
                     .contains(QStringLiteral("2026-09, the file is imported as 2026-10")),
                 qPrintable(errorsOfRow(result.value(), 2)));
    }

    void secretaryMayNotImport()
    {
        m_test->logInAs(Role::Secretary);
        exchange::IncomeImportOptions options;
        options.path = messySheet();
        options.today = Today;
        const auto result = exchange::IncomeCheckImporter(db()).run(options);
        QVERIFY(!result);
        QVERIFY2(result.summary().contains(QStringLiteral("may not")), qPrintable(result.summary()));
    }
};

QTEST_GUILESS_MAIN(TestIncomeCheckImport)
#include "tst_incomecheckimport.moc"

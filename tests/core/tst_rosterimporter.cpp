#include "RosterFixtures.h"
#include "RosterRoundTrip.h"
#include "TableReaderFixtures.h"
#include "TestDatabase.h"
#include "Translations.h"

#include "domain/IdNumber.h"
#include "exchange/RejectedRowsWriter.h"
#include "exchange/RememberedColumns.h"
#include "exchange/RosterExporter.h"
#include "exchange/RosterImporter.h"
#include "exchange/RosterVocabulary.h"
#include "registry/HouseholdRepository.h"
#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using namespace anju::test;
using namespace Qt::StringLiterals;

namespace {

// Every date of the fixtures lies before this day, so the tests do not age.
const QDate Today(2025, 6, 1);

bool hasChinese(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

int countRows(const Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// What the database holds, as one line a QCOMPARE shows whole when it differs.
QString contents(const Database& db)
{
    QStringList parts;
    for (const char* table : {"households", "persons", "memberships", "sites", "buildings", "building_units",
                              "dwellings", "imports"})
        parts.append(QLatin1String(table) + u'=' + QString::number(countRows(db, QLatin1String(table))));
    return parts.join(u' ');
}

QString contents(int households, int persons, int sites, int buildings, int units, int dwellings, int imports)
{
    return u"households=%1 persons=%2 memberships=%2 sites=%3 buildings=%4 building_units=%5 dwellings=%6 imports=%7"_s
        .arg(households)
        .arg(persons)
        .arg(sites)
        .arg(buildings)
        .arg(units)
        .arg(dwellings)
        .arg(imports);
}

// The empty test database: one site, one building with units 1 and 2, one dwelling.
const QString EmptyDatabase = contents(0, 0, 1, 1, 2, 1, 0);

QString id(int year, int month, int day, int sequence)
{
    return makeIdNumber(u"430524"_s, QDate(year, month, day), sequence);
}

QString describe(const QList<exchange::ImportError>& errors)
{
    QStringList lines;
    for (const exchange::ImportError& e : errors)
        lines.append(exchange::RosterImporter::describe(e));
    return lines.join(u'\n');
}

const exchange::ImportError* errorAt(const exchange::ImportSummary& summary, int row)
{
    for (const exchange::ImportError& e : summary.errors) {
        if (e.row == row)
            return &e;
    }
    return nullptr;
}

const Person* memberWithId(const Household& household, const QString& idNumber)
{
    for (const Person& p : household.members) {
        if (p.idNumber == idNumber)
            return &p;
    }
    return nullptr;
}

} // namespace

// The importer on rosters as offices keep them, on every rule of issue 3 and on hostile files.
class TestRosterImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void officeXlsx();
    void officeCsv_data();
    void officeCsv();
    void unitWrittenAsDisplayed();
    void idTurnedIntoNumber_data();
    void idTurnedIntoNumber();
    void idTypedAsClerksDo();
    void idTwiceInFile();
    void idTwiceInOneHousehold();
    void idAlreadyInDatabase();
    void householdWithoutOrWithTwoHeads();
    void anyErrorWritesNothing();
    void skipInvalidWritesTheValidHouseholds();
    void dryRunWritesNothing();
    void everyRejectedRowIsReported();
    void reimportSameFile();
    void reimportResavedCopy();
    void reimportResavedCopyWithoutHouseholdNumbers();
    void reimportWithCorrections();
    void roundTrip_data();
    void roundTrip();
    void roundTripKeepsFormulaLikeText_data();
    void roundTripKeepsFormulaLikeText();
    void hostileFile_data();
    void hostileFile();
    void sqlTextIsData();
    void cancelThroughProgress();
    void relationshipWords_data();
    void relationshipWords();
    void siblingsImport();
    void rosterWithoutMoveInDates();
    void moveInTimeHeaderIsKnown();
    void placedColumnsAreRemembered();

private:
    Result<exchange::ImportSummary> runImport(const QString& path, exchange::ImportOptions options = {});
    Result<exchange::ImportSummary> runImport(const Database& db, const QString& path,
                                              exchange::ImportOptions options = {});
    QString writeXlsx(const QString& name, const FixtureRoster& roster);
    QString writeCsv(const QString& name, const FixtureRoster& roster,
                     CsvEncoding encoding = CsvEncoding::Utf8);
    void verifyOfficeRoster();

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
};

void TestRosterImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s));
}

void TestRosterImporter::init()
{
    m_db = std::make_unique<TestDatabase>();
    QCOMPARE(contents(m_db->db()), EmptyDatabase);
}

Result<exchange::ImportSummary> TestRosterImporter::runImport(const QString& path,
                                                              exchange::ImportOptions options)
{
    return runImport(m_db->db(), path, std::move(options));
}

Result<exchange::ImportSummary> TestRosterImporter::runImport(const Database& db, const QString& path,
                                                              exchange::ImportOptions options)
{
    options.path = path;
    options.today = Today;
    return exchange::RosterImporter(db).run(options);
}

QString TestRosterImporter::writeXlsx(const QString& name, const FixtureRoster& roster)
{
    const QString path = m_dir.filePath(name);
    if (!writeFixtureXlsx(path, roster))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestRosterImporter::writeCsv(const QString& name, const FixtureRoster& roster, CsvEncoding encoding)
{
    return writeFile(m_dir.filePath(name), fixtureCsv(roster, encoding));
}

// The office roster's three households and ten persons, exactly, and nothing else.
void TestRosterImporter::verifyOfficeRoster()
{
    const Database& db = m_db->db();
    // A new site 幸福家园 with building 1栋 and units 1, 2 (written 1单元, 2单元); the test site gets room 102 in its
    // unit 1.
    QCOMPARE(contents(db), contents(3, OfficePersonCount, 2, 2, 4, 4, 1));
    const registry::HouseholdRepository households(db);
    const registry::SiteRepository sites(db);
    for (const OfficeHousehold& expected : officeHouseholds()) {
        const std::optional<Household> h = households.householdByNumber(expected.number);
        QVERIFY2(h, qPrintable(expected.number));
        const Address address = sites.address(h->siteId, h->dwellingId);
        QCOMPARE(address.siteName, expected.site);
        QCOMPARE(address.buildingName, expected.building);
        QCOMPARE(address.unitName, expected.unit);
        QCOMPARE(address.room, expected.room);
        QCOMPARE(h->originCountyCode, expected.originCounty);
        QCOMPARE(h->relocationDate, expected.relocationDate);
        QCOMPARE(h->phone, expected.phone);
        QCOMPARE(h->state, HouseholdState::Active);
        QCOMPARE(h->members.size(), expected.members.size());
        for (const OfficePerson& e : expected.members) {
            const Person* p = memberWithId(*h, e.idNumber);
            QVERIFY2(p, qPrintable(e.idNumber));
            QCOMPARE(p->name, e.name);
            QCOMPARE(p->relationship, e.relationship);
            QCOMPARE(p->sex, e.sex);
            QCOMPARE(p->birthDate, e.birthDate);
            QCOMPARE(p->ethnicityCode, e.ethnicityCode);
            QCOMPARE(p->education, e.education);
            QCOMPARE(p->phone, e.phone);
            QCOMPARE(p->state, PersonState::Active);
        }
    }
    // The test site's household went into its existing building and unit "1".
    const Household cs = *households.householdByNumber(u"CS001"_s);
    QCOMPARE(cs.siteId, m_db->siteId());
    QCOMPARE(sites.address(cs.siteId, cs.dwellingId).buildingId, m_db->buildingId());
}

void TestRosterImporter::officeXlsx()
{
    const QString path = writeXlsx(u"office.xlsx"_s, officeRoster());
    // The fixture holds the quirks: the instructions sheet first, the title and seven household
    // columns of three households merged.
    const std::unique_ptr<TableReader> reader = openOk(path);
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), QStringList({u"说明"_s, u"花名册"_s}));
    QVERIFY(reader->selectSheet(1));
    QCOMPARE(reader->merges().size(), 1 + 7 * 3);

    const Result<exchange::ImportSummary> result = runImport(path);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QVERIFY2(s.errors.isEmpty(), qPrintable(describe(s.errors)));
    QCOMPARE(s.sheetName, u"花名册"_s);
    QCOMPARE(s.headerRow, 3);
    QCOMPARE(s.mapping.value(exchange::RosterField::HouseholdNumber), 1);
    QCOMPARE(s.mapping.value(exchange::RosterField::Unit), 4);
    QCOMPARE(s.mapping.value(exchange::RosterField::IdNumber), 8);
    QCOMPARE(s.mapping.value(exchange::RosterField::BirthDate), 10);
    QCOMPARE(s.mapping.value(exchange::RosterField::Phone), 13);
    QCOMPARE(s.mapping.value(exchange::RosterField::OriginCounty), 14);
    QCOMPARE(s.mapping.value(exchange::RosterField::RelocationDate), 15);
    QCOMPARE(s.householdsImported, 3);
    QCOMPARE(s.personsImported, OfficePersonCount);
    QCOMPARE(s.householdsRejected, 0);
    QCOMPARE(s.rowsRejected, 0);
    QVERIFY(s.written);
    verifyOfficeRoster();
}

void TestRosterImporter::officeCsv_data()
{
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::newRow("GB18030 without BOM") << CsvEncoding::Gb18030;
    QTest::newRow("UTF-8 with BOM") << CsvEncoding::Utf8WithBom;
    QTest::newRow("UTF-8 without BOM") << CsvEncoding::Utf8;
}

void TestRosterImporter::officeCsv()
{
    QFETCH(CsvEncoding, encoding);
    const QString path = writeCsv(u"office.csv"_s, officeRoster(), encoding);
    // The fixture is what it claims: GB18030 is not UTF-8 and carries no BOM.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), encoding == CsvEncoding::Utf8WithBom);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(bytes);
    QCOMPARE(utf8.hasError(), encoding == CsvEncoding::Gb18030);
    const Result<exchange::ImportSummary> result = runImport(path);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QVERIFY2(s.errors.isEmpty(), qPrintable(describe(s.errors)));
    QCOMPARE(s.headerRow, 3);
    QCOMPARE(s.householdsImported, 3);
    QCOMPARE(s.personsImported, OfficePersonCount);
    QVERIFY(s.written);
    verifyOfficeRoster();
}

// A unit the program stores as "1" is shown as "1单元"; a roster that writes "1单元" means that unit,
// not a second unit with the same label in the same building.
void TestRosterImporter::unitWrittenAsDisplayed()
{
    FixtureRoster roster =
        plainRoster({{u"H1"_s, u"测试安置点"_s, {{u"张三"_s, u"户主"_s, id(1970, 1, 1, 11)}}}});
    roster.households[0][0][3] = textCell(u"1单元"_s);
    roster.households[0][0][4] = textCell(u"101"_s);
    const Result<exchange::ImportSummary> result = runImport(writeCsv(u"unit.csv"_s, roster));
    QVERIFY2(result, qPrintable(result.summary()));
    QCOMPARE(result.value().householdsImported, 1);
    const Household h = *registry::HouseholdRepository(m_db->db()).householdByNumber(u"H1"_s);
    QCOMPARE(h.dwellingId, m_db->dwellingId());
    QCOMPARE(countRows(m_db->db(), u"building_units"_s), 2);
}

void TestRosterImporter::idTurnedIntoNumber_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("xlsx number cell") << true;
    QTest::newRow("csv text 4.30524E+17") << false;
}

void TestRosterImporter::idTurnedIntoNumber()
{
    QFETCH(bool, xlsx);
    const QString oldId = u"430524820520022"_s; // 15 digits: born 1982-05-20, female
    const QString converted = IdNumber::parse(oldId, Today).text();
    QCOMPARE(converted.size(), 18);
    QCOMPARE(converted.left(14), u"43052419820520"_s);
    FixtureRoster roster = plainRoster({
        {u"H1"_s, u"测试安置点"_s, {{u"张三"_s, u"户主"_s, {}}, {u"李四"_s, u"妻"_s, id(1972, 2, 2, 22)}}},
        {u"H2"_s, u"测试安置点"_s, {{u"王五"_s, u"户主"_s, id(1980, 3, 3, 33)}, {u"赵六"_s, u"妻"_s, oldId}}},
    });
    roster.households[0][0][PlainIdColumn] = numberCell(4.30524e17);
    const QString path = xlsx ? writeXlsx(u"float.xlsx"_s, roster) : writeCsv(u"float.csv"_s, roster);
    if (!xlsx)
        QVERIFY(QString::fromUtf8(fixtureCsv(roster, CsvEncoding::Utf8)).contains(u",4.30524E+17,"_s));

    exchange::ImportOptions options;
    options.skipInvalid = true;
    const Result<exchange::ImportSummary> result = runImport(path, options);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QCOMPARE(s.errors.size(), 1);
    const exchange::ImportError& e = s.errors.first();
    QCOMPARE(e.row, roster.rowOf(0, 0));
    QCOMPARE(e.column, u"身份证号"_s);
    QVERIFY2(hasChinese(e.message) && e.message.contains(u"4.30524"_s), qPrintable(e.message));
    QCOMPARE(s.householdsRejected, 1);
    QCOMPARE(s.rowsRejected, 2);
    QCOMPARE(s.householdsImported, 1);
    QCOMPARE(s.personsImported, 2);
    // Never guessed: only the second household is in, its old number converted.
    QCOMPARE(contents(m_db->db()), contents(1, 2, 1, 1, 2, 2, 1));
    const std::optional<Person> old = registry::HouseholdRepository(m_db->db()).personByIdNumber(converted);
    QVERIFY(old);
    QCOMPARE(old->name, u"赵六"_s);
    QCOMPARE(old->birthDate, QDate(1982, 5, 20));
    QCOMPARE(old->sex, Sex::Female);
    QVERIFY(!registry::HouseholdRepository(m_db->db()).householdByNumber(u"H1"_s));
}

void TestRosterImporter::idTypedAsClerksDo()
{
    auto fullWidth = [](const QString& text) {
        QString out;
        for (QChar c : text)
            out.append(c.isDigit() ? QChar(0xFF10 + c.digitValue()) : c);
        return out;
    };
    QString withX;
    for (int sequence = 1; withX.isEmpty(); ++sequence) {
        const QString candidate = id(1972, 2, 2, sequence * 2);
        if (candidate.endsWith(u'X'))
            withX = candidate;
    }
    const QString head = id(1970, 1, 1, 11);
    const QString son = id(1995, 5, 5, 31);
    const FixtureRoster roster = plainRoster(
        {{u"H1"_s,
          u"测试安置点"_s,
          {{u"张三"_s, u"户主"_s, fullWidth(head)},
           {u"李四"_s, u"妻"_s, withX.left(6) + u' ' + withX.mid(6, 8) + u' ' + withX.mid(14, 3) + u'x'},
           {u"张五"_s, u"子"_s, u"'"_s + son + u"　"_s}}}});
    const Result<exchange::ImportSummary> result =
        runImport(writeCsv(u"typed.csv"_s, roster, CsvEncoding::Gb18030));
    QVERIFY2(result, qPrintable(result.summary()));
    QVERIFY2(result.value().errors.isEmpty(), qPrintable(describe(result.value().errors)));
    const registry::HouseholdRepository households(m_db->db());
    QCOMPARE(households.personByIdNumber(head)->name, u"张三"_s);
    QCOMPARE(households.personByIdNumber(withX)->name, u"李四"_s);
    QCOMPARE(households.personByIdNumber(son)->name, u"张五"_s);
}

void TestRosterImporter::idTwiceInFile()
{
    const QString twice = id(1975, 5, 5, 51);
    const FixtureRoster roster = plainRoster({
        {u"H1"_s, u"测试安置点"_s, {{u"张三"_s, u"户主"_s, twice}, {u"李四"_s, u"妻"_s, id(1976, 6, 6, 62)}}},
        {u"H2"_s, u"测试安置点"_s, {{u"王五"_s, u"户主"_s, id(1980, 3, 3, 33)}, {u"王二"_s, u"子"_s, twice}}},
    });
    exchange::ImportOptions options;
    options.skipInvalid = true;
    const Result<exchange::ImportSummary> result = runImport(writeCsv(u"twice.csv"_s, roster), options);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QCOMPARE(s.errors.size(), 1);
    QCOMPARE(s.errors.first().row, roster.rowOf(1, 1));
    QCOMPARE(s.errors.first().column, u"身份证号"_s);
    QVERIFY2(s.errors.first().message.contains(QString::number(roster.rowOf(0, 0))),
             qPrintable(s.errors.first().message));
    QCOMPARE(s.householdsImported, 1);
    QCOMPARE(s.householdsRejected, 1);
    QCOMPARE(s.rowsRejected, 2);
    QCOMPARE(contents(m_db->db()), contents(1, 2, 1, 1, 2, 1, 1)); // H1 in the existing room 101
    QCOMPARE(registry::HouseholdRepository(m_db->db()).personByIdNumber(twice)->name, u"张三"_s);
}

// The same ID twice within one household: the later row is wrong, and the message names the earlier
// row as the spreadsheet numbers it.
void TestRosterImporter::idTwiceInOneHousehold()
{
    const QString twice = id(1990, 9, 9, 91);
    const FixtureRoster roster = plainRoster({
        {u"H1"_s,
         u"测试安置点"_s,
         {{u"张三"_s, u"户主"_s, id(1960, 1, 1, 11)},
          {u"李四"_s, u"妻"_s, id(1961, 1, 1, 22)},
          {u"张五"_s, u"子"_s, id(1985, 1, 1, 31)}}},
        {u"H2"_s,
         u"测试安置点"_s,
         {{u"王五"_s, u"户主"_s, twice},
          {u"王芳"_s, u"妻"_s, id(1991, 1, 1, 42)},
          {u"王二"_s, u"子"_s, twice}}},
    });
    const Result<exchange::ImportSummary> result = runImport(writeCsv(u"twice-in-household.csv"_s, roster));
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QCOMPARE(s.errors.size(), 1);
    const exchange::ImportError& e = s.errors.first();
    QCOMPARE(e.row, roster.rowOf(1, 2));
    QCOMPARE(e.column, u"身份证号"_s);
    QCOMPARE(s.householdsRejected, 1);
    QCOMPARE(s.rowsRejected, 3);
    QCOMPARE(contents(m_db->db()), EmptyDatabase);
    // The message names the member the ID was first entered for (the row is the error's own).
    QVERIFY2(e.message.contains(u"王五"_s), qPrintable(e.message));
}

void TestRosterImporter::idAlreadyInDatabase()
{
    const QString taken = id(1966, 6, 16, 61);
    Household existing;
    existing.number = u"430524001-0001"_s;
    existing.siteId = m_db->siteId();
    existing.originCountyCode = u"430524"_s;
    existing.relocationDate = QDate(2019, 1, 1);
    existing.members = {makePerson(u"周平"_s, taken, Relationship::Head)};
    const Result<Household> saved = registry::RegistryService(m_db->db()).saveHousehold(existing, Today);
    QVERIFY2(saved, qPrintable(saved.summary()));
    const QString before = contents(m_db->db());

    const FixtureRoster roster = plainRoster({
        {u"H1"_s,
         u"测试安置点"_s,
         {{u"张三"_s, u"户主"_s, id(1960, 1, 1, 11)}, {u"周平"_s, u"父亲"_s, taken}}},
    });
    const Result<exchange::ImportSummary> result = runImport(writeCsv(u"taken.csv"_s, roster));
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QCOMPARE(s.errors.size(), 1);
    QCOMPARE(s.errors.first().row, roster.rowOf(0, 1));
    QCOMPARE(s.errors.first().column, u"身份证号"_s);
    QVERIFY2(s.errors.first().message.contains(existing.number), qPrintable(s.errors.first().message));
    QCOMPARE(s.householdsRejected, 1);
    QCOMPARE(s.householdsImported, 0);
    QVERIFY(!s.written);
    QCOMPARE(contents(m_db->db()), before);
}

void TestRosterImporter::householdWithoutOrWithTwoHeads()
{
    const FixtureRoster roster = plainRoster({
        {u"H1"_s,
         u"测试安置点"_s,
         {{u"李四"_s, u"配偶"_s, id(1972, 2, 2, 22)}, {u"张二"_s, u"长子"_s, id(1995, 2, 2, 31)}}},
        {u"H2"_s,
         u"测试安置点"_s,
         {{u"王五"_s, u"户主"_s, id(1980, 3, 3, 33)}, {u"王六"_s, u"本人"_s, id(1981, 3, 3, 35)}}},
        {u"H3"_s, u"测试安置点"_s, {{u"赵七"_s, u"户主"_s, id(1970, 7, 7, 77)}}},
    });
    exchange::ImportOptions options;
    options.skipInvalid = true;
    const Result<exchange::ImportSummary> result = runImport(writeCsv(u"heads.csv"_s, roster), options);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QCOMPARE(s.errors.size(), 2);
    const exchange::ImportError* noHead = errorAt(s, roster.rowOf(0, 0));
    QVERIFY2(noHead, qPrintable(describe(s.errors)));
    QCOMPARE(noHead->column, u"与户主关系"_s);
    QVERIFY2(hasChinese(noHead->message), qPrintable(noHead->message));
    const exchange::ImportError* twoHeads = errorAt(s, roster.rowOf(1, 1));
    QVERIFY2(twoHeads, qPrintable(describe(s.errors)));
    QCOMPARE(twoHeads->column, u"与户主关系"_s);
    QVERIFY2(twoHeads->message.contains(u"王五"_s), qPrintable(twoHeads->message));
    QCOMPARE(s.householdsRejected, 2);
    QCOMPARE(s.rowsRejected, 4);
    QCOMPARE(s.householdsImported, 1);
    QCOMPARE(s.personsImported, 1);
    QCOMPARE(contents(m_db->db()), contents(1, 1, 1, 1, 2, 2, 1));
    QVERIFY(registry::HouseholdRepository(m_db->db()).householdByNumber(u"H3"_s));
}

namespace {

// One good household and two bad ones: a mistyped ID (row 4) and an unknown relationship word (row 6).
FixtureRoster oneGoodTwoBad()
{
    QString mistyped = id(1976, 6, 6, 62);
    mistyped[17] = mistyped.at(17) == u'1' ? u'2' : u'1';
    return plainRoster({
        {u"H1"_s,
         u"测试安置点"_s,
         {{u"张三"_s, u"户主"_s, id(1975, 5, 5, 51)}, {u"李四"_s, u"妻"_s, id(1976, 6, 6, 64)}}},
        {u"H2"_s,
         u"测试安置点"_s,
         {{u"王五"_s, u"户主"_s, id(1980, 3, 3, 33)}, {u"王芳"_s, u"妻"_s, mistyped}}},
        {u"H3"_s,
         u"测试安置点"_s,
         {{u"赵七"_s, u"邻居"_s, id(1970, 7, 7, 77)}, {u"赵八"_s, u"户主"_s, id(1971, 7, 7, 79)}}},
    });
}

} // namespace

void TestRosterImporter::anyErrorWritesNothing()
{
    const FixtureRoster roster = oneGoodTwoBad();
    const Result<exchange::ImportSummary> result = runImport(writeXlsx(u"bad.xlsx"_s, roster));
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QVERIFY(!s.written);
    QCOMPARE(contents(m_db->db()), EmptyDatabase);
    QCOMPARE(s.householdsRejected, 2);
    QCOMPARE(s.rowsRejected, 4);
    QCOMPARE(s.errors.size(), 2);
    QCOMPARE(s.errors.at(0).row, roster.rowOf(1, 1));
    QCOMPARE(s.errors.at(0).column, u"身份证号"_s);
    QCOMPARE(s.errors.at(1).row, roster.rowOf(2, 0));
    QCOMPARE(s.errors.at(1).column, u"与户主关系"_s);
    for (const exchange::ImportError& e : s.errors)
        QVERIFY2(hasChinese(e.message) && e.message.size() > 4, qPrintable(e.message));
    QVERIFY2(s.errors.at(1).message.contains(u"邻居"_s), qPrintable(s.errors.at(1).message));
    QVERIFY(hasChinese(exchange::RosterImporter::describe(s.errors.first())));
}

void TestRosterImporter::skipInvalidWritesTheValidHouseholds()
{
    exchange::ImportOptions options;
    options.skipInvalid = true;
    const Result<exchange::ImportSummary> result =
        runImport(writeCsv(u"bad.csv"_s, oneGoodTwoBad(), CsvEncoding::Gb18030), options);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QVERIFY(s.written);
    QCOMPARE(s.householdsImported, 1);
    QCOMPARE(s.personsImported, 2);
    QCOMPARE(s.householdsRejected, 2);
    QCOMPARE(s.rowsRejected, 4);
    QCOMPARE(s.errors.size(), 2);
    QCOMPARE(contents(m_db->db()), contents(1, 2, 1, 1, 2, 1, 1)); // H1 in the existing room 101
    QCOMPARE(registry::HouseholdRepository(m_db->db()).householdByNumber(u"H1"_s)->members.size(), 2);
}

void TestRosterImporter::dryRunWritesNothing()
{
    const QString path = writeXlsx(u"office.xlsx"_s, officeRoster());
    exchange::ImportOptions options;
    options.dryRun = true;
    const Result<exchange::ImportSummary> dry = runImport(path, options);
    QVERIFY2(dry, qPrintable(dry.summary()));
    QVERIFY2(dry.value().errors.isEmpty(), qPrintable(describe(dry.value().errors)));
    QCOMPARE(dry.value().householdsImported, 3);
    QCOMPARE(dry.value().personsImported, OfficePersonCount);
    QVERIFY(!dry.value().written);
    QCOMPARE(contents(m_db->db()), EmptyDatabase);

    // The dry run left no trace: the real import is not taken for a re-import.
    const Result<exchange::ImportSummary> real = runImport(path);
    QVERIFY2(real, qPrintable(real.summary()));
    QVERIFY(!real.value().alreadyImported);
    QCOMPARE(real.value().householdsImported, 3);
    verifyOfficeRoster();

    // A bad file in a dry run: the same counts and errors as the real run would give.
    const Result<exchange::ImportSummary> bad = runImport(writeCsv(u"bad.csv"_s, oneGoodTwoBad()), options);
    QVERIFY2(bad, qPrintable(bad.summary()));
    QCOMPARE(bad.value().householdsImported, 1);
    QCOMPARE(bad.value().householdsRejected, 2);
    QCOMPARE(bad.value().errors.size(), 2);
    QCOMPARE(contents(m_db->db()), contents(3, OfficePersonCount, 2, 2, 4, 4, 1));
}

void TestRosterImporter::everyRejectedRowIsReported()
{
    QString mistyped = id(1990, 1, 1, 31);
    mistyped[17] = mistyped.at(17) == u'1' ? u'2' : u'1';
    const FixtureRoster roster = plainRoster({
        {u"H1"_s,
         u"测试安置点"_s,
         {{u"张三"_s, u"户主"_s, id(1960, 1, 1, 11)},
          {u"李四"_s, u"妻"_s, id(1961, 1, 1, 22)},
          {u"张五"_s, u"子"_s, mistyped}}},
        {u"H2"_s, u"测试安置点"_s, {{u"王五"_s, u"户主"_s, id(1980, 3, 3, 33)}}},
    });
    struct Rejected
    {
        int row;
        QStringList cells;
        QString reason;
    };
    QList<Rejected> rejected;
    exchange::ImportOptions options;
    options.skipInvalid = true;
    options.rejectedRow = [&](int row, const QStringList& cells, const QString& reason) {
        rejected.append({row, cells, reason});
    };
    const Result<exchange::ImportSummary> result = runImport(writeCsv(u"rejected.csv"_s, roster), options);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QCOMPARE(s.rowsRejected, 3);
    QCOMPARE(s.householdsRejected, 1);
    QCOMPARE(s.errors.size(), 1);
    QCOMPARE(s.errors.first().row, roster.rowOf(0, 2));
    QCOMPARE(s.errors.first().column, u"身份证号"_s);
    QCOMPARE(s.householdsImported, 1);

    QCOMPARE(rejected.size(), 3);
    const QStringList names = {u"张三"_s, u"李四"_s, u"张五"_s};
    for (int i = 0; i < 3; ++i) {
        const Rejected& r = rejected.at(i);
        QCOMPARE(r.row, roster.rowOf(0, i));
        QCOMPARE(r.cells.value(PlainNameColumn), names.at(i));
        QCOMPARE(r.cells.value(PlainRelationshipColumn),
                 roster.households.at(0).at(i).at(PlainRelationshipColumn).text);
        QCOMPARE(r.cells.value(PlainIdColumn), roster.households.at(0).at(i).at(PlainIdColumn).text);
        QVERIFY2(hasChinese(r.reason), qPrintable(r.reason));
    }
    QCOMPARE(rejected.first().cells.value(0), u"H1"_s);
    QVERIFY2(rejected.last().reason.contains(s.errors.first().message), qPrintable(rejected.last().reason));
    QVERIFY(!rejected.first().reason.contains(s.errors.first().message));
}

void TestRosterImporter::reimportSameFile()
{
    const QString path = writeXlsx(u"office.xlsx"_s, officeRoster());
    const Result<exchange::ImportSummary> first = runImport(path);
    QVERIFY2(first, qPrintable(first.summary()));
    QVERIFY(first.value().written);
    const QString after = contents(m_db->db());

    const Result<exchange::ImportSummary> again = runImport(path);
    QVERIFY2(again, qPrintable(again.summary()));
    const exchange::ImportSummary& s = again.value();
    QVERIFY(s.alreadyImported);
    QVERIFY(s.alreadyImportedOn.isValid());
    QVERIFY(!s.written);
    QCOMPARE(s.householdsImported, 0);
    QCOMPARE(s.personsImported, 0);
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(contents(m_db->db()), after);
    verifyOfficeRoster();
}

void TestRosterImporter::reimportResavedCopy()
{
    const Result<exchange::ImportSummary> first = runImport(writeXlsx(u"office.xlsx"_s, officeRoster()));
    QVERIFY2(first, qPrintable(first.summary()));
    QVERIFY(first.value().written);
    const QString after = contents(m_db->db());

    // The same roster saved again by another program: other bytes, the same households.
    for (CsvEncoding encoding : {CsvEncoding::Utf8WithBom, CsvEncoding::Gb18030}) {
        const Result<exchange::ImportSummary> again =
            runImport(writeCsv(u"office-%1.csv"_s.arg(int(encoding)), officeRoster(), encoding));
        QVERIFY2(again, qPrintable(again.summary()));
        const exchange::ImportSummary& s = again.value();
        QVERIFY(!s.alreadyImported);
        QVERIFY2(s.errors.isEmpty(), qPrintable(describe(s.errors)));
        QCOMPARE(s.householdsUnchanged, 3);
        QCOMPARE(s.householdsImported, 0);
        QCOMPARE(s.personsImported, 0);
        QCOMPARE(s.householdsRejected, 0);
        QVERIFY(!s.written);
        QCOMPARE(contents(m_db->db()), after);
    }
    verifyOfficeRoster();
}

namespace {

// The roster without its 户编号 column, as many offices keep it: the importer numbers the households.
FixtureRoster withoutHouseholdNumbers(FixtureRoster roster)
{
    roster.headers.removeFirst();
    roster.householdColumns = {0, 1, 2, 3, 7, 8};
    for (QList<FixtureRow>& household : roster.households) {
        for (FixtureRow& row : household)
            row.removeFirst();
    }
    return roster;
}

} // namespace

void TestRosterImporter::reimportResavedCopyWithoutHouseholdNumbers()
{
    const FixtureRoster roster = withoutHouseholdNumbers(plainRoster({
        {{},
         u"测试安置点"_s,
         {{u"张三"_s, u"户主"_s, id(1970, 1, 1, 11)}, {u"李四"_s, u"妻"_s, id(1972, 2, 2, 22)}}},
        {{}, u"测试安置点"_s, {{u"王五"_s, u"户主"_s, id(1980, 3, 3, 33)}}},
    }));
    const Result<exchange::ImportSummary> first = runImport(writeCsv(u"nonumbers.csv"_s, roster));
    QVERIFY2(first, qPrintable(first.summary()));
    QVERIFY2(first.value().errors.isEmpty(), qPrintable(describe(first.value().errors)));
    QCOMPARE(first.value().householdsImported, 2);
    const QString after = contents(m_db->db());
    QCOMPARE(after, contents(2, 3, 1, 1, 2, 2, 1));

    const Result<exchange::ImportSummary> again =
        runImport(writeCsv(u"nonumbers-gbk.csv"_s, roster, CsvEncoding::Gb18030));
    QVERIFY2(again, qPrintable(again.summary()));
    QCOMPARE(contents(m_db->db()), after);
    QVERIFY2(again.value().errors.isEmpty(), qPrintable(describe(again.value().errors)));
    QCOMPARE(again.value().householdsUnchanged, 2);
}

// A re-saved copy in which the clerk corrected a name and a phone is not "unchanged": the corrections
// are either taken or reported, never silently dropped.
void TestRosterImporter::reimportWithCorrections()
{
    const Result<exchange::ImportSummary> first = runImport(writeXlsx(u"office.xlsx"_s, officeRoster()));
    QVERIFY2(first, qPrintable(first.summary()));
    QVERIFY(first.value().written);

    FixtureRoster corrected = officeRoster();
    corrected.households[0][0][6] = textCell(u"王芳芳"_s);
    corrected.households[1][1][13] = textCell(u"13800002222"_s);
    const Result<exchange::ImportSummary> again = runImport(writeCsv(u"corrected.csv"_s, corrected));
    QVERIFY2(again, qPrintable(again.summary()));
    const exchange::ImportSummary& s = again.value();
    QCOMPARE(s.householdsUnchanged + s.householdsImported + s.householdsRejected, 3);
    QCOMPARE(s.householdsUnchanged, 1);
}

void TestRosterImporter::hostileFile_data()
{
    QTest::addColumn<QString>("path");
    const QString header = u"姓名,身份证号,与户主关系\r\n"_s;

    QTest::newRow("1,000,000-character cell, csv")
        << writeFile(m_dir.filePath(u"long.csv"_s),
                     (header + u"张三,"_s + id(1970, 1, 1, 11) + u",户主\r\n"_s + QString(1000000, u'王') +
                      u","_s + id(1971, 1, 1, 13) + u",户主\r\n"_s)
                         .toUtf8());

    const QByteArray headerCells =
        "<c t=\"inlineStr\"><is><t>姓名</t></is></c><c t=\"inlineStr\"><is><t>身份证号</t></is></c>"
        "<c t=\"inlineStr\"><is><t>与户主关系</t></is></c>";
    const QByteArray longText(1000000, 'A');
    const QString inlineLong = m_dir.filePath(u"long-inline.xlsx"_s);
    QVERIFY(writeZip(inlineLong, minimalWorkbook("<row r=\"1\">" + headerCells +
                                                 "</row><row r=\"2\"><c t=\"inlineStr\"><is><t>" + longText +
                                                 "</t></is></c></row>")));
    QTest::newRow("1,000,000-character cell, xlsx inline string") << inlineLong;
    const QString sharedLong = m_dir.filePath(u"long-shared.xlsx"_s);
    QVERIFY(writeZip(sharedLong, minimalWorkbook("<row r=\"1\">" + headerCells +
                                                     "</row><row r=\"2\"><c t=\"s\"><v>0</v></c></row>",
                                                 {}, "<si><t>" + longText + "</t></si>")));
    QTest::newRow("1,000,000-character cell, xlsx shared string") << sharedLong;

    const QString notXlsx = m_dir.filePath(u"notes.xlsx"_s);
    QVERIFY(writeZip(notXlsx, {{u"readme.txt"_s, "这不是工作簿"}, {u"data/roster.csv"_s, header.toUtf8()}}));
    QTest::newRow("zip that is not an xlsx") << notXlsx;

    const QString whole = m_dir.filePath(u"whole.xlsx"_s);
    QVERIFY(writeFixtureXlsx(whole, officeRoster()));
    QFile wholeFile(whole);
    QVERIFY(wholeFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = wholeFile.readAll();
    QTest::newRow("truncated xlsx") << writeFile(m_dir.filePath(u"truncated.xlsx"_s),
                                                 bytes.left(bytes.size() / 2));
    QByteArray damaged = bytes;
    damaged.replace(damaged.size() / 2, 200, QByteArray(200, '\0'));
    QTest::newRow("xlsx damaged in the middle") << writeFile(m_dir.filePath(u"damaged.xlsx"_s), damaged);
    QTest::newRow("truncated xlsx, all but its last 100 bytes")
        << writeFile(m_dir.filePath(u"truncated-end.xlsx"_s), bytes.left(bytes.size() - 100));

    QString wide = u"姓名,身份证号,与户主关系"_s;
    for (int column = 3; column < 100000; ++column)
        wide += u",列"_s + QString::number(column);
    QTest::newRow("100,000 columns, csv")
        << writeFile(m_dir.filePath(u"wide.csv"_s),
                     (wide + u"\r\n张三,"_s + id(1970, 1, 1, 11) + u",户主\r\n"_s).toUtf8());
    QByteArray wideRow = "<row r=\"1\">" + headerCells;
    for (int column = 3; column < 100000; ++column)
        wideRow += "<c><v>1</v></c>";
    const QString wideXlsx = m_dir.filePath(u"wide.xlsx"_s);
    QVERIFY(writeZip(wideXlsx, minimalWorkbook(wideRow + "</row>")));
    QTest::newRow("100,000 columns, xlsx") << wideXlsx;

    QTest::newRow("empty file") << writeFile(m_dir.filePath(u"empty.csv"_s), {});
    QTest::newRow("empty file named .xlsx") << writeFile(m_dir.filePath(u"empty.xlsx"_s), {});
    QTest::newRow("no header") << writeFile(
        m_dir.filePath(u"noheader.csv"_s),
        (u"张三,"_s + id(1970, 1, 1, 11) + u",户主\r\n李四,"_s + id(1971, 1, 1, 22) + u",妻\r\n"_s).toUtf8());
    FixtureRoster headless = officeRoster();
    headless.headers.clear();
    QTest::newRow("no header, xlsx") << m_dir.filePath(u"noheader.xlsx"_s);
    QVERIFY(writeFixtureXlsx(m_dir.filePath(u"noheader.xlsx"_s), headless));
}

void TestRosterImporter::hostileFile()
{
    QFETCH(QString, path);
    const Result<exchange::ImportSummary> result = runImport(path);
    QString message;
    if (!result.ok())
        message = result.summary();
    else if (!result.value().errors.isEmpty())
        message = describe(result.value().errors);
    QVERIFY2(!message.isEmpty(), "the file was taken without an error");
    QVERIFY2(hasChinese(message), qPrintable(message));
    if (result.hasValue())
        QVERIFY(!result.value().written);
    QCOMPARE(contents(m_db->db()), EmptyDatabase);
}

// SQL in a cell is text: a name that is not a name is refused, a site named so is created as named.
void TestRosterImporter::sqlTextIsData()
{
    const QString sql = u"'; DROP TABLE persons; --"_s;
    const FixtureRoster roster = plainRoster({
        {u"H1"_s, u"测试安置点"_s, {{sql, u"户主"_s, id(1970, 1, 1, 11)}}},
        {u"H2"_s, sql, {{u"王五"_s, u"户主"_s, id(1980, 3, 3, 33)}}},
    });
    exchange::ImportOptions options;
    options.skipInvalid = true;
    const Result<exchange::ImportSummary> result = runImport(writeXlsx(u"sql.xlsx"_s, roster), options);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QCOMPARE(s.errors.size(), 1);
    QCOMPARE(s.errors.first().row, roster.rowOf(0, 0));
    QCOMPARE(s.errors.first().column, u"姓名"_s);
    QCOMPARE(s.householdsImported, 1);
    QCOMPARE(countRows(m_db->db(), u"persons"_s), 1);
    QCOMPARE(contents(m_db->db()), contents(1, 1, 2, 2, 3, 2, 1));
    const Household h = *registry::HouseholdRepository(m_db->db()).householdByNumber(u"H2"_s);
    QCOMPARE(registry::SiteRepository(m_db->db()).site(h.siteId)->name, sql);
}

void TestRosterImporter::cancelThroughProgress()
{
    const int households = 5000;
    QList<PlainHousehold> list;
    const QStringList relationships = {u"户主"_s, u"配偶"_s, u"子"_s, u"女"_s};
    for (int h = 0; h < households; ++h) {
        PlainHousehold household{u"B%1"_s.arg(h, 5, 10, QLatin1Char('0')), u"测试安置点"_s, {}};
        for (int m = 0; m < 4; ++m) {
            const int i = h * 4 + m;
            const QString name = u"张"_s + QChar(0x4E00 + i % 5000) + QChar(0x5000 + i / 5000);
            household.members.append(
                {name, relationships.at(m),
                 makeIdNumber(u"430524"_s, QDate(1950, 1, 1).addDays(i), 100 + i % 800)});
        }
        list.append(household);
    }
    const QString path = writeCsv(u"large.csv"_s, plainRoster(list));

    int calls = 0;
    qint64 last = -1;
    bool increasing = true;
    exchange::ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        increasing = increasing && done >= last && done <= total;
        last = done;
        return done * 2 < total;
    };
    const Result<exchange::ImportSummary> cancelled = runImport(path, options);
    QVERIFY2(cancelled, qPrintable(cancelled.summary()));
    QVERIFY(cancelled.value().cancelled);
    QVERIFY(!cancelled.value().written);
    QVERIFY(calls >= 2);
    QVERIFY(increasing);
    QCOMPARE(contents(m_db->db()), EmptyDatabase);

    // Nothing was kept of the cancelled run: the whole file goes in afterwards.
    const Result<exchange::ImportSummary> whole = runImport(path);
    QVERIFY2(whole, qPrintable(whole.summary()));
    QVERIFY2(whole.value().errors.isEmpty(), qPrintable(describe(whole.value().errors.mid(0, 5))));
    QVERIFY(!whole.value().alreadyImported);
    QCOMPARE(whole.value().householdsImported, households);
    QCOMPARE(countRows(m_db->db(), u"persons"_s), households * 4);
}

void TestRosterImporter::roundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("xlsx") << u"roster.xlsx"_s;
    QTest::newRow("csv") << u"roster.csv"_s;
}

void TestRosterImporter::roundTrip()
{
    QFETCH(QString, fileName);
    const QString problem = fillRoundTripSource(*m_db);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(countRows(m_db->db(), u"households"_s), 4);
    QCOMPARE(countRows(m_db->db(), u"persons"_s), 17);

    exchange::RosterExportOptions exportOptions;
    exportOptions.path = m_dir.filePath(fileName);
    exportOptions.reportingUnit = u"幸福家园社区居委会"_s;
    exchange::RosterExporter exporter(m_db->db());
    const Outcome exported = exporter.exportRoster(exportOptions);
    QVERIFY2(exported, qPrintable(exported.summary()));
    QCOMPARE(exporter.counts().households, 4);
    QCOMPARE(exporter.counts().persons, 17);

    TestDatabase fresh;
    const Result<exchange::ImportSummary> result = runImport(fresh.db(), exportOptions.path);
    QVERIFY2(result, qPrintable(result.summary()));
    const exchange::ImportSummary& s = result.value();
    QVERIFY2(s.errors.isEmpty(), qPrintable(describe(s.errors)));
    QCOMPARE(s.householdsImported, 4);
    QCOMPARE(s.personsImported, 17);
    QVERIFY(s.written);
    const QStringList lost = rosterDifferences(m_db->db(), fresh.db());
    QVERIFY2(lost.isEmpty(), qPrintable(u"\n"_s + lost.join(u'\n')));
}

void TestRosterImporter::roundTripKeepsFormulaLikeText_data()
{
    roundTrip_data();
}

// The CSV writer puts a ' before text a spreadsheet would run; reading the file back takes it off, so an
// exported roster imports unchanged, even text that already began with ' before a formula character.
void TestRosterImporter::roundTripKeepsFormulaLikeText()
{
    QFETCH(QString, fileName);
    const QString problem = fillRoundTripSource(*m_db);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QSqlQuery q(m_db->db().connection());
    const QList<QStringList> hostile = {
        {u"430524001-0001"_s, u"=HYPERLINK(\"http://evil.example\",\"点\")"_s, u"'=已带引号"_s,
         u"+86 139 0739 1234"_s},
        {u"430524002-0001"_s, u"-1+1"_s, u"@SUM(1+1)*cmd|' /C calc'!A0"_s, u"15073901234"_s},
    };
    for (const QStringList& h : hostile) {
        q.prepare(
            u"UPDATE households SET origin_township = ?, origin_village = ?, phone = ? WHERE number = ?"_s);
        q.addBindValue(h.at(1));
        q.addBindValue(h.at(2));
        q.addBindValue(h.at(3));
        q.addBindValue(h.at(0));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }

    exchange::RosterExportOptions exportOptions;
    exportOptions.path = m_dir.filePath(fileName);
    const Outcome exported = exchange::RosterExporter(m_db->db()).exportRoster(exportOptions);
    QVERIFY2(exported, qPrintable(exported.summary()));
    TestDatabase fresh;
    const Result<exchange::ImportSummary> result = runImport(fresh.db(), exportOptions.path);
    QVERIFY2(result, qPrintable(result.summary()));
    QVERIFY2(result.value().errors.isEmpty(), qPrintable(describe(result.value().errors)));
    QCOMPARE(result.value().householdsImported, 4);
    const QStringList lost = rosterDifferences(m_db->db(), fresh.db());
    QVERIFY2(lost.isEmpty(), qPrintable(u"\n"_s + lost.join(u'\n')));
}

namespace {

// plainRoster without its move-in date column (the last), as many offices keep their rosters.
FixtureRoster withoutMoveInDates(FixtureRoster roster)
{
    roster.headers.removeLast();
    roster.householdColumns.removeAll(9);
    for (QList<FixtureRow>& household : roster.households)
        for (FixtureRow& row : household)
            row.removeLast();
    return roster;
}

const QList<PlainHousehold> TwoHouseholds = {
    {u"H1"_s,
     u"测试安置点"_s,
     {{u"张三"_s, u"户主"_s, id(1960, 1, 1, 11)}, {u"张四"_s, u"兄弟"_s, id(1962, 1, 1, 13)}}},
    {u"H2"_s,
     u"测试安置点"_s,
     {{u"王五"_s, u"户主"_s, id(1970, 1, 1, 21)}, {u"王芳"_s, u"姐妹"_s, id(1972, 1, 1, 22)}}},
};

} // namespace

void TestRosterImporter::relationshipWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Relationship>("relationship");
    const QList<std::pair<const char16_t*, Relationship>> words = {
        {u"兄弟", Relationship::Sibling},
        {u"姐妹", Relationship::Sibling},
        {u"哥哥", Relationship::Sibling},
        {u"弟弟", Relationship::Sibling},
        {u"姐姐", Relationship::Sibling},
        {u"妹妹", Relationship::Sibling},
        {u"嫂子", Relationship::Sibling},
        {u"儿媳", Relationship::DaughterInLaw},
        {u"女婿", Relationship::SonInLaw},
        {u"孙子", Relationship::Grandson},
        {u"孙女", Relationship::Granddaughter},
        {u"外孙", Relationship::Grandson},
        {u"外孙女", Relationship::Granddaughter},
        {u"公公", Relationship::Parent},
        {u"婆婆", Relationship::Parent},
        {u"岳父", Relationship::Parent},
        {u"岳母", Relationship::Parent},
        {u"外公", Relationship::Grandparent},
        {u"侄子", Relationship::Other},
        {u"外甥女", Relationship::Other},
        {u"长子", Relationship::Son},
        {u"老伴", Relationship::Spouse},
    };
    for (const auto& [word, relationship] : words)
        QTest::newRow(QString::fromUtf16(word).toUtf8().constData())
            << QString::fromUtf16(word) << relationship;
}

// The words rosters use map to the GB/T 4761 terms the registry keeps (issue 15: 兄弟 was refused).
void TestRosterImporter::relationshipWords()
{
    QFETCH(QString, word);
    QFETCH(Relationship, relationship);
    QCOMPARE(exchange::RosterVocabulary::fromWord<Relationship>(word), std::optional(relationship));
}

void TestRosterImporter::siblingsImport()
{
    const Result<exchange::ImportSummary> result =
        runImport(writeCsv(u"siblings.csv"_s, plainRoster(TwoHouseholds)));
    QVERIFY2(result, qPrintable(result.summary()));
    QVERIFY2(result.value().errors.isEmpty(), qPrintable(describe(result.value().errors)));
    const Household h1 = *registry::HouseholdRepository(m_db->db()).householdByNumber(u"H1"_s);
    QCOMPARE(memberWithId(h1, id(1962, 1, 1, 13))->relationship, Relationship::Sibling);
}

// A roster with no move-in date column: without a date, one message says what to give (not a rejection
// per household) and nothing is written; with --moved-in (ImportOptions::movedIn) every household gets it.
void TestRosterImporter::rosterWithoutMoveInDates()
{
    const QString path = writeCsv(u"no-dates.csv"_s, withoutMoveInDates(plainRoster(TwoHouseholds)));
    const Result<exchange::ImportSummary> refused = runImport(path);
    QVERIFY(!refused);
    QCOMPARE(refused.violations().size(), 1);
    QVERIFY2(refused.summary().contains(u"搬迁入住日期"_s), qPrintable(refused.summary()));
    QVERIFY2(refused.summary().contains(u"--moved-in"_s), qPrintable(refused.summary()));
    QCOMPARE(contents(m_db->db()), EmptyDatabase);

    exchange::ImportOptions future;
    future.movedIn = Today.addDays(1);
    const Result<exchange::ImportSummary> tooLate = runImport(path, future);
    QVERIFY(!tooLate);
    QCOMPARE(tooLate.violations().size(), 1);
    QCOMPARE(contents(m_db->db()), EmptyDatabase);

    exchange::ImportOptions dated;
    dated.movedIn = QDate(2021, 3, 1);
    const Result<exchange::ImportSummary> result = runImport(path, dated);
    QVERIFY2(result, qPrintable(result.summary()));
    QVERIFY2(result.value().errors.isEmpty(), qPrintable(describe(result.value().errors)));
    QCOMPARE(result.value().householdsImported, 2);
    for (const QString& number : {u"H1"_s, u"H2"_s})
        QCOMPARE(registry::HouseholdRepository(m_db->db()).householdByNumber(number)->relocationDate,
                 QDate(2021, 3, 1));
}

void TestRosterImporter::moveInTimeHeaderIsKnown()
{
    FixtureRoster roster = plainRoster(TwoHouseholds);
    roster.headers[9] = u"搬迁入住时间"_s;
    exchange::ImportOptions options;
    options.movedIn = QDate(2021, 3, 1); // not used: the file has its dates
    const Result<exchange::ImportSummary> result = runImport(writeCsv(u"time.csv"_s, roster), options);
    QVERIFY2(result, qPrintable(result.summary()));
    QCOMPARE(result.value().mapping.value(exchange::RosterField::RelocationDate, -1), 9);
    QCOMPARE(registry::HouseholdRepository(m_db->db()).householdByNumber(u"H1"_s)->relocationDate,
             QDate(2020, 5, 1));
}

// The clerk places an unknown ID column by hand and imports the valid households; the error list saved
// from that import (an added first column, the same headers) imports with no mapping at all.
void TestRosterImporter::placedColumnsAreRemembered()
{
    QList<PlainHousehold> households = TwoHouseholds;
    households[1].members[1].idNumber = u"430524197201010000"_s; // a wrong check character
    FixtureRoster roster = plainRoster(households);
    roster.headers[7] = u"证件号（居民）"_s;
    roster.headers[5] = u"成员"_s;
    const QString path = writeCsv(u"own-headers.csv"_s, roster);
    QVERIFY(!runImport(path)); // no header the importer knows
    QVERIFY(exchange::RememberedColumns::load(m_db->db()).isEmpty());

    // The window's check (a dry run) learns nothing: only an import that writes does.
    exchange::ImportOptions check;
    check.dryRun = true;
    check.mapping = {{exchange::RosterField::Name, 5}, {exchange::RosterField::IdNumber, 7}};
    QVERIFY(runImport(path, check));
    QVERIFY(exchange::RememberedColumns::load(m_db->db()).isEmpty());

    exchange::ImportOptions placed;
    placed.mapping = {{exchange::RosterField::Name, 5}, {exchange::RosterField::IdNumber, 7}};
    placed.skipInvalid = true;
    QList<exchange::RejectedRow> rejected;
    placed.rejectedRow = [&](int row, const QStringList& cells, const QString& reason) {
        rejected.append({row, cells, reason});
    };
    const Result<exchange::ImportSummary> first = runImport(path, placed);
    QVERIFY2(first, qPrintable(first.summary()));
    QCOMPARE(first.value().householdsImported, 1);
    QCOMPARE(first.value().householdsRejected, 1);
    const exchange::HeaderMemory memory = exchange::RememberedColumns::load(m_db->db());
    QCOMPARE(memory.value(u"成员"_s), std::optional(exchange::RosterField::Name));
    QCOMPARE(memory.value(u"证件号"_s), std::optional(exchange::RosterField::IdNumber));
    QCOMPARE(memory.size(), 2);

    // The clerk corrects the ID in the error list and imports it, mapping nothing.
    QCOMPARE(rejected.size(), 2);
    rejected[1].cells[PlainIdColumn] = id(1972, 1, 1, 22);
    const QString errors = m_dir.filePath(u"own-headers (errors).xlsx"_s);
    QVERIFY(exchange::RejectedRowsWriter::write(errors, first.value().headers, rejected));
    const Result<exchange::ImportSummary> again = runImport(errors);
    QVERIFY2(again, qPrintable(again.summary()));
    QVERIFY2(again.value().errors.isEmpty(), qPrintable(describe(again.value().errors)));
    QCOMPARE(again.value().householdsImported, 1);
    QVERIFY(registry::HouseholdRepository(m_db->db()).householdByNumber(u"H2"_s));
}

QTEST_GUILESS_MAIN(TestRosterImporter)
#include "tst_rosterimporter.moc"

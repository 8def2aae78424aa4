#include "TestDatabase.h"

#include "exchange/RosterImporter.h"
#include "exchange/XlsxRosterWriter.h"
#include "registry/HouseholdRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace anju;
using anju::test::makeIdNumber;

// A roster longer than one Excel sheet goes on in 花名册2, 花名册3 … under the same header: the importer
// reads all of them, and says which sheet an error is on.
class TestImportSheets : public QObject
{
    Q_OBJECT

private slots:
    void readsEverySheetOfTheRoster();

private:
    QString writeRoster(const QString& path, bool badIdOnLastSheet);
    QTemporaryDir m_dir;
};

QString TestImportSheets::writeRoster(const QString& path, bool badIdOnLastSheet)
{
    // Sheets of 9 rows: heading (3) + at most 4 persons + footer (2); households of 2, 3 and 2 persons
    // fall on three sheets.
    exchange::XlsxRosterWriter writer(9);
    exchange::RosterHeading heading;
    heading.date = QDate(2026, 11, 28);
    if (!writer.open(path, heading))
        return writer.error();
    int seq = 1;
    for (int size : {2, 3, 2}) {
        exchange::RosterHouseholdRows household;
        household.number = QStringLiteral("430524001-%1").arg(seq, 4, 10, QLatin1Char('0'));
        household.siteName = QStringLiteral("长铺子安置点");
        household.siteCode = QStringLiteral("430524001");
        household.originCountyCode = QStringLiteral("430524");
        household.relocationDate = QDate(2019, 5, 1);
        for (int i = 0; i < size; ++i) {
            exchange::RosterMemberRow member;
            member.name = QStringLiteral("李%1").arg(QString(QChar(u'一' + seq * 10 + i)));
            member.idNumber = makeIdNumber(QStringLiteral("430524"), QDate(1960 + seq, 1 + i, 1), 10 + i);
            if (badIdOnLastSheet && seq == 3 && i == 1)
                member.idNumber[17] = member.idNumber[17] == u'1' ? u'2' : u'1';
            member.relationship = i == 0 ? Relationship::Head : Relationship::Son;
            household.members.append(member);
        }
        if (!writer.write(household))
            return writer.error();
        ++seq;
    }
    return writer.finish({3, 7}) ? QString() : writer.error();
}

void TestImportSheets::readsEverySheetOfTheRoster()
{
    const QString good = m_dir.filePath(QStringLiteral("good.xlsx"));
    const QString problem = writeRoster(good, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    test::TestDatabase t;
    exchange::ImportOptions options;
    options.path = good;
    options.today = QDate(2026, 11, 28);
    const Result<exchange::ImportSummary> result = exchange::RosterImporter(t.db()).run(options);
    QVERIFY2(result, qPrintable(result.summary()));
    QCOMPARE(result.value().householdsImported, 3);
    QCOMPARE(result.value().personsImported, 7);
    QCOMPARE(result.value().moreSheets.size(), 2);
    QVERIFY(result.value().written);
    QCOMPARE(registry::HouseholdRepository(t.db())
                 .householdByNumber(QStringLiteral("430524001-0003"))
                 ->activeMemberCount(),
             2);
    // The site in the file is the test database's own site (same code): no second site.
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sites")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    const QString bad = m_dir.filePath(QStringLiteral("bad.xlsx"));
    QVERIFY(writeRoster(bad, true).isEmpty());
    test::TestDatabase fresh;
    options.path = bad;
    const Result<exchange::ImportSummary> refused = exchange::RosterImporter(fresh.db()).run(options);
    QVERIFY2(refused, qPrintable(refused.summary()));
    QCOMPARE(refused.value().householdsRejected, 1);
    QCOMPARE(refused.value().errors.size(), 1);
    QCOMPARE(refused.value().errors.first().sheet, refused.value().moreSheets.last());
    QCOMPARE(refused.value().errors.first().row, 5);
    QVERIFY(!refused.value().written);
}

QTEST_GUILESS_MAIN(TestImportSheets)
#include "tst_importsheets.moc"

// The visit sheet's drawing: Code 128 B against check values worked out by hand and the symbology's own
// invariants, and the pages of a long sheet with every row whole on one page.
#include "Code128.h"
#include "VisitSheetDocument.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>

using namespace anju;

class TestVisitSheetDocument : public QObject
{
    Q_OBJECT

private slots:
    // Every symbol is 11 modules (Stop 13) of three bars and three spaces, the bars' widths even in sum
    // (the parity a reader checks), and no two symbols alike.
    void patternTableHoldsTheSymbologysRules()
    {
        QSet<QString> seen;
        for (int v = 0; v <= 106; ++v) {
            const QString p = Code128::pattern(v);
            QCOMPARE(p.size(), v == Code128::Stop ? 7 : 6);
            int modules = 0;
            int bars = 0;
            for (qsizetype i = 0; i < p.size(); ++i) {
                const int w = p.at(i).digitValue();
                QVERIFY(w >= 1 && w <= 4);
                modules += w;
                if (i % 2 == 0)
                    bars += w;
            }
            QCOMPARE(modules, v == Code128::Stop ? 13 : 11);
            QCOMPARE(bars % 2, 0);
            QVERIFY(!seen.contains(p));
            seen.insert(p);
        }
        QCOMPARE(Code128::pattern(0), QStringLiteral("212222"));
        QCOMPARE(Code128::pattern(Code128::StartB), QStringLiteral("211214"));
        QCOMPARE(Code128::pattern(Code128::Stop), QStringLiteral("2331112"));
    }

    // Check values by hand: (104 + Σ value × position) mod 103, a character's value its ASCII code − 32.
    void checkValues()
    {
        // V=54, 5=21, 7=23, 2=18, 4=20: 104 + 54 + 42 + 69 + 72 + 100 = 441 = 4 × 103 + 29.
        QCOMPARE(Code128::checkValue(QStringLiteral("V5724")), 29);
        // "Wikipedia": 104 + 55 + 146 + 225 + 292 + 400 + 414 + 476 + 584 + 585 = 3281 = 31 × 103 + 88.
        QCOMPARE(Code128::checkValue(QStringLiteral("Wikipedia")), 88);
        // An empty text: the start symbol alone, 104 mod 103.
        QCOMPARE(Code128::checkValue(QString()), 1);
        const auto symbols = Code128::symbols(QStringLiteral("V5724"));
        QVERIFY(symbols);
        QCOMPARE(*symbols, (QList<int>{104, 54, 21, 23, 18, 20, 29, 106}));
        // Quiet zones aside: start, five characters, check (11 each) and stop (13).
        QCOMPARE(Code128::moduleCount(QStringLiteral("V5724")), 7 * 11 + 13);
        QVERIFY(!Code128::symbols(QStringLiteral("V５")));
        QVERIFY(Code128::widths(QStringLiteral("户")).isEmpty());
    }

    // Sixty rows, some with long lists of persons: more than one page, each row on exactly one page, in
    // order, and no page without rows.
    void rowsAreNeverSplit()
    {
        grids::VisitSheet sheet;
        sheet.month = QDate(2025, 4, 1);
        sheet.madeOn = QDate(2025, 4, 10);
        sheet.title = QStringLiteral("王网格");
        for (int i = 0; i < 60; ++i) {
            grids::VisitSheetRow r;
            r.taskId = 100 + i;
            r.code = QStringLiteral("V%1").arg(r.taskId);
            r.householdNumber = QStringLiteral("H-%1").arg(i);
            r.headName = QStringLiteral("户主%1").arg(i);
            r.buildingName = QStringLiteral("1栋");
            r.room = QString::number(101 + i);
            r.window = {QDate(2025, 4, 1), QDate(2025, 4, 30)};
            for (int p = 0; p < (i % 7 == 0 ? 12 : 1); ++p)
                r.persons.append(
                    {p + 1, QStringLiteral("家庭成员%1").arg(p), {grids::CareCategory::ElderlyAlone}, false});
            sheet.rows.append(r);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        const QList<QList<int>> pages = VisitSheetDocument::pages(sheet, &writer);
        QVERIFY(pages.size() > 5);
        QList<int> all;
        for (const QList<int>& page : pages) {
            QVERIFY(!page.isEmpty());
            all += page;
        }
        QList<int> expected;
        for (int i = 0; i < 60; ++i)
            expected.append(i);
        QCOMPARE(all, expected);
        // The empty sheet: one page that says so.
        QCOMPARE(VisitSheetDocument::pages(grids::VisitSheet(), &writer).size(), 1);
    }
};

QTEST_MAIN(TestVisitSheetDocument)
#include "tst_visitsheetdocument.moc"

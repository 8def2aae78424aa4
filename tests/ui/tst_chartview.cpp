#include "charts/ChartView.h"
#include "widgets/FileDialog.h"

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using namespace Qt::StringLiterals;

// The chart interface of ui/charts: what it tells on hover, what it draws, and that it saves a picture.
class TestChartView : public QObject
{
    Q_OBJECT

private slots:
    void describesValueWithShareOfTotal();
    void namesTheSeriesWhenThereAreSeveral();
    void linePointTellsItsChangeFromThePointBefore();
    void lineChartTellsItsAxesApart();
    void emptyDataSaysSo();
    void exportsBarsAndPieAsPng_data();
    void exportsBarsAndPieAsPng();
    void saveAsPngAsksForAFile();
    void longCategoryLabelsLeanOnANarrowChart();
};

namespace {

ChartData membersByStage()
{
    ChartData data;
    data.title = QStringLiteral("Members by stage");
    data.categories = {QStringLiteral("Applicants"), QStringLiteral("Activists"), QStringLiteral("Full")};
    data.series = {{{}, {1, 3, 6}}};
    data.unitFormat = QStringLiteral("%1 people");
    return data;
}

// Pixels that are neither white nor near-white: something was drawn.
int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 200)
                ++inked;
        }
    }
    return inked;
}

} // namespace

void TestChartView::describesValueWithShareOfTotal()
{
    ChartView view;
    view.setData(membersByStage());
    QCOMPARE(view.describe(0, 1), QStringLiteral("Activists: 3 people (30% of 10 people)"));
    QCOMPARE(view.describe(0, 2), QStringLiteral("Full: 6 people (60% of 10 people)"));
    QCOMPARE(view.describe(0, 3), QString()); // no such category
    QCOMPARE(view.describe(1, 0), QString()); // no such series
}

void TestChartView::namesTheSeriesWhenThereAreSeveral()
{
    ChartData data;
    data.kind = ChartData::Kind::StackedBar;
    data.categories = {QStringLiteral("18–35"), QStringLiteral("36–60")};
    data.series = {{QStringLiteral("Men"), {2, 5}}, {QStringLiteral("Women"), {4, 1}}};
    ChartView view;
    view.setData(data);
    QCOMPARE(view.describe(1, 0), QStringLiteral("18–35 · Women: 4 (80% of 5)"));
    QCOMPARE(data.total(0), 7.0);
}

// The 12-month trend: two lines of different size, the households on their own axis.
ChartData trend()
{
    ChartData data;
    data.kind = ChartData::Kind::Line;
    data.title = QStringLiteral("Registered at month end");
    data.categories = {QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov")};
    data.series = {{QStringLiteral("People"), {9012, 9100, 9093}},
                   {QStringLiteral("Households"), {2950, 2976, 2976}, true}};
    data.unitFormat = QStringLiteral("%1 p");
    return data;
}

void TestChartView::linePointTellsItsChangeFromThePointBefore()
{
    ChartView view;
    view.setData(trend());
    // No share of a sum of months: the change from the month before, with its sign.
    QCOMPARE(view.describe(0, 1), QStringLiteral("Oct · People: 9,100 p (+88 p from Sep)"));
    QCOMPARE(view.describe(0, 2), QStringLiteral("Nov · People: 9,093 p (\u22127 p from Oct)"));
    QCOMPARE(view.describe(1, 2), QStringLiteral("Nov · Households: 2,976 p (0 p from Oct)"));
    QCOMPARE(view.describe(1, 0), QStringLiteral("Sep · Households: 2,950 p")); // nothing before
    QCOMPARE(view.describe(0, 3), QString());
}

// Drawn, the households' line on its own axis does not lie flat at the bottom under the people's: both
// lines rise through the picture, so coloured ink is found in its upper and its lower half.
void TestChartView::lineChartTellsItsAxesApart()
{
    ChartView view;
    view.setData(trend());
    const QImage image = view.toImage(QSize(640, 400));
    const auto colouredRows = [&image](const QColor& colour) {
        QList<int> rows;
        // The middle of the plot: no title, axis labels or legend markers (also in the series' colours).
        for (int y = image.height() / 10; y < image.height() * 8 / 10; ++y) {
            for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - colour.red()) < 30 && qAbs(c.green() - colour.green()) < 30 &&
                    qAbs(c.blue() - colour.blue()) < 30) {
                    rows.append(y);
                    break;
                }
            }
        }
        return rows;
    };
    // The first two series colours of ChartView (party red, orange).
    const QList<int> people = colouredRows(QColor(0xb7, 0x1c, 0x1c));
    const QList<int> households = colouredRows(QColor(0xef, 0x8f, 0x00));
    QVERIFY(!people.isEmpty());
    QVERIFY(!households.isEmpty());
    // Each line spans a good part of the height (fitted axes, not one axis from zero).
    QVERIFY2(households.constLast() - households.constFirst() > 100,
             qPrintable(QStringLiteral("%1..%2").arg(households.constFirst()).arg(households.constLast())));
    QVERIFY2(people.constLast() - people.constFirst() > 100,
             qPrintable(QStringLiteral("%1..%2").arg(people.constFirst()).arg(people.constLast())));
}

void TestChartView::emptyDataSaysSo()
{
    ChartView view;
    ChartData data = membersByStage();
    data.series = {{{}, {0, 0, 0}}};
    view.setData(data);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* empty = view.findChild<QLabel*>(QStringLiteral("chartEmpty"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("No figures")));
    QCOMPARE(inkedPixels(view.toImage(QSize(200, 150))), 0);

    view.setData(membersByStage());
    QVERIFY(!empty->isVisible());
}

void TestChartView::exportsBarsAndPieAsPng_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("bar") << int(ChartData::Kind::Bar);
    QTest::newRow("horizontal") << int(ChartData::Kind::HorizontalBar);
    QTest::newRow("stacked") << int(ChartData::Kind::StackedBar);
    QTest::newRow("horizontal stacked") << int(ChartData::Kind::HorizontalStackedBar);
    QTest::newRow("pie") << int(ChartData::Kind::Pie);
    QTest::newRow("line") << int(ChartData::Kind::Line);
}

void TestChartView::exportsBarsAndPieAsPng()
{
    QFETCH(int, kind);
    ChartData data = membersByStage();
    data.kind = ChartData::Kind(kind);
    ChartView view;
    view.setData(data);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(view.exportPng(path, QSize(640, 400)));
    QImage image(path);
    QCOMPARE(image.size(), QSize(640, 400));
    // Bars or slices cover a good part of the picture, not just a frame and a title; a line less so.
    const int least = data.isLine() ? 500 : 2000;
    QVERIFY2(inkedPixels(image) > least, qPrintable(QString::number(inkedPixels(image))));
}

void TestChartView::saveAsPngAsksForAFile()
{
    ChartView view;
    view.setData(membersByStage());
    view.resize(500, 350);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("asked.png"));
    FileDialog::setNextAnswer(path);
    view.saveAsPng();
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1000, 700)); // twice the view, sharp in print

    FileDialog::setNextAnswer(QString()); // cancelled: nothing written, nothing asked
    view.saveAsPng();
}

// Qt Charts cuts a label wider than its slot ("30岁…", issue 15): a narrow chart leans them instead, and
// a wide one keeps them upright.
void TestChartView::longCategoryLabelsLeanOnANarrowChart()
{
    ChartData data;
    data.kind = ChartData::Kind::Bar;
    data.title = QStringLiteral("Members by age");
    ChartSeries counts;
    for (const char* band : {"30 and under", "31 to 40", "41 to 50", "51 to 60", "61 to 70", "over 70"}) {
        data.categories.append(QString::fromLatin1(band));
        counts.values.append(10);
    }
    data.series = {counts};
    ChartView view;
    view.setData(data);
    view.resize(320, 260);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.categoryLabelAngle() != 0);
    view.resize(1400, 400);
    QTRY_COMPARE(view.categoryLabelAngle(), 0);
}

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"

#include "charts/ChartView.h"
#include "widgets/FileDialog.h"

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;

// The chart interface of ui/charts: what it tells on hover, what it draws, and that it saves a picture.
class TestChartView : public QObject
{
    Q_OBJECT

private slots:
    void describesValueWithShareOfTotal();
    void namesTheSeriesWhenThereAreSeveral();
    void emptyDataSaysSo();
    void exportsBarsAndPieAsPng_data();
    void exportsBarsAndPieAsPng();
    void saveAsPngAsksForAFile();
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
    QTest::newRow("pie") << int(ChartData::Kind::Pie);
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
    // Bars or slices cover a good part of the picture, not just a frame and a title.
    QVERIFY2(inkedPixels(image) > 2000, qPrintable(QString::number(inkedPixels(image))));
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

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"

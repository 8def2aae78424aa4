#include "charts/ChartView.h"

#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

// Qt Charts is used in this file only (see ChartView.h).
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace anju {

namespace {

// Distinct colours that stay apart in print and for the common red-green weakness; the first is the
// party red the 党建 pages lead with.
const QList<QColor>& seriesColours()
{
    static const QList<QColor> colours = {QColor(0xb7, 0x1c, 0x1c), QColor(0xef, 0x8f, 0x00),
                                          QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                                          QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                                          QColor(0x79, 0x55, 0x48), QColor(0x54, 0x6e, 0x7a)};
    return colours;
}

QColor colourAt(int i)
{
    return seriesColours().at(i % seriesColours().size());
}

// Highest value of any bar (or any stack, for stacked bars): the top of the value axis.
double largestValue(const ChartData& data)
{
    double largest = 0;
    if (data.isStacked()) {
        for (int c = 0; c < data.categories.size(); ++c) {
            double stack = 0;
            for (const ChartSeries& s : data.series)
                stack += c < s.values.size() ? s.values.at(c) : 0;
            largest = qMax(largest, stack);
        }
    } else {
        for (const ChartSeries& s : data.series) {
            for (double value : s.values)
                largest = qMax(largest, value);
        }
    }
    return largest;
}

// A value axis fitted to the figures of some series, not started at zero: a trend of 9,012 to 9,340
// people is a slope, not a flat line at the top of the chart.
QValueAxis* fittedAxis(const ChartData& data, const QList<int>& seriesIndexes, const QFont& font)
{
    double low = 0, high = 0;
    bool first = true;
    for (int s : seriesIndexes) {
        for (double value : data.series.at(s).values) {
            low = first ? value : qMin(low, value);
            high = first ? value : qMax(high, value);
            first = false;
        }
    }
    // Room above and below the line; a flat line sits in the middle of a small range.
    const double pad = high > low ? (high - low) * 0.15 : qMax(std::abs(high) * 0.05, 1.0);
    auto* axis = new QValueAxis;
    axis->setLabelsFont(font);
    axis->setRange(low >= 0 ? qMax(0.0, low - pad) : low - pad, high + pad);
    axis->applyNiceNumbers();
    axis->setLabelFormat(data.decimals == 0
                             ? QStringLiteral("%d")
                             : QStringLiteral("%.") + QString::number(data.decimals) + QLatin1Char('f'));
    return axis;
}

} // namespace

// The Qt Charts side of ChartView: builds a QChart from a ChartData and reports hovers and clicks back.
class ChartView::Drawing
{
public:
    ChartData data;
    QChartView* view = nullptr;
    QLabel* empty = nullptr;
    QStackedLayout* stack = nullptr;
    QString hoverText;

    // A new chart for `data`; `owner` gets hover and click reports (null for an exported copy).
    static QChart* build(const ChartData& data, const QFont& font, ChartView* owner);

private:
    static void addBars(QChart* chart, const ChartData& data, const QFont& font, ChartView* owner);
    static void addPie(QChart* chart, const ChartData& data, ChartView* owner);
    static void addLines(QChart* chart, const ChartData& data, const QFont& font, ChartView* owner);
};

QChart* ChartView::Drawing::build(const ChartData& data, const QFont& font, ChartView* owner)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // figures, not a show; and tests need no waiting
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTitle(data.title);
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (data.kind == ChartData::Kind::Pie)
        addPie(chart, data, owner);
    else if (data.isLine())
        addLines(chart, data, font, owner);
    else
        addBars(chart, data, font, owner);
    return chart;
}

void ChartView::Drawing::addBars(QChart* chart, const ChartData& data, const QFont& font, ChartView* owner)
{
    QAbstractBarSeries* series = nullptr;
    switch (data.kind) {
    case ChartData::Kind::HorizontalBar:
        series = new QHorizontalBarSeries;
        break;
    case ChartData::Kind::StackedBar:
        series = new QStackedBarSeries;
        break;
    case ChartData::Kind::HorizontalStackedBar:
        series = new QHorizontalStackedBarSeries;
        break;
    default:
        series = new QBarSeries;
        break;
    }
    const bool stacked = data.isStacked();
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries& figures = data.series.at(s);
        auto* set = new QBarSet(figures.name);
        set->setColor(colourAt(s));
        set->setBorderColor(colourAt(s).darker(115));
        set->setLabelColor(stacked ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
        set->setLabelFont(font);
        for (int c = 0; c < data.categories.size(); ++c)
            set->append(c < figures.values.size() ? figures.values.at(c) : 0);
        if (owner) {
            QObject::connect(set, &QBarSet::hovered, owner, [owner, s](bool over, int index) {
                owner->setHover(over ? s : -1, over ? index : -1);
            });
            QObject::connect(set, &QBarSet::clicked, owner,
                             [owner, s](int index) { emit owner->clicked(s, index); });
        }
        series->append(set);
    }
    // A lying stack has many thin parts (a few applicants beside dozens of members): labels would pile
    // on top of each other, so its numbers are told on hover only.
    series->setLabelsVisible(data.kind != ChartData::Kind::HorizontalStackedBar);
    series->setLabelsPosition(stacked ? QAbstractBarSeries::LabelsCenter
                                      : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(data.decimals > 0 ? 6 : 12);
    chart->addSeries(series);
    chart->legend()->setVisible(data.series.size() > 1);

    auto* categories = new QBarCategoryAxis;
    categories->append(data.categories);
    categories->setLabelsFont(font);
    categories->setGridLineVisible(false);
    auto* values = new QValueAxis;
    values->setLabelsFont(font);
    // Room above the tallest bar for its label; whole numbers on the axis for counts.
    const double top = largestValue(data);
    values->setRange(0, top > 0 ? top * 1.15 : 1);
    values->applyNiceNumbers();
    if (data.decimals == 0) {
        values->setLabelFormat(QStringLiteral("%d"));
        const double upper = values->max();
        if (upper < values->tickCount() - 1)
            values->setTickCount(int(std::ceil(upper)) + 1);
    }
    const bool lying =
        data.kind == ChartData::Kind::HorizontalBar || data.kind == ChartData::Kind::HorizontalStackedBar;
    chart->addAxis(categories, lying ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, lying ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
}

void ChartView::Drawing::addLines(QChart* chart, const ChartData& data, const QFont& font, ChartView* owner)
{
    auto* categories = new QBarCategoryAxis; // a line over categories: point i stands at x = i
    categories->append(data.categories);
    categories->setLabelsFont(font);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignBottom);

    QList<int> left, right;
    for (int s = 0; s < data.series.size(); ++s)
        (data.series.at(s).ownAxis ? right : left).append(s);
    QValueAxis* leftAxis = nullptr;
    QValueAxis* rightAxis = nullptr;
    if (!left.isEmpty()) {
        leftAxis = fittedAxis(data, left, font);
        chart->addAxis(leftAxis, Qt::AlignLeft);
    }
    if (!right.isEmpty()) {
        rightAxis = fittedAxis(data, right, font);
        rightAxis->setGridLineVisible(false); // one grid is enough; the left axis draws it
        chart->addAxis(rightAxis, Qt::AlignRight);
    }
    // With two axes, each says whose it is: the series' name as its title, both in the series' colour.
    const bool twoAxes = leftAxis && rightAxis;
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries& figures = data.series.at(s);
        auto* line = new QLineSeries;
        line->setName(figures.name);
        QPen pen(colourAt(s));
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(6);
        for (int c = 0; c < data.categories.size(); ++c)
            line->append(c, c < figures.values.size() ? figures.values.at(c) : 0);
        chart->addSeries(line);
        QValueAxis* axis = figures.ownAxis ? rightAxis : leftAxis;
        line->attachAxis(categories);
        line->attachAxis(axis);
        if (twoAxes && left.size() + right.size() == 2) {
            axis->setTitleText(figures.name);
            axis->setTitleFont(font);
            axis->setTitleBrush(colourAt(s));
            axis->setLabelsColor(colourAt(s).darker(110));
        }
        if (owner) {
            // Qt Charts reports the mouse's place on the line: the nearest point is the category.
            const int count = int(data.categories.size());
            QObject::connect(line, &QLineSeries::hovered, owner,
                             [owner, s, count](const QPointF& at, bool over) {
                                 const int c = qBound(0, qRound(at.x()), count - 1);
                                 owner->setHover(over ? s : -1, over ? c : -1);
                             });
            QObject::connect(line, &QLineSeries::clicked, owner, [owner, s, count](const QPointF& at) {
                emit owner->clicked(s, qBound(0, qRound(at.x()), count - 1));
            });
        }
    }
    chart->legend()->setVisible(data.series.size() > 1);
}

void ChartView::Drawing::addPie(QChart* chart, const ChartData& data, ChartView* owner)
{
    auto* series = new QPieSeries;
    series->setPieSize(0.7);
    const ChartSeries figures = data.series.value(0);
    const double total = data.total(0);
    // Slices carry their share; the legend under the pie names each with its number, so no label is
    // cut off beside a narrow pie.
    QStringList legend;
    for (int c = 0; c < data.categories.size(); ++c) {
        const double value = figures.values.value(c);
        if (value <= 0)
            continue; // a zero slice would only put a label on top of its neighbour
        const int percent = total > 0 ? qRound(value * 100 / total) : 0;
        auto* slice = series->append(ChartView::tr("%1%", "share of a pie slice").arg(percent), value);
        slice->setColor(colourAt(c));
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(true);
        const bool roomInside = value / total >= 0.08;
        slice->setLabelPosition(roomInside ? QPieSlice::LabelInsideHorizontal : QPieSlice::LabelOutside);
        slice->setLabelColor(roomInside ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
        legend.append(ChartView::tr("%1 %2 (%3%)", "pie legend: category, value, percent")
                          .arg(data.categories.at(c), data.valueText(value))
                          .arg(percent));
        if (owner) {
            QObject::connect(slice, &QPieSlice::hovered, owner, [owner, slice, c](bool over) {
                slice->setExploded(over);
                owner->setHover(over ? 0 : -1, over ? c : -1);
            });
            QObject::connect(slice, &QPieSlice::clicked, owner, [owner, c] { emit owner->clicked(0, c); });
        }
    }
    chart->addSeries(series);
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (int i = 0; i < markers.size() && i < legend.size(); ++i)
        markers.at(i)->setLabel(legend.at(i));
    chart->legend()->setVisible(true);
}

ChartView::ChartView(QWidget* parent) : QWidget(parent), d(std::make_unique<Drawing>())
{
    d->view = new QChartView(this);
    d->view->setObjectName(QStringLiteral("chartCanvas"));
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    d->view->setChart(new QChart);
    d->empty = new QLabel(this);
    d->empty->setObjectName(QStringLiteral("chartEmpty"));
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setWordWrap(true);
    d->empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    d->stack = new QStackedLayout(this);
    d->stack->setContentsMargins(0, 0, 0, 0);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->empty);
    setToolTip(tr("Right-click to save the chart as a picture"));
    setData({});
}

ChartView::~ChartView() = default;

void ChartView::setData(const ChartData& data)
{
    d->data = data;
    setHover(-1, -1);
    if (data.isEmpty()) {
        d->empty->setText(data.title.isEmpty() ? tr("No figures to show.")
                                               : tr("%1\n\nNo figures to show.").arg(data.title));
        d->stack->setCurrentWidget(d->empty);
    } else {
        d->stack->setCurrentWidget(d->view);
    }
    QChart* old = d->view->chart();
    QChart* chart = Drawing::build(data, font(), this);
    d->view->setChart(chart);
    delete old; // setChart leaves the old chart to its caller
    fitCategoryLabelsLater();
}

const ChartData& ChartView::data() const
{
    return d->data;
}

QString ChartView::describe(int seriesIndex, int category) const
{
    const ChartData& data = d->data;
    if (seriesIndex < 0 || seriesIndex >= data.series.size() || category < 0 ||
        category >= data.categories.size())
        return {};
    const ChartSeries& s = data.series.at(seriesIndex);
    const double value = s.values.value(category);
    QString name = data.categories.at(category);
    if (data.series.size() > 1 && !s.name.isEmpty())
        name = tr("%1 · %2", "category · series").arg(name, s.name);
    if (data.isLine()) {
        // A point of a trend: its change from the point before says more than a share of a sum of months.
        if (category == 0)
            return tr("%1: %2", "name: value").arg(name, data.valueText(value));
        return tr("%1: %2 (%3 from %4)", "line point: name: value (change from the previous category)")
            .arg(name, data.valueText(value), data.changeText(value - s.values.value(category - 1)),
                 data.categories.at(category - 1));
    }
    const double total = data.total(seriesIndex);
    if (total <= 0)
        return tr("%1: %2", "name: value").arg(name, data.valueText(value));
    return tr("%1: %2 (%3% of %4)", "name: value (percent of total)")
        .arg(name, data.valueText(value))
        .arg(qRound(value * 100 / total))
        .arg(data.valueText(total));
}

QString ChartView::hoverText() const
{
    return d->hoverText;
}

void ChartView::setHover(int seriesIndex, int category)
{
    d->hoverText = describe(seriesIndex, category);
    if (d->hoverText.isEmpty())
        QToolTip::hideText();
    else if (isVisible())
        QToolTip::showText(QCursor::pos(), d->hoverText, this);
    emit hovered(d->hoverText.isEmpty() ? -1 : seriesIndex, d->hoverText.isEmpty() ? -1 : category);
}

QImage ChartView::toImage(const QSize& size) const
{
    const QSize target = size.isValid() ? size : (width() > 50 ? this->size() : sizeHint());
    QImage image(target, QImage::Format_ARGB32);
    image.fill(Qt::white);
    if (d->data.isEmpty())
        return image;
    // A copy drawn on its own scene, so the picture does not depend on the view's size or hover state.
    QGraphicsScene scene;
    QChart* chart = Drawing::build(d->data, font(), nullptr);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(target)));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(target)), QRectF(QPointF(0, 0), QSizeF(target)));
    return image;
}

bool ChartView::exportPng(const QString& path, const QSize& size) const
{
    return toImage(size).save(path, "PNG");
}

void ChartView::saveAsPng()
{
    QString name = d->data.title.isEmpty() ? tr("chart") : d->data.title;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = FileDialog::getSaveFileName(this, tr("Save chart as picture"),
                                                     QDir(folder).filePath(name + QStringLiteral(".png")),
                                                     tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    // Twice the screen size, so the picture stays sharp in a printed report.
    const QSize size = (width() > 50 ? this->size() : sizeHint()) * 2;
    if (!exportPng(path, size))
        MessageBox::warning(this, tr("Save chart as picture"),
                            tr("The picture could not be written to %1.").arg(path));
}

QSize ChartView::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 26, line * 18);
}

QSize ChartView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 14, line * 10);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* save = menu.addAction(tr("&Save as picture…"), this, &ChartView::saveAsPng);
    save->setEnabled(!d->data.isEmpty());
    menu.exec(event->globalPos());
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitCategoryLabelsLater();
}

int ChartView::categoryLabelAngle() const
{
    if (QChart* chart = d->view->chart()) {
        for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                return categories->labelsAngle();
        }
    }
    return 0;
}

void ChartView::fitCategoryLabelsLater()
{
    // After the chart has laid out its plot area for the new size.
    QTimer::singleShot(0, this, &ChartView::fitCategoryLabels);
}

void ChartView::fitCategoryLabels()
{
    // Qt Charts cuts a category label that is wider than its slot ("30岁…"): on a narrow chart the
    // labels lean instead, and stay whole.
    QChart* chart = d->view->chart();
    if (!chart)
        return;
    const QFontMetrics metrics(font());
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        auto* categories = qobject_cast<QBarCategoryAxis*>(axis);
        if (!categories || categories->count() == 0)
            continue;
        int widest = 0;
        for (const QString& label : categories->categories())
            widest = qMax(widest, metrics.horizontalAdvance(label));
        const double slot = chart->plotArea().width() / categories->count();
        // Upright when the label fits its slot, leaning when its leaning width does, else standing.
        const double upright = widest + metrics.height();
        const int angle = upright <= slot ? 0 : upright * 0.71 <= slot ? -45 : -90;
        if (categories->labelsAngle() != angle)
            categories->setLabelsAngle(angle);
    }
}

void ChartView::changeEvent(QEvent* event)
{
    // The chart copies the widget's font when built: build it again when the font changes.
    if (event->type() == QEvent::FontChange)
        setData(d->data);
    QWidget::changeEvent(event);
}

} // namespace anju

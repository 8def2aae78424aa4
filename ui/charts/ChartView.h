#pragma once

#include "charts/ChartData.h"

#include <QWidget>

#include <memory>

namespace anju {

// A chart on a page: draws a ChartData as bars, lines or a pie with labels, shows the exact number of a
// bar, point or slice under the mouse, and saves itself as a PNG (context menu, or saveAsPng()). The drawing
// library (Qt Charts) stays behind this class: nothing outside ChartView.cpp includes it, so moving to Qt
// Graphs touches one file.
//
//   auto* chart = new ChartView(this);
//   chart->setData(data);             // again whenever the figures change
//   chart->exportPng(path);           // e.g. for a report
//
// A chart whose data is empty shows a short "No figures" text instead of empty axes.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setData(const ChartData& data);
    const ChartData& data() const;

    // What hovering over a bar or slice shows, e.g. "正式党员: 23 人 (45%)": category, series (when
    // there are several), value with its unit, and its share of the series' total. A point of a line
    // shows its change from the point before instead, e.g. "10月 · 人口: 9,012 人（较9月 +12 人）".
    QString describe(int seriesIndex, int category) const;
    // The text shown for the bar or slice under the mouse now; empty when none.
    QString hoverText() const;

    // The chart drawn at `size` (the view's own size when empty), on a white background.
    QImage toImage(const QSize& size = {}) const;
    bool exportPng(const QString& path, const QSize& size = {}) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // Asks for a file name (FileDialog, so tests can answer) and saves the chart there.
    // The angle of the category labels under upright bars and lines: 0 while each fits its slot, else
    // -45 or -90, so that Qt Charts does not cut them ("30岁…").
    int categoryLabelAngle() const;
    void saveAsPng();

signals:
    // The mouse is over a bar or slice (seriesIndex, category), or left it (-1, -1).
    void hovered(int seriesIndex, int category);
    // A bar or slice was clicked: pages may narrow a list to that category.
    void clicked(int seriesIndex, int category);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setHover(int seriesIndex, int category);
    void fitCategoryLabelsLater();
    void fitCategoryLabels();

    class Drawing;
    std::unique_ptr<Drawing> d;
};

} // namespace anju

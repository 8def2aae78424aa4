#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace anju {

// One row of figures of a chart: a value per category, e.g. the members of one branch by stage.
struct ChartSeries
{
    QString name;         // legend text; a chart with one series may leave it empty (no legend is shown)
    QList<double> values; // one per category, in the order of ChartData::categories
    // Line charts: drawn against a value axis of its own on the right, titled with the series' name and
    // in its colour; for two figures of different size in one chart (people and households).
    bool ownAxis = false;
};

// The figures of a chart as plain data, independent of the library that draws them (ChartView draws
// them with Qt Charts today; Qt Graphs replaces Qt Charts from Qt 6.10 on, and only ChartView changes).
//
//   ChartData data;
//   data.kind = ChartData::Kind::Bar;
//   data.title = tr("Members by stage");
//   data.categories = {tr("Applicants"), tr("Activists"), …};
//   data.series = {{{}, {4, 7, …}}};
//   data.unitFormat = tr("%1 people"); // how a number reads on hover
//   chartView->setData(data);
struct ChartData
{
    enum class Kind
    {
        Bar,                  // vertical bars, one group per category, one bar per series
        HorizontalBar,        // the same lying down: for long category names
        StackedBar,           // the series stacked in one bar per category
        HorizontalStackedBar, // stacked and lying down, for long names (branches); numbers on hover only
        Pie,                  // the first series only, one slice per category
        Line,                 // one line per series over the categories in order (months of a trend); the
                              // value axis fits the figures instead of starting at zero, so change shows
    };

    Kind kind = Kind::Bar;
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    // How one value reads on hover and in the slice labels: "%1" is the number (already translated by
    // the caller, e.g. "%1 人"). Empty means the bare number.
    QString unitFormat;
    int decimals = 0; // digits after the point shown for values

    // No series, or every value zero: the view says "No figures" instead of drawing an empty frame.
    bool isEmpty() const;
    // Sum of one series (a pie's whole).
    double total(int seriesIndex = 0) const;
    // A value with its unit, e.g. "12 人", in the user's locale.
    QString valueText(double value) const;
    // A change with its sign and unit, e.g. "+12 人" or "-3 人"; "0" reads as no change.
    QString changeText(double change) const;
    bool isLine() const { return kind == Kind::Line; }
    bool isStacked() const { return kind == Kind::StackedBar || kind == Kind::HorizontalStackedBar; }
};

} // namespace anju

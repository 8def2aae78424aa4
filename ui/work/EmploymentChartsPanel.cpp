#include "work/EmploymentChartsPanel.h"

#include "charts/ChartView.h"
#include "work/EmploymentTrendLoader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace anju {

namespace {

double percent(const work::EmploymentMonthFigures& f)
{
    return double(f.rateBasisPoints()) / 100.0;
}

} // namespace

EmploymentChartsPanel::EmploymentChartsPanel(const Database& db, QWidget* parent)
    : QWidget(parent), m_loader(new EmploymentTrendLoader(db, this))
{
    setObjectName(QStringLiteral("employmentCharts"));
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("employmentFigures"));
    m_figures->setWordWrap(true);
    m_channels = new ChartView(this);
    m_channels->setObjectName(QStringLiteral("employmentChannelChart"));
    m_trend = new ChartView(this);
    m_trend->setObjectName(QStringLiteral("employmentTrendChart"));
    // Side by side under the list: beside it they took the columns a 1366-pixel screen needs for the jobs.
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_channels, 1);
    charts->addWidget(m_trend, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_figures);
    layout->addLayout(charts, 1);
    connect(m_loader, &EmploymentTrendLoader::loaded, this, &EmploymentChartsPanel::showFigures);
    connect(m_loader, &EmploymentTrendLoader::failed, this, [this](const QString& message) {
        m_figures->setText(message);
        m_channels->setData({});
        m_trend->setData({});
        emit shown();
    });
}

void EmploymentChartsPanel::showMonth(QDate day, qint64 siteId, bool again)
{
    const QDate month(day.year(), day.month(), 1);
    // A new day in the same month shows the same figures: read them again only for another month or site.
    if (!again && month == m_month && siteId == m_siteId)
        return;
    m_month = month;
    m_siteId = siteId;
    m_pending = !isVisible();
    if (m_pending)
        return;
    m_figures->setText(tr("Counting the figures of %1…").arg(month.toString(QStringLiteral("yyyy-MM"))));
    m_loader->load(month, siteId);
}

void EmploymentChartsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pending)
        showMonth(m_month, m_siteId, true);
}

bool EmploymentChartsPanel::isLoading() const
{
    return m_loader->isLoading();
}

void EmploymentChartsPanel::showFigures(const QList<work::EmploymentMonthFigures>& months)
{
    if (months.isEmpty())
        return;
    const work::EmploymentMonthFigures& last = months.constLast();
    m_figures->setText(tr("At the end of %1: labour force %L2, employed %L3, employment rate %4%; "
                          "%L5 people employed in all (any age).")
                           .arg(last.month.toString(QStringLiteral("yyyy-MM")))
                           .arg(last.labourForce)
                           .arg(last.employed)
                           .arg(QString::number(percent(last), 'f', 2))
                           .arg(last.peopleEmployed));
    m_channels->setData(byChannel(last));
    m_trend->setData(trend(months));
    emit shown();
}

ChartData EmploymentChartsPanel::byChannel(const work::EmploymentMonthFigures& month)
{
    ChartData data;
    // Upright bars: under the list the chart is wide and low, and seven lying bars would leave no room for
    // their names.
    data.kind = ChartData::Kind::Bar;
    data.title = tr("Employed by channel, end of %1").arg(month.month.toString(QStringLiteral("yyyy-MM")));
    data.unitFormat = tr("%1 people");
    ChartSeries series;
    const QList<EnumInfo<work::Channel>> channels = enumInfos<work::Channel>();
    for (const EnumInfo<work::Channel>& info : channels) {
        data.categories.append(enumLabel(info.value));
        series.values.append(month.byChannel.at(std::size_t(info.value)));
    }
    data.series = {series};
    return data;
}

ChartData EmploymentChartsPanel::trend(const QList<work::EmploymentMonthFigures>& months)
{
    ChartData data;
    data.kind = ChartData::Kind::Line;
    if (!months.isEmpty())
        data.title = tr("Employed and employment rate, %1 to %2")
                         .arg(months.constFirst().month.toString(QStringLiteral("yyyy-MM")),
                              months.constLast().month.toString(QStringLiteral("yyyy-MM")));
    // Whole people and whole percent on the axes and on hover; the exact rate is written above the charts.
    data.decimals = 0;
    ChartSeries employed{tr("Employed"), {}};
    // The rate on an axis of its own: a percentage beside hundreds of people would lie flat.
    ChartSeries rate{tr("Rate (%)"), {}, true};
    for (const work::EmploymentMonthFigures& f : months) {
        data.categories.append(tr("%1", "chart axis: month, e.g. 10月").arg(f.month.month()));
        employed.values.append(f.employed);
        rate.values.append(percent(f));
    }
    data.series = {employed, rate};
    return data;
}

} // namespace anju

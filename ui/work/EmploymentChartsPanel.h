#pragma once

#include "charts/ChartData.h"
#include "work/WorkMonthQueries.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace anju {

class ChartView;
class Database;
class EmploymentTrendLoader;

// The 就业 tab's figures, under the list: the month's labour force, employed people and rate, the people
// employed by channel at the month's end, and the 12-month trend of employed people and the rate (the
// summary's definitions, WorkMonthQueries), read in a worker so the list stays responsive.
class EmploymentChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EmploymentChartsPanel(const Database& db, QWidget* parent = nullptr);

    // The month of `day` for the site (0: every site the user may see); read again only for another month
    // or site unless `again` (after a job was written).
    void showMonth(QDate day, qint64 siteId, bool again = false);
    bool isLoading() const;
    QLabel* figuresLabel() const { return m_figures; }
    ChartView* channelChart() const { return m_channels; }
    ChartView* trendChart() const { return m_trend; }

    static ChartData byChannel(const work::EmploymentMonthFigures& month);
    static ChartData trend(const QList<work::EmploymentMonthFigures>& months);

signals:
    void shown(); // the figures arrived (or core's refusal)

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFigures(const QList<work::EmploymentMonthFigures>& months);

    EmploymentTrendLoader* m_loader = nullptr;
    QLabel* m_figures = nullptr;
    ChartView* m_channels = nullptr;
    ChartView* m_trend = nullptr;
    QDate m_month;
    qint64 m_siteId = -1;
    bool m_pending = false; // asked for while hidden: read when first shown, not when the window opens
};

} // namespace anju

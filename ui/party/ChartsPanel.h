#pragma once

#include <QDate>
#include <QWidget>

namespace anju {

class ChartView;
class Database;

// 统计图: the members of the chosen organisation (and those below it) by stage, by age band and by sex.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(const Database& db, QWidget* parent = nullptr);

    void setOrganisation(qint64 organisationId, const QString& name);
    // The day the members are counted on (null, the default: today); tests pass a fixed day so that
    // ages and stages do not move with the clock.
    void setAsOf(QDate day) { m_asOf = day; }
    void refresh();

    ChartView* stageChart() const { return m_byStage; }
    ChartView* ageChart() const { return m_byAge; }
    ChartView* sexChart() const { return m_bySex; }

private:
    const Database& m_db;
    qint64 m_organisationId = 0;
    QString m_name;
    QDate m_asOf;
    ChartView* m_byStage = nullptr;
    ChartView* m_byAge = nullptr;
    ChartView* m_bySex = nullptr;
};

} // namespace anju

#pragma once

#include "grids/GridPlanQuery.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace anju {

class Database;

// 楼栋图: the grid's households on a day as a picture of its buildings: one table per building, its floors
// as rows (the top floor on top) and its unit and room positions as columns. Each cell shows the household
// number and head, ★ when it must be visited, ● paired or ○ not, and the last visit, coloured by how long
// ago (GridPlanQuery decides every flag). Counts and the legend above give the coverage at a glance.
// Enter or a double click on a cell asks for the household to be opened.
class GridPlanView : public QWidget
{
    Q_OBJECT

public:
    explicit GridPlanView(const Database& db, QWidget* parent = nullptr);

    void setGrid(qint64 gridId, QDate day);
    void refresh();
    const grids::GridPlan& plan() const { return m_plan; }
    // The building tables, in order (for tests and keyboard focus).
    QList<QTableWidget*> buildingTables() const { return m_tables; }
    static constexpr int HouseholdIdRole = Qt::UserRole + 1;

signals:
    void householdActivated(qint64 householdId);

private:
    void clearBuildings();
    void addBuilding(const QString& name, const QList<grids::PlanCell>& cells);
    QString cellText(const grids::PlanCell& cell) const;
    QString cellToolTip(const grids::PlanCell& cell) const;
    void updateCounts();

    const Database& m_db;
    qint64 m_gridId = 0;
    QDate m_day;
    grids::GridPlan m_plan;
    QLabel* m_counts = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_buildings = nullptr;
    QVBoxLayout* m_buildingsLayout = nullptr;
    QList<QTableWidget*> m_tables;
};

} // namespace anju

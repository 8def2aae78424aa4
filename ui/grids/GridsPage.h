#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace anju {

class Database;
class GridPlanView;
class GridTreeModel;
class StaffPanel;

// 网格: on the left the sites and their grids with households and staff on a day, filtered as one types;
// on the right the chosen grid's tabs (楼栋图 plan, 人员 staff, and the tabs other parts add with addTab,
// which follow gridChanged). Read when first shown, so an office that never opens it does not wait.
class GridsPage : public QWidget
{
    Q_OBJECT

public:
    explicit GridsPage(const Database& db, QWidget* parent = nullptr);

    // Another tab of the chosen grid (visit plan, cases, findings): it listens to gridChanged.
    void addTab(QWidget* tab, const QString& title);
    // A button beside the day, for the whole page's actions (the visit sheet, the quick entry).
    void addHeaderButton(QWidget* button);
    void ensureLoaded();
    qint64 currentGridId() const { return m_gridId; }
    qint64 currentSiteId() const { return m_siteId; }
    QDate day() const;

    QTreeView* tree() const { return m_tree; }
    GridTreeModel* treeModel() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTabWidget* tabs() const { return m_tabs; }
    GridPlanView* planView() const { return m_plan; }
    StaffPanel* staffPanel() const { return m_staff; }

public slots:
    void selectGrid(qint64 gridId);
    // The day the tree, the plan and the staff are read for (today at first).
    void setDay(QDate day);
    // Reads the tree and the chosen grid's tabs again (after a write, or a new day).
    void refresh();
    // Reads the tree's counts again and keeps the chosen grid (its tabs are read only if it changes).
    void refreshTree();

signals:
    void gridChanged(qint64 gridId, qint64 siteId);
    // A household chosen on the plan: the main window opens its form.
    void openHouseholdRequested(qint64 householdId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void currentChanged();
    void fitTree();

    const Database& m_db;
    bool m_loaded = false;
    bool m_reading = false;
    bool m_fitted = false;
    qint64 m_gridId = 0;
    qint64 m_siteId = 0;
    qint64 m_lastGridId = 0;
    GridTreeModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_treeMessage = nullptr;
    QDateEdit* m_day = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_splitter = nullptr;
    QHBoxLayout* m_header = nullptr;
    GridPlanView* m_plan = nullptr;
    StaffPanel* m_staff = nullptr;
};

} // namespace anju

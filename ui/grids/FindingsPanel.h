#pragma once

#include "grids/Findings.h"

#include <QDate>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;
class ExportedFileBar;

// 问题清单: the grid findings on a day (GridFindings::on — no pairing, no contact for long, 四必访 not done,
// 三必到 overdue, cases overdue), each a named household or person, with counts per kind, a filter, an .xlsx
// export, and Enter or a double click to open the household.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(const Database& db, QWidget* parent = nullptr);

    void setToday(QDate today);
    // The findings listed now (after the grid and kind filters), in order.
    const QList<grids::Finding>& shown() const { return m_shown; }
    void setKindFilter(std::optional<grids::FindingKind> kind);

public slots:
    void setGrid(qint64 gridId, qint64 siteId);
    void refresh();
    bool exportXlsx();
    void openCurrent();

signals:
    void householdRequested(qint64 householdId);

private:
    void showList();

    const Database& m_db;
    qint64 m_gridId = 0;
    qint64 m_siteId = 0;
    QDate m_today = QDate::currentDate();
    QList<grids::Finding> m_all; // of the site or grid, every kind
    QList<grids::Finding> m_shown;
    QComboBox* m_kind = nullptr;
    QLabel* m_counts = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_export = nullptr;
    ExportedFileBar* m_exported = nullptr;
};

} // namespace anju

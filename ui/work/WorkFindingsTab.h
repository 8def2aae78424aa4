#pragma once

#include "work/WorkFindings.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;

namespace anju {

class Database;
class FindingsRowsModel;

// 就业核查: the three checks of issue 19 that name people, for a day and a site (WorkFindings::forDay) —
// 应培尽培 (training wishes left waiting), 公益岗位 held by ordinary labour while weak labour of the site
// waits (with the waiting people's names), and idle labour with the household's pairing cadre — each a list
// with its count in its tab; Enter or a double click on a row opens the household. Read when the tab is first
// shown and when the day or site changes, not when the window opens.
class WorkFindingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit WorkFindingsTab(const Database& db, QWidget* parent = nullptr);
    ~WorkFindingsTab() override;

    void setDay(QDate day);
    const work::WorkFindingsList* findings() const { return m_list ? &*m_list : nullptr; }
    QTableView* trainingTable() const { return m_training; }
    QTableView* postTable() const { return m_posts; }
    QTableView* idleTable() const { return m_idle; }
    QTabWidget* lists() const { return m_lists; }
    QLabel* summaryLabel() const { return m_summary; }

public slots:
    void refresh();

signals:
    void householdRequested(qint64 householdId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTableView* makeTable(const char* name, FindingsRowsModel* model);

    const Database& m_db;
    std::optional<work::WorkFindingsList> m_list;
    bool m_read = false;
    QDateEdit* m_day = nullptr;
    QComboBox* m_site = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_lists = nullptr;
    FindingsRowsModel* m_trainingRows = nullptr;
    FindingsRowsModel* m_postRows = nullptr;
    FindingsRowsModel* m_idleRows = nullptr;
    QTableView* m_training = nullptr;
    QTableView* m_posts = nullptr;
    QTableView* m_idle = nullptr;
};

} // namespace anju

#pragma once

#include "income/MonitoringDialog.h"
#include "income/MonitoringTypes.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;
class MonitoringCasePanel;

// The 监测户 tab of the 帮扶 page: the monitoring households with filters (state, category, site, overdue
// steps only), overdue steps highlighted; beside them the chosen household's case (MonitoringCasePanel);
// buttons for every action (MonitoringDialog) and the notice board list printed as the CLI prints it.
class MonitoringTab : public QWidget
{
    Q_OBJECT

public:
    explicit MonitoringTab(const Database& db, QWidget* parent = nullptr);

    // The day the tab judges on (overdue, the lock): today unless a test sets another.
    void setToday(QDate today);
    void refresh();
    void selectCase(qint64 caseId);
    qint64 currentCaseId() const;
    int rowCount() const;
    bool isOverdueRow(int row) const;
    // Opens the action's dialog for the chosen case (modal unless a test runs it through `prepare`).
    void openDialog(MonitoringDialog::Mode mode);
    // Writes the notice board list of the chosen site (or the chosen case's) for `day`, asking for the file.
    void printNotice(QDate day);

    // For tests: called with each dialog before it is run.
    std::function<void(MonitoringDialog*)> prepare;

signals:
    void caseChanged(qint64 caseId);

private:
    void fitColumns();
    void showCurrent();
    void updateButtons();

    const Database& m_db;
    QDate m_today = QDate::currentDate();
    QList<income::MonitoringCase> m_cases;
    QList<bool> m_overdue;
    bool m_canWrite = false;
    QComboBox* m_state = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_site = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QLabel* m_count = nullptr;
    QTableWidget* m_table = nullptr;
    MonitoringCasePanel* m_panel = nullptr;
    QList<QPushButton*> m_actions;
    QPushButton* m_discover = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace anju

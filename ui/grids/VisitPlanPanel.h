#pragma once

#include "grids/VisitPlan.h"
#include "grids/VisitTypes.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;

// 走访计划: a month's visit plan per worker (due, done, late, overdue, open, with a done-share bar), the
// tasks of the chosen worker, and the buttons that register a 三必到 task or make the month's 四必访 tasks.
// Recording a visit is another dialog's: the panel asks for it with recordVisitRequested().
class VisitPlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VisitPlanPanel(const Database& db, QWidget* parent = nullptr);

    QDate month() const;
    void setMonth(QDate month);
    // The day the plan is counted on (tests and the demo set it; the real day otherwise).
    void setToday(QDate today);
    qint64 currentTaskId() const;
    QString notice() const;
    // The tasks listed for the chosen worker, in order.
    const QList<grids::VisitTask>& tasks() const { return m_tasks; }
    bool selectWorker(qint64 staffId, qint64 memberId);

public slots:
    // gridId 0: every grid of the site (siteId 0: the whole office).
    void setGrid(qint64 gridId, qint64 siteId);
    void refresh();
    void requestVisit();
    void registerMustAttend();
    void makeMonthPlan();

signals:
    void recordVisitRequested(qint64 taskId);
    void changed();

private:
    void showTasks();
    void updateButtons();

    const Database& m_db;
    qint64 m_gridId = 0;
    qint64 m_siteId = 0;
    QDate m_today = QDate::currentDate();
    bool m_canWrite = false;
    QList<grids::WorkerPlan> m_plan;
    QList<grids::VisitTask> m_tasks;
    QDateEdit* m_month = nullptr;
    QTableWidget* m_workers = nullptr;
    QTableWidget* m_taskTable = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_notice = nullptr; // what the last action made
    QLabel* m_tasksTitle = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_mustAttend = nullptr;
    QPushButton* m_makePlan = nullptr;
};

} // namespace anju

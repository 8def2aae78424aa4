#pragma once

#include "grids/VisitTypes.h"
#include "widgets/FieldError.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace anju {

class Database;

// 三必到: registers that something happened in a household (突发事情, 不满情绪, 家庭纠纷) so a cadre must go
// within the trigger's days. The task, its window and its assignee are core's (VisitService::mustAttend).
class MustAttendDialog : public QDialog
{
    Q_OBJECT

public:
    MustAttendDialog(const Database& db, QDate today, QWidget* parent = nullptr);

    // For tests and callers that know the household already.
    void setHouseholdNumber(const QString& number);
    void setTrigger(grids::AttendTrigger trigger);
    void setHappened(QDate day);
    void setPersonId(qint64 personId);
    const grids::VisitTask& task() const { return m_task; }

public slots:
    void accept() override;

signals:
    void taskRegistered(qint64 taskId);

private:
    void findHousehold();
    void updateWindow();

    const Database& m_db;
    QDate m_today;
    qint64 m_householdId = 0;
    grids::VisitTask m_task;
    FieldErrors m_errors;
    QComboBox* m_trigger = nullptr;
    QLineEdit* m_household = nullptr;
    QComboBox* m_person = nullptr;
    QDateEdit* m_happened = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_window = nullptr;
};

} // namespace anju

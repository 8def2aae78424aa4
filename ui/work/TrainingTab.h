#pragma once

#include "work/TrainingTypes.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;

namespace anju {

class ChartView;
class CourseModel;
class Database;

// 培训: the courses of a year (by site, searched by title, trade or organiser) with what their attendance
// holds; the chosen course's people below, with 录入参训人员… (typed from the keyboard), 记录结业… and
// 移除报名; beside them the year's person-times 人次 by month. Every rule and permission is core's
// (TrainingService); a role without WriteWork sees the buttons greyed with core's reason.
class TrainingTab : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingTab(const Database& db, QWidget* parent = nullptr);

    void setYear(int year); // 0: every year
    // The day outcomes are recorded on (today unless a test says otherwise).
    void setToday(QDate today) { m_today = today; }
    bool selectCourse(qint64 courseId);
    const work::CourseRow* currentCourse() const;
    const QList<work::AttendanceRow>& attendance() const { return m_attendance; }

    CourseModel* courseModel() const { return m_model; }
    QTableView* courseTable() const { return m_courses; }
    QTableWidget* attendanceTable() const { return m_people; }
    ChartView* chart() const { return m_chart; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* newCourseButton() const { return m_new; }
    QPushButton* enrolButton() const { return m_enrol; }

public slots:
    void refresh();
    void newCourse();
    void changeCourse();
    void enrolPeople();
    void recordOutcomes();
    void removeEnrolment();

signals:
    void householdRequested(qint64 householdId);

private:
    void showAttendance();
    void showChart();
    void showCount();
    QList<work::AttendanceRow> chosenPeople() const;
    int year() const;

    const Database& m_db;
    QDate m_today = QDate::currentDate();
    CourseModel* m_model = nullptr;
    QList<work::AttendanceRow> m_attendance;
    QSpinBox* m_year = nullptr;
    QComboBox* m_site = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_courses = nullptr;
    QLabel* m_peopleTitle = nullptr;
    QTableWidget* m_people = nullptr;
    ChartView* m_chart = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_enrol = nullptr;
    QPushButton* m_outcomes = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace anju

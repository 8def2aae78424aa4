#pragma once

#include "work/IndustryTypes.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace anju {

class ChartView;
class Database;
class ProjectModel;

// 产业: the projects of the four levels (filtered by level, year and site) with their beneficiary
// households and people of the year; the chosen project's households below, with 登记受益户…, a benefit
// changed or removed; beside them the year's beneficiaries by level. Enter on a household opens its file.
// Every rule and permission is core's (IndustryService).
class IndustryTab : public QWidget
{
    Q_OBJECT

public:
    explicit IndustryTab(const Database& db, QWidget* parent = nullptr);

    void setYear(int year); // 0: every year
    void setRecordedOn(QDate day) { m_recordedOn = day; }
    bool selectProject(qint64 projectId);
    const work::ProjectRow* currentProject() const;
    const QList<work::BeneficiaryRow>& beneficiaries() const { return m_beneficiaries; }

    ProjectModel* projectModel() const { return m_model; }
    QTableView* projectTable() const { return m_projects; }
    QTableWidget* beneficiaryTable() const { return m_households; }
    ChartView* chart() const { return m_chart; }
    QPushButton* newProjectButton() const { return m_new; }
    QPushButton* recordButton() const { return m_record; }

public slots:
    void refresh();
    void newProject();
    void changeProject();
    void recordBeneficiaries();
    void changeBenefit();
    void removeBenefit();

signals:
    void householdRequested(qint64 householdId);

private:
    void showBeneficiaries();
    void showChart();
    void showCount();
    int year() const;
    const work::BeneficiaryRow* currentBeneficiary() const;

    const Database& m_db;
    QDate m_recordedOn = QDate::currentDate();
    ProjectModel* m_model = nullptr;
    QList<work::BeneficiaryRow> m_beneficiaries;
    QComboBox* m_level = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_site = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_projects = nullptr;
    QLabel* m_householdsTitle = nullptr;
    QTableWidget* m_households = nullptr;
    ChartView* m_chart = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_changeBenefit = nullptr;
    QPushButton* m_removeBenefit = nullptr;
};

} // namespace anju

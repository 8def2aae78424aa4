#pragma once

#include "income/FollowUpFindings.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;

// 应纳尽纳 and 应兜尽兜 of a month for the office or a site (FollowUpFindings::forMonth), each a list by
// name with what to do; Enter or a double click on a row opens the household in its form; a person of the
// second list can be enrolled or given a reason from here.
class FollowUpFindingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpFindingsTab(const Database& db, QWidget* parent = nullptr);

    void setMonth(QDate month);
    void setToday(QDate today);
    const income::FollowUpFindingsList* findings() const { return m_list ? &*m_list : nullptr; }
    QTableWidget* intakeTable() const { return m_intake; }
    QTableWidget* coverTable() const { return m_cover; }
    QLabel* summaryLabel() const { return m_summary; }

public slots:
    void refresh();
    void enrolCurrent();
    void exemptCurrent();

signals:
    void householdRequested(qint64 householdId);

private:
    void openIntake();
    void openCover();

    const Database& m_db;
    QDate m_today = QDate::currentDate();
    std::optional<income::FollowUpFindingsList> m_list;
    QDateEdit* m_month = nullptr;
    QComboBox* m_site = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_intake = nullptr;
    QTableWidget* m_cover = nullptr;
    QPushButton* m_enrol = nullptr;
    QPushButton* m_exempt = nullptr;
};

} // namespace anju

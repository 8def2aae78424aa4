#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace anju {

class Database;
class EmploymentChartsPanel;
class EmploymentModel;

// 就业: the jobs holding on a day (or of any time) by site, channel and a search by name, ID number or
// household number, paged from the database; Enter or a double click opens the person's household. Record
// job…, End job…, a point-to-point transport batch typed person by person, a person's wish or reason for
// not working; beside the list the month's figures by channel and the 12-month trend. Every rule and
// permission is core's (EmploymentService, EmploymentRepository, WorkMonthQueries).
class EmploymentTab : public QWidget
{
    Q_OBJECT

public:
    explicit EmploymentTab(const Database& db, QWidget* parent = nullptr);

    void setDay(QDate day);
    QDate day() const;
    EmploymentModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* countLabel() const { return m_count; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* channelFilter() const { return m_channel; }
    QCheckBox* holdingBox() const { return m_holding; }
    EmploymentChartsPanel* charts() const { return m_charts; }

public slots:
    void applyFilter();
    void refresh(); // after a write: the list and the figures again
    void recordJob();
    void endJob();
    void recordBatch();
    void recordWish();
    void recordAbsence();

signals:
    void householdRequested(qint64 householdId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateCount();

    const Database& m_db;
    EmploymentModel* m_model = nullptr;
    QCheckBox* m_holding = nullptr;
    QDateEdit* m_day = nullptr;
    QComboBox* m_site = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    EmploymentChartsPanel* m_charts = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_batch = nullptr;
    QPushButton* m_wish = nullptr;
    QPushButton* m_absence = nullptr;
};

} // namespace anju

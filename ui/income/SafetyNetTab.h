#pragma once

#include "income/SafetyNetTypes.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;

// 兜底保障: the enrolments on a day with filters by scheme and site and the totals per scheme; Enrol…
// (a person found by name), Change amount…, End…; the exemptions (why a person is not enrolled) holding on
// the day, with Record reason… and End reason…. Every rule and permission is core's (SafetyNetService).
class SafetyNetTab : public QWidget
{
    Q_OBJECT

public:
    explicit SafetyNetTab(const Database& db, QWidget* parent = nullptr);

    void setDay(QDate day);
    const QList<income::SafetyNetRow>& rows() const { return m_rows; }
    QTableWidget* enrolmentTable() const { return m_table; }
    QTableWidget* exemptionTable() const { return m_exemptionTable; }
    QLabel* totalsLabel() const { return m_totals; }

public slots:
    void refresh();
    void enrol();
    void changeAmount();
    void endEnrolment();
    void recordReason();
    void endReason();

private:
    const income::SafetyNetRow* currentRow() const;

    const Database& m_db;
    QList<income::SafetyNetRow> m_rows;
    QList<income::SafetyNetExemptionRow> m_exemptions;
    QDateEdit* m_day = nullptr;
    QComboBox* m_scheme = nullptr;
    QComboBox* m_site = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_exemptionTable = nullptr;
    QPushButton* m_enrol = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_reason = nullptr;
    QPushButton* m_endReason = nullptr;
};

} // namespace anju

#pragma once

#include "domain/Violation.h"
#include "work/TrainingTypes.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace anju {

class Database;

// 记录结业: the outcomes of the chosen people of a course in one go — completed (with the certificate number
// typed on each line) or dropped, and the hours each attended. One call (TrainingService::recordOutcomes):
// all or none, each refusal marked on its line.
class OutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    OutcomeDialog(const Database& db, const work::TrainingCourse& course,
                  const QList<work::AttendanceRow>& people, QWidget* parent = nullptr);

    // The day the outcomes are recorded (today unless a test says otherwise).
    void setToday(QDate today) { m_today = today; }

    QTableWidget* table() const { return m_table; }
    QComboBox* outcomeBox(int row) const;
    QSpinBox* hoursEdit(int row) const;
    QLineEdit* certificateEdit(int row) const;
    QLabel* errorLabel() const { return m_error; }

    // Checks every line with core's rules, marks the bad ones and lists why; true when it may be saved.
    bool validate();

public slots:
    void accept() override;
    // Sets every line to completed, or to dropped.
    void setAll(work::AttendanceOutcome outcome);

private:
    QList<work::OutcomeEntry> entries() const;
    bool showOutcome(const Outcome& outcome);

    const Database& m_db;
    work::TrainingCourse m_course;
    QList<work::AttendanceRow> m_people;
    QDate m_today = QDate::currentDate();
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace anju

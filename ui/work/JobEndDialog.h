#pragma once

#include "widgets/FieldError.h"
#include "work/EmploymentRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace anju {

class Database;

// 结束就业: the first day a person no longer works in a job and why (EmploymentService::endJob), asked to
// confirm before it is written; core's refusal shown at its field.
class JobEndDialog : public QDialog
{
    Q_OBJECT

public:
    JobEndDialog(const Database& db, const work::EmploymentRow& row, QDate day, QWidget* parent = nullptr);

    QDateEdit* dayEdit() const { return m_day; }
    QComboBox* reasonBox() const { return m_reason; }
    bool validate();

public slots:
    void accept() override;

signals:
    void saved();

private:
    const Database& m_db;
    work::EmploymentRow m_row;
    QDateEdit* m_day = nullptr;
    QComboBox* m_reason = nullptr; // editable: the usual reasons offered, any other typed
    FieldErrors m_errors;
};

} // namespace anju

#pragma once

#include "income/SafetyNetTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace anju {

class Database;

// One step on an enrolment on file: a new monthly amount from a day (SafetyNetService::changeAmount), or its
// end on a day with the reason after a confirmation (SafetyNetService::end).
class SafetyNetChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        ChangeAmount,
        End
    };
    SafetyNetChangeDialog(const Database& db, Mode mode, const income::SafetyNetRow& row, QDate day,
                          QWidget* parent = nullptr);

    QDoubleSpinBox* amountEdit() const { return m_amount; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }

    bool validate();

public slots:
    void accept() override;

signals:
    void saved();

private:
    const Database& m_db;
    Mode m_mode;
    income::SafetyNetRow m_row;
    QDoubleSpinBox* m_amount = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    FieldErrors m_errors;
};

} // namespace anju

#pragma once

#include "grids/GridTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace anju {

class Database;

// Ends a staff member's service on a day, with the reason, after a confirmation (GridService::endStaff).
class EndStaffDialog : public QDialog
{
    Q_OBJECT

public:
    EndStaffDialog(const Database& db, const grids::StaffMember& staff, QDate day, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }

public slots:
    void accept() override;

signals:
    void staffEnded(qint64 staffId);

private:
    const Database& m_db;
    grids::StaffMember m_staff;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    FieldErrors m_errors;
};

} // namespace anju

#pragma once

#include "grids/GridService.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace anju {

class Database;
class StaffPersonBox;

// 移交: a leaving staff member's work handed to a successor in one action (GridService::handOver): a
// colleague already serving in the grid, or a newcomer (resident or outside cadre) in the same seat. The
// dialog says how many households, pairings and open tasks move, and asks once more before it writes.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(const Database& db, const grids::StaffMember& from, QDate day, QWidget* parent = nullptr);

    QRadioButton* colleagueChoice() const { return m_toColleague; }
    QComboBox* colleagues() const { return m_colleagues; }
    QRadioButton* newcomerChoice() const { return m_toNewcomer; }
    StaffPersonBox* newcomer() const { return m_newcomer; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* loadLabel() const { return m_load; }
    const grids::Handover& result() const { return m_done; }

public slots:
    void accept() override;

signals:
    void handedOver(const anju::grids::Handover& done);

private:
    void choiceChanged();

    const Database& m_db;
    grids::StaffMember m_from;
    grids::Handover m_done;
    QString m_loadText;
    QRadioButton* m_toColleague = nullptr;
    QComboBox* m_colleagues = nullptr;
    QRadioButton* m_toNewcomer = nullptr;
    StaffPersonBox* m_newcomer = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_load = nullptr;
    FieldErrors m_errors;
};

} // namespace anju

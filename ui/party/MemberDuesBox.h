#pragma once

#include "party/PartySettings.h"
#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;
class OptionalDateEdit;

// 党费 of one member: what the monthly amount is computed from (saved with the form), the months paid,
// and the months owed, which are recorded as paid here at once (one action, one transaction).
class MemberDuesBox : public QWidget
{
    Q_OBJECT

public:
    MemberDuesBox(const Database& db, FieldErrors& errors, QWidget* parent = nullptr);

    void load(const party::PartyMember& member);
    void applyTo(party::PartyMember& member) const;
    QListWidget* arrearsList() const { return m_arrears; }

public slots:
    // Records the ticked months of the arrears as paid on the chosen day.
    bool recordPayment();

signals:
    void edited();
    void paymentRecorded();

private:
    party::DuesBasis basis() const;
    void updateAmount();
    void updateFields();

    const Database& m_db;
    party::PartySettings m_settings;
    party::PartyMember m_member;
    FieldErrors m_paymentErrors;
    QComboBox* m_category = nullptr;
    QLineEdit* m_income = nullptr;
    QLineEdit* m_fixed = nullptr;
    QDateEdit* m_fromMonth = nullptr;
    QLabel* m_amount = nullptr;
    QTableWidget* m_payments = nullptr;
    QListWidget* m_arrears = nullptr;
    QLabel* m_arrearsSummary = nullptr;
    OptionalDateEdit* m_paidOn = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace anju

#pragma once

#include "widgets/FieldError.h"
#include "work/IndustryTypes.h"

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace anju {

class Database;

// One household's benefit from a project in a year changed: shares, amount, what it received, note
// (IndustryService::changeBeneficiary; its people stay as counted when it was recorded).
class BeneficiaryChangeDialog : public QDialog
{
    Q_OBJECT

public:
    BeneficiaryChangeDialog(const Database& db, const work::BeneficiaryRow& row, bool assetShares,
                            QWidget* parent = nullptr);

    QSpinBox* sharesEdit() const { return m_shares; }
    QDoubleSpinBox* amountEdit() const { return m_amount; }
    QLineEdit* benefitEdit() const { return m_benefit; }

public slots:
    void accept() override;

private:
    const Database& m_db;
    work::Beneficiary m_row;
    QSpinBox* m_shares = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QLineEdit* m_benefit = nullptr;
    QLineEdit* m_note = nullptr;
    FieldErrors m_errors;
};

} // namespace anju

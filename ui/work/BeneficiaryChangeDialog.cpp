#include "work/BeneficiaryChangeDialog.h"

#include "work/IndustryRules.h"
#include "work/IndustryService.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anju {

BeneficiaryChangeDialog::BeneficiaryChangeDialog(const Database& db, const work::BeneficiaryRow& row,
                                                 bool assetShares, QWidget* parent)
    : QDialog(parent), m_db(db), m_row(row.beneficiary)
{
    setWindowTitle(tr("Change the benefit"));
    auto* about = new QLabel(
        tr("%1, %2 in %3")
            .arg(work::IndustryRules::householdText(row.householdNumber, row.headName), row.projectName)
            .arg(row.beneficiary.year),
        this);
    about->setWordWrap(true);
    m_shares = new QSpinBox(this);
    m_shares->setRange(0, 100000000);
    m_shares->setValue(row.beneficiary.shares);
    m_shares->setEnabled(assetShares);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 1e9);
    m_amount->setDecimals(2);
    m_amount->setSuffix(tr(" yuan"));
    m_amount->setValue(double(row.beneficiary.amount) / 100.0);
    m_benefit = new QLineEdit(row.beneficiary.benefit, this);
    m_note = new QLineEdit(row.beneficiary.note, this);
    auto* form = new QFormLayout;
    m_errors.addRow(form, this, tr("S&hares:"), m_shares, "benefitShares",
                    QLatin1String(Field::IndustryShares));
    m_errors.addRow(form, this, tr("&Amount:"), m_amount, "benefitAmount");
    m_errors.addRow(form, this, tr("&What it received:"), m_benefit, "benefitText");
    m_errors.addRow(form, this, tr("&Note:"), m_note, "benefitNote");
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BeneficiaryChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BeneficiaryChangeDialog::reject);
    m_amount->setFocus();
}

void BeneficiaryChangeDialog::accept()
{
    work::Beneficiary changed = m_row;
    changed.shares = m_shares->value();
    changed.amount = qRound64(m_amount->value() * 100);
    changed.benefit = m_benefit->text().trimmed();
    changed.note = m_note->text().trimmed();
    if (!m_errors.show(work::IndustryService(m_db).changeBeneficiary(changed)))
        return;
    QDialog::accept();
}

} // namespace anju

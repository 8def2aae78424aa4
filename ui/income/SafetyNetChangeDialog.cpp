#include "income/SafetyNetChangeDialog.h"

#include "income/IncomeSettings.h"
#include "income/SafetyNetRules.h"
#include "income/SafetyNetService.h"
#include "widgets/MessageBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

SafetyNetChangeDialog::SafetyNetChangeDialog(const Database& db, Mode mode, const income::SafetyNetRow& row,
                                             QDate day, QWidget* parent)
    : QDialog(parent), m_db(db), m_mode(mode), m_row(row)
{
    const income::SafetyNetEnrolment& e = row.enrolment;
    setWindowTitle(mode == Mode::ChangeAmount ? tr("Change the monthly amount") : tr("End the enrolment"));
    auto* who = new QLabel(tr("%1, %2: %3 yuan a month since %4")
                               .arg(row.personName, income::IncomeSettings::load(db).schemeName(e.scheme),
                                    QString::number(double(e.amount) / 100.0, 'f', 2),
                                    e.validFrom.toString(Qt::ISODate)),
                           this);
    who->setWordWrap(true);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("safetyNetNewAmount"));
    m_amount->setRange(0, 1000000);
    m_amount->setDecimals(2);
    m_amount->setSuffix(tr(" yuan"));
    m_amount->setValue(double(e.amount) / 100.0);
    m_date = new QDateEdit(day, this);
    m_date->setObjectName(QStringLiteral("safetyNetStepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("safetyNetEndReason"));
    m_reason->setPlaceholderText(tr("e.g. income above the standard, moved away, died"));
    auto* form = new QFormLayout;
    form->addRow(who);
    if (mode == Mode::ChangeAmount) {
        m_errors.addRow(form, this, tr("&New amount:"), m_amount, "safetyNetNewAmountField",
                        QLatin1String(Field::SafetyNetAmount));
        m_errors.addRow(form, this, tr("Applies &from:"), m_date, "safetyNetStepDateField",
                        QLatin1String(Field::SafetyNetFrom));
        m_reason->hide();
    } else {
        m_date->setToolTip(tr("The first day the enrolment no longer holds"));
        m_errors.addRow(form, this, tr("&Ends on:"), m_date, "safetyNetStepDateField",
                        QLatin1String(Field::SafetyNetTo));
        m_errors.addRow(form, this, tr("&Reason:"), m_reason, "safetyNetEndReasonField",
                        QLatin1String(Field::SafetyNetReason));
        m_amount->hide();
    }
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::ChangeAmount ? tr("&Save amount") : tr("&End"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SafetyNetChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SafetyNetChangeDialog::reject);
    (mode == Mode::ChangeAmount ? static_cast<QWidget*>(m_amount) : m_reason)->setFocus();
}

bool SafetyNetChangeDialog::validate()
{
    const income::SafetyNetEnrolment& e = m_row.enrolment;
    return m_errors.show(
        m_mode == Mode::ChangeAmount
            ? income::SafetyNetRules::checkAmountChange(e, qRound64(m_amount->value() * 100), m_date->date())
            : income::SafetyNetRules::checkEnd(e, m_date->date(), m_reason->text()));
}

void SafetyNetChangeDialog::accept()
{
    if (!validate())
        return;
    const income::SafetyNetEnrolment& e = m_row.enrolment;
    income::SafetyNetService service(m_db);
    Outcome written;
    if (m_mode == Mode::ChangeAmount) {
        written = service.changeAmount(e.id, qRound64(m_amount->value() * 100), m_date->date(), e.rowVersion);
    } else {
        // Ending is not undone from the page: ask first.
        if (MessageBox::question(this, windowTitle(),
                                 tr("End %1's enrolment on %2? From that day it no longer holds.")
                                     .arg(m_row.personName, m_date->date().toString(Qt::ISODate)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        written = service.end(e.id, m_date->date(), m_reason->text(), e.rowVersion);
    }
    if (!m_errors.show(written))
        return;
    emit saved();
    QDialog::accept();
}

} // namespace anju

#include "grids/EndStaffDialog.h"

#include "domain/Enums.h"
#include "grids/GridService.h"
#include "widgets/MessageBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

EndStaffDialog::EndStaffDialog(const Database& db, const grids::StaffMember& staff, QDate day,
                               QWidget* parent)
    : QDialog(parent), m_db(db), m_staff(staff)
{
    setWindowTitle(tr("End service"));
    auto* who = new QLabel(
        tr("%1, %2 since %3").arg(staff.name, enumLabel(staff.role), staff.validFrom.toString(Qt::ISODate)),
        this);
    m_date = new QDateEdit(day, this);
    m_date->setObjectName(QStringLiteral("endStaffDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The first day they no longer serve"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("endStaffReason"));
    m_reason->setPlaceholderText(tr("e.g. moved away, term ended"));
    auto* form = new QFormLayout;
    form->addRow(who);
    m_errors.addRow(form, this, tr("&Ends on:"), m_date, "endStaffDateField",
                    QLatin1String(Field::GridDates));
    m_errors.addRow(form, this, tr("&Reason:"), m_reason, "endStaffReasonField");
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&End service"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndStaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndStaffDialog::reject);
    m_reason->setFocus();
}

void EndStaffDialog::accept()
{
    const QDate date = m_date->date();
    if (MessageBox::question(this, windowTitle(),
                             tr("End %1's service as %2 on %3?")
                                 .arg(m_staff.name, enumLabel(m_staff.role), date.toString(Qt::ISODate)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (!m_errors.show(grids::GridService(m_db).endStaff(m_staff.id, date, m_reason->text())))
        return;
    emit staffEnded(m_staff.id);
    QDialog::accept();
}

} // namespace anju

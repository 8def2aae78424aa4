#include "work/JobEndDialog.h"

#include "widgets/MessageBox.h"
#include "work/EmploymentRules.h"
#include "work/EmploymentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

JobEndDialog::JobEndDialog(const Database& db, const work::EmploymentRow& row, QDate day, QWidget* parent)
    : QDialog(parent), m_db(db), m_row(row)
{
    setWindowTitle(tr("End a job"));
    const work::Employment& job = row.employment;
    auto* about = new QLabel(tr("%1 · household %2 · %3 since %4")
                                 .arg(row.person.name, row.person.householdNumber, enumLabel(job.channel),
                                      job.startedOn.toString(Qt::ISODate)),
                             this);
    about->setWordWrap(true);
    m_day = new QDateEdit(day.isValid() ? day : QDate::currentDate(), this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setToolTip(tr("The first day the person no longer works there"));
    m_reason = new QComboBox(this);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({QString(), tr("Contract ended"), tr("Resigned"), tr("Came home"), tr("Laid off"),
                        tr("Ill or injured"), tr("Went to another job")});
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type why"));

    auto* form = new QFormLayout;
    form->addRow(about);
    m_errors.addRow(form, this, tr("&No longer employed from:"), m_day, "jobEndDay",
                    QLatin1String(Field::EmploymentEnd));
    m_errors.addRow(form, this, tr("&Reason:"), m_reason, "jobEndReason",
                    QLatin1String(Field::EmploymentEndReason));
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&End job"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &JobEndDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobEndDialog::reject);
    m_day->setFocus();
}

bool JobEndDialog::validate()
{
    return m_errors.show(
        work::EmploymentRules::checkJobEnd(m_row.employment, m_day->date(), m_reason->currentText()));
}

void JobEndDialog::accept()
{
    if (!validate())
        return;
    const QDate on = m_day->date();
    if (MessageBox::question(
            this, tr("End a job"),
            tr("End %1's job (%2) on %3? From that day %1 no longer counts as employed in it.")
                .arg(m_row.person.name, enumLabel(m_row.employment.channel), on.toString(Qt::ISODate)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto ended = work::EmploymentService(m_db).endJob(m_row.employment.id, on, m_reason->currentText(),
                                                            m_row.employment.rowVersion);
    if (!m_errors.show(Outcome(ended)))
        return;
    emit saved();
    QDialog::accept();
}

} // namespace anju

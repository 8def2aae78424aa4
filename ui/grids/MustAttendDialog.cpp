#include "grids/MustAttendDialog.h"

#include "database/Database.h"
#include "domain/Enums.h"
#include "grids/VisitEnums.h"
#include "grids/VisitService.h"
#include "registry/HouseholdRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

MustAttendDialog::MustAttendDialog(const Database& db, QDate today, QWidget* parent)
    : QDialog(parent), m_db(db), m_today(today)
{
    setWindowTitle(tr("Register a must-attend event"));
    m_trigger = new QComboBox(this);
    for (const auto& info : enumInfos<grids::AttendTrigger>())
        m_trigger->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_household = new QLineEdit(this);
    m_household->setPlaceholderText(tr("household number, e.g. 4305240010001"));
    m_person = new QComboBox(this);
    m_person->addItem(tr("(the household as a whole)"), 0);
    m_happened = new QDateEdit(today, this);
    m_happened->setCalendarPopup(true);
    m_happened->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_happened->setMaximumDate(today);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("what happened, in a few words"));
    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("attendWindow"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&What happened:"), m_trigger, "attendTrigger");
    m_errors.addRow(form, this, tr("&Household:"), m_household, "attendHousehold",
                    QLatin1String(Field::VisitHousehold));
    m_errors.addRow(form, this, tr("&Person (optional):"), m_person, "attendPerson",
                    QLatin1String(Field::VisitPerson));
    m_errors.addRow(form, this, tr("Happened &on:"), m_happened, "attendHappened",
                    QLatin1String(Field::TaskDate));
    m_errors.addRow(form, this, tr("&Note:"), m_note, "attendNote");
    form->addRow(tr("Attend by:"), m_window);
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MustAttendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MustAttendDialog::reject);
    connect(m_household, &QLineEdit::editingFinished, this, &MustAttendDialog::findHousehold);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &MustAttendDialog::updateWindow);
    connect(m_happened, &QDateEdit::dateChanged, this, &MustAttendDialog::updateWindow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateWindow();
}

void MustAttendDialog::setHouseholdNumber(const QString& number)
{
    m_household->setText(number);
    findHousehold();
}

void MustAttendDialog::setTrigger(grids::AttendTrigger trigger)
{
    m_trigger->setCurrentIndex(m_trigger->findData(static_cast<int>(trigger)));
}

void MustAttendDialog::setHappened(QDate day)
{
    m_happened->setDate(day);
}

void MustAttendDialog::setPersonId(qint64 personId)
{
    m_person->setCurrentIndex(std::max(0, m_person->findData(personId)));
}

void MustAttendDialog::findHousehold()
{
    const QString number = m_household->text().trimmed();
    const auto household = registry::HouseholdRepository(m_db).householdByNumber(number);
    const qint64 found = household ? household->id : 0;
    if (found == m_householdId)
        return;
    m_householdId = found;
    m_person->clear();
    m_person->addItem(tr("(the household as a whole)"), 0);
    if (household)
        for (const Person& p : household->members)
            if (p.isActive())
                m_person->addItem(p.name, p.id);
}

void MustAttendDialog::updateWindow()
{
    const auto trigger = static_cast<grids::AttendTrigger>(m_trigger->currentData().toInt());
    const int days = grids::VisitService(m_db).rules().daysToAttend(trigger);
    const grids::VisitWindow window = grids::VisitWindow::mustAttend(m_happened->date(), days);
    m_window->setText(
        tr("%1 (within %n day(s))", nullptr, days).arg(window.overdueAfter.toString(Qt::ISODate)));
}

void MustAttendDialog::accept()
{
    findHousehold();
    if (m_householdId == 0) {
        m_errors.show(Outcome::failure(QLatin1String(Field::VisitHousehold),
                                       m_household->text().trimmed().isEmpty()
                                           ? tr("Enter the household's number.")
                                           : tr("No household has the number %1.").arg(m_household->text())));
        return;
    }
    const auto trigger = static_cast<grids::AttendTrigger>(m_trigger->currentData().toInt());
    const Result<grids::VisitTask> made =
        grids::VisitService(m_db).mustAttend(m_householdId, m_person->currentData().toLongLong(), trigger,
                                             m_happened->date(), m_note->text().trimmed(), m_today);
    if (!m_errors.show(made))
        return;
    m_task = made.value();
    emit taskRegistered(m_task.id);
    QDialog::accept();
}

} // namespace anju

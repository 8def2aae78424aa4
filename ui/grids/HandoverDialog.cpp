#include "grids/HandoverDialog.h"

#include "domain/Enums.h"
#include "grids/GridRepository.h"
#include "grids/StaffLoad.h"
#include "grids/StaffPersonBox.h"
#include "widgets/MessageBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace anju {

HandoverDialog::HandoverDialog(const Database& db, const grids::StaffMember& from, QDate day, QWidget* parent)
    : QDialog(parent), m_db(db), m_from(from)
{
    setWindowTitle(tr("Hand over %1's work").arg(from.name));
    m_load = new QLabel(this);
    m_load->setObjectName(QStringLiteral("handoverLoad"));
    m_load->setWordWrap(true);
    if (const auto load = grids::StaffLoadQuery(db).of(from.id, day)) {
        // The households are those of the pairings and of the tasks together.
        m_loadText = tr("%1 pairings and %3 open visit tasks, of %2 households")
                         .arg(load.value().pairings)
                         .arg(load.value().households)
                         .arg(load.value().tasks);
        m_load->setText(tr("%1 (%2) hands over %3 to the successor; their service ends on the day.")
                            .arg(from.name, enumLabel(from.role), m_loadText));
    } else {
        m_loadText = tr("Their pairings and open visit tasks");
        m_load->setText(load.summary());
    }

    m_toColleague = new QRadioButton(tr("A &colleague serving in the grid:"), this);
    m_toColleague->setObjectName(QStringLiteral("handoverToColleague"));
    m_colleagues = new QComboBox(this);
    m_colleagues->setObjectName(QStringLiteral("handoverColleagues"));
    if (const auto serving = grids::GridRepository(db).staff(from.gridId, day))
        for (const grids::StaffMember& s : serving.value())
            if (s.id != from.id)
                m_colleagues->addItem(tr("%1 (%2)").arg(s.name, enumLabel(s.role)), s.id);
    m_toNewcomer = new QRadioButton(tr("A &newcomer in the same role:"), this);
    m_toNewcomer->setObjectName(QStringLiteral("handoverToNewcomer"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_toColleague);
    group->addButton(m_toNewcomer);
    m_newcomer = new StaffPersonBox(db, this);
    (m_colleagues->count() > 0 ? m_toColleague : m_toNewcomer)->setChecked(true);
    m_toColleague->setEnabled(m_colleagues->count() > 0);

    m_date = new QDateEdit(day, this);
    m_date->setObjectName(QStringLiteral("handoverDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("handoverReason"));
    m_reason->setPlaceholderText(tr("e.g. transferred to another post"));

    auto* form = new QFormLayout;
    form->addRow(m_load);
    form->addRow(m_toColleague, m_colleagues);
    form->addRow(m_toNewcomer);
    m_errors.addRow(form, this, QString(), m_newcomer, "handoverNewcomer", QLatin1String(Field::StaffPerson));
    m_errors.addRow(form, this, tr("On &day:"), m_date, "handoverDateField", QLatin1String(Field::GridDates));
    m_errors.addRow(form, this, tr("&Reason:"), m_reason, "handoverReasonField",
                    QLatin1String(Field::GridReason));
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("handoverError"));
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand over"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverDialog::reject);
    connect(m_toColleague, &QRadioButton::toggled, this, &HandoverDialog::choiceChanged);
    choiceChanged();
    resize(560, sizeHint().height());
}

void HandoverDialog::choiceChanged()
{
    const bool colleague = m_toColleague->isChecked();
    m_colleagues->setEnabled(colleague);
    m_newcomer->setEnabled(!colleague);
}

void HandoverDialog::accept()
{
    grids::StaffMember successor;
    QString to;
    if (m_toColleague->isChecked()) {
        successor.id = m_colleagues->currentData().toLongLong();
        to = m_colleagues->currentText();
    } else {
        m_newcomer->fill(successor);
        // Household and site with the name: two residents may share it.
        to = m_newcomer->chosenDescription();
    }
    const QDate date = m_date->date();
    grids::GridService service(m_db);
    // Core's refusals first, beside their fields: nobody confirms a handover that cannot be made.
    grids::StaffMember checked = successor;
    if (!m_errors.show(service.checkHandOver(m_from.id, checked, date, m_reason->text())))
        return;
    if (MessageBox::question(this, windowTitle(),
                             tr("Hand %1's work over to %2 on %3?\n\n%4 go to %2, and %1's service ends "
                                "that day.")
                                 .arg(m_from.name, to, date.toString(Qt::ISODate), m_loadText),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto done = service.handOver(m_from.id, successor, date, m_reason->text());
    if (!m_errors.show(done))
        return;
    m_done = done.value();
    emit handedOver(m_done);
    QDialog::accept();
}

} // namespace anju

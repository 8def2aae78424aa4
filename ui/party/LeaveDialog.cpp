#include "party/LeaveDialog.h"

#include "party/LeavingRules.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyService.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

LeaveDialog::LeaveDialog(const Database& db, const party::PartyMember& member, QWidget* parent)
    : QDialog(parent), m_db(db), m_member(member)
{
    setWindowTitle(tr("Leaving the party: %1").arg(member.name));
    m_way = new QComboBox(this);
    for (const auto& info : enumInfos<party::LeavingWay>())
        if (info.value != party::LeavingWay::ProbationCancelled ||
            member.stage == party::DevelopmentStage::Probationary)
            m_way->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_date = new OptionalDateEdit(this);
    m_date->setValue(QDate::currentDate());
    // The general meetings of the member's branch, newest first: the one that decided.
    m_meeting = new QComboBox(this);
    const QDate today = QDate::currentDate();
    for (const party::Meeting& m :
         party::PartyActivityRepository(db).meetings(member.organisationId, today.addYears(-2), today))
        if (m.type == party::MeetingType::GeneralMeeting)
            m_meeting->addItem(tr("%1 %2").arg(m.date.toString(Qt::ISODate), m.topic), m.id);
    m_decision = new QLineEdit(this);
    m_decision->setPlaceholderText(tr("e.g. 党支字〔2026〕3号"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. no dues paid for six months without good reason"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&Way:"), m_way, "leavingWay", QLatin1String(Field::LeavingWayField));
    m_errors.addRow(form, this, tr("&Left on:"), m_date, "leavingDate", QLatin1String(Field::LeavingDate));
    m_errors.addRow(form, this, tr("Decided by the &meeting:"), m_meeting, "leavingMeeting",
                    QLatin1String(Field::LeavingMeeting));
    m_errors.addRow(form, this, tr("&Decision:"), m_decision, "leavingDecision",
                    QLatin1String(Field::LeavingDecision));
    m_errors.addRow(form, this, tr("&Reason:"), m_reason, "leavingReason");
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&cord leaving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeaveDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
}

void LeaveDialog::setWay(party::LeavingWay way)
{
    const int index = m_way->findData(static_cast<int>(way));
    if (index >= 0)
        m_way->setCurrentIndex(index);
}

void LeaveDialog::accept()
{
    party::Leaving leaving;
    leaving.memberId = m_member.id;
    leaving.way = static_cast<party::LeavingWay>(m_way->currentData().toInt());
    leaving.date = m_date->value();
    leaving.meetingId = m_meeting->currentData().toLongLong();
    leaving.decision = m_decision->text();
    leaving.reason = m_reason->text();
    const QString question =
        tr("Record that %1 left the party (%2) on %3? The member stays on file but is no "
           "longer counted, and this cannot be undone here.")
            .arg(m_member.name, enumLabel(leaving.way), leaving.date.toString(Qt::ISODate));
    if (MessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    if (!m_errors.show(party::PartyService(m_db).leave(leaving)))
        return;
    QDialog::accept();
}

} // namespace anju

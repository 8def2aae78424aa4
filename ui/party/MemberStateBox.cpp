#include "party/MemberStateBox.h"

#include "domain/Enums.h"
#include "party/LeaveDialog.h"
#include "party/PartyEnums.h"
#include "party/PartyRules.h"
#include "party/PartyService.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

MemberStateBox::MemberStateBox(const Database& db, QWidget* parent) : QGroupBox(tr("State"), parent), m_db(db)
{
    m_state = new QComboBox(this);
    m_date = new OptionalDateEdit(this);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. works in Guangdong since spring"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("New st&ate:"), m_state, "memberNewState");
    m_errors.addRow(form, this, tr("Sin&ce:"), m_date, "memberStateDate", QLatin1String(Field::StateDate));
    m_errors.addRow(form, this, tr("Reaso&n:"), m_reason, "memberStateReason");
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    m_change = new QPushButton(tr("C&hange state"), this);
    m_change->setObjectName(QStringLiteral("changeMemberState"));
    m_change->setAutoDefault(false);
    // Leaving the party is its own dialog: a way, a decision and a meeting, confirmed.
    m_leave = new QPushButton(tr("&Leave the party…"), this);
    m_leave->setObjectName(QStringLiteral("leaveParty"));
    m_leave->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_leave);
    buttons->addWidget(m_change);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addLayout(buttons);
    connect(m_change, &QPushButton::clicked, this, &MemberStateBox::change);
    connect(m_leave, &QPushButton::clicked, this, [this] { leave(); });
}

void MemberStateBox::showMember(const party::PartyMember& member)
{
    m_member = member;
    m_errors.clear();
    m_state->clear();
    for (const party::MemberState state :
         {party::MemberState::Normal, party::MemberState::Mobile, party::MemberState::Deceased}) {
        if (state != member.state)
            m_state->addItem(enumLabel(state), static_cast<int>(state));
    }
    m_date->setValue(QDate::currentDate());
    m_reason->clear();
    // Someone transferred out or deceased is no longer the branch's to change.
    setEnabled(member.state == party::MemberState::Normal || member.state == party::MemberState::Mobile);
    m_leave->setVisible(member.stage == party::DevelopmentStage::Probationary ||
                        member.stage == party::DevelopmentStage::Full);
}

bool MemberStateBox::leave(std::optional<party::LeavingWay> way)
{
    LeaveDialog dialog(m_db, m_member, this);
    if (way)
        dialog.setWay(*way);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit changed();
    return true;
}

bool MemberStateBox::change()
{
    const auto state = static_cast<party::MemberState>(m_state->currentData().toInt());
    const Outcome outcome = party::PartyService(m_db).changeState(m_member.id, state, m_date->value(),
                                                                  m_reason->text().trimmed());
    if (!m_errors.show(outcome))
        return false;
    emit changed();
    return true;
}

} // namespace anju

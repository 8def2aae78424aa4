#include "party/TransferDialog.h"

#include "domain/Enums.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyEnums.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

TransferDialog::TransferDialog(const Database& db, qint64 transferId, qint64 memberId, qint64 organisationId,
                               QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("transferDialog"));
    m_transfer.memberId = memberId;
    m_transfer.organisationId = organisationId;
    m_transfer.letterDate = QDate::currentDate();
    if (transferId != 0) {
        if (auto stored = party::PartyActivityRepository(db).transfer(transferId))
            m_transfer = *stored;
    }

    m_direction = new QComboBox(this);
    for (const auto& info : enumInfos<party::TransferDirection>())
        m_direction->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_member = new QComboBox(this);
    m_member->setMinimumContentsLength(16);
    // Members on the roll (to go out) and those transferred out before (to come back in).
    for (const std::optional<party::MemberState> state :
         {std::optional<party::MemberState>(),
          std::optional<party::MemberState>(party::MemberState::TransferredOut)}) {
        party::PartyMemberFilter filter;
        filter.state = state;
        for (const party::PartyMemberRow& row : party::PartyMemberRepository(db).members(filter))
            m_member->addItem(tr("%1 (%2, %3)", "member (stage, organisation)")
                                  .arg(row.name, enumLabel(row.stage), row.organisationName),
                              row.id);
    }
    m_organisation = new QComboBox(this);
    for (const party::Organisation& o : party::OrganisationRepository(db).organisations(QDate::currentDate()))
        m_organisation->addItem(o.name, o.id);
    m_otherUnit = new QLineEdit(this);
    m_otherUnit->setPlaceholderText(tr("the other organisation, as written on the letter"));
    m_letter = new QLineEdit(this);
    m_letterDate = new OptionalDateEdit(this);
    m_completed = new OptionalDateEdit(this);
    m_note = new QLineEdit(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&Direction:"), m_direction, "transferDirection");
    m_errors.addRow(form, this, tr("&Member:"), m_member, "transferMember");
    m_errors.addRow(form, this, tr("&Our organisation:"), m_organisation, "transferOrganisation");
    m_errors.addRow(form, this, tr("Other &unit:"), m_otherUnit, "transferOtherUnit",
                    QLatin1String(Field::TransferOtherUnit));
    m_errors.addRow(form, this, tr("&Letter no.:"), m_letter, "transferLetter",
                    QLatin1String(Field::TransferLetter));
    m_errors.addRow(form, this, tr("Letter &dated:"), m_letterDate, "transferDate",
                    QLatin1String(Field::TransferDate));
    m_errors.addRow(form, this, tr("&Completed on:"), m_completed, "transferCompleted");
    m_errors.addRow(form, this, tr("N&ote:"), m_note, "transferNote");
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* complete = buttons->addButton(tr("Com&plete transfer"), QDialogButtonBox::ActionRole);
    complete->setObjectName(QStringLiteral("completeTransfer"));
    complete->setToolTip(tr("The receipt is back or the member has arrived: the member leaves or joins the "
                            "branch on the completion date"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);
    connect(complete, &QPushButton::clicked, this, &TransferDialog::complete);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    setWindowTitle(m_transfer.id == 0 ? tr("New transfer of organisational relations")
                                      : tr("Transfer – %1").arg(m_transfer.memberName));
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(static_cast<int>(m_transfer.direction))));
    m_member->setCurrentIndex(qMax(0, m_member->findData(m_transfer.memberId)));
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(m_transfer.organisationId)));
    m_otherUnit->setText(m_transfer.otherUnit);
    m_letter->setText(m_transfer.letterNumber);
    m_letterDate->setValue(m_transfer.letterDate);
    m_completed->setValue(m_transfer.isPending() ? QDate::currentDate() : m_transfer.completedDate);
    m_note->setText(m_transfer.note);
    // A completed transfer is on record as it was.
    const bool pending = m_transfer.isPending();
    for (QWidget* w : std::initializer_list<QWidget*>{m_direction, m_member, m_organisation, m_otherUnit,
                                                      m_letter, m_letterDate, m_completed, m_note, complete,
                                                      buttons->button(QDialogButtonBox::Save)})
        w->setEnabled(pending);
}

party::RelationTransfer TransferDialog::edited() const
{
    party::RelationTransfer t = m_transfer;
    t.direction = static_cast<party::TransferDirection>(m_direction->currentData().toInt());
    t.memberId = m_member->currentData().toLongLong();
    t.organisationId = m_organisation->currentData().toLongLong();
    t.otherUnit = m_otherUnit->text().trimmed();
    t.letterNumber = m_letter->text().trimmed();
    t.letterDate = m_letterDate->value();
    t.note = m_note->text().trimmed();
    return t;
}

void TransferDialog::accept()
{
    const Result<party::RelationTransfer> saved = party::PartyService(m_db).saveTransfer(edited());
    if (!m_errors.show(saved))
        return;
    m_transfer = saved.value();
    emit transferChanged();
    QDialog::accept();
}

void TransferDialog::complete()
{
    party::PartyService service(m_db);
    const Result<party::RelationTransfer> saved = service.saveTransfer(edited());
    if (!m_errors.show(saved))
        return;
    m_transfer = saved.value();
    Outcome done = service.completeTransfer(m_transfer.id, m_completed->value());
    // Core names the date of the transfer; here that is the completion field.
    Outcome shown;
    for (const Violation& v : done.violations())
        shown.add(v.field == QLatin1String(Field::TransferDate) ? QStringLiteral("transferCompleted")
                                                                : v.field,
                  v.message);
    if (!m_errors.show(shown))
        return;
    emit transferChanged();
    QDialog::accept();
}

} // namespace anju

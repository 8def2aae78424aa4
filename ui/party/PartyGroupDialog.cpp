#include "party/PartyGroupDialog.h"

#include "party/OrganisationRepository.h"
#include "party/PartyGroupRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyRules.h"
#include "party/PartyService.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace anju {

PartyGroupDialog::PartyGroupDialog(const Database& db, qint64 groupId, qint64 branchId, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("partyGroupDialog"));
    if (groupId != 0) {
        if (auto stored = party::PartyGroupRepository(db).group(groupId))
            m_group = *stored;
    } else {
        m_group.branchId = branchId;
    }
    m_branch = new QComboBox(this);
    // A 党小组 divides a branch or a joint branch: core's rule names which organisations hold members.
    for (const party::Organisation& o :
         party::OrganisationRepository(db).organisations(QDate::currentDate())) {
        if (party::PartyRules::holdsMembers(o.kind))
            m_branch->addItem(o.name, o.id);
    }
    m_branch->setCurrentIndex(qMax(0, m_branch->findData(m_group.branchId)));
    m_branch->setEnabled(m_group.id == 0); // a group never moves to another branch
    m_name = new QLineEdit(m_group.name, this);
    m_name->setPlaceholderText(tr("e.g. Building 3 Party Group"));
    m_founded = new OptionalDateEdit(this);
    m_founded->setValue(m_group.id == 0 ? QDate::currentDate() : m_group.foundingDate);
    m_dissolved = new OptionalDateEdit(this);
    m_dissolved->setValue(m_group.dissolvedDate);
    m_members = new QListWidget(this);
    m_members->setMinimumHeight(m_members->fontMetrics().height() * 8);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&Branch:"), m_branch, "groupBranch", QLatin1String(Field::GroupBranch));
    m_errors.addRow(form, this, tr("&Name:"), m_name, "groupName", QLatin1String(Field::GroupName));
    m_errors.addRow(form, this, tr("&Founded on:"), m_founded, "groupFounded",
                    QLatin1String(Field::GroupDates));
    m_errors.addRow(form, this, tr("&Dissolved on:"), m_dissolved, "groupDissolved");
    m_errors.addRow(form, this, tr("&Members:"), m_members, "groupMembers",
                    QLatin1String(Field::MemberGroup));
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartyGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartyGroupDialog::reject);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &PartyGroupDialog::fillMembers);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setWindowTitle(m_group.id == 0 ? tr("New party group") : tr("Party group – %1").arg(m_group.name));
    setMinimumWidth(460);
    fillMembers();
    m_name->setFocus();
}

void PartyGroupDialog::fillMembers()
{
    // The branch's own members (not those of organisations below: a branch has none), checked when in the
    // group now. Members still count in the branch; the group is where they meet monthly.
    m_members->clear();
    party::PartyMemberFilter filter;
    filter.organisationId = m_branch->currentData().toLongLong();
    filter.includeSubOrganisations = false;
    if (filter.organisationId == 0)
        return;
    for (const party::PartyMemberRow& row : party::PartyMemberRepository(m_db).members(filter)) {
        auto* item = new QListWidgetItem(row.name, m_members);
        item->setData(Qt::UserRole, row.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_group.memberIds.contains(row.id) ? Qt::Checked : Qt::Unchecked);
    }
}

party::PartyGroup PartyGroupDialog::edited() const
{
    party::PartyGroup g = m_group;
    g.branchId = m_branch->currentData().toLongLong();
    g.name = m_name->text().trimmed();
    g.foundingDate = m_founded->value();
    g.dissolvedDate = m_dissolved->value();
    g.memberIds.clear();
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            g.memberIds.append(m_members->item(i)->data(Qt::UserRole).toLongLong());
    }
    return g;
}

void PartyGroupDialog::accept()
{
    const Result<party::PartyGroup> saved = party::PartyService(m_db).saveGroup(edited());
    if (!m_errors.show(saved))
        return;
    m_group = saved.value();
    emit groupSaved(m_group.id);
    QDialog::accept();
}

} // namespace anju

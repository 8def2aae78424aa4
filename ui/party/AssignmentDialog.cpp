#include "party/AssignmentDialog.h"

#include "domain/Enums.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyEnums.h"
#include "party/PartyService.h"
#include "registry/SiteRepository.h"
#include "widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace anju {

AssignmentDialog::AssignmentDialog(const Database& db, qint64 assignmentId, qint64 siteId,
                                   party::AssignmentKind kind, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("assignmentDialog"));
    m_assignment.siteId = siteId;
    m_assignment.kind = kind;
    m_assignment.startDate = QDate::currentDate();
    if (assignmentId != 0) {
        if (auto stored = party::PartyActivityRepository(db).assignment(assignmentId))
            m_assignment = *stored;
    }
    m_kind = new QComboBox(this);
    for (const auto& info : enumInfos<party::AssignmentKind>())
        m_kind->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_site = new QComboBox(this);
    for (const Site& site : registry::SiteRepository(db).sites())
        m_site->addItem(site.name, site.id);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("the team's name, or the first secretary's name"));
    m_leader = new QLineEdit(this);
    m_unit = new QLineEdit(this);
    m_start = new OptionalDateEdit(this);
    m_end = new OptionalDateEdit(this);
    m_note = new QLineEdit(this);
    m_coversVillage =
        new QCheckBox(tr("Sent to the site's village or community: serves &every site there"), this);
    m_coversVillage->setObjectName(QStringLiteral("assignmentCoversVillage"));
    m_coversVillage->setToolTip(
        tr("First secretaries are sent to villages and communities; a work team may "
           "cover the site's village. Every site of the same township naming the same "
           "village or community counts as served."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&Kind:"), m_kind, "assignmentKind");
    m_errors.addRow(form, this, tr("&Site:"), m_site, "assignmentSite", QLatin1String(Field::AssignmentSite));
    m_errors.addRow(form, this, tr("&Name:"), m_name, "assignmentName", QLatin1String(Field::AssignmentName));
    m_errors.addRow(form, this, tr("Team &leader:"), m_leader, "assignmentLeader");
    m_errors.addRow(form, this, tr("&Dispatching unit:"), m_unit, "assignmentUnit");
    m_errors.addRow(form, this, tr("Serves &from:"), m_start, "assignmentStart",
                    QLatin1String(Field::AssignmentDates));
    m_errors.addRow(form, this, tr("Serves &until:"), m_end, "assignmentEnd");
    m_errors.addRow(form, this, tr("N&ote:"), m_note, "assignmentNote");
    form->addRow(QString(), m_coversVillage);
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignmentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(500);

    setWindowTitle(m_assignment.id == 0 ? tr("Send a work team or first secretary")
                                        : tr("%1 – %2").arg(enumLabel(m_assignment.kind), m_assignment.name));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(static_cast<int>(m_assignment.kind))));
    m_site->setCurrentIndex(qMax(0, m_site->findData(m_assignment.siteId)));
    m_name->setText(m_assignment.name);
    m_leader->setText(m_assignment.leader);
    m_unit->setText(m_assignment.dispatchingUnit);
    m_start->setValue(m_assignment.startDate);
    m_end->setValue(m_assignment.endDate);
    m_note->setText(m_assignment.note);
    m_coversVillage->setChecked(m_assignment.coversVillage);
    m_name->setFocus();
}

void AssignmentDialog::accept()
{
    party::SiteAssignment a = m_assignment;
    a.kind = static_cast<party::AssignmentKind>(m_kind->currentData().toInt());
    a.siteId = m_site->currentData().toLongLong();
    a.name = m_name->text().trimmed();
    a.leader = m_leader->text().trimmed();
    a.dispatchingUnit = m_unit->text().trimmed();
    a.startDate = m_start->value();
    a.endDate = m_end->value();
    a.note = m_note->text().trimmed();
    a.coversVillage = m_coversVillage->isChecked();
    const Result<party::SiteAssignment> saved = party::PartyService(m_db).saveAssignment(a);
    if (!m_errors.show(saved))
        return;
    emit assignmentSaved();
    QDialog::accept();
}

} // namespace anju

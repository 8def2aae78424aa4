#include "party/OrganisationForm.h"

#include "domain/Enums.h"
#include "party/OrganisationRepository.h"
#include "party/PartyEnums.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "registry/SiteRepository.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

OrganisationForm::OrganisationForm(const Database& db, qint64 organisationId, qint64 presetSiteId,
                                   QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("organisationForm"));
    m_kind = new QComboBox(this);
    for (const auto& info : enumInfos<party::OrganisationKind>())
        m_kind->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Xingfu Community Site Party Branch"));
    m_parent = new QComboBox(this);
    m_sites = new QListWidget(this);
    m_sites->setMinimumHeight(m_sites->fontMetrics().height() * 6);
    m_secretary = new QComboBox(this);
    // Filled only when the secretary has under a year of party standing (支部工作条例): core keeps it then.
    m_secretaryReason = new QLineEdit(this);
    m_secretaryReason->setPlaceholderText(
        tr("Only for a secretary with under a year of party standing: why"));
    m_instructor = new QLineEdit(this);
    m_instructorUnit = new QLineEdit(this);
    m_founded = new OptionalDateEdit(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&Kind:"), m_kind, "organisationKind",
                    QLatin1String(Field::OrganisationKindField));
    m_errors.addRow(form, this, tr("&Name:"), m_name, "organisationName",
                    QLatin1String(Field::OrganisationName));
    m_errors.addRow(form, this, tr("&Under:"), m_parent, "organisationParent",
                    QLatin1String(Field::OrganisationParent));
    m_errors.addRow(form, this, tr("Covers s&ites:"), m_sites, "organisationSites",
                    QLatin1String(Field::OrganisationSites));
    m_errors.addRow(form, this, tr("&Secretary:"), m_secretary, "organisationSecretary");
    m_errors.addRow(form, this, tr("E&xception:"), m_secretaryReason, "organisationSecretaryReason");
    m_errors.addRow(form, this, tr("Party-building &instructor:"), m_instructor, "organisationInstructor");
    m_errors.addRow(form, this, tr("Instructor's &unit:"), m_instructorUnit, "organisationInstructorUnit");
    m_errors.addRow(form, this, tr("&Founded on:"), m_founded, "organisationFounded",
                    QLatin1String(Field::OrganisationFoundingDate));

    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("branchFindings"));
    m_findings->setWordWrap(true);
    m_findings->setStyleSheet(
        QStringLiteral("QLabel { color: #6d4c00; background: #fff8e1; border: 1px solid #ffe082;"
                       " border-radius: 3px; padding: 6px; }"));
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors.setGeneralLabel(general);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrganisationForm::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    party::Organisation organisation;
    if (organisationId != 0) {
        if (auto stored = party::OrganisationRepository(db).organisation(organisationId))
            organisation = *stored;
    }
    load(organisation, presetSiteId);
    m_name->setFocus();
}

void OrganisationForm::load(const party::Organisation& organisation, qint64 presetSiteId)
{
    m_organisation = organisation;
    setWindowTitle(organisation.id == 0 ? tr("New party organisation")
                                        : tr("Party organisation – %1").arg(organisation.name));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(static_cast<int>(organisation.kind))));
    m_name->setText(organisation.name);

    m_parent->clear();
    m_parent->addItem(tr("(none: a top organisation)"), qint64(0));
    const party::OrganisationRepository organisations(m_db);
    const QList<qint64> below =
        organisation.id != 0 ? organisations.subtreeIds(organisation.id) : QList<qint64>();
    for (const party::Organisation& other : organisations.organisations(QDate::currentDate())) {
        // An organisation cannot sit under itself or one of its own branches.
        if (!other.isBranch() && !below.contains(other.id) && other.id != organisation.id)
            m_parent->addItem(other.name, other.id);
    }
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(organisation.parentId)));

    m_sites->clear();
    for (const Site& site : registry::SiteRepository(m_db).sites()) {
        auto* item = new QListWidgetItem(site.name, m_sites);
        item->setData(Qt::UserRole, site.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool covered = organisation.siteIds.contains(site.id) || site.id == presetSiteId;
        item->setCheckState(covered ? Qt::Checked : Qt::Unchecked);
    }

    m_secretary->clear();
    m_secretary->addItem(tr("(vacant)"), qint64(0));
    if (organisation.id != 0) {
        party::PartyMemberFilter filter;
        filter.organisationId = organisation.id;
        filter.includeSubOrganisations = false;
        for (const party::PartyMemberRow& row : party::PartyMemberRepository(m_db).members(filter)) {
            if (row.stage == party::DevelopmentStage::Full ||
                row.stage == party::DevelopmentStage::Probationary)
                m_secretary->addItem(row.name, row.id);
        }
    }
    m_secretary->setCurrentIndex(qMax(0, m_secretary->findData(organisation.secretaryMemberId)));
    m_secretaryReason->setText(organisation.secretaryStandingReason);
    m_instructor->setText(organisation.instructorName);
    m_instructorUnit->setText(organisation.instructorUnit);
    m_founded->setValue(organisation.foundingDate);
    showFindings();
}

void OrganisationForm::showFindings()
{
    if (m_organisation.id == 0 || !m_organisation.isBranch()) {
        m_findings->hide();
        return;
    }
    const party::BranchCounts counts =
        party::OrganisationRepository(m_db).branchCounts(m_organisation.id, QDate::currentDate());
    const Outcome findings = party::PartyRules::checkBranchSize(counts, party::PartyService(m_db).settings());
    QStringList lines;
    lines.append(tr("Now: %1 members, %2 of them full members; committee of %3.")
                     .arg(counts.members)
                     .arg(counts.fullMembers)
                     .arg(counts.committeeSize));
    for (const Violation& v : findings.violations())
        lines.append(tr("⚠ %1").arg(v.message));
    if (!findings.ok())
        lines.append(tr("These are reported in the review list; they do not stop saving."));
    m_findings->setText(lines.join(QLatin1Char('\n')));
    m_findings->show();
}

QString OrganisationForm::warnings() const
{
    return m_findings->isVisibleTo(this) ? m_findings->text() : QString();
}

party::Organisation OrganisationForm::edited() const
{
    party::Organisation organisation = m_organisation;
    organisation.kind = static_cast<party::OrganisationKind>(m_kind->currentData().toInt());
    organisation.name = m_name->text().trimmed();
    organisation.parentId = m_parent->currentData().toLongLong();
    organisation.siteIds.clear();
    for (int i = 0; i < m_sites->count(); ++i) {
        if (m_sites->item(i)->checkState() == Qt::Checked)
            organisation.siteIds.append(m_sites->item(i)->data(Qt::UserRole).toLongLong());
    }
    organisation.secretaryMemberId = m_secretary->currentData().toLongLong();
    organisation.secretaryStandingReason = m_secretaryReason->text().trimmed();
    organisation.instructorName = m_instructor->text().trimmed();
    organisation.instructorUnit = m_instructorUnit->text().trimmed();
    organisation.foundingDate = m_founded->value();
    return organisation;
}

void OrganisationForm::accept()
{
    const Result<party::Organisation> saved = party::PartyService(m_db).saveOrganisation(edited());
    if (!m_errors.show(saved))
        return;
    m_organisation = saved.value();
    emit organisationSaved(m_organisation.id);
    QDialog::accept();
}

} // namespace anju

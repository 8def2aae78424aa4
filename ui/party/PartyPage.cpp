#include "party/PartyPage.h"

#include "party/PartyImportDialog.h"

#include "party/ChartsPanel.h"
#include "party/DuesPanel.h"
#include "party/MeetingsPanel.h"
#include "party/MemberFilterBar.h"
#include "party/MemberForm.h"
#include "party/MembersPanel.h"
#include "party/NewMemberDialog.h"
#include "party/OrganisationForm.h"
#include "party/OrganisationTreeModel.h"
#include "party/PartyGroupDialog.h"
#include "party/PartyImportDialog.h"
#include "party/PartyMemberModel.h"
#include "party/PartyRules.h"
#include "party/PartyViews.h"
#include "party/ReviewPanel.h"
#include "party/SiteTeamsPanel.h"
#include "party/TransfersPanel.h"
#include "widgets/PermissionGate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace anju {

PartyPage::PartyPage(const Database& db, QWidget* parent) : QWidget(parent), m_db(db) {}

void PartyPage::ensureBuilt()
{
    if (m_treeModel)
        return;
    const Database& db = m_db;
    m_treeModel = new OrganisationTreeModel(db, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("organisationTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->expandAll();
    // Organisation names whole (they are names, not notes: "湾头桥移民新村等2个安置点党支部"), the counts
    // as narrow as their figures; measured again when the tree is reloaded or a branch opened.
    sizeColumnsToContents(m_tree);
    connect(m_tree, &QTreeView::expanded, this, [this] { m_tree->resizeColumnToContents(0); });
    auto* treeTitle = new QLabel(tr("&Organisations and members by stage"), this);
    treeTitle->setBuddy(m_tree);
    auto* newOrganisation =
        new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New &organisation…"), this);
    newOrganisation->setObjectName(QStringLiteral("newOrganisation"));
    m_editOrganisation = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit…"), this);
    m_editOrganisation->setObjectName(QStringLiteral("editOrganisation"));
    m_editOrganisation->setToolTip(
        tr("Kind, parent, covered sites, secretary, instructor; branch-size findings"));
    m_newGroup = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New party &group…"), this);
    m_newGroup->setObjectName(QStringLiteral("newPartyGroup"));
    m_newGroup->setToolTip(
        tr("A party group (党小组) dividing the chosen branch; such a branch owes a party group meeting "
           "every month"));
    auto* left = new QWidget(this);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newOrganisation);
    leftButtons->addWidget(m_newGroup);
    leftButtons->addWidget(m_editOrganisation);
    auto* importRoster = new QPushButton(tr("Import &roster…"), this);
    importRoster->setObjectName(QStringLiteral("importPartyRoster"));
    importRoster->setToolTip(tr("A branch's Excel roster of members (党员花名册, .xlsx or .csv)"));
    leftButtons->addWidget(importRoster);
    leftButtons->addStretch(1);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(treeTitle);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(leftButtons);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("partyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_review = new ReviewPanel(db, this);
    m_members = new MembersPanel(db, this);
    m_meetings = new MeetingsPanel(db, this);
    m_dues = new DuesPanel(db, this);
    m_transfers = new TransfersPanel(db, this);
    m_siteTeams = new SiteTeamsPanel(db, this);
    m_charts = new ChartsPanel(db, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("partyTabs"));
    m_tabs->addTab(m_review, tr("To do this month"));
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_meetings, tr("Meetings"));
    m_tabs->addTab(m_dues, tr("Dues"));
    m_tabs->addTab(m_transfers, tr("Transfers"));
    m_tabs->addTab(m_siteTeams, tr("Work teams"));
    m_tabs->addTab(m_charts, tr("Charts"));
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    // A role that reads party records but may not change them (the manager) is told so once, here,
    // and the buttons that would only end in a refusal are greyed with the same reason.
    if (!PermissionGate::apply(db, Action::WriteParty, {newOrganisation})) {
        auto* readOnly = new QLabel(
            tr("You may read the party records; changing them is for the party secretaries and the "
               "administrator."),
            this);
        readOnly->setObjectName(QStringLiteral("partyReadOnlyNote"));
        readOnly->setWordWrap(true);
        readOnly->setEnabled(false);
        rightLayout->addWidget(readOnly);
    }
    rightLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    // The tree as wide as its names and counts, up to nearly half the page; the tabs take the rest.
    const int treeWidth = m_tree->header()->length() + 2 * m_tree->frameWidth() +
                          m_tree->verticalScrollBar()->sizeHint().width();
    // (Built when first shown, or asked for by a test before: then the page has no width yet.)
    const int pageWidth = width() > 400 ? width() : 1100;
    splitter->setSizes(
        {qMin(treeWidth, pageWidth * 45 / 100), pageWidth - qMin(treeWidth, pageWidth * 45 / 100)});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PartyPage::organisationChosen);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 group = m_treeModel->groupId(index))
            openGroup(group, m_treeModel->organisationId(index));
        else if (!m_treeModel->isOffice(index))
            openOrganisation(m_treeModel->organisationId(index));
    });
    connect(newOrganisation, &QPushButton::clicked, this, [this] { this->newOrganisation(); });
    connect(importRoster, &QPushButton::clicked, this, &PartyPage::importRoster);
    connect(m_newGroup, &QPushButton::clicked, this, [this] { openGroup(0, m_organisationId); });
    connect(m_editOrganisation, &QPushButton::clicked, this, [this] {
        if (const qint64 group = m_treeModel->groupId(m_tree->currentIndex()))
            openGroup(group, m_organisationId);
        else
            openOrganisation(m_organisationId);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &PartyPage::refreshCurrentTab);
    connect(m_review, &ReviewPanel::openRequested, this, &PartyPage::openReviewItem);
    connect(m_members, &MembersPanel::openMemberRequested, this, [this](qint64 id) { openMember(id); });
    connect(m_members, &MembersPanel::newMemberRequested, this, [this] { newMember(); });
    connect(m_dues, &DuesPanel::openMemberDuesRequested, this,
            [this](qint64 id) { openMember(id, static_cast<int>(MemberForm::Tab::Dues)); });
    for (auto* panel : std::initializer_list<QObject*>{m_meetings, m_transfers, m_siteTeams})
        connect(panel, SIGNAL(changed()), this, SLOT(refreshAll()));
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showTab(Tab::Members);
        m_members->filterBar()->focusSearch();
    });

    m_tree->setCurrentIndex(m_treeModel->officeIndex());
    organisationChosen();
    setFocusProxy(m_review->view());
}

void PartyPage::showTab(Tab tab)
{
    ensureBuilt();
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void PartyPage::selectOrganisation(qint64 organisationId)
{
    ensureBuilt();
    m_tree->setCurrentIndex(m_treeModel->indexOf(organisationId));
}

void PartyPage::organisationChosen()
{
    m_organisationId = m_treeModel->organisationId(m_tree->currentIndex());
    m_editOrganisation->setEnabled(m_organisationId != 0);
    // 党小组 divide a branch or joint branch only (core's rule on who holds members).
    const party::OrganisationNode* chosenNode = m_treeModel->node(m_tree->currentIndex());
    m_newGroup->setEnabled(chosenNode && party::PartyRules::holdsMembers(chosenNode->organisation.kind));
    updateTitle();
    m_review->setOrganisation(m_organisationId);
    m_members->setOrganisation(m_organisationId);
    // In one branch every row would name it again (the title says it): the room goes to the others.
    m_members->view()->setColumnHidden(int(PartyMemberColumn::Organisation),
                                       chosenNode && chosenNode->organisation.isBranch());
    refreshCurrentTab();
}

void PartyPage::updateTitle()
{
    const party::OrganisationNode* node = m_treeModel->node(m_tree->currentIndex());
    m_title->setText(node ? node->organisation.name : tr("All organisations of the office"));
}

void PartyPage::refreshCurrentTab()
{
    // The panels that read much are read when shown, not on every click in the tree.
    const QString name = m_title->text();
    switch (static_cast<Tab>(m_tabs->currentIndex())) {
    case Tab::Meetings:
        m_meetings->setOrganisation(m_organisationId);
        break;
    case Tab::Dues:
        m_dues->setOrganisation(m_organisationId);
        break;
    case Tab::Transfers:
        m_transfers->setOrganisation(m_organisationId);
        break;
    case Tab::SiteTeams:
        m_siteTeams->refresh();
        break;
    case Tab::Charts:
        m_charts->setOrganisation(m_organisationId, name);
        m_charts->refresh();
        break;
    case Tab::Review:
    case Tab::Members:
        break;
    }
}

void PartyPage::refreshAll()
{
    ensureBuilt();
    m_stale = false;
    const qint64 chosen = m_organisationId;
    m_treeModel->refresh();
    m_tree->expandAll();
    m_tree->setCurrentIndex(m_treeModel->indexOf(chosen));
    m_review->refresh();
    m_members->refresh();
    refreshCurrentTab();
}

void PartyPage::markStale()
{
    if (!m_treeModel)
        return; // nothing read yet: the first showing reads everything
    if (isVisible())
        refreshAll();
    else
        m_stale = true;
}

void PartyPage::showEvent(QShowEvent* event)
{
    ensureBuilt();
    if (m_stale) {
        m_stale = false;
        refreshAll();
    }
    QWidget::showEvent(event);
}

MemberForm* PartyPage::openMember(qint64 memberId, int tab)
{
    auto* form = new MemberForm(m_db, memberId, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->showTab(static_cast<MemberForm::Tab>(tab));
    connect(form, &MemberForm::memberChanged, this, &PartyPage::refreshAll);
    form->open();
    return form;
}

void PartyPage::newMember(qint64 personId, const QString& personName)
{
    auto* dialog = new NewMemberDialog(m_db, m_organisationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (personId != 0)
        dialog->presetPerson(personId, personName);
    // The new record opens at once: the particulars and dues are filled in there.
    connect(dialog, &NewMemberDialog::memberCreated, this, [this](qint64 id) {
        refreshAll();
        openMember(id, static_cast<int>(MemberForm::Tab::Particulars));
    });
    dialog->open();
}

void PartyPage::importRoster()
{
    auto* dialog = new PartyImportDialog(m_db, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartyImportDialog::imported, this, &PartyPage::refreshAll);
    dialog->open();
}

void PartyPage::openOrganisation(qint64 organisationId)
{
    if (organisationId == 0)
        return;
    auto* form = new OrganisationForm(m_db, organisationId, 0, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &OrganisationForm::organisationSaved, this, &PartyPage::refreshAll);
    form->open();
}

void PartyPage::openGroup(qint64 groupId, qint64 branchId)
{
    auto* dialog = new PartyGroupDialog(m_db, groupId, branchId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartyGroupDialog::groupSaved, this, &PartyPage::refreshAll);
    dialog->open();
}

void PartyPage::newOrganisation(qint64 coveringSiteId)
{
    auto* form = new OrganisationForm(m_db, 0, coveringSiteId, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &OrganisationForm::organisationSaved, this, [this](qint64 id) {
        refreshAll();
        selectOrganisation(id);
    });
    form->open();
}

void PartyPage::openReviewItem(party::PartyReviewItem item)
{
    ensureBuilt();
    switch (item.kind) {
    case party::ReviewKind::DuesArrears:
        if (!item.removalCase) {
            openMember(item.memberId, static_cast<int>(MemberForm::Tab::Dues));
            return;
        }
        [[fallthrough]];
    case party::ReviewKind::NoOrganisationalLife:
        // A case for 除名: the member's development page, at the action that records leaving.
        if (auto* leave = openMember(item.memberId)->findChild<QPushButton*>(QStringLiteral("leaveParty")))
            leave->setFocus();
        return;
    case party::ReviewKind::ApplicationTalkDue:
    case party::ReviewKind::ActivistEligible:
    case party::ReviewKind::ConversionDue:
    case party::ReviewKind::ExtensionEnding:
        openMember(item.memberId);
        return;
    case party::ReviewKind::TransferPending:
        m_transfers->openTransfer(item.transferId != 0 ? item.transferId : item.recordId);
        return;
    case party::ReviewKind::MeetingMissing:
        selectOrganisation(item.organisationId);
        showTab(Tab::Meetings);
        m_meetings->newMeeting(item.meetingType);
        return;
    case party::ReviewKind::SiteNeedsOwnBranch:
    case party::ReviewKind::SiteNotCovered:
        newOrganisation(item.siteId);
        return;
    case party::ReviewKind::SiteWithoutWorkTeam:
        m_siteTeams->openAssignment(item.siteId, party::AssignmentKind::WorkTeam);
        return;
    case party::ReviewKind::SiteWithoutFirstSecretary:
        m_siteTeams->openAssignment(item.siteId, party::AssignmentKind::FirstSecretary);
        return;
    case party::ReviewKind::BranchTooSmall:
    case party::ReviewKind::BranchTooLarge:
    case party::ReviewKind::CommitteeMissing:
    case party::ReviewKind::SecretaryStandingShort:
        openOrganisation(item.organisationId);
        return;
    case party::ReviewKind::PoliticalStatusMismatch:
        // The party record is the one to correct (the panel's button corrects the register instead), or,
        // with none, the member to enter.
        if (item.record == party::ReviewRecord::Person)
            newMember(item.personId, item.memberName);
        else
            openMember(item.memberId);
        return;
    }
}

} // namespace anju

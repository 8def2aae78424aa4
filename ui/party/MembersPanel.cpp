#include "party/MembersPanel.h"

#include "party/MemberFilterBar.h"
#include "party/PartyMemberModel.h"
#include "party/PartyViews.h"
#include "widgets/PermissionGate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace anju {

MembersPanel::MembersPanel(const Database& db, QWidget* parent) : QWidget(parent)
{
    m_model = new PartyMemberModel(db, this);
    m_filterBar = new MemberFilterBar(m_model, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("partyMembers"));
    m_view->setModel(m_model);
    setUpListView(m_view);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(int(PartyMemberColumn::Stage), Qt::AscendingOrder);
    // As wide as what they hold, so the list needs no sideways scrolling for short values.
    sizeColumnsToContents(m_view);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("partyMemberCount"));
    auto* add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New member…"), this);
    add->setObjectName(QStringLiteral("newPartyMember"));
    add->setToolTip(tr("Enter an applicant, or a member who joined before, with the steps on file"));
    PermissionGate::apply(db, Action::WriteParty, {add});
    m_open = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openPartyMember"));
    m_open->setToolTip(tr("Open the selected member: stage timeline, transitions, dues (Enter)"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(add);
    bottom->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_model, &PartyMemberModel::countChanged, this, &MembersPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_open->setEnabled(m_view->currentIndex().isValid()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_open->setEnabled(m_view->currentIndex().isValid()); });
    connect(m_view, &QAbstractItemView::activated, this, &MembersPanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &MembersPanel::openCurrent);
    connect(add, &QPushButton::clicked, this, &MembersPanel::newMemberRequested);
    updateCount(m_model->rowCount());
    m_open->setEnabled(false);
}

void MembersPanel::setOrganisation(qint64 organisationId)
{
    m_model->setOrganisation(organisationId, true);
}

void MembersPanel::refresh()
{
    const qint64 current = m_model->memberId(m_view->currentIndex().row());
    m_model->refresh();
    const int row = m_model->rowOfMember(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void MembersPanel::updateCount(int count)
{
    // A refused search lists nobody: say why instead of "0 members".
    const Outcome refused = m_model->refusal();
    m_count->setText(refused ? tr("%n member(s) listed", nullptr, count) : refused.summary());
}

void MembersPanel::openCurrent()
{
    const qint64 id = m_model->memberId(m_view->currentIndex().row());
    if (id != 0)
        emit openMemberRequested(id);
}

} // namespace anju

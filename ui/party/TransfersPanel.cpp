#include "party/TransfersPanel.h"

#include "domain/Enums.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyEnums.h"
#include "party/TransferDialog.h"
#include "widgets/PermissionGate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace anju {

TransfersPanel::TransfersPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_pendingOnly = new QCheckBox(tr("&Pending only"), this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("transfers"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Direction"), tr("Other unit"), tr("Letter no."),
                                        tr("Letter dated"), tr("Completed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count = new QLabel(this);
    auto* add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New transfer…"), this);
    PermissionGate::apply(db, Action::WriteParty, {add});
    auto* open = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Open"), this);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(add);
    bottom->addWidget(open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pendingOnly);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    const auto openCurrent = [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_transfers.size())
            openTransfer(m_transfers.at(row).id);
    };
    connect(m_pendingOnly, &QCheckBox::toggled, this, &TransfersPanel::refresh);
    connect(add, &QPushButton::clicked, this, &TransfersPanel::newTransfer);
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableWidget::activated, this, openCurrent);
}

void TransfersPanel::setOrganisation(qint64 organisationId)
{
    m_organisationId = organisationId;
    refresh();
}

void TransfersPanel::refresh()
{
    m_transfers = party::PartyActivityRepository(m_db).transfers(0, m_pendingOnly->isChecked());
    if (m_organisationId != 0) {
        const QList<qint64> ids = party::OrganisationRepository(m_db).subtreeIds(m_organisationId);
        m_transfers.removeIf(
            [&](const party::RelationTransfer& t) { return !ids.contains(t.organisationId); });
    }
    std::stable_sort(m_transfers.begin(), m_transfers.end(),
                     [](const party::RelationTransfer& a, const party::RelationTransfer& b) {
                         return a.isPending() > b.isPending();
                     });
    m_table->setRowCount(int(m_transfers.size()));
    int pending = 0;
    for (int i = 0; i < m_transfers.size(); ++i) {
        const party::RelationTransfer& t = m_transfers.at(i);
        pending += t.isPending() ? 1 : 0;
        const QStringList texts = {t.memberName,
                                   t.direction == party::TransferDirection::In ? tr("In") : tr("Out"),
                                   t.otherUnit,
                                   t.letterNumber,
                                   t.letterDate.toString(Qt::ISODate),
                                   t.isPending() ? tr("pending") : t.completedDate.toString(Qt::ISODate)};
        for (int c = 0; c < texts.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(texts.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n transfer(s), %1 pending", nullptr, int(m_transfers.size())).arg(pending));
}

void TransfersPanel::newTransfer()
{
    auto* dialog = new TransferDialog(m_db, 0, 0, m_organisationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferDialog::transferChanged, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

void TransfersPanel::openTransfer(qint64 transferId)
{
    auto* dialog = new TransferDialog(m_db, transferId, 0, m_organisationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferDialog::transferChanged, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

} // namespace anju

#include "party/SiteTeamsPanel.h"

#include "party/AssignmentDialog.h"
#include "party/PartyActivityRepository.h"
#include "registry/SiteRepository.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
enum Column
{
    SiteColumn,
    WorkTeamColumn,
    FirstSecretaryColumn,
};

// The assignment of `kind` serving the site today, if any.
const SiteAssignment* current(const QList<SiteAssignment>& all, qint64 siteId, AssignmentKind kind,
                              QDate today)
{
    for (const SiteAssignment& a : all) {
        if (a.siteId == siteId && a.kind == kind && a.isCurrentOn(today))
            return &a;
    }
    return nullptr;
}
} // namespace

SiteTeamsPanel::SiteTeamsPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("siteTeams"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Work team now"), tr("First secretary now")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary = new QLabel(this);
    auto* team = new QPushButton(tr("&Work team…"), this);
    team->setToolTip(tr("Open or send the work team of the selected site"));
    auto* secretary = new QPushButton(tr("&First secretary…"), this);
    secretary->setToolTip(tr("Open or send the first secretary of the selected site"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(team);
    bottom->addWidget(secretary);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_table, &QTableWidget::cellActivated, this, &SiteTeamsPanel::openCell);
    connect(team, &QPushButton::clicked, this, [this] { openCell(m_table->currentRow(), WorkTeamColumn); });
    connect(secretary, &QPushButton::clicked, this,
            [this] { openCell(m_table->currentRow(), FirstSecretaryColumn); });
}

void SiteTeamsPanel::refresh()
{
    const QDate today = QDate::currentDate();
    const QList<SiteAssignment> all = PartyActivityRepository(m_db).assignments(0);
    const QList<Site> sites = SiteRepository(m_db).sites();
    m_siteIds.clear();
    m_table->setRowCount(int(sites.size()));
    int withoutTeam = 0;
    int withoutSecretary = 0;
    const QBrush missing(QColor(0xc6, 0x28, 0x28));
    for (int i = 0; i < sites.size(); ++i) {
        const Site& site = sites.at(i);
        m_siteIds.append(site.id);
        m_table->setItem(i, SiteColumn, new QTableWidgetItem(site.name));
        const auto cell = [&](AssignmentKind kind, int column, int& without) {
            const SiteAssignment* a = current(all, site.id, kind, today);
            QString text;
            if (a) {
                text = a->dispatchingUnit.isEmpty()
                           ? a->name
                           : tr("%1 (%2)", "name (dispatching unit)").arg(a->name, a->dispatchingUnit);
            } else {
                text = tr("none");
                ++without;
            }
            auto* item = new QTableWidgetItem(text);
            if (!a)
                item->setForeground(missing);
            else if (a->startDate.isValid())
                item->setToolTip(tr("Since %1").arg(a->startDate.toString(Qt::ISODate)));
            m_table->setItem(i, column, item);
        };
        cell(AssignmentKind::WorkTeam, WorkTeamColumn, withoutTeam);
        cell(AssignmentKind::FirstSecretary, FirstSecretaryColumn, withoutSecretary);
    }
    m_summary->setText(tr("%1 sites: %2 without a work team, %3 without a first secretary.")
                           .arg(sites.size())
                           .arg(withoutTeam)
                           .arg(withoutSecretary));
}

void SiteTeamsPanel::openCell(int row, int column)
{
    if (row < 0 || row >= m_siteIds.size())
        return;
    openAssignment(m_siteIds.at(row), column == FirstSecretaryColumn ? AssignmentKind::FirstSecretary
                                                                     : AssignmentKind::WorkTeam);
}

void SiteTeamsPanel::openAssignment(qint64 siteId, AssignmentKind kind)
{
    const QList<SiteAssignment> all = PartyActivityRepository(m_db).assignments(siteId);
    const SiteAssignment* a = current(all, siteId, kind, QDate::currentDate());
    auto* dialog = new AssignmentDialog(m_db, a ? a->id : 0, siteId, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignmentDialog::assignmentSaved, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

} // namespace anju

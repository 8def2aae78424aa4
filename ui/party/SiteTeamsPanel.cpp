#include "party/SiteTeamsPanel.h"

#include "party/AssignmentDialog.h"
#include "party/PartyActivityRepository.h"
#include "party/SiteTeams.h"

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
    // Which sites count as lacking a team is core's (SiteTeams, the review's rule); the panel shows it.
    const Result<party::SiteTeams> result = party::SiteTeams::on(m_db);
    m_siteIds.clear();
    if (!result) {
        m_table->setRowCount(0);
        m_summary->setText(result.summary());
        return;
    }
    const party::SiteTeams& teams = result.value();
    m_table->setRowCount(int(teams.rows.size()));
    const QBrush missing(QColor(0xc6, 0x28, 0x28));
    for (int i = 0; i < teams.rows.size(); ++i) {
        const party::SiteTeamRow& site = teams.rows.at(i);
        m_siteIds.append(site.siteId);
        m_table->setItem(i, SiteColumn, new QTableWidgetItem(site.siteName));
        const auto cell = [&](const std::optional<party::SiteAssignment>& a, int column) {
            QString text;
            if (a) {
                text = a->dispatchingUnit.isEmpty()
                           ? a->name
                           : tr("%1 (%2)", "name (dispatching unit)").arg(a->name, a->dispatchingUnit);
            } else {
                text = tr("none");
            }
            if (a && a->siteId != site.siteId) // sent to another site's village or community, this one's too
                text = tr("%1 – through the village or community").arg(text);
            auto* item = new QTableWidgetItem(text);
            if (!a && party::SiteTeams::needsTeams(site.residents))
                item->setForeground(missing);
            else if (a && a->startDate.isValid())
                item->setToolTip(tr("Since %1").arg(a->startDate.toString(Qt::ISODate)));
            m_table->setItem(i, column, item);
        };
        cell(site.workTeam, WorkTeamColumn);
        cell(site.firstSecretary, FirstSecretaryColumn);
    }
    m_summary->setText(tr("%1 sites: %2 without a work team, %3 without a first secretary.")
                           .arg(teams.rows.size())
                           .arg(teams.withoutWorkTeam)
                           .arg(teams.withoutFirstSecretary));
}

void SiteTeamsPanel::openCell(int row, int column)
{
    if (row < 0 || row >= m_siteIds.size())
        return;
    openAssignment(m_siteIds.at(row), column == FirstSecretaryColumn ? party::AssignmentKind::FirstSecretary
                                                                     : party::AssignmentKind::WorkTeam);
}

void SiteTeamsPanel::openAssignment(qint64 siteId, party::AssignmentKind kind)
{
    const QList<party::SiteAssignment> all = party::PartyActivityRepository(m_db).assignments(siteId);
    const party::SiteAssignment* a = party::SiteTeams::current(all, siteId, kind, QDate::currentDate());
    auto* dialog = new AssignmentDialog(m_db, a ? a->id : 0, siteId, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignmentDialog::assignmentSaved, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

} // namespace anju

#include "party/DuesPanel.h"

#include "domain/Enums.h"
#include "party/DuesOverview.h"
#include "party/PartyEnums.h"
#include "party/PartyRules.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
enum Column
{
    NameColumn,
    OrganisationColumn,
    CategoryColumn,
    PerMonthColumn,
    PaidColumn,
    OwedMonthsColumn,
    OwedAmountColumn,
};

} // namespace

DuesPanel::DuesPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("duesOverview"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Organisation"), tr("Category"),
                                        tr("Per month (yuan)"), tr("Months paid this year"),
                                        tr("Months owed"), tr("Owed (yuan)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_summary = new QLabel(this);
    auto* open = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Record payment…"), this);
    open->setToolTip(tr("Open the selected member's dues to record the months paid (Enter)"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    const auto openCurrent = [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_memberIds.size())
            emit openMemberDuesRequested(m_memberIds.at(row));
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableWidget::activated, this, openCurrent);
}

void DuesPanel::setOrganisation(qint64 organisationId)
{
    m_organisationId = organisationId;
    refresh();
}

void DuesPanel::refresh()
{
    // Who owes what is core's (DuesOverview); the panel only lays it out.
    const Result<party::DuesOverview> result = party::DuesOverview::forOrganisation(m_db, m_organisationId);
    m_memberIds.clear();
    if (!result) {
        m_table->setRowCount(0);
        m_summary->setText(result.summary());
        return;
    }
    const party::DuesOverview& overview = result.value();
    const QList<party::DuesOverviewRow>& rows = overview.rows;
    m_table->setRowCount(int(rows.size()));
    const QBrush red(QColor(0xc6, 0x28, 0x28));
    for (int i = 0; i < rows.size(); ++i) {
        const party::DuesOverviewRow& r = rows.at(i);
        m_memberIds.append(r.memberId);
        const QStringList texts = {r.name,
                                   r.organisationName,
                                   enumLabel(r.category),
                                   party::PartyRules::formatYuan(r.perMonth),
                                   QString::number(r.paidThisYear),
                                   QString::number(r.owed.size()),
                                   r.owed.isEmpty() ? QString()
                                                    : party::PartyRules::formatYuan(r.owedAmount)};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts.at(c));
            if (c >= PerMonthColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!r.owed.isEmpty() && c >= OwedMonthsColumn)
                item->setForeground(red);
            if (c == OwedMonthsColumn && !r.owed.isEmpty())
                item->setToolTip(tr("Owed since %1").arg(r.owed.first().toString(QStringLiteral("yyyy-MM"))));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnHidden(OrganisationColumn, overview.organisations == 1);
    m_summary->setText(tr("%1 party members; %2 owe dues, %3 yuan in all (through %4).")
                           .arg(rows.size())
                           .arg(overview.owing)
                           .arg(party::PartyRules::formatYuan(overview.owedTotal),
                                overview.through.toString(QStringLiteral("yyyy-MM"))));
}

} // namespace anju

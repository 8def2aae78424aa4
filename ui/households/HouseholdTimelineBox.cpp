#include "households/HouseholdTimelineBox.h"

#include "database/Database.h"
#include "grids/HouseholdTimeline.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

enum Column
{
    Date,
    Kind,
    Summary,
    Who,
    ColumnCount
};

} // namespace

HouseholdTimelineBox::HouseholdTimelineBox(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("householdTimeline"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (grids::TimelineKind kind : grids::HouseholdTimeline::kinds())
        m_kind->addItem(grids::HouseholdTimeline::kindLabel(kind), grids::HouseholdTimeline::kindKey(kind));
    auto* kindLabel = new QLabel(tr("Sho&w:"), this);
    kindLabel->setBuddy(m_kind);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("timelineNote"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("What happened"), tr("Who")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(Date, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Summary, QHeaderView::Stretch);
    header->setSectionResizeMode(Who, QHeaderView::ResizeToContents);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &HouseholdTimelineBox::applyFilter);

    auto* top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch();
    top->addWidget(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void HouseholdTimelineBox::load(qint64 householdId)
{
    m_table->setRowCount(0);
    if (householdId == 0) {
        m_note->clear();
        return;
    }
    const Result<QList<grids::TimelineEntry>> read =
        grids::HouseholdTimeline(m_db).entries(householdId, QDate::currentDate());
    if (!read) {
        m_note->setText(read.summary());
        return;
    }
    for (const grids::TimelineEntry& e : read.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {e.date.toString(Qt::ISODate), grids::HouseholdTimeline::kindLabel(e.kind),
                                   e.summary, e.who};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == Summary)
                item->setToolTip(e.summary); // a long finding is cut in the row
            if (c == Kind)
                item->setData(Qt::UserRole, grids::HouseholdTimeline::kindKey(e.kind));
            m_table->setItem(row, c, item);
        }
    }
    applyFilter();
}

void HouseholdTimelineBox::applyFilter()
{
    const QString kind = m_kind->currentData().toString();
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool show = kind.isEmpty() || m_table->item(row, Kind)->data(Qt::UserRole).toString() == kind;
        m_table->setRowHidden(row, !show);
        shown += show ? 1 : 0;
    }
    m_note->setText(m_table->rowCount() == 0 ? tr("No visits, cases or contacts are on record.")
                                             : tr("Lines shown: %1, newest first.").arg(shown));
}

} // namespace anju

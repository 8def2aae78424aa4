#include "grids/GridPlanView.h"

#include "domain/Enums.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace anju {

using grids::PlanCell;
using grids::VisitAge;

namespace {

// Light colours that keep black text readable; the legend and each cell's tooltip say them in words too.
QColor ageColour(VisitAge age)
{
    switch (age) {
    case VisitAge::ThisMonth:
        return QColor(0xc8, 0xe6, 0xc9);
    case VisitAge::WithinWindow:
        return QColor(0xff, 0xf3, 0xb0);
    case VisitAge::Overdue:
        return QColor(0xff, 0xcd, 0xd2);
    case VisitAge::Never:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QString swatch(VisitAge age)
{
    return QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
        .arg(ageColour(age).name());
}

// The room's place on its floor ("1203" on floor 12 → "03"), so the same flat of every floor is one column.
QString position(const grids::PlanRow& row)
{
    return row.floor > 0 && row.room.size() >= 3 ? row.room.right(2) : row.room;
}

} // namespace

GridPlanView::GridPlanView(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("planCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_buildings = new QWidget;
    m_buildingsLayout = new QVBoxLayout(m_buildings);
    m_buildingsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("planScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_buildings);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
}

void GridPlanView::setGrid(qint64 gridId, QDate day)
{
    m_gridId = gridId;
    m_day = day;
    refresh();
}

void GridPlanView::clearBuildings()
{
    for (QTableWidget* table : std::as_const(m_tables))
        delete table->parentWidget();
    m_tables.clear();
}

void GridPlanView::refresh()
{
    clearBuildings();
    m_plan = {};
    m_message->hide();
    if (m_gridId == 0) {
        m_counts->setText(tr("Choose a grid in the tree to see its buildings."));
        return;
    }
    const auto read = grids::GridPlanQuery(m_db).plan(m_gridId, m_day);
    if (!read) {
        m_counts->clear();
        m_message->setText(read.summary());
        m_message->show();
        return;
    }
    m_plan = read.value();
    updateCounts();
    // The cells come by building: one table each.
    QList<PlanCell> building;
    for (const PlanCell& cell : std::as_const(m_plan.cells)) {
        if (!building.isEmpty() && building.first().row.buildingId != cell.row.buildingId) {
            addBuilding(building.first().row.buildingName, building);
            building.clear();
        }
        building.append(cell);
    }
    if (!building.isEmpty())
        addBuilding(building.first().row.buildingName, building);
    if (m_plan.cells.isEmpty()) {
        m_message->setText(tr("No active household is in this grid on %1.").arg(m_day.toString(Qt::ISODate)));
        m_message->show();
    }
}

void GridPlanView::updateCounts()
{
    const grids::PlanCounts& n = m_plan.counts;
    m_counts->setText(
        tr("<b>%1 households</b>: ★ %2 must be visited · ● %3 paired, ○ %4 not · last visit: %5 this month "
           "%6 · %7 within %8 days %9 · %10 longer ago or a visit missed %11 · %12 never %13")
            .arg(n.households)
            .arg(n.mustVisit)
            .arg(n.paired)
            .arg(n.households - n.paired)
            .arg(n.thisMonth)
            .arg(swatch(VisitAge::ThisMonth))
            .arg(n.withinWindow)
            .arg(m_plan.windowDays)
            .arg(swatch(VisitAge::WithinWindow))
            .arg(n.overdue)
            .arg(swatch(VisitAge::Overdue))
            .arg(n.never)
            .arg(swatch(VisitAge::Never)));
}

QString GridPlanView::cellText(const PlanCell& cell) const
{
    const QString marks = (cell.mustVisit() ? QStringLiteral("★") : QString()) +
                          (cell.paired ? QStringLiteral("●") : QStringLiteral("○"));
    const QString visit = cell.lastVisit.isValid() ? cell.lastVisit.toString(QStringLiteral("yyyy-MM-dd"))
                                                   : tr("never visited");
    return QStringLiteral("%1 %2\n%3 %4").arg(cell.row.number, cell.row.headName, marks, visit);
}

QString GridPlanView::cellToolTip(const PlanCell& cell) const
{
    QStringList lines;
    lines.append(tr("Household %1, head %2, room %3 %4")
                     .arg(cell.row.number, cell.row.headName, cell.row.unitName, cell.row.room));
    QStringList why;
    for (grids::CareCategory c : cell.care)
        why.append(enumLabel(c));
    if (cell.difficultFamily)
        why.append(tr("difficult family"));
    lines.append(why.isEmpty() ? tr("No must-visit reason on this day.")
                               : tr("Must be visited: %1").arg(why.join(tr(", "))));
    lines.append(cell.paired ? tr("Paired with a cadre or party member.") : tr("Not paired."));
    switch (cell.age) {
    case VisitAge::ThisMonth:
        lines.append(tr("Visited this month (%1).").arg(cell.lastVisit.toString(Qt::ISODate)));
        break;
    case VisitAge::WithinWindow:
        lines.append(tr("Last visited %1, within %2 days.")
                         .arg(cell.lastVisit.toString(Qt::ISODate))
                         .arg(m_plan.windowDays));
        break;
    case VisitAge::Overdue:
        if (cell.missedWindowEnd.isValid())
            lines.append(cell.lastVisit.isValid() ? tr("A visit due by %1 was not made; last visited %2.")
                                                        .arg(cell.missedWindowEnd.toString(Qt::ISODate),
                                                             cell.lastVisit.toString(Qt::ISODate))
                                                  : tr("A visit due by %1 was not made; never visited.")
                                                        .arg(cell.missedWindowEnd.toString(Qt::ISODate)));
        else
            lines.append(tr("Last visited %1, more than %2 days ago.")
                             .arg(cell.lastVisit.toString(Qt::ISODate))
                             .arg(m_plan.windowDays));
        break;
    case VisitAge::Never:
        lines.append(tr("Never visited."));
        break;
    }
    if (cell.row.byException)
        lines.append(tr("In this grid by an exception, not by its dwelling."));
    lines.append(tr("Enter or double-click opens the household."));
    return lines.join(QLatin1Char('\n'));
}

void GridPlanView::addBuilding(const QString& name, const QList<PlanCell>& cells)
{
    // Columns: each unit's room positions in order; rows: floors, the top one first.
    QList<QPair<QString, QString>> columns;
    QList<int> floors;
    for (const PlanCell& cell : cells) {
        const QPair<QString, QString> key{cell.row.unitName, position(cell.row)};
        if (!columns.contains(key))
            columns.append(key);
        if (!floors.contains(cell.row.floor))
            floors.append(cell.row.floor);
    }
    std::sort(columns.begin(), columns.end());
    std::sort(floors.begin(), floors.end(), std::greater<int>());

    auto* box = new QWidget(m_buildings);
    auto* title = new QLabel(name.isEmpty() ? tr("No dwelling on file") : name, box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* table = new QTableWidget(int(floors.size()), int(columns.size()), box);
    table->setObjectName(QStringLiteral("planBuilding"));
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    QStringList rowLabels;
    for (int floor : std::as_const(floors))
        rowLabels.append(floor > 0 ? tr("Floor %1").arg(floor) : tr("No floor"));
    table->setVerticalHeaderLabels(rowLabels);
    QStringList columnLabels;
    for (const auto& [unit, room] : std::as_const(columns))
        columnLabels.append(QStringLiteral("%1 %2").arg(unit, room).trimmed());
    table->setHorizontalHeaderLabels(columnLabels);
    for (const PlanCell& cell : cells) {
        const int row = int(floors.indexOf(cell.row.floor));
        const int column = int(columns.indexOf({cell.row.unitName, position(cell.row)}));
        // Two households in one room (a shared flat) share the cell: the second gets its own line.
        QTableWidgetItem* item = table->item(row, column);
        if (item) {
            item->setText(item->text() + QLatin1Char('\n') + cellText(cell));
            item->setToolTip(item->toolTip() + QStringLiteral("\n\n") + cellToolTip(cell));
            continue;
        }
        item = new QTableWidgetItem(cellText(cell));
        item->setData(HouseholdIdRole, cell.row.householdId);
        item->setBackground(ageColour(cell.age));
        item->setForeground(QColor(Qt::black));
        item->setToolTip(cellToolTip(cell));
        table->setItem(row, column, item);
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    // The whole building at once: the page scrolls, not each table.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height + 2);
    connect(table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(HouseholdIdRole).toLongLong())
            emit householdActivated(id);
    });
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(table);
    m_buildingsLayout->insertWidget(m_buildingsLayout->count() - 1, box);
    m_tables.append(table);
}

} // namespace anju

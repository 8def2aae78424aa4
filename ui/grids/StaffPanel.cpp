#include "grids/StaffPanel.h"

#include "domain/Enums.h"
#include "grids/EndStaffDialog.h"
#include "grids/GridRepository.h"
#include "grids/HandoverDialog.h"
#include "grids/PairingHandoverDialog.h"
#include "grids/StaffDialog.h"
#include "registry/SiteRepository.h"
#include "widgets/PermissionGate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

StaffPanel::StaffPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Resident or cadre"),
                                        tr("Building / unit"), tr("Work unit"), tr("Phone"),
                                        tr("Serving since")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add staff…"), this);
    m_add->setObjectName(QStringLiteral("addStaff"));
    m_end = new QPushButton(tr("&End service…"), this);
    m_end->setObjectName(QStringLiteral("endStaff"));
    m_handOver = new QPushButton(tr("&Hand over…"), this);
    m_handOver->setObjectName(QStringLiteral("handOverStaff"));
    m_handOver->setToolTip(tr("The chosen staff member's pairings and open visit tasks go to a successor in "
                              "one action, and their service ends"));
    m_handOverPairings = new QPushButton(tr("Hand over &pairings…"), this);
    m_handOverPairings->setObjectName(QStringLiteral("handOverPairings"));
    m_handOverPairings->setToolTip(tr("A cadre's or party member's pairings with the grid's households, and "
                                      "their open visit tasks, go to a successor in one action"));
    // Core's reason as the tooltip of each greyed button: naming staff and handing work over is the
    // manager's, so the clerk (the grid worker) and the secretary read the staff only.
    m_mayWrite =
        PermissionGate::apply(db, Action::OrganiseGrids, {m_add, m_end, m_handOver, m_handOverPairings});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_end);
    buttons->addWidget(m_handOver);
    buttons->addWidget(m_handOverPairings);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, &StaffPanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &StaffPanel::addStaff);
    connect(m_end, &QPushButton::clicked, this, &StaffPanel::endStaff);
    connect(m_handOver, &QPushButton::clicked, this, &StaffPanel::handOver);
    connect(m_handOverPairings, &QPushButton::clicked, this, &StaffPanel::handOverPairings);
    updateButtons();
}

void StaffPanel::setGrid(qint64 gridId, QDate day)
{
    m_gridId = gridId;
    m_day = day;
    refresh();
}

void StaffPanel::refresh()
{
    m_table->setRowCount(0);
    m_staff.clear();
    m_message->hide();
    if (m_gridId != 0) {
        const auto read = grids::GridRepository(m_db).staff(m_gridId, m_day);
        if (read) {
            m_staff = read.value();
        } else {
            m_message->setText(read.summary());
            m_message->show();
        }
    }
    m_table->setRowCount(int(m_staff.size()));
    for (int row = 0; row < m_staff.size(); ++row) {
        const grids::StaffMember& s = m_staff.at(row);
        const QStringList cells = {enumLabel(s.role),
                                   s.name,
                                   enumLabel(s.origin),
                                   placeOf(s),
                                   s.workUnit,
                                   s.phone,
                                   s.validFrom.toString(QStringLiteral("yyyy-MM-dd"))};
        for (int column = 0; column < qMin(int(cells.size()), int(ColumnCount)); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, s.id);
            m_table->setItem(row, column, item);
        }
    }
    // Every column but the last, which stretches to the table's edge: sized to its contents too, it kept
    // that width after a handover refreshed the list and left a gap on the right.
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        m_table->resizeColumnToContents(column);
    if (!m_staff.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

void StaffPanel::selectStaff(qint64 staffId)
{
    for (int row = 0; row < m_staff.size(); ++row)
        if (m_staff.at(row).id == staffId)
            m_table->setCurrentCell(row, 0);
}

QString StaffPanel::placeOf(const grids::StaffMember& staff) const
{
    if (staff.buildingId == 0)
        return {};
    // The building's name from what the grid covers; a unit by its name within it.
    const auto covered = grids::GridRepository(m_db).coverage(m_gridId, m_day);
    QString building;
    for (const grids::GridCoverage& c : covered ? covered.value() : QList<grids::GridCoverage>())
        if (c.buildingId == staff.buildingId)
            building = c.buildingName;
    if (staff.unitId == 0)
        return building;
    for (const BuildingUnit& u : registry::SiteRepository(m_db).units(staff.buildingId))
        if (u.id == staff.unitId)
            return QStringLiteral("%1 %2").arg(building, u.name).trimmed();
    return building;
}

const grids::StaffMember* StaffPanel::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_staff.size() ? &m_staff.at(row) : nullptr;
}

void StaffPanel::updateButtons()
{
    if (!m_mayWrite)
        return; // greyed with the reason once, whatever is chosen
    m_add->setEnabled(m_gridId != 0);
    m_end->setEnabled(current() != nullptr);
    m_handOver->setEnabled(current() != nullptr);
    m_handOverPairings->setEnabled(m_gridId != 0);
}

StaffDialog* StaffPanel::addStaff()
{
    if (!m_mayWrite || m_gridId == 0)
        return nullptr;
    auto* dialog = new StaffDialog(m_db, m_gridId, m_day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StaffDialog::staffAdded, this, [this](qint64 id) {
        refresh();
        selectStaff(id);
        emit changed();
    });
    dialog->open();
    return dialog;
}

EndStaffDialog* StaffPanel::endStaff()
{
    const grids::StaffMember* s = current();
    if (!m_mayWrite || !s)
        return nullptr;
    auto* dialog = new EndStaffDialog(m_db, *s, m_day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndStaffDialog::staffEnded, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
    return dialog;
}

HandoverDialog* StaffPanel::handOver()
{
    const grids::StaffMember* s = current();
    if (!m_mayWrite || !s)
        return nullptr;
    auto* dialog = new HandoverDialog(m_db, *s, m_day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HandoverDialog::handedOver, this, [this](const grids::Handover& done) {
        refresh();
        selectStaff(done.successorStaffId);
        emit changed();
    });
    dialog->open();
    return dialog;
}

PairingHandoverDialog* StaffPanel::handOverPairings()
{
    if (!m_mayWrite || m_gridId == 0)
        return nullptr;
    // Starts from the chosen staff member when they pair anyone; any other partner is one choice away.
    const grids::StaffMember* s = current();
    auto* dialog = new PairingHandoverDialog(m_db, m_gridId, m_day, s ? s->id : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PairingHandoverDialog::handedOver, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
    return dialog;
}

} // namespace anju

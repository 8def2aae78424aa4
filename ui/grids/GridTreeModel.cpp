#include "grids/GridTreeModel.h"

#include "grids/GridRepository.h"

namespace anju {

namespace {

constexpr int GridIdRole = Qt::UserRole + 1;
constexpr int SiteIdRole = Qt::UserRole + 2;

QStandardItem* countItem(int value)
{
    auto* item = new QStandardItem(QString::number(value));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

GridTreeModel::GridTreeModel(const Database& db, QObject* parent) : QStandardItemModel(parent), m_db(db)
{
    setHorizontalHeaderLabels({tr("Site / grid"), tr("Households"), tr("Staff")});
}

Outcome GridTreeModel::refresh(QDate day)
{
    removeRows(0, rowCount());
    m_grids = 0;
    const auto grids = grids::GridRepository(m_db).grids(0, day);
    if (!grids)
        return static_cast<const Outcome&>(grids);
    QStandardItem* site = nullptr;
    qint64 siteId = 0;
    int siteHouseholds = 0;
    int siteStaff = 0;
    auto closeSite = [&] {
        if (!site)
            return;
        item(site->row(), Households)->setText(QString::number(siteHouseholds));
        item(site->row(), Staff)->setText(QString::number(siteStaff));
    };
    for (const grids::GridSummary& s : grids.value()) {
        if (!site || s.grid.siteId != siteId) {
            closeSite();
            siteId = s.grid.siteId;
            siteHouseholds = siteStaff = 0;
            site = new QStandardItem(s.siteName);
            site->setData(siteId, SiteIdRole);
            site->setToolTip(tr("Site %1").arg(s.siteCode));
            appendRow({site, countItem(0), countItem(0)});
        }
        auto* grid = new QStandardItem(tr("%1 (%2)").arg(s.grid.name, s.grid.code));
        grid->setData(s.grid.id, GridIdRole);
        grid->setData(siteId, SiteIdRole);
        site->appendRow({grid, countItem(s.activeHouseholds), countItem(s.staff)});
        siteHouseholds += s.activeHouseholds;
        siteStaff += s.staff;
        ++m_grids;
    }
    closeSite();
    return {};
}

qint64 GridTreeModel::gridId(const QModelIndex& index) const
{
    return index.siblingAtColumn(Name).data(GridIdRole).toLongLong();
}

qint64 GridTreeModel::siteId(const QModelIndex& index) const
{
    return index.siblingAtColumn(Name).data(SiteIdRole).toLongLong();
}

QModelIndex GridTreeModel::indexOfGrid(qint64 gridId) const
{
    const QModelIndexList found =
        match(index(0, Name), GridIdRole, gridId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace anju

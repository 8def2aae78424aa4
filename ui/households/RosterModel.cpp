#include "households/RosterModel.h"

#include "domain/Enums.h"

#include <QPalette>

namespace anju {

RosterModel::RosterModel(const Database& db, QObject* parent) : QAbstractTableModel(parent), m_query(db)
{
    m_count = m_query.count(m_filter);
}

void RosterModel::setFilter(const registry::RosterFilter& filter)
{
    // Counting a province takes a moment: only when the filter really changed.
    if (filter.siteId == m_filter.siteId && filter.buildingId == m_filter.buildingId &&
        filter.state == m_filter.state && filter.search == m_filter.search)
        return;
    m_filter = filter;
    reset(true);
}

void RosterModel::refresh()
{
    reset(true);
}

void RosterModel::reset(bool recount)
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    const int before = m_count;
    if (recount)
        m_count = m_query.count(m_filter);
    endResetModel();
    if (recount || before != m_count)
        emit countChanged(m_count);
}

qint64 RosterModel::householdId(int row) const
{
    const registry::RosterRow* r = rowAt(row);
    return r ? r->householdId : 0;
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : registry::RosterColumnCount;
}

const registry::RosterRow* RosterModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pageUse.size() >= MaxCachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page,
                            m_query.page(m_filter, m_sortColumn, m_ascending, page * PageSize, PageSize));
        m_pageUse.append(page);
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int offset = row % PageSize;
    // Another desk may have removed rows since the count: show the row empty rather than fail.
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString RosterModel::displayText(const registry::RosterRow& row, registry::RosterColumn column) const
{
    switch (column) {
    case registry::RosterColumn::Number:
        return row.number;
    case registry::RosterColumn::HeadName:
        return row.headName;
    case registry::RosterColumn::HeadIdNumber:
        return row.headIdNumber;
    case registry::RosterColumn::Site:
        return row.siteName;
    case registry::RosterColumn::Address:
        return row.address;
    case registry::RosterColumn::MemberCount:
        return QString::number(row.memberCount);
    case registry::RosterColumn::Phone:
        return row.phone;
    case registry::RosterColumn::RelocationDate:
        return row.relocationDate.toString(Qt::ISODate);
    case registry::RosterColumn::State:
        return enumLabel(row.state);
    }
    return {};
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= registry::RosterColumnCount)
        return {};
    const registry::RosterRow* row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = static_cast<registry::RosterColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole:
        if (column == registry::RosterColumn::HeadName && !row->matchedName.isEmpty())
            return tr("Head of household: %1\nFound by the search: %2").arg(row->headName, row->matchedName);
        return displayText(*row, column);
    case MatchedMemberRole:
        if (column == registry::RosterColumn::HeadName)
            return row->matchedName;
        return {};
    case Qt::TextAlignmentRole:
        if (column == registry::RosterColumn::MemberCount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Households no longer on the register stay findable but should not read as current.
        if (row->state != HouseholdState::Active)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case HouseholdIdRole:
        return row->householdId;
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole || section < 0 || section >= registry::RosterColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<registry::RosterColumn>(section)) {
    case registry::RosterColumn::Number:
        return tr("Household no.");
    case registry::RosterColumn::HeadName:
        return tr("Head of household");
    case registry::RosterColumn::HeadIdNumber:
        return tr("ID number");
    case registry::RosterColumn::Site:
        return tr("Site");
    case registry::RosterColumn::Address:
        return tr("Address");
    case registry::RosterColumn::MemberCount:
        return tr("Members");
    case registry::RosterColumn::Phone:
        return tr("Phone");
    case registry::RosterColumn::RelocationDate:
        return tr("Relocated");
    case registry::RosterColumn::State:
        return tr("State");
    }
    return {};
}

void RosterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= registry::RosterColumnCount)
        return;
    const auto sortColumn = static_cast<registry::RosterColumn>(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (sortColumn == m_sortColumn && ascending == m_ascending)
        return;
    m_sortColumn = sortColumn;
    m_ascending = ascending;
    // The set of rows is the same, only their order changes: no need to count again.
    reset(false);
}

} // namespace anju

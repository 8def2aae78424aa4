#include "import/ImportErrorsModel.h"

#include <algorithm>
#include <tuple>

namespace anju {

void ImportErrorsModel::setErrors(const QList<exchange::ImportError>& errors)
{
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

int ImportErrorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_errors.size());
}

int ImportErrorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_errors.size())
        return {};
    const exchange::ImportError& e = m_errors.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RowColumn:
            // A problem of the whole file (no row) has nothing to point at.
            return e.row > 0 ? QVariant(e.row) : QVariant();
        case ColumnColumn:
            return e.column;
        case MessageColumn:
            return e.message;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

void ImportErrorsModel::sort(int column, Qt::SortOrder order)
{
    const auto less = [column](const exchange::ImportError& a, const exchange::ImportError& b) {
        switch (column) {
        case ColumnColumn:
            return std::tie(a.column, a.row) < std::tie(b.column, b.row);
        case MessageColumn:
            return std::tie(a.message, a.row) < std::tie(b.message, b.row);
        default:
            return std::tie(a.row, a.column) < std::tie(b.row, b.column);
        }
    };
    // A reset rather than a layout change: nothing keeps a persistent index into this list.
    beginResetModel();
    // Stable, so errors with equal keys keep the file's order.
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [&](const exchange::ImportError& a, const exchange::ImportError& b) {
                         return order == Qt::AscendingOrder ? less(a, b) : less(b, a);
                     });
    endResetModel();
}

} // namespace anju

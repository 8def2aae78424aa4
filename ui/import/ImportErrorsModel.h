#pragma once

#include "exchange/ImportTypes.h"

#include <QAbstractTableModel>

namespace anju {

// The problems a check found, one per row and column, sortable by any column.
class ImportErrorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        ColumnColumn,
        MessageColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setErrors(const QList<exchange::ImportError>& errors);
    const exchange::ImportError& error(int row) const { return m_errors.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<exchange::ImportError> m_errors;
};

} // namespace anju

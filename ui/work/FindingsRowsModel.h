#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace anju {

// A findings list as a table of texts with the household each row opens: a model rather than a
// QTableWidget, because the whole office's idle labour runs to tens of thousands of names and a widget
// item per cell would take seconds to build.
class FindingsRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int HouseholdIdRole = Qt::UserRole + 1;

    explicit FindingsRowsModel(const QStringList& headers, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_headers(headers)
    {
    }

    // One row per finding: its texts (one per header) and the household it opens.
    void setRows(QList<QStringList> rows, QList<qint64> households)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_households = std::move(households);
        endResetModel();
    }
    qint64 householdId(int row) const
    {
        return row >= 0 && row < m_households.size() ? m_households.at(row) : 0;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        if (role == HouseholdIdRole)
            return householdId(index.row());
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const QStringList& texts = m_rows.at(index.row());
        return index.column() < texts.size() ? texts.at(index.column()) : QString();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_headers.size())
            return m_headers.at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_households;
};

} // namespace anju

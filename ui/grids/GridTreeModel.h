#pragma once

#include "domain/Violation.h"

#include <QDate>
#include <QStandardItemModel>

namespace anju {

class Database;

// The grid tree of the 网格 page: each site with its grids open on a day, each with its active households
// and staff serving (GridRepository::grids, one grouped query). Sites sum their grids.
class GridTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Households,
        Staff,
        ColumnCount
    };

    explicit GridTreeModel(const Database& db, QObject* parent = nullptr);

    // Reads the tree again for `day`; the refusal or error when it cannot.
    Outcome refresh(QDate day);
    qint64 gridId(const QModelIndex& index) const;
    qint64 siteId(const QModelIndex& index) const;
    QModelIndex indexOfGrid(qint64 gridId) const;
    int gridCount() const { return m_grids; }

private:
    const Database& m_db;
    int m_grids = 0;
};

} // namespace anju

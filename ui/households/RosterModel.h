#pragma once

#include "registry/RosterQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace anju {

class Database;

// The household roster as a table: counts and sorts in SQL and fetches rows a page at a time when the
// view asks for them, keeping only a few pages, so a province of households never sits in memory.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 10;
    enum Role
    {
        HouseholdIdRole = Qt::UserRole + 1,
        // On the head's column, while searching: the name of the member the search found (core decides).
        MatchedMemberRole,
    };

    explicit RosterModel(const Database& db, QObject* parent = nullptr);

    void setFilter(const registry::RosterFilter& filter);
    const registry::RosterFilter& filter() const { return m_filter; }
    // Counts again and drops the cached pages, e.g. after a household was saved.
    void refresh();

    qint64 householdId(int row) const;
    // Pages held in memory now (at most MaxCachedPages).
    int cachedPageCount() const { return int(m_pages.size()); }
    registry::RosterColumn sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(int count);

private:
    const registry::RosterRow* rowAt(int row) const;
    QString displayText(const registry::RosterRow& row, registry::RosterColumn column) const;
    void reset(bool recount);

    registry::RosterQuery m_query;
    registry::RosterFilter m_filter;
    registry::RosterColumn m_sortColumn = registry::RosterColumn::Number;
    bool m_ascending = true;
    int m_count = 0;
    // Fetched pages by page number; m_pageUse holds page numbers, most recently used last.
    mutable QHash<int, QList<registry::RosterRow>> m_pages;
    mutable QList<int> m_pageUse;
};

} // namespace anju

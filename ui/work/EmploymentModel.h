#pragma once

#include "work/EmploymentRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace anju {

class Database;

// The jobs of the 就业 list as a table: counted and filtered in SQL (EmploymentRepository), fetched a page
// at a time when the view asks for a row, keeping only a few pages, as the roster does.
class EmploymentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 10;
    enum class Column
    {
        Name,
        IdNumber,
        Household,
        Site,
        Channel,
        Place, // the employer and the place the job names
        Destination,
        Income,
        Started,
        Ended,
    };
    static constexpr int ColumnCount = int(Column::Ended) + 1;
    enum Role
    {
        HouseholdIdRole = Qt::UserRole + 1,
        PersonIdRole,
        JobIdRole,
    };

    explicit EmploymentModel(const Database& db, QObject* parent = nullptr);

    // Typed filters; each counts again only when the filter really changed.
    void setDay(QDate day); // jobs holding on the day; null: jobs of any time
    void setSiteId(qint64 siteId);
    void setChannel(std::optional<work::Channel> channel);
    void setSearch(const QString& text);
    void setFilter(const work::EmploymentFilter& filter);
    const work::EmploymentFilter& filter() const { return m_filter; }
    // Counts again and drops the cached pages, e.g. after a job was recorded.
    void refresh();

    // The row's job and person, or null past the end (another desk may have ended jobs since the count).
    const work::EmploymentRow* rowAt(int row) const;
    int count() const { return m_count; }
    // False until a filter was set or refresh() asked: nothing is read before.
    bool isCounted() const { return m_counted; }
    // Why the list is empty when core refused it (a role that may not read work, a masked search); empty
    // when it was read.
    QString refusal() const { return m_refusal; }
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(int count);

private:
    QString displayText(const work::EmploymentRow& row, Column column) const;

    const Database& m_db;
    work::EmploymentFilter m_filter;
    int m_count = 0;
    bool m_counted = false;
    QString m_refusal;
    // Fetched pages by page number; m_pageUse holds page numbers, most recently used last.
    mutable QHash<int, QList<work::EmploymentRow>> m_pages;
    mutable QList<int> m_pageUse;
};

} // namespace anju

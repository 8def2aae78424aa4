#pragma once

#include "domain/Violation.h"
#include "work/IndustryTypes.h"

#include <QAbstractTableModel>

namespace anju {

class Database;

enum class ProjectColumn
{
    Name,
    Level,
    Model,
    Site,
    Investment,
    StartedOn,
    EndedOn,
    Households,
    People,
    Shares,
    Amount,
};
inline constexpr int ProjectColumnCount = 11;

// The projects of the 产业 tab (IndustryRepository::projects): by level, then the latest begun first,
// filtered in SQL, with the beneficiary households and people of the filter's year; fetched a page at a
// time as the view scrolls.
class ProjectModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;

    explicit ProjectModel(const Database& db, QObject* parent = nullptr);

    void setYear(int year); // 0: every year
    void setSite(qint64 siteId);
    void setLevel(std::optional<work::IndustryLevel> level);
    const work::ProjectFilter& filter() const { return m_filter; }
    void refresh();

    int totalCount() const { return m_total; }
    const Outcome& refusal() const { return m_refusal; }
    const work::ProjectRow* rowAt(int row) const;
    int rowOfProject(qint64 projectId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QString displayText(const work::ProjectRow& row, ProjectColumn column) const;

    const Database& m_db;
    work::ProjectFilter m_filter;
    QList<work::ProjectRow> m_rows;
    int m_total = 0;
    Outcome m_refusal;
};

} // namespace anju

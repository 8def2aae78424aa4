#pragma once

#include "domain/Violation.h"
#include "work/TrainingTypes.h"

#include <QAbstractTableModel>

namespace anju {

class Database;

enum class CourseColumn
{
    Title,
    Trade,
    Organiser,
    Site,
    StartsOn,
    EndsOn,
    Hours,
    Places,
    Enrolled,
    Completed,
    Certificates,
    Dropped,
};
inline constexpr int CourseColumnCount = 12;

// The courses of the 培训 tab (TrainingRepository::courses): filtered and ordered in SQL (the latest ending
// first), fetched a page at a time as the view scrolls, so years of courses never load at once.
class CourseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    enum Role
    {
        CourseIdRole = Qt::UserRole + 1,
    };

    explicit CourseModel(const Database& db, QObject* parent = nullptr);

    // Typed filter setters; each reads the first page again when the filter really changed.
    void setYear(int year); // 0: every year
    void setSite(qint64 siteId);
    void setSearch(const QString& text);
    const work::CourseFilter& filter() const { return m_filter; }
    // Counts again and reads the first page, e.g. after a course was saved.
    void refresh();

    // The courses the filter finds (not only the pages read), and why none could be read.
    int totalCount() const { return m_total; }
    const Outcome& refusal() const { return m_refusal; }
    const work::CourseRow* rowAt(int row) const;
    int rowOfCourse(qint64 courseId) const; // -1 while not read

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void countChanged(int count);

private:
    QString displayText(const work::CourseRow& row, CourseColumn column) const;

    const Database& m_db;
    work::CourseFilter m_filter;
    QList<work::CourseRow> m_rows;
    int m_total = 0;
    Outcome m_refusal;
};

} // namespace anju

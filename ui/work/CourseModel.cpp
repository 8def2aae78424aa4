#include "work/CourseModel.h"

#include "work/TrainingRepository.h"

namespace anju {

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

CourseModel::CourseModel(const Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    m_filter.year = QDate::currentDate().year();
    refresh();
}

void CourseModel::setYear(int year)
{
    if (m_filter.year == year)
        return;
    m_filter.year = year;
    refresh();
}

void CourseModel::setSite(qint64 siteId)
{
    if (m_filter.siteId == siteId)
        return;
    m_filter.siteId = siteId;
    refresh();
}

void CourseModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_filter.search == trimmed)
        return;
    m_filter.search = trimmed;
    refresh();
}

void CourseModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_refusal = Outcome();
    const work::TrainingRepository repository(m_db);
    const Result<int> count = repository.courseCount(m_filter);
    if (!count) {
        m_refusal = count;
    } else {
        m_total = count.value();
        const auto page = repository.courses(m_filter, 0, PageSize);
        if (page)
            m_rows = page.value();
        else
            m_refusal = page;
    }
    endResetModel();
    emit countChanged(m_total);
}

bool CourseModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_refusal.ok() && m_rows.size() < m_total;
}

void CourseModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = work::TrainingRepository(m_db).courses(m_filter, int(m_rows.size()), PageSize);
    if (!page || page.value().isEmpty()) {
        // Courses removed since the count: stop asking rather than fetch for ever.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.value().size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

const work::CourseRow* CourseModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CourseModel::rowOfCourse(qint64 courseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).course.id == courseId)
            return i;
    }
    return -1;
}

int CourseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : CourseColumnCount;
}

QString CourseModel::displayText(const work::CourseRow& row, CourseColumn column) const
{
    const work::TrainingCourse& c = row.course;
    switch (column) {
    case CourseColumn::Title:
        return c.title;
    case CourseColumn::Trade:
        return c.trade;
    case CourseColumn::Organiser:
        return c.organiser;
    case CourseColumn::Site:
        return row.siteName.isEmpty() ? tr("Whole office") : row.siteName;
    case CourseColumn::StartsOn:
        return isoDate(c.startsOn);
    case CourseColumn::EndsOn:
        return isoDate(c.endsOn);
    case CourseColumn::Hours:
        return QString::number(c.hours);
    case CourseColumn::Places:
        return c.capacity > 0 ? QString::number(c.capacity) : tr("no limit");
    case CourseColumn::Enrolled:
        return QString::number(row.attendances);
    case CourseColumn::Completed:
        return QString::number(row.completed);
    case CourseColumn::Certificates:
        return QString::number(row.certificates);
    case CourseColumn::Dropped:
        return QString::number(row.dropped);
    }
    return {};
}

QVariant CourseModel::data(const QModelIndex& index, int role) const
{
    const work::CourseRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= CourseColumnCount)
        return {};
    const auto column = static_cast<CourseColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole:
        if (column == CourseColumn::Title && !row->course.demand.isEmpty())
            return tr("%1 — answers: %2").arg(row->course.title, row->course.demand);
        return displayText(*row, column);
    case Qt::TextAlignmentRole:
        return int(column) >= int(CourseColumn::Hours) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                       : QVariant();
    case CourseIdRole:
        return row->course.id;
    default:
        return {};
    }
}

QVariant CourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= CourseColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == int(CourseColumn::Enrolled))
        return tr("Everyone enrolled, the dropped included; 人次 leave the dropped out");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<CourseColumn>(section)) {
    case CourseColumn::Title:
        return tr("Course");
    case CourseColumn::Trade:
        return tr("Trade");
    case CourseColumn::Organiser:
        return tr("Organiser");
    case CourseColumn::Site:
        return tr("Site");
    case CourseColumn::StartsOn:
        return tr("From");
    case CourseColumn::EndsOn:
        return tr("To");
    case CourseColumn::Hours:
        return tr("Hours");
    case CourseColumn::Places:
        return tr("Places");
    case CourseColumn::Enrolled:
        return tr("Enrolled");
    case CourseColumn::Completed:
        return tr("Completed");
    case CourseColumn::Certificates:
        return tr("Certificates");
    case CourseColumn::Dropped:
        return tr("Dropped");
    }
    return {};
}

} // namespace anju

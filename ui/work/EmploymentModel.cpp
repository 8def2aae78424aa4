#include "work/EmploymentModel.h"

#include "work/EmploymentRules.h"

namespace anju {

namespace {

QString yuan(work::Fen fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

QString joined(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        const QString text = part.trimmed();
        if (!text.isEmpty() && !kept.contains(text))
            kept.append(text);
    }
    return kept.join(separator);
}

} // namespace

EmploymentModel::EmploymentModel(const Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    m_filter.holdingOn = QDate::currentDate();
    m_filter.limit = PageSize;
    // Not counted yet: the list is read when its tab is first shown or a filter is set, not at start-up.
}

void EmploymentModel::setDay(QDate day)
{
    work::EmploymentFilter f = m_filter;
    f.holdingOn = day;
    setFilter(f);
}

void EmploymentModel::setSiteId(qint64 siteId)
{
    work::EmploymentFilter f = m_filter;
    f.siteId = siteId;
    setFilter(f);
}

void EmploymentModel::setChannel(std::optional<work::Channel> channel)
{
    work::EmploymentFilter f = m_filter;
    f.channel = channel;
    setFilter(f);
}

void EmploymentModel::setSearch(const QString& text)
{
    work::EmploymentFilter f = m_filter;
    f.search = text.trimmed();
    setFilter(f);
}

void EmploymentModel::setFilter(const work::EmploymentFilter& filter)
{
    // Counting a province's jobs takes a moment: only when the filter really changed.
    if (m_counted && filter.holdingOn == m_filter.holdingOn && filter.siteId == m_filter.siteId &&
        filter.channel == m_filter.channel && filter.search == m_filter.search)
        return;
    m_filter = filter;
    refresh();
}

void EmploymentModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    const auto counted = work::EmploymentRepository(m_db).countJobs(m_filter);
    m_count = counted ? counted.value() : 0;
    m_counted = true;
    m_refusal = counted ? QString() : counted.summary();
    endResetModel();
    emit countChanged(m_count);
}

const work::EmploymentRow* EmploymentModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pageUse.size() >= MaxCachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        work::EmploymentFilter f = m_filter;
        f.offset = page * PageSize;
        f.limit = PageSize;
        const auto rows = work::EmploymentRepository(m_db).jobs(f);
        it = m_pages.insert(page, rows ? rows.value() : QList<work::EmploymentRow>{});
        m_pageUse.append(page);
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int EmploymentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int EmploymentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EmploymentModel::displayText(const work::EmploymentRow& row, Column column) const
{
    const work::Employment& e = row.employment;
    switch (column) {
    case Column::Name:
        return row.person.name;
    case Column::IdNumber:
        return row.person.idNumber;
    case Column::Household:
        return row.person.householdNumber;
    case Column::Site:
        return row.person.siteName;
    case Column::Channel:
        return enumLabel(e.channel);
    case Column::Place: {
        // Labour export's place is its destination unless a broker or batch names more: the next column
        // shows it already.
        const bool onlyDestination =
            row.placeName == joined({e.destinationProvince, e.destinationCity}, QStringLiteral(" "));
        return joined({e.employer, onlyDestination ? QString() : row.placeName}, tr(" · "));
    }
    case Column::Destination:
        return joined({e.destinationProvince, e.destinationCity}, QStringLiteral(" "));
    case Column::Income:
        return e.monthlyIncome > 0 ? yuan(e.monthlyIncome) : QString();
    case Column::Started:
        return e.startedOn.toString(Qt::ISODate);
    case Column::Ended:
        return e.endedOn.toString(Qt::ISODate);
    }
    return {};
}

QVariant EmploymentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const work::EmploymentRow* row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole:
        if (column == Column::Ended && row->employment.endedOn.isValid())
            return tr("The first day no longer employed. Reason: %1")
                .arg(work::EmploymentRules::endReasonText(row->employment.endReason));
        return displayText(*row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Income)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HouseholdIdRole:
        return row->person.householdId;
    case PersonIdRole:
        return row->person.personId;
    case JobIdRole:
        return row->employment.id;
    default:
        return {};
    }
}

QVariant EmploymentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::IdNumber:
        return tr("ID number");
    case Column::Household:
        return tr("Household");
    case Column::Site:
        return tr("Site");
    case Column::Channel:
        return tr("Channel");
    case Column::Place:
        return tr("Employer / place");
    case Column::Destination:
        return tr("Destination");
    case Column::Income:
        return tr("Yuan a month");
    case Column::Started:
        return tr("Started");
    case Column::Ended:
        return tr("Ended");
    }
    return {};
}

} // namespace anju

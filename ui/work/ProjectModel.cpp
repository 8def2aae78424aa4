#include "work/ProjectModel.h"

#include "domain/Enums.h"
#include "work/IndustryRepository.h"
#include "work/WorkWidgets.h"

namespace anju {

ProjectModel::ProjectModel(const Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    m_filter.year = QDate::currentDate().year();
    refresh();
}

void ProjectModel::setYear(int year)
{
    if (m_filter.year == year)
        return;
    m_filter.year = year;
    refresh();
}

void ProjectModel::setSite(qint64 siteId)
{
    if (m_filter.siteId == siteId)
        return;
    m_filter.siteId = siteId;
    refresh();
}

void ProjectModel::setLevel(std::optional<work::IndustryLevel> level)
{
    if (m_filter.level == level)
        return;
    m_filter.level = level;
    refresh();
}

void ProjectModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_refusal = Outcome();
    const work::IndustryRepository repository(m_db);
    const Result<int> count = repository.projectCount(m_filter);
    if (!count) {
        m_refusal = count;
    } else {
        m_total = count.value();
        const auto page = repository.projects(m_filter, 0, PageSize);
        if (page)
            m_rows = page.value();
        else
            m_refusal = page;
    }
    endResetModel();
}

bool ProjectModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_refusal.ok() && m_rows.size() < m_total;
}

void ProjectModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = work::IndustryRepository(m_db).projects(m_filter, int(m_rows.size()), PageSize);
    if (!page || page.value().isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.value().size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

const work::ProjectRow* ProjectModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ProjectModel::rowOfProject(qint64 projectId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).project.id == projectId)
            return i;
    }
    return -1;
}

int ProjectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ProjectColumnCount;
}

QString ProjectModel::displayText(const work::ProjectRow& row, ProjectColumn column) const
{
    const work::IndustryProject& p = row.project;
    switch (column) {
    case ProjectColumn::Name:
        return p.name;
    case ProjectColumn::Level:
        return enumLabel(p.level);
    case ProjectColumn::Model:
        return p.model == work::IndustryModel::AssetShares
                   ? tr("%1 (%2 shares)").arg(enumLabel(p.model)).arg(p.totalShares)
                   : enumLabel(p.model);
    case ProjectColumn::Site:
        return row.siteName.isEmpty() ? tr("Whole office") : row.siteName;
    case ProjectColumn::Investment:
        return workui::yuan(p.investment);
    case ProjectColumn::StartedOn:
        return p.startedOn.toString(Qt::ISODate);
    case ProjectColumn::EndedOn:
        return p.endedOn.toString(Qt::ISODate);
    case ProjectColumn::Households:
        return QString::number(row.households);
    case ProjectColumn::People:
        return QString::number(row.people);
    case ProjectColumn::Shares:
        return p.model == work::IndustryModel::AssetShares ? QString::number(row.shares) : QString();
    case ProjectColumn::Amount:
        return workui::yuan(row.amount);
    }
    return {};
}

QVariant ProjectModel::data(const QModelIndex& index, int role) const
{
    const work::ProjectRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ProjectColumnCount)
        return {};
    const auto column = static_cast<ProjectColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole: {
        const work::IndustryProject& p = row->project;
        if (column == ProjectColumn::Name && !(p.operatorName.isEmpty() && p.location.isEmpty()))
            return tr("%1 — run by %2, at %3").arg(p.name, p.operatorName, p.location);
        return displayText(*row, column);
    }
    case Qt::TextAlignmentRole:
        return column == ProjectColumn::Investment || int(column) >= int(ProjectColumn::Households)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ProjectColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= int(ProjectColumn::Households))
        return m_filter.year > 0 ? tr("Beneficiaries of %1").arg(m_filter.year)
                                 : tr("Beneficiaries of every year, each household once");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<ProjectColumn>(section)) {
    case ProjectColumn::Name:
        return tr("Project");
    case ProjectColumn::Level:
        return tr("Level");
    case ProjectColumn::Model:
        return tr("Model");
    case ProjectColumn::Site:
        return tr("Site");
    case ProjectColumn::Investment:
        return tr("Investment (yuan)");
    case ProjectColumn::StartedOn:
        return tr("Began");
    case ProjectColumn::EndedOn:
        return tr("Ended");
    case ProjectColumn::Households:
        return tr("Households");
    case ProjectColumn::People:
        return tr("People");
    case ProjectColumn::Shares:
        return tr("Shares");
    case ProjectColumn::Amount:
        return tr("Paid (yuan)");
    }
    return {};
}

} // namespace anju

#include "party/OrganisationTreeModel.h"

#include "domain/Enums.h"
#include "party/PartyEnums.h"
#include "party/PartyGroupRepository.h"

#include <QFont>
#include <QHash>

namespace anju {

namespace {

std::optional<party::DevelopmentStage> stageOf(OrganisationColumn column)
{
    switch (column) {
    case OrganisationColumn::Applicants:
        return party::DevelopmentStage::Applicant;
    case OrganisationColumn::Activists:
        return party::DevelopmentStage::Activist;
    case OrganisationColumn::Targets:
        return party::DevelopmentStage::DevelopmentTarget;
    case OrganisationColumn::Probationary:
        return party::DevelopmentStage::Probationary;
    case OrganisationColumn::Full:
        return party::DevelopmentStage::Full;
    case OrganisationColumn::Name:
        break;
    }
    return std::nullopt;
}

} // namespace

OrganisationTreeModel::OrganisationTreeModel(const Database& db, QObject* parent)
    : QAbstractItemModel(parent), m_db(db)
{
    refresh();
}

void OrganisationTreeModel::refresh(QDate asOf)
{
    beginResetModel();
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    const QList<party::OrganisationNode> organisations = party::OrganisationRepository(m_db).tree(day);
    const party::PartyGroupRepository groupRepository(m_db);
    QHash<qint64, QList<party::PartyGroup>> groupsOf;
    for (const party::PartyGroup& g : groupRepository.groups()) {
        if (g.existsOn(day))
            groupsOf[g.branchId].append(g);
    }
    m_groupSizes.clear();
    const QHash<qint64, qint64> memberGroups = groupRepository.memberGroupsOn(day);
    for (qint64 group : memberGroups)
        ++m_groupSizes[group];
    // Each branch followed by its groups: rows whose node is a copy of the branch's without counts.
    m_nodes.clear();
    m_groups.clear();
    for (const party::OrganisationNode& node : organisations) {
        m_nodes.append(node);
        for (const party::PartyGroup& g : groupsOf.value(node.organisation.id)) {
            party::OrganisationNode groupRow;
            groupRow.organisation = node.organisation;
            groupRow.depth = node.depth + 1;
            m_groups.insert(int(m_nodes.size()), g);
            m_nodes.append(groupRow);
        }
    }
    m_parent.fill(-1, m_nodes.size());
    m_children = QList<QList<int>>(m_nodes.size() + 1);
    m_children.last().append(int(m_nodes.size())); // the whole office, first
    QHash<qint64, int> position;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!m_groups.contains(i))
            position.insert(m_nodes.at(i).organisation.id, i);
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        // A group's row sits under its branch (the organisation its node copies).
        const qint64 parentId =
            m_groups.contains(i) ? m_nodes.at(i).organisation.id : m_nodes.at(i).organisation.parentId;
        const int parent = position.value(parentId, -1);
        m_parent[i] = parent;
        m_children[parent < 0 ? m_nodes.size() : parent].append(i);
    }
    endResetModel();
}

party::StageCounts OrganisationTreeModel::totals() const
{
    party::StageCounts sum;
    for (const party::OrganisationNode& node : m_nodes)
        sum += node.own;
    return sum;
}

QModelIndex OrganisationTreeModel::indexOf(qint64 organisationId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).organisation.id == organisationId) {
            const QList<int>& siblings = m_children.at(m_parent.at(i) < 0 ? m_nodes.size() : m_parent.at(i));
            return createIndex(int(siblings.indexOf(i)), 0, quintptr(i));
        }
    }
    return officeIndex();
}

qint64 OrganisationTreeModel::groupId(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    const auto it = m_groups.constFind(int(index.internalId()));
    return it == m_groups.constEnd() ? 0 : it->id;
}

qint64 OrganisationTreeModel::organisationId(const QModelIndex& index) const
{
    const party::OrganisationNode* n = node(index);
    return n ? n->organisation.id : 0;
}

bool OrganisationTreeModel::isOffice(const QModelIndex& index) const
{
    return index.isValid() && index.internalId() == quintptr(m_nodes.size());
}

QModelIndex OrganisationTreeModel::officeIndex() const
{
    return createIndex(0, 0, quintptr(m_nodes.size()));
}

const party::OrganisationNode* OrganisationTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(int(index.internalId()));
}

QModelIndex OrganisationTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= OrganisationColumnCount || row < 0)
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : int(m_nodes.size());
    if (isOffice(parent) || parentNode > m_nodes.size() || row >= m_children.at(parentNode).size())
        return {};
    return createIndex(row, column, quintptr(m_children.at(parentNode).at(row)));
}

QModelIndex OrganisationTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isOffice(child))
        return {};
    const int parentNode = m_parent.value(int(child.internalId()), -1);
    if (parentNode < 0)
        return {};
    const int grand = m_parent.at(parentNode);
    const QList<int>& siblings = m_children.at(grand < 0 ? m_nodes.size() : grand);
    return createIndex(int(siblings.indexOf(parentNode)), 0, quintptr(parentNode));
}

int OrganisationTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    if (isOffice(parent))
        return 0;
    const int parentNode = parent.isValid() ? int(parent.internalId()) : int(m_nodes.size());
    return parentNode <= m_nodes.size() ? int(m_children.at(parentNode).size()) : 0;
}

int OrganisationTreeModel::columnCount(const QModelIndex&) const
{
    return OrganisationColumnCount;
}

QVariant OrganisationTreeModel::data(const QModelIndex& index, int role) const
{
    const auto column = static_cast<OrganisationColumn>(index.column());
    const std::optional<party::DevelopmentStage> stage = stageOf(column);
    if (isOffice(index)) {
        // Every organisation's own members added up: the office as a whole.
        const party::StageCounts all = totals();
        switch (role) {
        case Qt::DisplayRole:
            if (stage)
                return all.of(*stage) > 0 ? QString::number(all.of(*stage)) : QString();
            return tr("All organisations");
        case Qt::ToolTipRole:
            return stage ? tr("%1: %2").arg(enumLabel(*stage)).arg(all.of(*stage))
                         : tr("Every organisation of the office together");
        case Qt::TextAlignmentRole:
            return stage ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case OrganisationIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const party::OrganisationNode* n = node(index);
    if (!n)
        return {};
    if (const auto group = m_groups.constFind(int(index.internalId())); group != m_groups.constEnd()) {
        switch (role) {
        case Qt::DisplayRole:
            return stage ? QVariant() : QVariant(tr("Party group: %1").arg(group->name));
        case Qt::ToolTipRole:
            return tr("Party group of %1 · %2 · members: %3 (they count in the branch)")
                .arg(n->organisation.name, group->name)
                .arg(m_groupSizes.value(group->id));
        case OrganisationIdRole:
            return n->organisation.id;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (stage) {
            const int count = n->subtree.of(*stage);
            return count > 0 ? QString::number(count) : QString();
        }
        return n->organisation.name;
    case Qt::ToolTipRole:
        if (stage)
            return tr("%1: %2").arg(enumLabel(*stage)).arg(n->subtree.of(*stage));
        return n->siteNames.isEmpty()
                   ? tr("%1 · %2").arg(enumLabel(n->organisation.kind), n->organisation.name)
                   : tr("%1 · %2\nCovers: %3")
                         .arg(enumLabel(n->organisation.kind), n->organisation.name,
                              n->siteNames.join(tr(", ", "list separator")));
    case Qt::TextAlignmentRole:
        if (stage)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OrganisationIdRole:
        return n->organisation.id;
    default:
        return {};
    }
}

QVariant OrganisationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= OrganisationColumnCount)
        return {};
    const auto column = static_cast<OrganisationColumn>(section);
    if (role == Qt::ToolTipRole) {
        if (const auto stage = stageOf(column))
            return tr("%1, counting the organisations below").arg(enumLabel(*stage));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    // Short headers: the tree shares the page with the member list.
    switch (column) {
    case OrganisationColumn::Name:
        return tr("Organisation");
    case OrganisationColumn::Applicants:
        return tr("Appl.", "applicants, short column header");
    case OrganisationColumn::Activists:
        return tr("Activ.", "activists, short column header");
    case OrganisationColumn::Targets:
        return tr("Targ.", "development targets, short column header");
    case OrganisationColumn::Probationary:
        return tr("Prob.", "probationary members, short column header");
    case OrganisationColumn::Full:
        return tr("Full", "full members, short column header");
    }
    return {};
}

} // namespace anju

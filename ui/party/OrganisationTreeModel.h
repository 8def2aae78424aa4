#pragma once

#include "party/OrganisationRepository.h"

#include <QAbstractItemModel>
#include <QHash>

namespace anju {

class Database;

enum class OrganisationColumn
{
    Name,
    Applicants,
    Activists,
    Targets,
    Probationary,
    Full,
};
inline constexpr int OrganisationColumnCount = 6;

// The branch tree of the 党建 page: 党委 → 党总支 → 党支部, each with its members by stage on a day (the
// organisation and everything below it), and each branch's 党小组 as rows under it (no counts of their
// own: their members are the branch's; the row stands for its branch elsewhere).
class OrganisationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        OrganisationIdRole = Qt::UserRole + 1,
    };

    explicit OrganisationTreeModel(const Database& db, QObject* parent = nullptr);

    // Reads the tree again with its counts on `asOf` (today when null).
    void refresh(QDate asOf = {});
    // The first row stands for the whole office (organisation id 0) with the counts of all.
    QModelIndex officeIndex() const;
    bool isOffice(const QModelIndex& index) const;
    // The row of an organisation; the office row for 0 or an unknown id.
    QModelIndex indexOf(qint64 organisationId) const;
    // The organisation of the row (for a 党小组 row, its branch).
    qint64 organisationId(const QModelIndex& index) const;
    // The 党小组 of the row, or 0 for an organisation's row.
    qint64 groupId(const QModelIndex& index) const;
    const party::OrganisationNode* node(const QModelIndex& index) const; // null for the office row
    const QList<party::OrganisationNode>& nodes() const { return m_nodes; }
    // The whole office: every organisation's own members added up.
    party::StageCounts totals() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database& m_db;
    QList<party::OrganisationNode> m_nodes; // tree order
    QHash<int, party::PartyGroup> m_groups; // the 党小组 rows among m_nodes (node: a copy of its branch's)
    QHash<qint64, int> m_groupSizes;        // members in each group on the day
    QList<int> m_parent;             // index in m_nodes of each node's parent, -1 for top ones
    // Children of each node; the last entry holds the top rows: the office (id m_nodes.size()), then the
    // top organisations.
    QList<QList<int>> m_children;
};

} // namespace anju

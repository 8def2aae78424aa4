#include "party/ReviewModel.h"

#include "domain/Enums.h"
#include "party/PartyEnums.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace anju {

ReviewModel::ReviewModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_month(QDate::currentDate())
{
    refresh();
}

void ReviewModel::setMonth(QDate month)
{
    if (!month.isValid() || (month.year() == m_month.year() && month.month() == m_month.month()))
        return;
    m_month = month;
    refresh();
}

void ReviewModel::setOrganisation(qint64 id)
{
    if (id == m_organisationId)
        return;
    m_organisationId = id;
    refresh();
}

void ReviewModel::setKinds(const QList<party::ReviewKind>& kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    refresh();
}

void ReviewModel::refresh()
{
    beginResetModel();
    m_items = party::PartyReview(m_db).forMonth(m_month, m_organisationId);
    if (!m_kinds.isEmpty())
        m_items.removeIf([this](const party::PartyReviewItem& item) { return !m_kinds.contains(item.kind); });
    endResetModel();
    emit countChanged(int(m_items.size()));
}

const party::PartyReviewItem* ReviewModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ReviewModel::overdueCount() const
{
    int n = 0;
    for (const party::PartyReviewItem& item : m_items)
        n += item.urgency == party::ReviewUrgency::Overdue ? 1 : 0;
    return n;
}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ReviewColumnCount;
}

QString ReviewModel::subject(const party::PartyReviewItem& item) const
{
    switch (item.record) {
    case party::ReviewRecord::Member:
    case party::ReviewRecord::Transfer:
    case party::ReviewRecord::Person:
        return item.memberName;
    case party::ReviewRecord::Organisation:
        // A missing meeting is about the meeting; the branch stands in its own column.
        return item.meetingType ? enumLabel(*item.meetingType) : item.organisationName;
    case party::ReviewRecord::Site:
        return item.siteName;
    }
    return {};
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    const party::PartyReviewItem* it = index.isValid() ? item(index.row()) : nullptr;
    if (!it)
        return {};
    const auto column = static_cast<ReviewColumn>(index.column());
    const bool overdue = it->urgency == party::ReviewUrgency::Overdue;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case ReviewColumn::Urgency:
            return overdue ? tr("Overdue") : tr("Due");
        case ReviewColumn::Kind:
            return enumLabel(it->kind);
        case ReviewColumn::Subject:
            return subject(*it);
        case ReviewColumn::Organisation:
            return it->record == party::ReviewRecord::Organisation && !it->meetingType ? QString()
                                                                                       : it->organisationName;
        case ReviewColumn::DueDate:
            return it->dueDate.isValid() ? it->dueDate.toString(Qt::ISODate) : QString();
        case ReviewColumn::Details:
            return it->description;
        }
        return {};
    case Qt::ForegroundRole:
        if (overdue && (column == ReviewColumn::Urgency || column == ReviewColumn::DueDate))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (overdue && column == ReviewColumn::Urgency) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ReviewColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<ReviewColumn>(section)) {
    case ReviewColumn::Urgency:
        return tr("Urgency");
    case ReviewColumn::Kind:
        return tr("To do");
    case ReviewColumn::Subject:
        return tr("Who or what");
    case ReviewColumn::Organisation:
        return tr("Organisation");
    case ReviewColumn::DueDate:
        return tr("Due on");
    case ReviewColumn::Details:
        return tr("Details");
    }
    return {};
}

} // namespace anju

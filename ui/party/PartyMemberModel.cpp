#include "party/PartyMemberModel.h"

#include "domain/Enums.h"
#include "party/PartyEnums.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

#include <algorithm>

namespace anju {

namespace {

bool sameFilter(const party::PartyMemberFilter& a, const party::PartyMemberFilter& b)
{
    return a.organisationId == b.organisationId && a.includeSubOrganisations == b.includeSubOrganisations &&
           a.stage == b.stage && a.state == b.state && a.sex == b.sex && a.minAge == b.minAge &&
           a.maxAge == b.maxAge && a.text == b.text && a.asOf == b.asOf;
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

PartyMemberModel::PartyMemberModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    refresh();
}

void PartyMemberModel::setOrganisation(qint64 organisationId, bool includeSubOrganisations)
{
    party::PartyMemberFilter f = m_filter;
    f.organisationId = organisationId;
    f.includeSubOrganisations = includeSubOrganisations;
    apply(f);
}

void PartyMemberModel::setStage(std::optional<party::DevelopmentStage> stage)
{
    party::PartyMemberFilter f = m_filter;
    f.stage = stage;
    apply(f);
}

void PartyMemberModel::setState(std::optional<party::MemberState> state)
{
    party::PartyMemberFilter f = m_filter;
    f.state = state;
    apply(f);
}

void PartyMemberModel::setSex(std::optional<Sex> sex)
{
    party::PartyMemberFilter f = m_filter;
    f.sex = sex;
    apply(f);
}

void PartyMemberModel::setAgeRange(int minAge, int maxAge)
{
    party::PartyMemberFilter f = m_filter;
    f.minAge = minAge;
    f.maxAge = maxAge;
    apply(f);
}

void PartyMemberModel::setText(const QString& text)
{
    party::PartyMemberFilter f = m_filter;
    f.text = text.trimmed();
    apply(f);
}

void PartyMemberModel::setAsOf(QDate day)
{
    party::PartyMemberFilter f = m_filter;
    f.asOf = day;
    apply(f);
}

void PartyMemberModel::setFilter(const party::PartyMemberFilter& filter)
{
    apply(filter);
}

void PartyMemberModel::apply(const party::PartyMemberFilter& filter)
{
    if (sameFilter(filter, m_filter))
        return;
    m_filter = filter;
    refresh();
}

Outcome PartyMemberModel::refusal() const
{
    return party::PartyMemberRepository(m_db).memberSearchRefusal(m_filter);
}

void PartyMemberModel::refresh()
{
    beginResetModel();
    m_rows = party::PartyMemberRepository(m_db).members(m_filter);
    sortRows();
    endResetModel();
    emit countChanged(int(m_rows.size()));
}

QDate PartyMemberModel::today() const
{
    return m_filter.asOf.isValid() ? m_filter.asOf : QDate::currentDate();
}

qint64 PartyMemberModel::memberId(int row) const
{
    const party::PartyMemberRow* r = rowAt(row);
    return r ? r->id : 0;
}

int PartyMemberModel::rowOfMember(qint64 memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == memberId)
            return i;
    }
    return -1;
}

const party::PartyMemberRow* PartyMemberModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PartyMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartyMemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : PartyMemberColumnCount;
}

QString PartyMemberModel::displayText(const party::PartyMemberRow& row, PartyMemberColumn column) const
{
    switch (column) {
    case PartyMemberColumn::Name:
        return row.name;
    case PartyMemberColumn::Sex:
        return row.sex == Sex::Unknown ? QString() : enumLabel(row.sex);
    case PartyMemberColumn::Age:
        return row.birthDate.isValid() ? QString::number(row.age) : QString();
    case PartyMemberColumn::Stage:
        return row.enteredFromRecords ? tr("%1 (from records)").arg(enumLabel(row.stage))
                                      : enumLabel(row.stage);
    case PartyMemberColumn::StageDate:
        return isoDate(row.stageDate);
    case PartyMemberColumn::NextDue:
        return isoDate(row.nextDue);
    case PartyMemberColumn::Organisation:
        return row.organisationName;
    case PartyMemberColumn::Site:
        return row.origin == party::MemberOrigin::Resident ? row.siteName : tr("(outside cadre)");
    case PartyMemberColumn::State:
        return enumLabel(row.state);
    case PartyMemberColumn::Phone:
        return row.phone;
    }
    return {};
}

QVariant PartyMemberModel::sortKey(const party::PartyMemberRow& row, PartyMemberColumn column) const
{
    switch (column) {
    case PartyMemberColumn::Age:
        return row.age;
    case PartyMemberColumn::Stage:
        return int(row.stage);
    case PartyMemberColumn::State:
        return int(row.state);
    case PartyMemberColumn::Sex:
        return int(row.sex);
    default:
        return displayText(row, column);
    }
}

QVariant PartyMemberModel::data(const QModelIndex& index, int role) const
{
    const party::PartyMemberRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= PartyMemberColumnCount)
        return {};
    const auto column = static_cast<PartyMemberColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole:
        if (column == PartyMemberColumn::NextDue && row->nextDue.isValid()) {
            if (row->stage == party::DevelopmentStage::Probationary)
                return tr("Probation ends: conversion due on %1").arg(isoDate(row->nextDue));
            if (row->stage == party::DevelopmentStage::Activist)
                return tr("One year of cultivation on %1").arg(isoDate(row->nextDue));
            if (row->stage == party::DevelopmentStage::Applicant)
                return tr("The branch talks with the applicant by %1").arg(isoDate(row->nextDue));
        }
        return displayText(*row, column);
    case Qt::TextAlignmentRole:
        if (column == PartyMemberColumn::Age)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A step already due reads at a glance; members no longer here stay findable but grey.
        if (column == PartyMemberColumn::NextDue && row->nextDue.isValid() && row->nextDue <= today())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (row->state == party::MemberState::TransferredOut || row->state == party::MemberState::Deceased ||
            row->state == party::MemberState::Left)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case MemberIdRole:
        return row->id;
    case SortRole:
        return sortKey(*row, column);
    default:
        return {};
    }
}

QVariant PartyMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= PartyMemberColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<PartyMemberColumn>(section)) {
    case PartyMemberColumn::Name:
        return tr("Name");
    case PartyMemberColumn::Sex:
        return tr("Sex");
    case PartyMemberColumn::Age:
        return tr("Age");
    case PartyMemberColumn::Stage:
        return tr("Stage");
    case PartyMemberColumn::StageDate:
        return tr("Since");
    case PartyMemberColumn::NextDue:
        return tr("Next step due");
    case PartyMemberColumn::Organisation:
        return tr("Organisation");
    case PartyMemberColumn::Site:
        return tr("Site");
    case PartyMemberColumn::State:
        return tr("State");
    case PartyMemberColumn::Phone:
        return tr("Phone");
    }
    return {};
}

void PartyMemberModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PartyMemberColumnCount)
        return;
    beginResetModel();
    m_sortColumn = static_cast<PartyMemberColumn>(column);
    m_ascending = order == Qt::AscendingOrder;
    sortRows();
    endResetModel();
}

void PartyMemberModel::sortRows()
{
    const PartyMemberColumn column = m_sortColumn;
    const bool ascending = m_ascending;
    // Stable, with the name second, so equal keys keep a predictable order.
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [&](const party::PartyMemberRow& a, const party::PartyMemberRow& b) {
            const QVariant ka = sortKey(a, column);
            const QVariant kb = sortKey(b, column);
            int cmp = 0;
            if (ka.typeId() == QMetaType::QString)
                cmp = ka.toString().localeAwareCompare(
                    kb.toString()); // names in pinyin order where the locale knows it
            else
                cmp = ka.toLongLong() < kb.toLongLong() ? -1 : (ka.toLongLong() > kb.toLongLong() ? 1 : 0);
            if (cmp != 0)
                return ascending ? cmp < 0 : cmp > 0;
            return a.name.localeAwareCompare(b.name) < 0;
        });
}

} // namespace anju

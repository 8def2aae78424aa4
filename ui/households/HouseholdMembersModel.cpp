#include "households/HouseholdMembersModel.h"

#include "households/HouseholdMemberCommands.h"
#include "registry/HouseholdRules.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QUndoStack>

namespace anju {

HouseholdMembersModel::HouseholdMembersModel(QObject* parent) : QAbstractTableModel(parent) {}

void HouseholdMembersModel::setMembers(const QList<Person>& members)
{
    beginResetModel();
    m_rows.clear();
    for (const Person& person : members)
        m_rows.append(Row{person, {}, {}, {}, {}});
    m_generalProblems.clear();
    endResetModel();
    emit problemsChanged();
}

QList<Person> HouseholdMembersModel::members() const
{
    QList<Person> out;
    out.reserve(m_rows.size());
    for (const Row& row : m_rows)
        out.append(row.person);
    return out;
}

bool HouseholdMembersModel::isFormer(int row) const
{
    return !m_rows.at(row).person.isActive();
}

int HouseholdMembersModel::activeCount() const
{
    int count = 0;
    for (const Row& row : m_rows) {
        if (row.person.isActive())
            ++count;
    }
    return count;
}

int HouseholdMembersModel::addMember()
{
    Person person;
    // The first member typed is almost always the head; later ones are relatives.
    bool hasHead = false;
    for (const Row& row : std::as_const(m_rows))
        hasHead = hasHead || (row.person.isActive() && row.person.relationship == Relationship::Head);
    person.relationship = hasHead ? Relationship::Other : Relationship::Head;
    // After the current members and before the former ones, which stay at the bottom.
    const int row = activeCount();
    if (m_undoStack)
        m_undoStack->push(new HouseholdMemberRowEdit(this, row, person, false));
    else
        insertMember(row, person);
    return row;
}

bool HouseholdMembersModel::removeNewMember(int row)
{
    if (row < 0 || row >= m_rows.size() || !isNew(row))
        return false;
    if (m_undoStack)
        m_undoStack->push(new HouseholdMemberRowEdit(this, row, m_rows.at(row).person, true));
    else
        removeMember(row);
    return true;
}

void HouseholdMembersModel::insertMember(int row, const Person& person)
{
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row{person, {}, {}, {}, {}});
    endInsertRows();
    emit problemsChanged();
}

void HouseholdMembersModel::removeMember(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit problemsChanged();
}

void HouseholdMembersModel::showViolations(const QList<Violation>& violations)
{
    for (Row& row : m_rows) {
        row.savedProblems.clear();
        row.rowProblems.clear();
    }
    m_generalProblems.clear();
    for (const Violation& v : violations) {
        if (v.row >= 0 && v.row < m_rows.size()) {
            Row& row = m_rows[v.row];
            const int column = HouseholdMemberColumns::ofField(v.field);
            if (column < 0)
                row.rowProblems.append(v.message);
            else if (!row.savedProblems.contains(column))
                row.savedProblems.insert(column, v.message);
            else
                row.savedProblems[column] += QLatin1Char('\n') + v.message;
        } else if (v.field == QLatin1String(Field::HouseholdMembers)) {
            m_generalProblems.append(v.message);
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, MemberColumnCount - 1));
    emit problemsChanged();
}

QString HouseholdMembersModel::problemAt(int row, int column) const
{
    const Row& r = m_rows.at(row);
    const auto live = r.liveProblems.constFind(column);
    return live != r.liveProblems.constEnd() ? *live : r.savedProblems.value(column);
}

bool HouseholdMembersModel::hasProblems() const
{
    return !problems().isEmpty();
}

QStringList HouseholdMembersModel::problems() const
{
    QStringList lines = m_generalProblems;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < MemberColumnCount; ++column) {
            const QString problem = problemAt(row, column);
            if (!problem.isEmpty())
                lines.append(tr("Row %1, %2: %3")
                                 .arg(row + 1)
                                 .arg(headerData(column, Qt::Horizontal).toString(), problem));
        }
        for (const QString& problem : m_rows.at(row).rowProblems)
            lines.append(tr("Row %1: %2").arg(row + 1).arg(problem));
    }
    return lines;
}

void HouseholdMembersModel::revalidate(int row)
{
    Row& r = m_rows[row];
    Person copy = r.person;
    const Outcome outcome = registry::HouseholdRules::validatePerson(copy, row);
    r.liveProblems.clear();
    for (const Violation& v : outcome.violations()) {
        const int column = HouseholdMemberColumns::ofField(v.field);
        // A cell not typed into yet is not wrong yet: the clerk is still on the way to it.
        if (column >= 0 && r.touched.contains(column))
            r.liveProblems.insert(column, v.message);
    }
}

QVariant HouseholdMembersModel::cellValue(int row, int column) const
{
    return HouseholdMemberColumns::value(m_rows.at(row).person, static_cast<HouseholdMemberColumn>(column));
}

void HouseholdMembersModel::writeCell(int row, int column, const QVariant& value)
{
    if (row < 0 || row >= m_rows.size() ||
        !HouseholdMemberColumns::isEditable(static_cast<HouseholdMemberColumn>(column)))
        return;
    Row& r = m_rows[row];
    HouseholdMemberColumns::setValue(r.person, static_cast<HouseholdMemberColumn>(column), value);
    r.touched.insert(column);
    r.savedProblems.remove(column);
    revalidate(row);
    // The ID also changes sex and birth date; the relationship may settle a "one head" problem.
    emit dataChanged(index(row, 0), index(row, MemberColumnCount - 1));
    emit problemsChanged();
}

int HouseholdMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : MemberColumnCount;
}

QVariant HouseholdMembersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    const int column = index.column();
    const Person& p = m_rows.at(row).person;
    switch (role) {
    case Qt::DisplayRole:
        return HouseholdMemberColumns::text(p, static_cast<HouseholdMemberColumn>(column));
    case Qt::EditRole:
        return cellValue(row, column);
    case Qt::ToolTipRole: {
        const QString problem = problemAt(row, column);
        if (!problem.isEmpty())
            return problem;
        if (!p.isActive())
            return tr("Former member: kept on file, not editable.");
        return {};
    }
    case ProblemRole:
        return problemAt(row, column);
    case Qt::BackgroundRole:
        if (!problemAt(row, column).isEmpty())
            return QColor(0xff, 0xcd, 0xd2);
        return {};
    case Qt::ForegroundRole:
        if (!problemAt(row, column).isEmpty())
            return QColor(0xb7, 0x1c, 0x1c);
        if (!p.isActive())
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!p.isActive()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool HouseholdMembersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QVariant before = cellValue(index.row(), index.column());
    if (before.toString() == value.toString())
        return true;
    if (m_undoStack)
        m_undoStack->push(new HouseholdMemberCellEdit(this, index.row(), index.column(), before, value));
    else
        writeCell(index.row(), index.column(), value);
    return true;
}

QVariant HouseholdMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return HouseholdMemberColumns::title(static_cast<HouseholdMemberColumn>(section));
}

Qt::ItemFlags HouseholdMembersModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!isFormer(index.row()) &&
        HouseholdMemberColumns::isEditable(static_cast<HouseholdMemberColumn>(index.column())))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace anju

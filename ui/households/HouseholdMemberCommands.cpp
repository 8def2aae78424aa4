#include "households/HouseholdMemberCommands.h"

#include "households/HouseholdMembersModel.h"

#include <QCoreApplication>

namespace anju {

HouseholdMemberCellEdit::HouseholdMemberCellEdit(HouseholdMembersModel* model, int row, int column,
                                                 QVariant before, QVariant after)
    : m_model(model), m_row(row), m_column(column), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("anju::HouseholdMembersModel", "edit %1 in row %2")
                .arg(model->headerData(column, Qt::Horizontal).toString())
                .arg(row + 1));
}

void HouseholdMemberCellEdit::undo()
{
    m_model->writeCell(m_row, m_column, m_before);
}

void HouseholdMemberCellEdit::redo()
{
    m_model->writeCell(m_row, m_column, m_after);
}

HouseholdMemberRowEdit::HouseholdMemberRowEdit(HouseholdMembersModel* model, int row, Person person,
                                               bool remove)
    : m_model(model), m_row(row), m_person(std::move(person)), m_remove(remove)
{
    setText(remove ? QCoreApplication::translate("anju::HouseholdMembersModel", "remove member in row %1")
                         .arg(row + 1)
                   : QCoreApplication::translate("anju::HouseholdMembersModel", "add member"));
}

void HouseholdMemberRowEdit::undo()
{
    if (m_remove)
        m_model->insertMember(m_row, m_person);
    else
        m_model->removeMember(m_row);
}

void HouseholdMemberRowEdit::redo()
{
    if (m_remove)
        m_model->removeMember(m_row);
    else
        m_model->insertMember(m_row, m_person);
}

} // namespace anju

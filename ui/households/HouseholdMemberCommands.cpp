#include "households/MemberCommands.h"

#include "households/MembersModel.h"

#include <QCoreApplication>

namespace anju {

MemberCellEdit::MemberCellEdit(MembersModel* model, int row, int column, QVariant before, QVariant after)
    : m_model(model), m_row(row), m_column(column), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("anju::MembersModel", "edit %1 in row %2")
                .arg(model->headerData(column, Qt::Horizontal).toString())
                .arg(row + 1));
}

void MemberCellEdit::undo()
{
    m_model->writeCell(m_row, m_column, m_before);
}

void MemberCellEdit::redo()
{
    m_model->writeCell(m_row, m_column, m_after);
}

MemberRowEdit::MemberRowEdit(MembersModel* model, int row, Person person, bool remove)
    : m_model(model), m_row(row), m_person(std::move(person)), m_remove(remove)
{
    setText(remove ? QCoreApplication::translate("anju::MembersModel", "remove member in row %1").arg(row + 1)
                   : QCoreApplication::translate("anju::MembersModel", "add member"));
}

void MemberRowEdit::undo()
{
    if (m_remove)
        m_model->insertMember(m_row, m_person);
    else
        m_model->removeMember(m_row);
}

void MemberRowEdit::redo()
{
    if (m_remove)
        m_model->removeMember(m_row);
    else
        m_model->insertMember(m_row, m_person);
}

} // namespace anju

#pragma once

#include "domain/Household.h"

#include <QUndoCommand>
#include <QVariant>

namespace anju {

class HouseholdMembersModel;

// One typed cell of the members table, so Ctrl+Z takes back exactly one edit.
class HouseholdMemberCellEdit : public QUndoCommand
{
public:
    HouseholdMemberCellEdit(HouseholdMembersModel* model, int row, int column, QVariant before,
                            QVariant after);
    void undo() override;
    void redo() override;

private:
    HouseholdMembersModel* m_model;
    int m_row;
    int m_column;
    QVariant m_before;
    QVariant m_after;
};

// A member row added (or, with `remove`, a never-saved row taken away).
class HouseholdMemberRowEdit : public QUndoCommand
{
public:
    HouseholdMemberRowEdit(HouseholdMembersModel* model, int row, Person person, bool remove);
    void undo() override;
    void redo() override;

private:
    HouseholdMembersModel* m_model;
    int m_row;
    Person m_person;
    bool m_remove;
};

} // namespace anju

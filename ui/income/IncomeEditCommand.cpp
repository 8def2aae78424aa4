#include "income/IncomeEditCommand.h"

namespace anju {

IncomeEditCommand::IncomeEditCommand(IncomeSheetModel* model, int row, const IncomeFigures& before,
                                     const IncomeFigures& after, const QString& text)
    : QUndoCommand(text), m_model(model), m_row(row), m_before(before), m_after(after)
{
}

void IncomeEditCommand::undo()
{
    m_model->applyFigures(m_row, m_before);
}

void IncomeEditCommand::redo()
{
    m_model->applyFigures(m_row, m_after);
}

} // namespace anju

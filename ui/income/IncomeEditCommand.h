#pragma once

#include "income/IncomeSheetModel.h"

#include <QUndoCommand>

namespace anju {

// One step of the entry grid's undo stack: a row's figures before and after a typed cell or Ctrl+D. Undo
// and redo put the figures back through the model, which marks the row changed so it is saved again.
class IncomeEditCommand : public QUndoCommand
{
public:
    IncomeEditCommand(IncomeSheetModel* model, int row, const IncomeFigures& before,
                      const IncomeFigures& after, const QString& text);

    void undo() override;
    void redo() override;

private:
    IncomeSheetModel* m_model;
    int m_row;
    IncomeFigures m_before;
    IncomeFigures m_after;
};

} // namespace anju

#pragma once

#include <QTableView>

namespace anju {

// The entry grid's table, for the keyboard: Enter (typing or not) moves to the next editable cell and,
// after the row's last one, to the first of the next row; typing starts editing the cell.
class IncomeSheetView : public QTableView
{
    Q_OBJECT

public:
    explicit IncomeSheetView(QWidget* parent = nullptr);

    // The editable columns, first and last (the model's).
    void setEditableColumns(int first, int last);
    void moveToNextCell();
    // Puts the text of a cell being typed in into the model (before saving everything).
    void commitOpenEditor();

signals:
    // Enter on the last editable cell of the last row: nowhere to go, the row is done.
    void lastRowFinished(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    int m_firstEditable = 0;
    int m_lastEditable = 0;
};

} // namespace anju

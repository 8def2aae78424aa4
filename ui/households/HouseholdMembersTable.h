#pragma once

#include <QTableView>

namespace anju {

// The members table, arranged for typing: Tab and Enter go from one editable cell to the next (skipping
// what is derived or read-only), typing into a cell starts editing it, and Tab after the last cell leaves
// the table instead of wrapping around to the first row.
class HouseholdMembersTable : public QTableView
{
    Q_OBJECT

public:
    explicit HouseholdMembersTable(QWidget* parent = nullptr);

    // Makes the cell current and opens its editor.
    void editCell(int row, int column);
    // Puts what is being typed into a cell into the model (before a save or a new row).
    void commitOpenEditor();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QModelIndex nextEditable(const QModelIndex& from, bool forward) const;
};

} // namespace anju

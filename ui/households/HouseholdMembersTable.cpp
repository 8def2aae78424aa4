#include "households/HouseholdMembersTable.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace anju {

HouseholdMembersTable::HouseholdMembersTable(QWidget* parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
}

void HouseholdMembersTable::editCell(int row, int column)
{
    const QModelIndex index = model()->index(row, column);
    if (!index.isValid())
        return;
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(index);
    scrollTo(index);
    edit(index);
}

void HouseholdMembersTable::commitOpenEditor()
{
    if (state() != EditingState)
        return;
    if (QWidget* editor = indexWidget(currentIndex())) {
        commitData(editor);
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

QModelIndex HouseholdMembersTable::nextEditable(const QModelIndex& from, bool forward) const
{
    if (!model())
        return {};
    const int columns = model()->columnCount();
    const int cells = model()->rowCount() * columns;
    int position = from.isValid() ? from.row() * columns + from.column() : (forward ? -1 : cells);
    for (position += forward ? 1 : -1; position >= 0 && position < cells; position += forward ? 1 : -1) {
        const QModelIndex candidate = model()->index(position / columns, position % columns);
        if (!isColumnHidden(candidate.column()) && (candidate.flags() & Qt::ItemIsEditable))
            return candidate;
    }
    return {};
}

QModelIndex HouseholdMembersTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext)
        return nextEditable(currentIndex(), true);
    if (cursorAction == MovePrevious)
        return nextEditable(currentIndex(), false);
    return QTableView::moveCursor(cursorAction, modifiers);
}

void HouseholdMembersTable::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool forward = hint == QAbstractItemDelegate::EditNextItem;
    const bool leaving = (forward || hint == QAbstractItemDelegate::EditPreviousItem) &&
                         !nextEditable(currentIndex(), forward).isValid();
    QTableView::closeEditor(editor, hint);
    if (leaving)
        QWidget::focusNextPrevChild(forward);
}

void HouseholdMembersTable::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && !(event->modifiers() & ~Qt::KeypadModifier)) {
        // Enter on a cell edits it, or moves on from one that cannot be edited.
        const QModelIndex current = currentIndex();
        if (current.isValid() && (current.flags() & Qt::ItemIsEditable)) {
            edit(current);
        } else {
            const QModelIndex next = nextEditable(current, true);
            if (next.isValid())
                setCurrentIndex(next);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

bool HouseholdMembersTable::focusNextPrevChild(bool next)
{
    // At the last (first) editable cell, Tab (Shift+Tab) leaves the table for the next field.
    if (tabKeyNavigation() && state() != EditingState && !nextEditable(currentIndex(), next).isValid())
        return QWidget::focusNextPrevChild(next);
    return QTableView::focusNextPrevChild(next);
}

} // namespace anju

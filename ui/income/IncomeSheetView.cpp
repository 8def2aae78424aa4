#include "income/IncomeSheetView.h"

#include "income/IncomeSheetModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>

namespace anju {

IncomeSheetView::IncomeSheetView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked);
    setTabKeyNavigation(true);
    setWordWrap(false);
    // Thousands of rows of one height: the view lays out no row it does not show.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->hide();
}

void IncomeSheetView::setEditableColumns(int first, int last)
{
    m_firstEditable = first;
    m_lastEditable = last;
}

void IncomeSheetView::moveToNextCell()
{
    const QModelIndex current = currentIndex();
    if (!model() || model()->rowCount() == 0)
        return;
    int row = current.isValid() ? current.row() : 0;
    int column = current.isValid() ? current.column() : m_firstEditable - 1;
    if (column < m_firstEditable - 1)
        column = m_firstEditable - 1;
    if (column >= m_lastEditable) {
        if (row + 1 >= model()->rowCount()) {
            emit lastRowFinished(row);
            return;
        }
        ++row;
        column = m_firstEditable;
    } else {
        ++column;
    }
    const QModelIndex next = model()->index(row, column);
    setCurrentIndex(next);
    scrollTo(next);
}

void IncomeSheetView::commitOpenEditor()
{
    if (state() != EditingState)
        return;
    QWidget* editor = QApplication::focusWidget();
    if (editor && viewport()->isAncestorOf(editor))
        commitData(editor);
}

void IncomeSheetView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState &&
        event->modifiers() == Qt::NoModifier) {
        moveToNextCell();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void IncomeSheetView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The delegate ends an edit with Enter as SubmitModelCache: the value is committed; move on.
    const bool enter = hint == QAbstractItemDelegate::SubmitModelCache;
    QTableView::closeEditor(editor, enter ? QAbstractItemDelegate::NoHint : hint);
    // Text the model refused keeps the cursor on its cell, to be typed again.
    if (enter && !currentIndex().data(IncomeSheetModel::RefusedInputRole).toBool())
        moveToNextCell();
}

} // namespace anju

#pragma once

#include <QStyledItemDelegate>

namespace anju {

// Paints a cell of the entry grid on two lines: this month's figure, and below it in grey last month's
// (or the household's address under its code and head), and tints a cell core warns about. The editor is a
// plain line edit, right-aligned for amounts, so a clerk types "1234.5" and moves on with Enter.
class IncomeSheetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

    // The height of a row: two lines of text and a little air.
    static int rowHeight(const QFontMetrics& metrics) { return metrics.height() * 2 + 6; }
};

} // namespace anju

#include "income/IncomeSheetDelegate.h"

#include "income/IncomeSheetModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace anju {

void IncomeSheetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString current = opt.text;
    const QString last = index.data(IncomeSheetModel::LastMonthRole).toString();
    const int problem = index.data(IncomeSheetModel::ProblemRole).toInt();
    const bool selected = opt.state & QStyle::State_Selected;
    // The background, focus and selection as the style draws them, without the text.
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    if (problem > 0 && !selected && index.column() != IncomeSheetModel::Notes) {
        const bool editable = index.flags() & Qt::ItemIsEditable;
        if (editable || index.column() == IncomeSheetModel::Household)
            painter->fillRect(opt.rect, problem == 2 ? QColor(0xfd, 0xe2, 0xe2) : QColor(0xff, 0xf1, 0xcc));
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = opt.rect.adjusted(4, 2, -4, -2);
    const int half = text.height() / 2;
    const QRect top(text.left(), text.top(), text.width(), half);
    const QRect bottom(text.left(), text.top() + half, text.width(), text.height() - half);
    const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;
    painter->save();
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    QColor ink = selected ? opt.palette.color(group, QPalette::HighlightedText)
                          : opt.palette.color(group, QPalette::Text);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (!selected && foreground.canConvert<QBrush>())
        ink = foreground.value<QBrush>().color();
    painter->setFont(opt.font);
    painter->setPen(ink);
    if (last.isEmpty() && index.column() >= IncomeSheetModel::Flags) {
        // Flags and notes have no second line: one line, as long as the cell allows, elided.
        const QString shown = opt.fontMetrics.elidedText(current, Qt::ElideRight, text.width());
        painter->drawText(text, int(horizontal | Qt::AlignVCenter), shown);
    } else {
        painter->drawText(top, int(horizontal | Qt::AlignVCenter),
                          opt.fontMetrics.elidedText(current, Qt::ElideRight, top.width()));
        QColor grey = selected ? ink : opt.palette.color(QPalette::Disabled, QPalette::Text);
        if (!selected)
            grey.setAlpha(200);
        painter->setPen(grey);
        painter->drawText(bottom, int(horizontal | Qt::AlignVCenter),
                          opt.fontMetrics.elidedText(last, Qt::ElideRight, bottom.width()));
    }
    painter->restore();
}

QSize IncomeSheetDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(rowHeight(option.fontMetrics));
    return size;
}

QWidget* IncomeSheetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    Q_UNUSED(option);
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("incomeCellEditor"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    editor->setToolTip(index.data(Qt::ToolTipRole).toString());
    return editor;
}

void IncomeSheetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = static_cast<QLineEdit*>(editor);
    edit->setText(index.data(Qt::EditRole).toString());
    edit->selectAll();
}

void IncomeSheetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    const QString text = static_cast<QLineEdit*>(editor)->text();
    // Unchanged text (a cell passed over with Enter) is no edit and no undo step.
    if (text == index.data(Qt::EditRole).toString())
        return;
    model->setData(index, text, Qt::EditRole);
}

void IncomeSheetDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const
{
    Q_UNUSED(index);
    // The editor covers the cell's first line; last month's figure stays visible under it.
    QRect rect = option.rect;
    rect.setHeight(option.rect.height() / 2 + 2);
    rect.moveTop(option.rect.top() + 1);
    editor->setGeometry(rect);
}

} // namespace anju

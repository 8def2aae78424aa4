#include "households/RosterMatchDelegate.h"

#include "households/RosterModel.h"

#include <QApplication>
#include <QPainter>

namespace anju {

namespace {
constexpr int Pad = 3; // around a highlighted name
constexpr int Gap = 8; // between the head's name and the found member's
} // namespace

QColor RosterMatchDelegate::highlightColor()
{
    return QColor(0xff, 0xe5, 0x8f);
}

void RosterMatchDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const QString matched = index.data(RosterModel::MatchedMemberRole).toString();
    if (matched.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection as usual, without its text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString head = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(Pad, 0, -Pad, 0);
    const QFontMetrics fm(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setClipRect(text);
    painter->setFont(opt.font);
    int x = text.left();
    const auto drawName = [&](const QString& name, bool highlighted) {
        const int width = fm.horizontalAdvance(name);
        if (highlighted) {
            const QRect box(x - Pad, text.center().y() - fm.height() / 2 - 1, width + 2 * Pad,
                            fm.height() + 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(highlightColor());
            painter->drawRoundedRect(box, 3, 3);
            painter->setPen(Qt::black); // on the yellow, also when the row is selected
        } else {
            painter->setPen(textColor);
        }
        painter->drawText(QRect(x, text.top(), width + 1, text.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          name);
        x += width + Gap + Pad;
    };
    if (matched == head) {
        drawName(head, true);
    } else {
        drawName(head, false);
        drawName(matched, true);
    }
    painter->restore();
}

QSize RosterMatchDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString matched = index.data(RosterModel::MatchedMemberRole).toString();
    if (!matched.isEmpty() && matched != index.data().toString())
        size.rwidth() += QFontMetrics(option.font).horizontalAdvance(matched) + Gap + 3 * Pad;
    return size;
}

} // namespace anju

#pragma once

#include <QStyledItemDelegate>

namespace anju {

// Paints the head-of-household cell of the roster with the member a search found highlighted: the
// head's own name when it was the head, else the head's name followed by the found member's. The
// model says which member (RosterModel::MatchedMemberRole); this only draws it.
class RosterMatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The background of a found name: the yellow of a marker pen, readable on both palettes.
    static QColor highlightColor();

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace anju

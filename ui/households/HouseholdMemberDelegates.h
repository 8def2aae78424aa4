#pragma once

#include <QStyledItemDelegate>

namespace anju {

// Editors of the members table: a combo box for coded columns (relationship, ethnicity, education,
// health, labour capacity) that also takes a typed label, and a line edit for the rest. Enter commits
// and moves on to the next cell, as Tab does, so a row is typed without the mouse.
class HouseholdMemberDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace anju

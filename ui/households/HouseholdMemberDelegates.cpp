#include "households/HouseholdMemberDelegates.h"

#include "households/HouseholdMemberColumns.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

namespace anju {

namespace {

int comboIndexOfText(const QComboBox* combo, const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return -1;
    int index = combo->findText(wanted, Qt::MatchFixedString);
    if (index < 0)
        index = combo->findData(wanted); // a stored key or code typed in
    if (index < 0)
        index = combo->findText(wanted, Qt::MatchStartsWith);
    return index;
}

} // namespace

QWidget* HouseholdMemberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const
{
    const auto column = static_cast<HouseholdMemberColumn>(index.column());
    const QList<HouseholdMemberChoice> choices = HouseholdMemberColumns::choices(column);
    if (choices.isEmpty()) {
        auto* edit = new QLineEdit(parent);
        edit->setFrame(false);
        if (column == HouseholdMemberColumn::IdNumber)
            edit->setMaxLength(24); // 18 characters and the spaces offices paste with them
        return edit;
    }
    auto* combo = new QComboBox(parent);
    // Editable so that typing the start of a label picks it (typed and completed inline).
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setFrame(false);
    for (const HouseholdMemberChoice& choice : choices)
        combo->addItem(choice.label, choice.key);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setMaxVisibleItems(15);
    Q_UNUSED(option)
    return combo;
}

void HouseholdMemberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(value));
        combo->lineEdit()->selectAll();
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(value);
    }
}

void HouseholdMemberDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                           const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int chosen = comboIndexOfText(combo, combo->currentText());
        // Text that names no entry leaves the cell as it was rather than guessing.
        if (chosen >= 0)
            model->setData(index, combo->itemData(chosen), Qt::EditRole);
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
    }
}

bool HouseholdMemberDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        auto* combo = qobject_cast<QComboBox*>(editor);
        const bool popupOpen = combo && combo->view()->isVisible();
        if (enter && !popupOpen && !(key->modifiers() & ~Qt::KeypadModifier)) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::EditNextItem);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace anju

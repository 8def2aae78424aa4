#pragma once

#include "domain/Violation.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace anju {

// Shows a rule violation next to the form field that broke it: a red message label under the field and
// a red border on the field, both gone as soon as the user edits the field again.
//
//   auto* nameError = FieldError::makeLabel(this);
//   form->addRow(nameLabel, FieldError::stack(nameEdit, nameError)); // field with its message under it
//   FieldError::clearOnEdit(nameEdit, nameError);
//   ...
//   FieldError::show(nameEdit, nameError, violation.message);       // in validate()
//   FieldError::clear(nameEdit, nameError);
//
// `field` may be any widget; clearOnEdit() knows QLineEdit, QComboBox, QDateEdit/QDateTimeEdit, QSpinBox,
// QDoubleSpinBox, QAbstractButton and QPlainTextEdit. Either pointer may be null (a message without a field,
// or a field whose message is shown elsewhere).
class FieldError
{
public:
    // A hidden, word-wrapped red label for the messages of one field.
    static QLabel* makeLabel(QWidget* parent = nullptr);
    // The field with its message label under it, in one widget to put into a form row.
    static QWidget* stack(QWidget* field, QLabel* label);

    static void show(QWidget* field, QLabel* label, const QString& message);
    static void clear(QWidget* field, QLabel* label);
    static void clearOnEdit(QWidget* field, QLabel* label);
    static bool isShown(const QWidget* field);
};

// The fields of one form by their Field key (domain/Violation.h), to show a whole Outcome at once:
//
//   m_errors.add(Field::SiteName, nameEdit, nameError);   // also clears the message when edited
//   m_errors.setGeneralLabel(generalError);                // violations of fields the form does not map
//   if (!m_errors.show(SiteService::validate(site))) return false;
//
// Violations with a row (member tables) are shown by their field key alone; tables mark their own cells.
class FieldErrors
{
public:
    void add(const QString& fieldKey, QWidget* field, QLabel* label);
    // Adds a row "label: field" to `form` with the field's message label under the field, and registers
    // it under `fieldKey` (the object name when empty). Object names: `objectName` and objectName+"Error".
    void addRow(QFormLayout* form, QWidget* owner, const QString& labelText, QWidget* field, const char* objectName,
                const QString& fieldKey = {});
    void setGeneralLabel(QLabel* label);
    // Clears every message, then shows each violation next to its field and moves the focus to the first
    // bad field. Returns outcome.ok().
    bool show(const Outcome& outcome);
    void clear();

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_entries;
    QList<QString> m_order; // form order, so the focus goes to the topmost bad field
    QPointer<QLabel> m_general;
};

} // namespace anju

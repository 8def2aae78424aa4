#include "widgets/FieldError.h"

#include <QFormLayout>

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace anju {

namespace {

constexpr char InvalidProperty[] = "anjuInvalid";
constexpr char SavedToolTipProperty[] = "anjuToolTipBeforeError";

// A property selector keeps the border on the field itself and off its children (the line edit inside
// a combo box or a date edit), which would otherwise draw a second border.
const QString& invalidStyleSheet()
{
    static const QString sheet = QStringLiteral("*[anjuInvalid=\"true\"] { border: 2px solid #c62828; "
                                                "border-radius: 3px; padding: 1px; }");
    return sheet;
}

// A dialog that shows messages under its fields grows to show them whole: a top-level window's minimum
// size does not follow the height its word-wrapped labels need at its width.
void growDialogToFit(QWidget* inside)
{
    auto* dialog = inside ? qobject_cast<QDialog*>(inside->window()) : nullptr;
    if (!dialog || !dialog->layout())
        return;
    QLayout* layout = dialog->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace

QLabel* FieldError::makeLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QWidget* FieldError::stack(QWidget* field, QLabel* label)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The message spans the whole row even under a narrow field (a date, a short choice), so it wraps
    // as seldom as possible; the field keeps its own width.
    const bool fieldGrows = field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag;
    layout->addWidget(field, 0, fieldGrows ? Qt::Alignment() : Qt::AlignLeft);
    layout->addWidget(label);
    box->setSizePolicy(QSizePolicy::Expanding, box->sizePolicy().verticalPolicy());
    // Tab and the form label's buddy reach the field, not the box around it.
    box->setFocusProxy(field);
    return box;
}

void FieldError::show(QWidget* field, QLabel* label, const QString& message)
{
    if (label) {
        label->setText(message);
        label->show();
    }
    if (!field)
        return;
    if (!field->property(InvalidProperty).toBool())
        field->setProperty(SavedToolTipProperty, field->toolTip());
    field->setProperty(InvalidProperty, true);
    field->setToolTip(message);
    field->setAccessibleDescription(message);
    if (field->styleSheet() != invalidStyleSheet())
        field->setStyleSheet(invalidStyleSheet());
    else
        field->style()->polish(field);
}

void FieldError::clear(QWidget* field, QLabel* label)
{
    if (label) {
        label->clear();
        label->hide();
    }
    if (!field || !field->property(InvalidProperty).toBool())
        return;
    field->setProperty(InvalidProperty, false);
    field->setToolTip(field->property(SavedToolTipProperty).toString());
    field->setAccessibleDescription({});
    // Dropping the style sheet gives the field back its native look, not a style-sheet drawn one.
    field->setStyleSheet({});
}

bool FieldError::isShown(const QWidget* field)
{
    return field && field->property(InvalidProperty).toBool();
}

void FieldError::clearOnEdit(QWidget* field, QLabel* label)
{
    if (!field)
        return;
    const auto clearIt = [field, label] { clear(field, label); };
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        QObject::connect(edit, &QLineEdit::textEdited, field, clearIt);
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        QObject::connect(combo, &QComboBox::currentIndexChanged, field, clearIt);
        if (combo->isEditable())
            QObject::connect(combo->lineEdit(), &QLineEdit::textEdited, field, clearIt);
    } else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(field)) {
        QObject::connect(dateTime, &QDateTimeEdit::dateTimeChanged, field, clearIt);
    } else if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        QObject::connect(spin, &QSpinBox::valueChanged, field, clearIt);
    } else if (auto* doubleSpin = qobject_cast<QDoubleSpinBox*>(field)) {
        QObject::connect(doubleSpin, &QDoubleSpinBox::valueChanged, field, clearIt);
    } else if (auto* button = qobject_cast<QAbstractButton*>(field)) {
        QObject::connect(button, &QAbstractButton::toggled, field, clearIt);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        QObject::connect(text, &QPlainTextEdit::textChanged, field, clearIt);
    }
}

void FieldErrors::addRow(QFormLayout* form, QWidget* owner, const QString& labelText, QWidget* field,
                         const char* objectName, const QString& fieldKey)
{
    field->setObjectName(QLatin1String(objectName));
    QLabel* error = FieldError::makeLabel(owner);
    error->setObjectName(QLatin1String(objectName) + QStringLiteral("Error"));
    auto* label = new QLabel(labelText, owner);
    label->setBuddy(field);
    form->addRow(label, FieldError::stack(field, error));
    add(fieldKey.isEmpty() ? QLatin1String(objectName) : fieldKey, field, error);
}

void FieldErrors::add(const QString& fieldKey, QWidget* field, QLabel* label)
{
    if (!m_entries.contains(fieldKey))
        m_order.append(fieldKey);
    m_entries.insert(fieldKey, {field, label});
    FieldError::clearOnEdit(field, label);
}

void FieldErrors::setGeneralLabel(QLabel* label)
{
    m_general = label;
}

void FieldErrors::clear()
{
    for (const Entry& entry : std::as_const(m_entries))
        FieldError::clear(entry.field, entry.label);
    FieldError::clear(nullptr, m_general);
}

bool FieldErrors::show(const Outcome& outcome)
{
    clear();
    QStringList general;
    QHash<QString, QStringList> byField;
    for (const Violation& violation : outcome.violations()) {
        if (m_entries.contains(violation.field))
            byField[violation.field].append(violation.message);
        else
            general.append(violation.message);
    }
    QWidget* firstBad = nullptr;
    for (const QString& key : std::as_const(m_order)) {
        if (!byField.contains(key))
            continue;
        const Entry& entry = m_entries[key];
        FieldError::show(entry.field, entry.label, byField[key].join(QLatin1Char('\n')));
        if (!firstBad)
            firstBad = entry.field;
    }
    if (!general.isEmpty())
        FieldError::show(nullptr, m_general, general.join(QLatin1Char('\n')));
    if (firstBad)
        firstBad->setFocus(Qt::OtherFocusReason);
    growDialogToFit(firstBad ? firstBad : m_general.data());
    return outcome.ok();
}

} // namespace anju

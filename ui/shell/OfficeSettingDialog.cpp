#include "shell/OfficeSettingDialog.h"

#include "income/IncomeSettings.h"
#include "widgets/FieldError.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anju {

using settings::OfficeSettingEdit;
using settings::SettingSpec;

OfficeSettingDialog::OfficeSettingDialog(const Database& db, const settings::OfficeSetting& setting,
                                         const SettingSpec& spec, QWidget* parent)
    : QDialog(parent), m_db(db), m_setting(setting), m_spec(spec)
{
    setObjectName(QStringLiteral("officeSettingDialog"));
    setWindowTitle(tr("Change a setting"));
    auto* what = new QLabel(setting.label, this);
    what->setWordWrap(true);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    auto* form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("In force:"), new QLabel(setting.value, this));
    form->addRow(tr("Default:"),
                 new QLabel(setting.defaultValue.isEmpty() ? tr("none") : setting.defaultValue, this));
    QWidget* editor = makeEditor();
    auto* valueLabel = new QLabel(tr("&New value:"), this);
    valueLabel->setBuddy(editor->focusProxy() ? editor->focusProxy() : editor);
    form->addRow(valueLabel, editor);

    m_error = FieldError::makeLabel(this);
    m_error->setObjectName(QStringLiteral("officeSettingError"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    const QString consequence = OfficeSettingEdit::consequence(setting.key);
    if (!consequence.isEmpty()) {
        auto* note = new QLabel(consequence, this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("officeSettingSave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeSettingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfficeSettingDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QWidget* OfficeSettingDialog::makeEditor()
{
    const QString text = m_setting.text;
    switch (m_spec.type) {
    case SettingSpec::Type::Count:
        m_count = new QSpinBox(this);
        m_count->setRange(m_spec.least, m_spec.most);
        m_count->setValue(text.toInt());
        m_count->setMaximumWidth(fontMetrics().averageCharWidth() * 16); // a number, not a line of text
        m_count->setObjectName(QStringLiteral("officeSettingValue"));
        m_count->setFocus();
        return m_count;
    case SettingSpec::Type::Frequency: {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        m_count = new QSpinBox(box);
        m_count->setObjectName(QStringLiteral("officeSettingValue"));
        m_unit = new QComboBox(box);
        m_unit->setObjectName(QStringLiteral("officeSettingUnit"));
        m_unit->addItem(tr("months"), QStringLiteral("m"));
        m_unit->addItem(tr("days"), QStringLiteral("d"));
        const bool days = text.endsWith(QLatin1Char('d'));
        m_unit->setCurrentIndex(days ? 1 : 0);
        frequencyUnitChanged();
        m_count->setValue(text.chopped(text.isEmpty() ? 0 : 1).toInt());
        row->addWidget(new QLabel(tr("every"), box));
        row->addWidget(m_count);
        row->addWidget(m_unit);
        row->addStretch();
        box->setFocusProxy(m_count);
        connect(m_unit, &QComboBox::currentIndexChanged, this, &OfficeSettingDialog::frequencyUnitChanged);
        m_count->setFocus();
        return box;
    }
    case SettingSpec::Type::DayKind:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("officeSettingValue"));
        for (const auto& [key, label] : m_spec.choices)
            m_choice->addItem(label, key);
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(text)));
        m_choice->setFocus();
        return m_choice;
    case SettingSpec::Type::Sources:
    case SettingSpec::Type::Schemes: {
        auto* box = new QWidget(this);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        const QStringList chosen = text.split(u',', Qt::SkipEmptyParts);
        for (const auto& [key, label] : m_spec.choices) {
            auto* check = new QCheckBox(label, box);
            check->setProperty("settingKey", key);
            check->setChecked(chosen.contains(key));
            column->addWidget(check);
            m_checks.append(check);
        }
        if (!m_checks.isEmpty()) {
            box->setFocusProxy(m_checks.first());
            m_checks.first()->setFocus();
        }
        return box;
    }
    case SettingSpec::Type::Yuan:
    case SettingSpec::Type::Text:
        m_line = new QLineEdit(text, this);
        m_line->setObjectName(QStringLiteral("officeSettingValue"));
        if (m_spec.type == SettingSpec::Type::Yuan)
            m_line->setPlaceholderText(tr("yuan, e.g. 6000 or 7500.50"));
        m_line->selectAll();
        m_line->setFocus();
        return m_line;
    }
    return new QWidget(this);
}

void OfficeSettingDialog::frequencyUnitChanged()
{
    // The ranges VisitFrequency reads: 1 to 12 months, 1 to 366 days.
    const bool months = m_unit->currentData().toString() == QLatin1String("m");
    m_count->setRange(1, months ? 12 : 366);
}

QString OfficeSettingDialog::enteredText() const
{
    switch (m_spec.type) {
    case SettingSpec::Type::Count:
        return QString::number(m_count->value());
    case SettingSpec::Type::Frequency:
        return QString::number(m_count->value()) + m_unit->currentData().toString();
    case SettingSpec::Type::DayKind:
        return m_choice->currentData().toString();
    case SettingSpec::Type::Sources:
    case SettingSpec::Type::Schemes: {
        QStringList keys;
        for (const QCheckBox* check : m_checks) {
            if (check->isChecked())
                keys.append(check->property("settingKey").toString());
        }
        return keys.join(u',');
    }
    case SettingSpec::Type::Yuan:
    case SettingSpec::Type::Text:
        return m_line->text();
    }
    return {};
}

void OfficeSettingDialog::accept()
{
    FieldError::clear(nullptr, m_error);
    const QString text = enteredText();
    // The core's check first, so that a refused value is said before any confirmation is asked.
    if (const Result<QString> checked = OfficeSettingEdit::checked(m_db, m_setting.key, text); !checked) {
        FieldError::show(nullptr, m_error, checked.summary());
        return;
    }
    const QString consequence = OfficeSettingEdit::consequence(m_setting.key);
    if (!consequence.isEmpty() &&
        MessageBox::question(this, tr("Change a setting"),
                             tr("%1\n\n%2\n\nChange it now?").arg(m_setting.label, consequence),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Outcome saved = OfficeSettingEdit::set(m_db, m_setting.key, text);
    if (!saved) {
        FieldError::show(nullptr, m_error, saved.summary());
        return;
    }
    QDialog::accept();
}

YearLineDialog::YearLineDialog(const Database& db, int year, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("yearLineDialog"));
    setWindowTitle(tr("Add a year's monitoring line"));
    auto* intro =
        new QLabel(tr("The monitoring line 防返贫监测标准 the province or county set for a year, in "
                      "yuan per person per year, with the notice it comes from."),
                   this);
    intro->setWordWrap(true);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearLineYear"));
    m_year->setRange(OfficeSettingEdit::FirstLineYear, OfficeSettingEdit::LastLineYear);
    m_year->setValue(year);
    for (const income::MonitoringLine& line : income::IncomeSettings::load(db).lines)
        m_lines.insert(line.year, line.perPersonPerYear);
    m_replaces = new QLabel(this);
    m_replaces->setObjectName(QStringLiteral("yearLineReplaces"));
    m_yuan = new QLineEdit(this);
    m_yuan->setObjectName(QStringLiteral("yearLineYuan"));
    m_yuan->setPlaceholderText(tr("yuan, e.g. 6000 or 7500.50"));
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("yearLineSource"));
    m_source->setPlaceholderText(tr("e.g. the province's notice of this year"));
    m_source->setMaxLength(OfficeSettingEdit::MaxTextLength);
    auto* form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(QString(), m_replaces);
    form->addRow(tr("&Line, yuan:"), m_yuan);
    form->addRow(tr("&From:"), m_source);
    m_error = FieldError::makeLabel(this);
    m_error->setObjectName(QStringLiteral("yearLineError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &YearLineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &YearLineDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &YearLineDialog::yearChanged);
    yearChanged();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_yuan->setFocus();
}

// Saving a year that has a line replaces it: say so before, with the figure it replaces.
void YearLineDialog::yearChanged()
{
    const int year = m_year->value();
    m_replaces->setVisible(m_lines.contains(year));
    if (m_lines.contains(year))
        m_replaces->setText(tr("%1 has a line already (%2 yuan): saving replaces it.")
                                .arg(year)
                                .arg(QString::number(double(m_lines.value(year)) / 100.0, 'f',
                                                     m_lines.value(year) % 100 == 0 ? 0 : 2)));
}

int YearLineDialog::year() const
{
    return m_year->value();
}

void YearLineDialog::accept()
{
    FieldError::clear(nullptr, m_error);
    const Outcome saved =
        OfficeSettingEdit::setYearLine(m_db, m_year->value(), m_yuan->text(), m_source->text());
    if (!saved) {
        FieldError::show(nullptr, m_error, saved.summary());
        return;
    }
    QDialog::accept();
}

} // namespace anju

#include "income/SafetyNetEnrolDialog.h"

#include "income/SafetyNetRules.h"
#include "income/SafetyNetService.h"
#include "registry/PersonSearch.h"
#include "widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

SafetyNetEnrolDialog::SafetyNetEnrolDialog(const Database& db, Mode mode, QDate day, QWidget* parent)
    : QDialog(parent), m_db(db), m_mode(mode), m_settings(income::IncomeSettings::load(db))
{
    setWindowTitle(mode == Mode::Enrol ? tr("Enrol in the safety net") : tr("Record why not enrolled"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("safetyNetSearch"));
    m_search->setPlaceholderText(tr("Name, ID number or household number, then Enter"));
    m_hits = new QListWidget(this);
    m_hits->setObjectName(QStringLiteral("safetyNetHits"));
    m_hits->setMaximumHeight(m_hits->fontMetrics().height() * 7);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("safetyNetScheme"));
    for (auto it = m_settings.schemes.cbegin(); it != m_settings.schemes.cend(); ++it)
        m_scheme->addItem(it.value(), it.key());
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("safetyNetAmount"));
    m_amount->setRange(0, 1000000);
    m_amount->setDecimals(2);
    m_amount->setSuffix(tr(" yuan"));
    m_oneOff = new QCheckBox(tr("Paid &once (one-off relief)"), this);
    m_oneOff->setObjectName(QStringLiteral("safetyNetOneOff"));
    m_from = new QDateEdit(day, this);
    m_from->setObjectName(QStringLiteral("safetyNetFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new OptionalDateEdit(this);
    m_to->setObjectName(QStringLiteral("safetyNetTo"));
    m_to->setToolTip(tr("The first day it no longer holds; leave empty while it holds"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("safetyNetText"));
    m_text->setPlaceholderText(mode == Mode::Enrol
                                   ? tr("e.g. approval number")
                                   : tr("e.g. income above the 低保 standard, supported by family"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Find:"), m_search);
    m_errors.addRow(form, this, tr("&Person:"), m_hits, "safetyNetPersonField",
                    QLatin1String(Field::SafetyNetPerson));
    if (mode == Mode::Enrol) {
        m_errors.addRow(form, this, tr("&Scheme:"), m_scheme, "safetyNetSchemeField",
                        QLatin1String(Field::SafetyNetScheme));
        m_errors.addRow(form, this, tr("&Amount:"), m_amount, "safetyNetAmountField",
                        QLatin1String(Field::SafetyNetAmount));
        form->addRow(QString(), m_oneOff);
    } else {
        m_scheme->hide();
        m_amount->hide();
        m_oneOff->hide();
    }
    m_errors.addRow(form, this, mode == Mode::Enrol ? tr("F&rom:") : tr("Holds f&rom:"), m_from,
                    "safetyNetFromField", QLatin1String(Field::SafetyNetFrom));
    m_errors.addRow(form, this, tr("&Until:"), m_to, "safetyNetToField", QLatin1String(Field::SafetyNetTo));
    m_errors.addRow(form, this, mode == Mode::Enrol ? tr("&Note:") : tr("&Reason:"), m_text,
                    "safetyNetTextField",
                    QLatin1String(mode == Mode::Enrol ? "safetynet.note" : Field::SafetyNetReason));
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Enrol ? tr("&Enrol") : tr("&Save reason"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::returnPressed, this, &SafetyNetEnrolDialog::search);
    connect(m_oneOff, &QCheckBox::toggled, m_to, &QWidget::setDisabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &SafetyNetEnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SafetyNetEnrolDialog::reject);
    m_search->setFocus();
}

void SafetyNetEnrolDialog::setPerson(qint64 personId, const QString& label)
{
    m_hits->clear();
    auto* item = new QListWidgetItem(label, m_hits);
    item->setData(Qt::UserRole, personId);
    m_hits->setCurrentRow(0);
}

void SafetyNetEnrolDialog::search()
{
    const registry::PersonSearch finder(m_db);
    const QString text = m_search->text().trimmed();
    m_hits->clear();
    if (text.isEmpty())
        return;
    if (const Outcome refused = finder.refusal(text); !refused) {
        m_errors.show(refused);
        return;
    }
    for (const registry::PersonHit& hit : finder.page(text, 0, 30)) {
        if (hit.state != PersonState::Active)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 · household %2 · %3").arg(hit.name, hit.householdNumber, hit.siteName), m_hits);
        item->setData(Qt::UserRole, hit.personId);
    }
    if (m_hits->count() > 0) {
        m_hits->setCurrentRow(0);
        m_hits->setFocus();
    }
}

qint64 SafetyNetEnrolDialog::personId() const
{
    const QListWidgetItem* item = m_hits->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

income::SafetyNetEnrolment SafetyNetEnrolDialog::enrolment() const
{
    income::SafetyNetEnrolment e;
    e.personId = personId();
    e.scheme = m_scheme->currentData().toString();
    e.amount = qRound64(m_amount->value() * 100);
    e.amountKind = m_oneOff->isChecked() ? income::AmountKind::OneOff : income::AmountKind::Monthly;
    e.validFrom = m_from->date();
    e.validTo = e.amountKind == income::AmountKind::OneOff ? e.validFrom : m_to->value();
    e.note = m_text->text().trimmed();
    return e;
}

income::SafetyNetExemption SafetyNetEnrolDialog::exemption() const
{
    income::SafetyNetExemption x;
    x.personId = personId();
    x.reason = m_text->text().trimmed();
    x.validFrom = m_from->date();
    x.validTo = m_to->value();
    return x;
}

bool SafetyNetEnrolDialog::validate()
{
    return m_errors.show(m_mode == Mode::Enrol
                             ? income::SafetyNetRules::checkEnrolment(enrolment(), m_settings, {})
                             : income::SafetyNetRules::checkExemption(exemption()));
}

void SafetyNetEnrolDialog::accept()
{
    if (!validate())
        return;
    income::SafetyNetService service(m_db);
    const Outcome written =
        m_mode == Mode::Enrol ? Outcome(service.enrol(enrolment())) : Outcome(service.exempt(exemption()));
    if (!m_errors.show(written))
        return;
    emit saved();
    QDialog::accept();
}

} // namespace anju

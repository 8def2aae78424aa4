#include "income/MonitoringDiscoveryFields.h"

#include "income/MonitoringRules.h"
#include "income/MonitoringSources.h"
#include "widgets/FieldError.h"
#include "widgets/HouseholdSearchBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace anju {

using namespace anju::income;

namespace {

QString key(const char* field)
{
    return QString::fromLatin1(field);
}

bool namesARecord(DiscoverySource source)
{
    return source == DiscoverySource::IncomeFlag || source == DiscoverySource::Visit ||
           source == DiscoverySource::Case;
}

} // namespace

MonitoringDiscoveryFields::MonitoringDiscoveryFields(const Database& db, QFormLayout* form,
                                                     FieldErrors& errors, QDateEdit* foundOn,
                                                     QPlainTextEdit* situation, QWidget* owner)
    : QObject(owner), m_db(db), m_form(form), m_foundOn(foundOn), m_situation(situation)
{
    m_household = new HouseholdSearchBox(db, owner);
    errors.addRow(form, owner, tr("&Household:"), m_household, "monitoringHousehold",
                  key(Field::MonitoringHousehold));
    m_category = new QComboBox(owner);
    for (const auto& info : enumInfos<MonitoringCategory>())
        m_category->addItem(enumLabel(info.value), int(info.value));
    errors.addRow(form, owner, tr("&Category:"), m_category, "monitoringCategory");
    m_source = new QComboBox(owner);
    for (const auto& info : enumInfos<DiscoverySource>())
        m_source->addItem(enumLabel(info.value), int(info.value));
    errors.addRow(form, owner, tr("Found &through:"), m_source, "monitoringSource");
    m_record = new QComboBox(owner);
    m_record->setMinimumContentsLength(32);
    m_record->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_record->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    errors.addRow(form, owner, tr("&Record:"), m_record, "monitoringRecord", key(Field::MonitoringSource));
    m_department = new QLineEdit(owner);
    m_department->setPlaceholderText(tr("e.g. 县医保局, 县民政局"));
    errors.addRow(form, owner, tr("De&partment:"), m_department, "monitoringDepartment");
    errors.addRow(form, owner, tr("Found &on:"), foundOn, "monitoringDate", key(Field::MonitoringDate));
    m_risks = new QListWidget(owner);
    m_risks->setObjectName(QStringLiteral("monitoringRisks"));
    for (const auto& info : enumInfos<RiskKind>()) {
        auto* item = new QListWidgetItem(enumLabel(info.value), m_risks);
        item->setData(Qt::UserRole, int(info.value));
        item->setCheckState(Qt::Unchecked);
    }
    m_risks->setMaximumHeight(m_risks->fontMetrics().height() * 6);
    errors.addRow(form, owner, tr("Ris&ks:"), m_risks, "monitoringRiskList");
    errors.addRow(form, owner, tr("&Situation:"), situation, "monitoringText");
    connect(m_source, &QComboBox::currentIndexChanged, this, &MonitoringDiscoveryFields::refreshRecords);
    connect(m_household, &HouseholdSearchBox::householdChanged, this,
            &MonitoringDiscoveryFields::refreshRecords);
    refreshRecords();
}

DiscoverySource MonitoringDiscoveryFields::source() const
{
    return static_cast<DiscoverySource>(m_source->currentData().toInt());
}

void MonitoringDiscoveryFields::refreshRecords()
{
    const DiscoverySource kind = source();
    const qint64 householdId = m_household->householdId();
    // The box is no field FieldError knows how to watch: a household chosen clears its message here.
    if (householdId > 0)
        FieldError::clear(m_household, m_household->parentWidget()->findChild<QLabel*>(
                                           QStringLiteral("monitoringHouseholdError")));
    m_form->setRowVisible(m_record->parentWidget(), namesARecord(kind));
    m_form->setRowVisible(m_department->parentWidget(), kind == DiscoverySource::Department);
    m_record->clear();
    m_record->setEnabled(false);
    if (!namesARecord(kind))
        return;
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_record->parentWidget())))
        label->setText(kind == DiscoverySource::IncomeFlag ? tr("&Flagged check:")
                       : kind == DiscoverySource::Visit    ? tr("&Visit:")
                                                           : tr("&Grid case:"));
    if (householdId <= 0) {
        m_record->setPlaceholderText(tr("find the household first"));
        return;
    }
    const Result<QList<MonitoringSourceRecord>> records = MonitoringSources(m_db).of(householdId, kind);
    if (!records) {
        m_record->setPlaceholderText(records.summary());
        return;
    }
    for (const MonitoringSourceRecord& r : records.value())
        m_record->addItem(r.label, r.id);
    if (m_record->count() == 0) {
        m_record->setPlaceholderText(kind == DiscoverySource::IncomeFlag ? tr("no flagged income check")
                                     : kind == DiscoverySource::Visit    ? tr("no visit recorded")
                                                                         : tr("no grid case about it"));
        return;
    }
    // None is taken for the clerk: the record is a fact about how the household was found.
    m_record->setPlaceholderText(tr("choose one (%1 found)").arg(m_record->count()));
    m_record->setCurrentIndex(-1);
    m_record->setEnabled(true);
}

Outcome MonitoringDiscoveryFields::validate() const
{
    Outcome outcome;
    if (m_household->householdId() <= 0)
        outcome.add(key(Field::MonitoringHousehold),
                    tr("Household: find it by name, ID number or household number (then Enter) and choose "
                       "it in the list."));
    const DiscoverySource kind = source();
    if (namesARecord(kind) && m_household->householdId() > 0 && m_record->currentIndex() < 0) {
        const bool none = m_record->count() == 0;
        QString message;
        switch (kind) {
        case DiscoverySource::IncomeFlag:
            message = none ? tr("Flagged check: this household has no flagged income check; choose another "
                                "way it was found.")
                           : tr("Flagged check: choose the income check whose flag found the household.");
            break;
        case DiscoverySource::Visit:
            message = none ? tr("Visit: no visit of this household is recorded; choose another way it was "
                                "found.")
                           : tr("Visit: choose the visit that found the household.");
            break;
        default:
            message = none ? tr("Grid case: no grid case is about this household; choose another way it was "
                                "found.")
                           : tr("Grid case: choose the grid case that found the household.");
            break;
        }
        outcome.add(key(Field::MonitoringSource), message);
    }
    if (kind == DiscoverySource::Department && m_department->text().trimmed().isEmpty())
        outcome.add(QStringLiteral("monitoringDepartment"),
                    tr("Department: enter the department whose data found the household."));
    return outcome;
}

MonitoringDiscovery MonitoringDiscoveryFields::discovery() const
{
    MonitoringDiscovery d;
    d.householdId = m_household->householdId();
    d.category = static_cast<MonitoringCategory>(m_category->currentData().toInt());
    d.discovery = source();
    d.discoveredOn = m_foundOn->date();
    const qint64 record = m_record->currentIndex() >= 0 ? m_record->currentData().toLongLong() : 0;
    d.incomeCheckId = d.discovery == DiscoverySource::IncomeFlag ? record : 0;
    d.visitId = d.discovery == DiscoverySource::Visit ? record : 0;
    d.gridCaseId = d.discovery == DiscoverySource::Case ? record : 0;
    d.department = m_department->text().trimmed();
    d.description = m_situation->toPlainText().trimmed();
    for (int i = 0; i < m_risks->count(); ++i)
        if (m_risks->item(i)->checkState() == Qt::Checked)
            d.risks.append({static_cast<RiskKind>(m_risks->item(i)->data(Qt::UserRole).toInt()), {}});
    return d;
}

} // namespace anju

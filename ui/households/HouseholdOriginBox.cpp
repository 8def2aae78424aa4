#include "households/HouseholdOriginBox.h"

#include "widgets/CountyComboBox.h"
#include "widgets/FieldError.h"
#include "widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace anju {

HouseholdOriginBox::HouseholdOriginBox(FieldErrors& errors, QWidget* parent)
    : QGroupBox(tr("Origin and registration"), parent)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addField = [this, form, &errors](const QString& labelText, QWidget* field,
                                                const char* objectName, const char* fieldKey) {
        errors.addRow(form, this, labelText, field, objectName, fieldKey ? QLatin1String(fieldKey) : QString());
    };

    m_county = new CountyComboBox(this);
    addField(tr("Origin &county:"), m_county, "originCounty", Field::HouseholdOriginCounty);
    m_township = new QLineEdit(this);
    m_township->setMaxLength(100);
    addField(tr("Origin &township:"), m_township, "originTownship", nullptr);
    m_village = new QLineEdit(this);
    m_village->setMaxLength(100);
    addField(tr("Origin vi&llage:"), m_village, "originVillage", nullptr);
    m_relocationDate = new OptionalDateEdit(this);
    addField(tr("Relocation dat&e:"), m_relocationDate, "relocationDate", Field::HouseholdRelocationDate);
    m_phone = new QLineEdit(this);
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(tr("Mobile or fixed line with area code"));
    addField(tr("&Phone:"), m_phone, "householdPhone", Field::HouseholdPhone);

    m_registrationMoved = new QCheckBox(tr("Registration (hukou) &moved here"), this);
    m_registrationMoved->setObjectName(QStringLiteral("registrationMoved"));
    m_residencePermit = new QCheckBox(tr("Resi&dence permit issued"), this);
    m_residencePermit->setObjectName(QStringLiteral("residencePermit"));
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_registrationMoved);
    flags->addWidget(m_residencePermit);
    flags->addStretch();
    form->addRow(QString(), flags);

    setTabOrder(m_county, m_township);
    setTabOrder(m_township, m_village);
    setTabOrder(m_village, m_relocationDate);
    setTabOrder(m_relocationDate, m_phone);
    setTabOrder(m_phone, m_registrationMoved);
    setTabOrder(m_registrationMoved, m_residencePermit);

    connect(m_county, &QComboBox::currentTextChanged, this, &HouseholdOriginBox::edited);
    connect(m_township, &QLineEdit::textEdited, this, &HouseholdOriginBox::edited);
    connect(m_village, &QLineEdit::textEdited, this, &HouseholdOriginBox::edited);
    connect(m_relocationDate, &QDateEdit::dateChanged, this, &HouseholdOriginBox::edited);
    connect(m_phone, &QLineEdit::textEdited, this, &HouseholdOriginBox::edited);
    connect(m_registrationMoved, &QCheckBox::toggled, this, &HouseholdOriginBox::edited);
    connect(m_residencePermit, &QCheckBox::toggled, this, &HouseholdOriginBox::edited);
}

QWidget* HouseholdOriginBox::firstField() const
{
    return m_county;
}

QWidget* HouseholdOriginBox::lastField() const
{
    return m_residencePermit;
}

void HouseholdOriginBox::load(const Household& household)
{
    if (household.originCountyCode.isEmpty())
        m_county->setCurrentIndex(-1);
    else
        m_county->setCountyCode(household.originCountyCode);
    m_township->setText(household.originTownship);
    m_village->setText(household.originVillage);
    m_relocationDate->setValue(household.relocationDate);
    m_phone->setText(household.phone);
    m_registrationMoved->setChecked(household.registrationMoved);
    m_residencePermit->setChecked(household.residencePermit);
}

void HouseholdOriginBox::applyTo(Household& household) const
{
    household.originCountyCode = m_county->countyCode();
    household.originTownship = m_township->text().trimmed();
    household.originVillage = m_village->text().trimmed();
    household.relocationDate = m_relocationDate->value();
    household.phone = m_phone->text().trimmed();
    household.registrationMoved = m_registrationMoved->isChecked();
    household.residencePermit = m_residencePermit->isChecked();
}

} // namespace anju

#include "sites/BuildingDialog.h"

#include "registry/SiteRepository.h"
#include "registry/SiteService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anju {

BuildingDialog::BuildingDialog(const Database& db, const Building& building, QWidget* parent)
    : QDialog(parent), m_db(db), m_building(building)
{
    const bool isNew = building.id == 0;
    setWindowTitle(isNew ? tr("New building") : tr("Edit building %1").arg(building.name));
    const registry::SiteRepository sites(db);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto site = sites.site(building.siteId);
    auto* siteName = new QLabel(site ? site->name : QString(), this);
    siteName->setObjectName(QStringLiteral("buildingSite"));
    form->addRow(tr("Site:"), siteName);

    m_name = new QLineEdit(building.name, this);
    m_name->setObjectName(QStringLiteral("buildingName"));
    m_name->setPlaceholderText(tr("e.g. 3 or A"));
    m_name->setMaxLength(50);
    auto* nameError = FieldError::makeLabel(this);
    nameError->setObjectName(QStringLiteral("buildingNameError"));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, FieldError::stack(m_name, nameError));
    m_errors.add(QLatin1String(Field::BuildingName), m_name, nameError);

    m_floors = new QSpinBox(this);
    m_floors->setObjectName(QStringLiteral("buildingFloors"));
    m_floors->setRange(1, 100);
    m_floors->setValue(building.floors > 0 ? building.floors : 6);
    auto* floorsError = FieldError::makeLabel(this);
    auto* floorsLabel = new QLabel(tr("&Floors:"), this);
    floorsLabel->setBuddy(m_floors);
    form->addRow(floorsLabel, FieldError::stack(m_floors, floorsError));
    m_errors.add(QStringLiteral("building.floors"), m_floors, floorsError);

    if (isNew) {
        m_units = new QSpinBox(this);
        m_units->setObjectName(QStringLiteral("buildingUnits"));
        m_units->setRange(1, 20);
        m_units->setValue(1);
        m_units->setToolTip(tr("Units (stairwells) are named 1, 2, 3 … and can be added later."));
        auto* unitsLabel = new QLabel(tr("&Units:"), this);
        unitsLabel->setBuddy(m_units);
        form->addRow(unitsLabel, m_units);
    } else {
        auto* units = new QLabel(QString::number(sites.units(building.id).size()), this);
        units->setObjectName(QStringLiteral("buildingUnitCount"));
        form->addRow(tr("Units:"), units);
    }

    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors.setGeneralLabel(general);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &BuildingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BuildingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_name->setFocus();
}

Building BuildingDialog::buildingFromFields() const
{
    Building building = m_building;
    building.name = m_name->text().trimmed();
    building.floors = m_floors->value();
    return building;
}

bool BuildingDialog::validate()
{
    return m_errors.show(registry::SiteService::validate(buildingFromFields()));
}

void BuildingDialog::accept()
{
    if (!validate())
        return;
    Result<Building> saved =
        registry::SiteService(m_db).saveBuilding(buildingFromFields(), m_units ? m_units->value() : 0);
    if (!m_errors.show(saved))
        return;
    m_building = saved.value();
    QDialog::accept();
}

} // namespace anju

#include "households/HouseholdAddressBox.h"

#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStringListModel>

namespace anju {

HouseholdAddressBox::HouseholdAddressBox(const Database& db, FieldErrors& errors, QWidget* parent)
    : QGroupBox(tr("Address"), parent), m_db(db)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addField = [this, form, &errors](const QString& labelText, QWidget* field,
                                                const char* objectName, const char* fieldKey) {
        errors.addRow(form, this, labelText, field, objectName, fieldKey ? QLatin1String(fieldKey) : QString());
    };

    m_site = new QComboBox(this);
    addField(tr("S&ite:"), m_site, "householdSite", Field::HouseholdSite);
    m_building = new QComboBox(this);
    addField(tr("&Building:"), m_building, "householdBuilding", nullptr);
    m_unit = new QComboBox(this);
    addField(tr("&Unit:"), m_unit, "householdUnit", nullptr);
    m_room = new QLineEdit(this);
    m_room->setMaxLength(20);
    m_room->setPlaceholderText(tr("e.g. 301"));
    m_rooms = new QStringListModel(this);
    auto* completer = new QCompleter(m_rooms, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_room->setCompleter(completer);
    addField(tr("&Room:"), m_room, "householdRoom", Field::HouseholdDwelling);
    m_number = new QLineEdit(this);
    m_number->setMaxLength(40);
    addField(tr("Household &no.:"), m_number, "householdNumber", Field::HouseholdNumber);

    setTabOrder(m_site, m_building);
    setTabOrder(m_building, m_unit);
    setTabOrder(m_unit, m_room);
    setTabOrder(m_room, m_number);

    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        siteChosen();
        emit edited();
    });
    connect(m_building, &QComboBox::currentIndexChanged, this, [this] {
        reloadUnits(0);
        emit edited();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        reloadRooms();
        emit edited();
    });
    connect(m_room, &QLineEdit::textEdited, this, &HouseholdAddressBox::edited);
    connect(m_number, &QLineEdit::textEdited, this, &HouseholdAddressBox::edited);
}

QWidget* HouseholdAddressBox::firstField() const
{
    return m_site;
}

QWidget* HouseholdAddressBox::lastField() const
{
    return m_number;
}

void HouseholdAddressBox::load(const Household& household, qint64 presetSiteId)
{
    m_isNew = household.id == 0;
    const registry::SiteRepository sites(m_db);
    const Address address = sites.address(household.siteId, household.dwellingId);
    const qint64 siteId = m_isNew && household.siteId == 0 ? presetSiteId : household.siteId;
    {
        const QSignalBlocker blocker(m_site);
        m_site->clear();
        for (const Site& site : sites.sites())
            m_site->addItem(site.name, site.id);
        // A new household in an office with one site needs no choice; else the filtered site or the first.
        m_site->setCurrentIndex(qMax(0, m_site->findData(siteId)));
    }
    reloadBuildings(address.buildingId);
    reloadUnits(address.unitId);
    m_room->setText(address.room);
    if (m_isNew) {
        m_suggestedNumber = registry::RegistryService(m_db).suggestHouseholdNumber(this->siteId());
        m_number->setText(m_suggestedNumber);
    } else {
        m_number->setText(household.number);
    }
}

void HouseholdAddressBox::siteChosen()
{
    reloadBuildings(0);
    reloadUnits(0);
    if (m_isNew && m_number->text() == m_suggestedNumber) {
        m_suggestedNumber = registry::RegistryService(m_db).suggestHouseholdNumber(siteId());
        m_number->setText(m_suggestedNumber);
    }
}

void HouseholdAddressBox::reloadBuildings(qint64 chosenBuildingId)
{
    const QSignalBlocker blocker(m_building);
    m_building->clear();
    m_building->addItem(tr("Not assigned"), qint64(0));
    if (siteId() != 0) {
        for (const Building& building : registry::SiteRepository(m_db).buildings(siteId()))
            m_building->addItem(building.name, building.id);
    }
    int index = m_building->findData(chosenBuildingId);
    // A site with one building: take it, one keystroke less for every household.
    if (index <= 0 && m_building->count() == 2)
        index = 1;
    m_building->setCurrentIndex(qMax(0, index));
}

void HouseholdAddressBox::reloadUnits(qint64 chosenUnitId)
{
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        const qint64 buildingId = m_building->currentData().toLongLong();
        if (buildingId != 0) {
            for (const BuildingUnit& unit : registry::SiteRepository(m_db).units(buildingId))
                m_unit->addItem(unit.name, unit.id);
        }
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(chosenUnitId)));
        m_unit->setEnabled(m_unit->count() > 0);
    }
    reloadRooms();
}

void HouseholdAddressBox::reloadRooms()
{
    QStringList rooms;
    if (unitId() != 0) {
        for (const Dwelling& dwelling : registry::SiteRepository(m_db).dwellings(unitId()))
            rooms.append(dwelling.room);
    }
    m_rooms->setStringList(rooms);
    m_room->setEnabled(unitId() != 0);
}

qint64 HouseholdAddressBox::siteId() const
{
    return m_site->currentData().toLongLong();
}

qint64 HouseholdAddressBox::unitId() const
{
    return m_unit->currentData().toLongLong();
}

QString HouseholdAddressBox::room() const
{
    return m_room->text().trimmed();
}

void HouseholdAddressBox::applyTo(Household& household) const
{
    household.siteId = siteId();
    household.number = m_number->text().trimmed();
}

} // namespace anju

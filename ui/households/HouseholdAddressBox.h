#pragma once

#include "domain/Household.h"

#include <QGroupBox>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace anju {

class Database;
class FieldErrors;

// Where the household lives (site, building, unit, room) and its household number 户编号. The room is
// typed; the dwelling is created on save when the unit has no such room yet.
class HouseholdAddressBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit HouseholdAddressBox(const Database& db, FieldErrors& errors, QWidget* parent = nullptr);

    // Shows the household's address; a new household (id 0) gets `presetSiteId` and a suggested number.
    void load(const Household& household, qint64 presetSiteId);
    // Site, household number; the dwelling is resolved by the form, which may have to create it.
    void applyTo(Household& household) const;
    qint64 siteId() const;
    qint64 unitId() const;
    QString room() const;

    QWidget* firstField() const;
    QWidget* lastField() const;

signals:
    void edited();

private:
    void reloadBuildings(qint64 chosenBuildingId);
    void reloadUnits(qint64 chosenUnitId);
    void reloadRooms();
    void siteChosen();

    const Database& m_db;
    bool m_isNew = true;
    QString m_suggestedNumber; // replaced when the site changes, unless the clerk typed another
    QComboBox* m_site = nullptr;
    QComboBox* m_building = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_room = nullptr;
    QStringListModel* m_rooms = nullptr;
    QLineEdit* m_number = nullptr;
};

} // namespace anju

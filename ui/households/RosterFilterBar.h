#pragma once

#include "registry/RosterQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace anju {

class Database;

// The row of filters above the roster: site, building of that site, state, and a search that waits
// until the clerk pauses typing before it asks the database.
class RosterFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit RosterFilterBar(const Database& db, QWidget* parent = nullptr);

    registry::RosterFilter filter() const;
    QLineEdit* searchEdit() const { return m_search; }
    qint64 currentSiteId() const;

public slots:
    // Reads the sites (and the buildings of the chosen site) again, keeping the choice when it still exists.
    void reloadSites();
    void focusSearch();
    // Shows one household whatever the filters were: its number in the search, every site and building,
    // and its state (after a save left it outside the clerk's search).
    void showOnly(const QString& householdNumber, HouseholdState state);

signals:
    void filterChanged(const anju::registry::RosterFilter& filter);

private:
    void reloadBuildings();
    void emitFilter();

    const Database& m_db;
    QComboBox* m_site = nullptr;
    QComboBox* m_building = nullptr;
    QComboBox* m_state = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
};

} // namespace anju

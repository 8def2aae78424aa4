#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;

// The sites and their buildings in one small manager: sites on the left, the buildings of the selected
// site on the right, each with Add and Edit.
class SitesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SitesDialog(const Database& db, QWidget* parent = nullptr);

    qint64 currentSiteId() const;
    void selectSite(qint64 siteId);

    // The dialogs for the buttons; public so tests and keyboard users reach the same code.
    void addSite();
    void editSite();
    void addBuilding();
    void editBuilding();

signals:
    // A site or building was saved: pages that list sites reload them.
    void sitesChanged();
    void statusMessage(const QString& message);

private:
    void reloadSites(qint64 selectSiteId);
    void reloadBuildings(qint64 selectBuildingId);
    void updateButtons();
    qint64 currentBuildingId() const;

    const Database& m_db;
    // Roles that may not edit sites (clerk, secretary) see them without the edit buttons.
    const bool m_editable;
    QListWidget* m_sites = nullptr;
    QTableWidget* m_buildings = nullptr;
    QPushButton* m_addSite = nullptr;
    QPushButton* m_editSite = nullptr;
    QPushButton* m_addBuilding = nullptr;
    QPushButton* m_editBuilding = nullptr;
};

} // namespace anju

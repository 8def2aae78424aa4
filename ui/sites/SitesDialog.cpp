#include "sites/SitesDialog.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "registry/SiteRepository.h"
#include "sites/BuildingDialog.h"
#include "sites/SiteDialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
enum BuildingColumn
{
    NameColumn,
    FloorsColumn,
    UnitsColumn,
    ColumnCount
};
constexpr int IdRole = Qt::UserRole;

QPushButton* makeButton(const QString& text, const QString& icon, QWidget* parent)
{
    auto* button = new QPushButton(QIcon(icon), text, parent);
    button->setAutoDefault(false);
    return button;
}
} // namespace

SitesDialog::SitesDialog(const Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_editable(Permissions::allows(db.session(), Action::EditSites))
{
    setWindowTitle(tr("Sites and buildings"));

    auto* sitesBox = new QGroupBox(tr("Sites"), this);
    m_sites = new QListWidget(sitesBox);
    m_sites->setObjectName(QStringLiteral("siteList"));
    m_addSite = makeButton(tr("&Add site…"), QStringLiteral(":/icons/add.svg"), sitesBox);
    m_addSite->setObjectName(QStringLiteral("addSite"));
    m_editSite = makeButton(tr("&Edit site…"), QStringLiteral(":/icons/edit.svg"), sitesBox);
    m_editSite->setObjectName(QStringLiteral("editSite"));
    auto* siteButtons = new QHBoxLayout;
    siteButtons->addWidget(m_addSite);
    siteButtons->addWidget(m_editSite);
    siteButtons->addStretch();
    auto* sitesLayout = new QVBoxLayout(sitesBox);
    sitesLayout->addWidget(m_sites);
    sitesLayout->addLayout(siteButtons);

    auto* buildingsBox = new QGroupBox(tr("Buildings of the selected site"), this);
    m_buildings = new QTableWidget(0, ColumnCount, buildingsBox);
    m_buildings->setObjectName(QStringLiteral("buildingTable"));
    m_buildings->setHorizontalHeaderLabels({tr("Building"), tr("Floors"), tr("Units")});
    m_buildings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_buildings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_buildings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_buildings->verticalHeader()->hide();
    m_buildings->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_buildings->horizontalHeader()->setSectionResizeMode(FloorsColumn, QHeaderView::ResizeToContents);
    m_buildings->horizontalHeader()->setSectionResizeMode(UnitsColumn, QHeaderView::ResizeToContents);
    m_addBuilding = makeButton(tr("Add &building…"), QStringLiteral(":/icons/add.svg"), buildingsBox);
    m_addBuilding->setObjectName(QStringLiteral("addBuilding"));
    m_editBuilding = makeButton(tr("Edit b&uilding…"), QStringLiteral(":/icons/edit.svg"), buildingsBox);
    m_editBuilding->setObjectName(QStringLiteral("editBuilding"));
    auto* buildingButtons = new QHBoxLayout;
    buildingButtons->addWidget(m_addBuilding);
    buildingButtons->addWidget(m_editBuilding);
    buildingButtons->addStretch();
    auto* buildingsLayout = new QVBoxLayout(buildingsBox);
    buildingsLayout->addWidget(m_buildings);
    buildingsLayout->addLayout(buildingButtons);

    auto* panes = new QHBoxLayout;
    panes->addWidget(sitesBox, 1);
    panes->addWidget(buildingsBox, 1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &SitesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (!m_editable) {
        for (QPushButton* button : {m_addSite, m_editSite, m_addBuilding, m_editBuilding})
            button->hide();
        auto* readOnly = new QLabel(tr("Your role may look at the sites and buildings but not change them; "
                                       "the manager or an administrator edits them."),
                                    this);
        readOnly->setObjectName(QStringLiteral("readOnlyNote"));
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }
    layout->addLayout(panes, 1);
    layout->addWidget(close);
    resize(820, 480);

    connect(m_addSite, &QPushButton::clicked, this, &SitesDialog::addSite);
    connect(m_editSite, &QPushButton::clicked, this, &SitesDialog::editSite);
    connect(m_addBuilding, &QPushButton::clicked, this, &SitesDialog::addBuilding);
    connect(m_editBuilding, &QPushButton::clicked, this, &SitesDialog::editBuilding);
    if (m_editable) {
        connect(m_sites, &QListWidget::itemActivated, this, &SitesDialog::editSite);
        connect(m_buildings, &QTableWidget::itemActivated, this, &SitesDialog::editBuilding);
    }
    connect(m_sites, &QListWidget::currentRowChanged, this, [this] { reloadBuildings(0); });
    connect(m_buildings, &QTableWidget::itemSelectionChanged, this, &SitesDialog::updateButtons);

    reloadSites(0);
}

qint64 SitesDialog::currentSiteId() const
{
    const QListWidgetItem* item = m_sites->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

qint64 SitesDialog::currentBuildingId() const
{
    const int row = m_buildings->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_buildings->item(row, NameColumn) : nullptr;
    return item ? item->data(IdRole).toLongLong() : 0;
}

void SitesDialog::selectSite(qint64 siteId)
{
    for (int row = 0; row < m_sites->count(); ++row) {
        if (m_sites->item(row)->data(IdRole).toLongLong() == siteId) {
            m_sites->setCurrentRow(row);
            return;
        }
    }
}

void SitesDialog::reloadSites(qint64 selectSiteId)
{
    const qint64 keep = selectSiteId ? selectSiteId : currentSiteId();
    {
        const QSignalBlocker blocker(m_sites);
        m_sites->clear();
        for (const Site& site : registry::SiteRepository(m_db).sites()) {
            auto* item = new QListWidgetItem(tr("%1  %2").arg(site.name, site.code), m_sites);
            item->setData(IdRole, site.id);
        }
    }
    selectSite(keep);
    if (!m_sites->currentItem() && m_sites->count() > 0)
        m_sites->setCurrentRow(0);
    reloadBuildings(0);
}

void SitesDialog::reloadBuildings(qint64 selectBuildingId)
{
    const qint64 keep = selectBuildingId ? selectBuildingId : currentBuildingId();
    m_buildings->setRowCount(0);
    const registry::SiteRepository repository(m_db);
    const qint64 siteId = currentSiteId();
    const QList<Building> buildings = siteId ? repository.buildings(siteId) : QList<Building>();
    m_buildings->setRowCount(int(buildings.size()));
    for (int row = 0; row < buildings.size(); ++row) {
        const Building& building = buildings[row];
        auto* name = new QTableWidgetItem(building.name);
        name->setData(IdRole, building.id);
        m_buildings->setItem(row, NameColumn, name);
        auto* floors = new QTableWidgetItem(QString::number(building.floors));
        floors->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_buildings->setItem(row, FloorsColumn, floors);
        auto* units = new QTableWidgetItem(QString::number(repository.units(building.id).size()));
        units->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_buildings->setItem(row, UnitsColumn, units);
        if (building.id == keep)
            m_buildings->setCurrentCell(row, NameColumn);
    }
    updateButtons();
}

void SitesDialog::updateButtons()
{
    const bool hasSite = currentSiteId() != 0;
    m_editSite->setEnabled(hasSite);
    m_addBuilding->setEnabled(hasSite);
    m_editBuilding->setEnabled(currentBuildingId() != 0);
}

void SitesDialog::addSite()
{
    SiteDialog dialog(m_db, Site(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadSites(dialog.site().id);
    emit sitesChanged();
    emit statusMessage(tr("Site %1 saved.").arg(dialog.site().name));
}

void SitesDialog::editSite()
{
    const auto site = registry::SiteRepository(m_db).site(currentSiteId());
    if (!site)
        return;
    SiteDialog dialog(m_db, *site, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadSites(dialog.site().id);
    emit sitesChanged();
    emit statusMessage(tr("Site %1 saved.").arg(dialog.site().name));
}

void SitesDialog::addBuilding()
{
    const qint64 siteId = currentSiteId();
    if (!siteId)
        return;
    Building building;
    building.siteId = siteId;
    BuildingDialog dialog(m_db, building, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadBuildings(dialog.building().id);
    emit sitesChanged();
    emit statusMessage(tr("Building %1 saved.").arg(dialog.building().name));
}

void SitesDialog::editBuilding()
{
    const auto building = registry::SiteRepository(m_db).building(currentBuildingId());
    if (!building)
        return;
    BuildingDialog dialog(m_db, *building, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadBuildings(0);
    emit sitesChanged();
    emit statusMessage(tr("Building %1 saved.").arg(dialog.building().name));
}

} // namespace anju

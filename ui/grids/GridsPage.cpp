#include "grids/GridsPage.h"

#include "database/Database.h"
#include "grids/GridPlanView.h"
#include "grids/GridTreeModel.h"
#include "grids/StaffPanel.h"
#include "widgets/PermissionGate.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace anju {

GridsPage::GridsPage(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_model = new GridTreeModel(db, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // a site typed shows all its grids
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(GridTreeModel::Name);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("gridFilter"));
    m_filter->setPlaceholderText(tr("Site, grid name or code"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("gridTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* treeTitle = new QLabel(tr("&Grids"), this);
    treeTitle->setBuddy(m_filter);
    m_treeMessage = new QLabel(this);
    m_treeMessage->setWordWrap(true);
    m_treeMessage->hide();
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(treeTitle);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_treeMessage);
    leftLayout->addWidget(m_tree, 1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("gridTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("gridDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* dayLabel = new QLabel(tr("&On:"), this);
    dayLabel->setBuddy(m_day);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    m_header = header;
    header->addWidget(dayLabel);
    header->addWidget(m_day);

    m_plan = new GridPlanView(db, this);
    m_staff = new StaffPanel(db, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("gridTabs"));
    m_tabs->addTab(m_plan, tr("Building plan"));
    m_tabs->addTab(m_staff, tr("Staff"));
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(header);
    if (!Permissions::allows(db.session(), Action::WriteGrids)) {
        auto* readOnly = new QLabel(
            tr("You may read the grids; changing them is for the clerks, the manager and the administrator."),
            this);
        readOnly->setObjectName(QStringLiteral("gridsReadOnlyNote"));
        readOnly->setWordWrap(true);
        readOnly->setEnabled(false);
        rightLayout->addWidget(readOnly);
    }
    rightLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    m_splitter = splitter;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GridsPage::currentChanged);
    connect(m_day, &QDateEdit::dateChanged, this, &GridsPage::refresh);
    connect(m_plan, &GridPlanView::householdActivated, this, &GridsPage::openHouseholdRequested);
    // A staff change alters the tree's counts, not the chosen grid.
    connect(m_staff, &StaffPanel::changed, this, &GridsPage::refreshTree);
    // The tabs of the chosen grid read it when it changes.
    connect(this, &GridsPage::gridChanged, this, [this](qint64 gridId) {
        m_plan->setGrid(gridId, day());
        m_staff->setGrid(gridId, day());
    });
    setFocusProxy(m_tree);
}

void GridsPage::fitTree()
{
    // The tree as wide as its names and counts, up to two fifths of the page; the plan takes the rest.
    const int treeWidth = m_tree->header()->length() + 2 * m_tree->frameWidth() +
                          m_tree->verticalScrollBar()->sizeHint().width() + 4;
    const int pageWidth = width() > 400 ? width() : 1100;
    const int left = qMin(treeWidth, pageWidth * 2 / 5);
    m_splitter->setSizes({left, pageWidth - left});
}

QDate GridsPage::day() const
{
    return m_day->date();
}

void GridsPage::setDay(QDate day)
{
    m_day->setDate(day);
}

void GridsPage::addTab(QWidget* tab, const QString& title)
{
    m_tabs->addTab(tab, title);
}

void GridsPage::addHeaderButton(QWidget* button)
{
    // Before the day's label and field, which stay at the right edge.
    m_header->insertWidget(m_header->count() - 2, button);
}

void GridsPage::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    refresh();
}

void GridsPage::showEvent(QShowEvent* event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void GridsPage::refresh()
{
    m_gridId = -1; // so that gridChanged is sent again for the same grid: its tabs read the new day
    refreshTree();
}

void GridsPage::refreshTree()
{
    m_loaded = true;
    const qint64 chosen = m_gridId > 0 ? m_gridId : m_lastGridId;
    // Reading the model again moves the current row on its way; only the final choice counts.
    m_reading = true;
    const Outcome read = m_model->refresh(day());
    m_treeMessage->setVisible(!read);
    m_treeMessage->setText(read.summary());
    m_tree->expandAll();
    for (int column = 0; column < GridTreeModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    if (!m_fitted) {
        m_fitted = true; // once: later reads keep where the user put the splitter
        // When laid out: the columns are measured in the shown tree.
        QTimer::singleShot(0, this, [this] {
            for (int column = 0; column < GridTreeModel::ColumnCount; ++column)
                m_tree->resizeColumnToContents(column);
            fitTree();
        });
    }
    const QModelIndex again = m_proxy->mapFromSource(m_model->indexOfGrid(chosen));
    // The same grid again, else the first one, so the page never opens empty.
    const QModelIndex first = m_proxy->index(0, 0, m_proxy->index(0, 0));
    const QModelIndex pick = again.isValid() ? again : first.isValid() ? first : m_proxy->index(0, 0);
    m_tree->setCurrentIndex(pick);
    m_reading = false;
    currentChanged();
}

void GridsPage::selectGrid(qint64 gridId)
{
    ensureLoaded();
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfGrid(gridId));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void GridsPage::currentChanged()
{
    if (m_reading)
        return;
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const qint64 gridId = m_model->gridId(index);
    const qint64 siteId = m_model->siteId(index);
    if (gridId == m_gridId && siteId == m_siteId)
        return;
    m_gridId = gridId;
    m_siteId = siteId;
    if (gridId > 0)
        m_lastGridId = gridId;
    m_title->setText(gridId != 0 ? index.siblingAtColumn(GridTreeModel::Name).data().toString()
                                 : tr("Choose a grid"));
    emit gridChanged(gridId, siteId);
}

} // namespace anju

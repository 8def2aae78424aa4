#include "households/HouseholdsPage.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "households/HouseholdForm.h"
#include "households/RosterFilterBar.h"
#include "households/RosterMatchDelegate.h"
#include "households/RosterModel.h"
#include "import/ImportDialog.h"
#include "registry/RosterQuery.h"
#include "registry/SiteRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace anju {

HouseholdsPage::HouseholdsPage(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_filterBar = new RosterFilterBar(db, this);
    m_model = new RosterModel(db, this);
    m_model->setFilter(m_filterBar->filter());

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("roster"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep a view over hundreds of thousands of rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSortIndicator(static_cast<int>(m_model->sortColumn()), Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    setColumnWidths();
    m_view->setItemDelegateForColumn(static_cast<int>(registry::RosterColumn::HeadName),
                                     new RosterMatchDelegate(m_view));

    m_emptyHint = new QLabel(m_view->viewport());
    m_emptyHint->setObjectName(QStringLiteral("rosterEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt; padding: 24px;"));
    m_view->viewport()->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rosterCount"));
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New household"), this);
    m_new->setObjectName(QStringLiteral("newHousehold"));
    m_new->setToolTip(tr("Enter a new household (Ctrl+N)"));
    m_open = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openHousehold"));
    m_open->setToolTip(tr("Open the selected household (Enter)"));

    m_import = new QPushButton(tr("&Import roster…"), this);
    m_import->setObjectName(QStringLiteral("importRoster"));
    m_import->setToolTip(tr("Take in households from an Excel or CSV roster (Ctrl+I)"));
    // What the role cannot do is not offered (core refuses it anyway).
    m_new->setVisible(Permissions::allows(m_db.session(), Action::WriteRegistry));
    m_import->setVisible(Permissions::allows(m_db.session(), Action::ImportRoster));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_import);
    bottom->addSpacing(12); // taking in a whole file is not one more way to edit a household
    bottom->addWidget(m_new);
    bottom->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, &HouseholdsPage::newHousehold);
    auto* importShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    connect(importShortcut, &QShortcut::activated, this, &HouseholdsPage::importRoster);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_filterBar, &RosterFilterBar::focusSearch);

    connect(m_filterBar, &RosterFilterBar::filterChanged, m_model, &RosterModel::setFilter);
    connect(m_model, &RosterModel::countChanged, this, &HouseholdsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdsPage::updateActions);
    // Enter and double-click both arrive as activated.
    connect(m_view, &QAbstractItemView::activated, this, &HouseholdsPage::openCurrentHousehold);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HouseholdsPage::updateActions);
    connect(m_new, &QPushButton::clicked, this, &HouseholdsPage::newHousehold);
    connect(m_open, &QPushButton::clicked, this, &HouseholdsPage::openCurrentHousehold);
    connect(m_import, &QPushButton::clicked, this, &HouseholdsPage::importRoster);
    // Down from the search goes to the results, so a found household opens with Down, Enter.
    connect(m_filterBar->searchEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setFocus(Qt::OtherFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
        }
    });

    // Opening the page puts the keyboard in the search: a clerk usually comes to find someone.
    setFocusProxy(m_filterBar->searchEdit());
    updateCount(m_model->rowCount());
    updateActions();
}

void HouseholdsPage::setColumnWidths()
{
    const QFontMetrics fm = m_view->fontMetrics();
    auto* header = m_view->horizontalHeader();
    const auto width = [&](registry::RosterColumn column, const QString& sample) {
        const int text = fm.horizontalAdvance(sample);
        const int label =
            fm.horizontalAdvance(m_model->headerData(static_cast<int>(column), Qt::Horizontal).toString()) +
            24; // room for the sort indicator
        header->resizeSection(static_cast<int>(column), qMax(text, label) + 16);
    };
    width(registry::RosterColumn::Number, QStringLiteral("430524001-0000"));
    width(registry::RosterColumn::HeadName, QStringLiteral("MMMMMMMM"));
    width(registry::RosterColumn::HeadIdNumber, QStringLiteral("43052419800101001X"));
    width(registry::RosterColumn::Site, QStringLiteral("MMMMMMMMMMMM"));
    width(registry::RosterColumn::Address, QStringLiteral("MMMMMMMMMMMMMMMM"));
    width(registry::RosterColumn::MemberCount, QStringLiteral("00"));
    width(registry::RosterColumn::Phone, QStringLiteral("13800000000"));
    width(registry::RosterColumn::RelocationDate, QStringLiteral("2000-00-00"));
    width(registry::RosterColumn::State, QStringLiteral("MMMMMMM"));
    // The address is the column whose length varies most; it takes the room that is left.
    header->setSectionResizeMode(static_cast<int>(registry::RosterColumn::Address), QHeaderView::Stretch);
}

void HouseholdsPage::reloadSites()
{
    m_filterBar->reloadSites();
    updateEmptyHint(m_model->rowCount()); // the first site changes what an empty roster suggests
}

void HouseholdsPage::newHousehold()
{
    if (registry::SiteRepository(m_db).sites().isEmpty()) {
        MessageBox::information(
            this, tr("New household"),
            tr("A household lives at a resettlement site: enter the site first (File → Sites "
               "and buildings)."));
        return;
    }
    showForm(new HouseholdForm(m_db, 0, m_filterBar->currentSiteId(), this));
}

void HouseholdsPage::openHousehold(qint64 householdId)
{
    if (householdId != 0)
        showForm(new HouseholdForm(m_db, householdId, 0, this));
}

void HouseholdsPage::openCurrentHousehold()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openHousehold(m_model->householdId(current.row()));
}

void HouseholdsPage::importRoster()
{
    // The folder of the last roster, also after a restart: offices keep their rosters in one place.
    const QString path = FileDialog::getOpenFileName(this, tr("Import roster"),
                                                     FileDialog::lastFolder(QStringLiteral("import")),
                                                     tr("Rosters (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    FileDialog::rememberFolder(QStringLiteral("import"), path);
    auto* dialog = new ImportDialog(m_db, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        // The importer may have made sites that rows named and the office had not entered yet.
        reloadSites();
        m_model->refresh();
    });
    dialog->open();
}

void HouseholdsPage::showForm(HouseholdForm* form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &HouseholdForm::householdChanged, this, [this](qint64 id) {
        m_model->refresh();
        emit householdChanged(id);
    });
    // Only Save closes the form with accept(); member changes keep it open.
    connect(form, &QDialog::accepted, this, [this, form] { showSaved(form->household()); });
    form->open();
}

void HouseholdsPage::showSaved(const Household& household)
{
    if (household.id == 0)
        return;
    int row = registry::RosterQuery(m_db).rowOf(m_model->filter(), m_model->sortColumn(),
                                                m_model->sortAscending(), household.id);
    if (row < 0) {
        // The search or filters hide it: show it by its number rather than leave the clerk wondering.
        m_filterBar->showOnly(household.number, household.state);
        row = registry::RosterQuery(m_db).rowOf(m_model->filter(), m_model->sortColumn(),
                                                m_model->sortAscending(), household.id);
    }
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, static_cast<int>(registry::RosterColumn::Number));
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    const Person* head = household.head();
    emit statusMessage(head
                           ? tr("Saved household %1 (household number %2).").arg(head->name, household.number)
                           : tr("Saved household number %1.").arg(household.number));
}

void HouseholdsPage::updateCount(int count)
{
    m_count->setText(tr("%n household(s)", nullptr, count));
    updateEmptyHint(count);
}

void HouseholdsPage::updateEmptyHint(int count)
{
    if (count > 0) {
        m_emptyHint->hide();
        return;
    }
    const registry::RosterFilter& filter = m_model->filter();
    if (const Outcome refused = registry::RosterQuery(m_db).refusal(filter); !refused)
        m_emptyHint->setText(refused.summary());
    else if (!filter.search.trimmed().isEmpty() || filter.siteId != 0 || filter.buildingId != 0)
        m_emptyHint->setText(tr("No household matches the search or the filters."));
    else if (registry::SiteRepository(m_db).sites().isEmpty())
        m_emptyHint->setText(
            tr("No site is entered yet. Enter your resettlement sites and their buildings first "
               "(File → Sites and buildings), or import an office roster (Ctrl+I), which brings "
               "its sites along."));
    else
        m_emptyHint->setText(
            tr("No registered households here yet: add one with New household (Ctrl+N), or import "
               "an office roster (Ctrl+I)."));
    m_emptyHint->setGeometry(m_view->viewport()->rect());
    m_emptyHint->show();
}

bool HouseholdsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void HouseholdsPage::updateActions()
{
    m_open->setEnabled(m_view->currentIndex().isValid());
}

} // namespace anju

#include "shell/MainWindow.h"

#include "access/Permissions.h"
#include "admin/AdminMenu.h"
#include "admin/BackupRunner.h"
#include "database/Database.h"
#include "grids/GridWorkTabs.h"
#include "grids/GridsPage.h"
#include "help/AboutDialog.h"
#include "help/ManualWindow.h"
#include "households/HouseholdsPage.h"
#include "party/PartyPage.h"
#include "report/ReportPage.h"
#include "shell/SettingsPage.h"
#include "shell/UiResources.h"
#include "sites/SitesDialog.h"
#include "support/SupportPage.h"
#include "widgets/MessageBox.h"
#include "widgets/ScreenFit.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace anju {

namespace {
constexpr int MessageTimeoutMs = 6000;
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString PageKey = QStringLiteral("mainWindow/page");
// Room for the navigation, a tree, a table and a side panel; smaller screens (the office laptop's
// 1366×768) get all they have.
constexpr QSize PreferredSize(1440, 900);
} // namespace

MainWindow::MainWindow(const Database& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    initUiResources();
    QString title = tr("Anju — %1").arg(db.location().display());
    if (db.isDemo())
        title += tr(" [demo database]");
    setWindowTitle(title);
    setWindowIcon(QIcon(QStringLiteral(":/icons/anju.svg")));

    buildPages();
    buildMenus();
    buildStatusBar();
    restoreLayout();
}

void MainWindow::buildPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Workflows"));
    // Big, readable entries: the clerks of a county office are not all young, nor on small screens.
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.25);
    m_navigation->setFont(navigationFont);
    const int line = QFontMetrics(navigationFont).height();
    m_navigation->setIconSize(QSize(line + 6, line + 6));
    m_navigation->setSpacing(3);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The chosen workflow stays clearly marked even while the keyboard is in the page.
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); }"
        "QListWidget::item { padding: 8px 10px; border-radius: 4px; color: palette(window-text); }"
        "QListWidget::item:hover { background: palette(midlight); }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_households = new HouseholdsPage(m_db, this);
    addPage(Page::Households, QStringLiteral(":/icons/households.svg"), tr("Households"), m_households);
    if (Workflows::mayOpen(m_db.session(), Page::Party)) {
        auto* party = new PartyPage(m_db, this);
        addPage(Page::Party, QStringLiteral(":/icons/party.svg"), tr("Party"), party);
        // A resident's name, age or site shows on the party page too; coverage counts residents.
        connect(m_households, &HouseholdsPage::householdChanged, party, &PartyPage::markStale);
    } else {
        addPage(Page::Party, QStringLiteral(":/icons/party.svg"), tr("Party"), new QWidget(this));
    }
    if (Workflows::mayOpen(m_db.session(), Page::Grids)) {
        auto* grids = new GridsPage(m_db, this);
        addGridWorkTabs(*grids, m_db);
        addPage(Page::Grids, QStringLiteral(":/icons/grids.svg"), tr("Grids"), grids);
        // A household chosen on the building plan opens in its form, as from the roster.
        connect(grids, &GridsPage::openHouseholdRequested, m_households, &HouseholdsPage::openHousehold);
    } else {
        addPage(Page::Grids, QStringLiteral(":/icons/grids.svg"), tr("Grids"), new QWidget(this));
    }
    // 帮扶: each follow-up workflow adds its tabs when the role may read it; none, core's refusal.
    auto* support = new SupportPage(m_db, this);
    addFollowUpTabs(*support, m_db);
    // A household named by a finding opens in its form, as from the roster.
    connect(support, &SupportPage::openHouseholdRequested, m_households, &HouseholdsPage::openHousehold);
    addPage(Page::Support, QStringLiteral(":/icons/support.svg"), tr("Support"), support);
    addPage(Page::Reports, QStringLiteral(":/icons/reports.svg"), tr("Reports"),
            Workflows::mayOpen(m_db.session(), Page::Reports) ? new ReportPage(m_db, this)
                                                              : new QWidget(this));
    addPage(Page::Settings, QStringLiteral(":/icons/settings.svg"), tr("Settings"),
            new SettingsPage(m_db, this));

    // As wide as the longest entry (Chinese or English), not a fixed guess.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 16);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* rule = new QFrame(central);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::addPage(Page page, const QString& iconPath, const QString& title, QWidget* widget)
{
    const int index = int(page);
    Q_ASSERT(m_pages->count() == index);
    auto* item = new QListWidgetItem(QIcon(iconPath), title, m_navigation);
    const QKeySequence shortcut(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + index)));
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    // A page the role may not use stays in the list, greyed, saying why: not an empty page that
    // refuses only when something is saved.
    const Outcome open = Workflows::mayOpen(m_db.session(), page);
    if (!open) {
        item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        item->setToolTip(open.summary());
        item->setData(Qt::AccessibleDescriptionRole, open.summary());
    }
    m_pages->addWidget(widget);
    if (widget->metaObject()->indexOfSignal("statusMessage(QString)") >= 0)
        connect(widget, SIGNAL(statusMessage(QString)), this, SLOT(postMessage(QString)));

    auto* go = new QAction(title, this);
    go->setShortcut(shortcut);
    go->setShortcutContext(Qt::WindowShortcut);
    go->setEnabled(open.ok());
    connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
    addAction(go);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* sites = file->addAction(tr("&Sites and buildings…"), this, &MainWindow::editSites);
    sites->setObjectName(QStringLiteral("actionSites"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    auto* admin = new AdminMenu(m_db, this);
    admin->addTo(menuBar());
    connect(admin, &AdminMenu::statusMessage, this, &MainWindow::postMessage);

    // Named help*, not action*: every role has them (the action* names are those a permission hides).
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(tr("&Manual"), this, &MainWindow::showManual);
    manual->setObjectName(QStringLiteral("helpManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setShortcutContext(Qt::ApplicationShortcut);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Anju"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("helpAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    auto* database =
        new QLabel(tr("%1 · schema %2").arg(m_db.location().display()).arg(m_db.schemaVersion()), this);
    database->setObjectName(QStringLiteral("databaseStatus"));
    database->setToolTip(tr("The database this window works on, and the version of its schema."));
    statusBar()->addPermanentWidget(database);
    if (m_db.dialect().engine() == SqlDialect::Engine::PostgreSql) {
        // No desk backs up a shared server on its own (docs/decisions.md): say so, not nothing.
        auto* backup = new QLabel(tr("Backups: by the administrator on the server"), this);
        backup->setObjectName(QStringLiteral("backupStatus"));
        backup->setToolTip(tr("The daily automatic backup is made only for a database file on this computer. "
                              "A server database is backed up by the administrator with anju-cli backup "
                              "(pg_dump), for example every night."));
        statusBar()->addPermanentWidget(backup);
    }
    if (const Session* session = m_db.session()) {
        auto* user =
            new QLabel(tr("Logged in: %1 (%2)").arg(session->userName, Roles::label(session->role)), this);
        user->setObjectName(QStringLiteral("userStatus"));
        user->setToolTip(tr("The user logged in, and their role."));
        statusBar()->addPermanentWidget(user);
    }
}

void MainWindow::startDailyBackup()
{
    if (m_db.dialect().engine() != SqlDialect::Engine::Sqlite)
        return;
    BackupRunner::startDailyBackup(m_db, this, [this](const QString& file, const QString& error) {
        if (!error.isEmpty())
            MessageBox::warning(this, tr("Daily backup"),
                                tr("Today's backup could not be made: %1").arg(error));
        else if (!file.isEmpty())
            postMessage(tr("Today's backup: %1").arg(QDir::toNativeSeparators(file)));
    });
}

void MainWindow::placeOn(QScreen* screen)
{
    if (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    setGeometry(ScreenFit::placed(PreferredSize, screen));
}

QString MainWindow::pageKey() const
{
    const Session* session = m_db.session();
    return session ? PageKey + QLatin1Char('/') + session->userName : PageKey;
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    // The last geometry only where it still fits: a laptop taken off its large monitor opens on the
    // laptop's screen, whole.
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    const bool restored = !geometry.isEmpty() && restoreGeometry(geometry);
    if (!restored || (!isMaximized() && !ScreenFit::fits(this->geometry())))
        placeOn(ScreenFit::screenForNewWindow());
    restoreState(settings.value(StateKey).toByteArray());
    // Where this user left off; the first time, the page of their role's daily work.
    const QVariant remembered = settings.value(pageKey());
    Page start = Workflows::startFor(m_db.session());
    if (remembered.isValid()) {
        const int row = remembered.toInt();
        if (row >= 0 && row < m_pages->count() && isPageOpen(Page(row)))
            start = Page(row);
    }
    m_navigation->setCurrentRow(int(start));
}

bool MainWindow::isPageOpen(Page page) const
{
    const QListWidgetItem* item = m_navigation->item(int(page));
    return item && (item->flags() & Qt::ItemIsEnabled);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    BackupRunner::stopDailyBackup();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(pageKey(), m_navigation->currentRow());
    QMainWindow::closeEvent(event);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    if (!isPageOpen(page))
        return;
    m_navigation->setCurrentRow(int(page));
    // The keyboard goes with the page: its first field, so Ctrl+1 and typing searches households.
    QWidget* current = m_pages->currentWidget();
    if (current->focusProxy() || current->focusPolicy() != Qt::NoFocus) {
        current->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    const auto children = current->findChildren<QWidget*>();
    for (QWidget* child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled() && child->isVisibleTo(current)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

QWidget* MainWindow::page(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::postMessage(const QString& message)
{
    statusBar()->showMessage(message, MessageTimeoutMs);
}

void MainWindow::editSites()
{
    SitesDialog dialog(m_db, this);
    connect(&dialog, &SitesDialog::sitesChanged, m_households, &HouseholdsPage::reloadSites);
    if (auto* reports = findChild<ReportPage*>())
        connect(&dialog, &SitesDialog::sitesChanged, reports, &ReportPage::reloadSites);
    connect(&dialog, &SitesDialog::statusMessage, this, &MainWindow::postMessage);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::showManual()
{
    // One window, kept while the program runs, so that it stays where the user put it.
    if (!m_manual)
        m_manual = new ManualWindow(this);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

} // namespace anju

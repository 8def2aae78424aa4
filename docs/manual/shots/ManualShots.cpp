// The pictures of the user manual (docs/manual/images/), taken from the real window on a demo database:
// `cmake --build build --target manual-images` makes the database and runs this, so a changed window
// changes its picture at the next run and no picture is drawn by hand.
//
//   anju-manual-shots DATABASE IMAGES_DIR [ROSTER]
//
// Each role logs in as the demo database's user of that role (password anju-demo), in Chinese, on a
// 1366x768 window (the screens offices have), off-screen.

#include "Translations.h"
#include "admin/AuditDialog.h"
#include "admin/LoginDialog.h"
#include "admin/StartSession.h"
#include "admin/UsersDialog.h"
#include "database/Database.h"
#include "help/ManualWindow.h"
#include "households/HouseholdsPage.h"
#include "party/PartyPage.h"
#include "report/ReportPage.h"
#include "shell/MainWindow.h"
#include "shell/UiResources.h"
#include "sites/SitesDialog.h"
#include "widgets/FileDialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFontDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace anju {
namespace {

QString g_images;
int g_failures = 0;

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void save(QWidget* widget, const QString& name)
{
    const QString file = QDir(g_images).filePath(name + QStringLiteral(".png"));
    if (!widget || !widget->grab().save(file)) {
        std::fprintf(stderr, "manual-shots: could not take %s\n", qPrintable(name));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(file));
}

// Runs `open`, which shows a dialog (modal: exec() or open()); once it has settled, takes its picture
// and closes it.
void shootDialog(const QString& name, const std::function<void()>& open, int settleMs = 1500)
{
    bool done = false;
    QEventLoop loop;
    QTimer::singleShot(settleMs, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            dialog = QApplication::activeWindow();
        save(dialog, name);
        if (dialog)
            dialog->close();
        done = true;
        loop.quit();
    });
    open();
    if (!done)
        loop.exec();
}

// Waits for the report page's figures (computed off the GUI thread), at most `ms`.
void waitForFigures(ReportPage* page, int ms)
{
    QEventLoop loop;
    QObject::connect(page, &ReportPage::figuresShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    wait(300);
}

std::unique_ptr<Database> openAs(const QString& location, const QString& user)
{
    Result<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::parse(location));
    if (!opened) {
        std::fprintf(stderr, "manual-shots: %s\n", qPrintable(opened.summary()));
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    qputenv("ANJU_USER", user.toUtf8());
    qputenv("ANJU_PASSWORD", "anju-demo");
    if (!startSession(*db)) {
        std::fprintf(stderr, "manual-shots: %s could not log in\n", qPrintable(user));
        return nullptr;
    }
    return db;
}

std::unique_ptr<MainWindow> windowFor(const Database& db)
{
    auto window = std::make_unique<MainWindow>(db);
    window->resize(1366, 768);
    window->show();
    wait(500);
    return window;
}

void clerk(const QString& location, const QString& roster)
{
    std::unique_ptr<Database> db = openAs(location, QStringLiteral("clerk"));
    if (!db)
        return ++g_failures, void();
    auto window = windowFor(*db);
    window->showPage(MainWindow::Page::Households);
    wait(800);
    save(window.get(), QStringLiteral("clerk-roster"));

    auto* households = static_cast<HouseholdsPage*>(window->page(MainWindow::Page::Households));
    households->rosterView()->selectRow(0);
    shootDialog(QStringLiteral("clerk-household"), [&] { households->openCurrentHousehold(); });

    if (!roster.isEmpty()) {
        FileDialog::setNextAnswer(roster);
        shootDialog(
            QStringLiteral("clerk-import"), [&] { households->importRoster(); }, 4000);
    }
    shootDialog(QStringLiteral("clerk-sites"), [&] { window->editSites(); });

    // 网格: the building plan of the first grid, with its flags and last visits.
    window->showPage(MainWindow::Page::Grids);
    wait(800);
    save(window.get(), QStringLiteral("clerk-grids"));
}

void secretary(const QString& location)
{
    std::unique_ptr<Database> db = openAs(location, QStringLiteral("secretary"));
    if (!db)
        return ++g_failures, void();
    auto window = windowFor(*db);
    window->showPage(MainWindow::Page::Party);
    auto* party = static_cast<PartyPage*>(window->page(MainWindow::Page::Party));
    party->ensureBuilt();
    party->showTab(PartyPage::Tab::Review);
    wait(2500);
    save(window.get(), QStringLiteral("secretary-review"));
    party->showTab(PartyPage::Tab::Members);
    wait(1500);
    save(window.get(), QStringLiteral("secretary-members"));
    party->showTab(PartyPage::Tab::Meetings);
    wait(1500);
    save(window.get(), QStringLiteral("secretary-meetings"));
}

void manager(const QString& location)
{
    std::unique_ptr<Database> db = openAs(location, QStringLiteral("manager"));
    if (!db)
        return ++g_failures, void();
    auto window = windowFor(*db);
    auto* report = static_cast<ReportPage*>(window->page(MainWindow::Page::Reports));
    window->showPage(MainWindow::Page::Reports);
    waitForFigures(report, 60'000);
    save(window.get(), QStringLiteral("manager-dashboard"));
}

void admin(const QString& location)
{
    std::unique_ptr<Database> db = openAs(location, QStringLiteral("admin"));
    if (!db)
        return ++g_failures, void();
    shootDialog(QStringLiteral("login"), [&] {
        LoginDialog login(*db);
        login.exec();
    });
    auto window = windowFor(*db);
    shootDialog(QStringLiteral("admin-users"), [&] {
        UsersDialog dialog(*db, window.get());
        dialog.resize(900, 520);
        dialog.exec();
    });
    shootDialog(QStringLiteral("admin-audit"), [&] {
        AuditDialog dialog(*db, window.get());
        dialog.resize(1100, 620);
        dialog.exec();
    });
    window->showPage(MainWindow::Page::Settings);
    wait(800);
    save(window.get(), QStringLiteral("admin-settings"));

    // The manual itself, as 帮助 → 使用说明 (F1) opens it.
    window->showManual();
    wait(800);
    if (auto* manual = window->findChild<ManualWindow*>())
        save(manual, QStringLiteral("help-manual"));
}

} // namespace
} // namespace anju

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings (window geometry, the language) in a folder of their own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("AnjuManual"));
    QApplication::setApplicationName(QStringLiteral("anju-manual-shots"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: anju-manual-shots DATABASE IMAGES_DIR [ROSTER]\n", stderr);
        return 2;
    }
    anju::Translations::install(app, QStringLiteral("zh_CN"));
    // The fonts the program prefers (app/gui/main.cpp): the pictures show what offices see.
    const QString noto = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(noto)) {
        QFont font = QApplication::font();
        font.setFamilies({noto, font.family()});
        QApplication::setFont(font);
    } else {
        std::fputs("manual-shots: Noto Sans CJK SC is missing (fonts-noto-cjk)\n", stderr);
        return 1;
    }
    anju::initUiResources();
    anju::g_images = args.at(2);
    QDir().mkpath(anju::g_images);
    const QString roster = args.size() > 3 ? args.at(3) : QString();

    anju::clerk(args.at(1), roster);
    anju::secretary(args.at(1));
    anju::manager(args.at(1));
    anju::admin(args.at(1));
    return anju::g_failures == 0 ? 0 : 1;
}

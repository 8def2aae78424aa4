#pragma once

#include "access/Workflows.h"

#include <QMainWindow>

class QLabel;
class QScreen;
class QListWidget;
class QStackedWidget;

namespace anju {

class Database;
class HouseholdsPage;
class ManualWindow;

// The window around the pages: the navigation by workflow on the left, one page per workflow, the menus
// and the status bar. A page that declares a signal `statusMessage(QString)` has its messages shown in
// the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In navigation order; Ctrl+1 … Ctrl+6 switch to them. Which a role may open, and where it starts,
    // is core's decision (Workflows).
    using Page = Workflow;

    explicit MainWindow(const Database& db, QWidget* parent = nullptr);

    Page currentPage() const;
    void showPage(Page page);
    QWidget* page(Page page) const;
    bool isPageOpen(Page page) const;
    // Sizes and centres the window on `screen` (its available geometry, never beyond it).
    void placeOn(QScreen* screen);

public slots:
    // Shows a message of a page in the status bar for a few seconds.
    void postMessage(const QString& message);
    void editSites();
    void showAbout();
    // 帮助 → 使用说明 (F1): the user manual, from the disk.
    void showManual();
    // The automatic backup of the first start of each day, off the GUI thread.
    void startDailyBackup();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page page, const QString& iconPath, const QString& title, QWidget* widget);
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void restoreLayout();
    // The page remembered for the logged-in user (several users share a desk).
    QString pageKey() const;

    const Database& m_db;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    HouseholdsPage* m_households = nullptr;
    ManualWindow* m_manual = nullptr;
};

} // namespace anju

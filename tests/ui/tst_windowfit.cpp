// The window on the screens offices have (issue 15): every page of every role fits a 1366×768 laptop and
// a 1280×800 screen with the status bar in sight, and a remembered geometry is used only where it fits.
// The offscreen platform is given two such screens through its configuration file (Qt's
// qoffscreenintegration.cpp: "offscreen:configfile=FILE" with a "screens" array), written before the
// application starts.
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "shell/MainWindow.h"
#include "widgets/ScreenFit.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace anju;

namespace {
const QString ScreensConfig = QStringLiteral(
    R"({"windowFrameMargins": true, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "small", "x": 1366, "y": 0, "width": 1280, "height": 800}]})");

QScreen* screenNamed(const QString& name)
{
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

QString sizeText(QSize size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

QSize minimumOf(const QWidget* widget)
{
    return widget->minimumSizeHint().expandedTo(widget->minimumSize());
}

// On a failure, the chain of widgets (the hidden pages of a stack too) that asks for the most width.
QString widestChain(const QWidget* from)
{
    QStringList chain;
    const QWidget* at = from;
    while (at) {
        chain.append(QStringLiteral("%1(%2) %3")
                         .arg(QString::fromLatin1(at->metaObject()->className()), at->objectName(),
                              sizeText(minimumOf(at))));
        const QWidget* widest = nullptr;
        for (const QWidget* child : at->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow() && (!widest || minimumOf(child).width() > minimumOf(widest).width()))
                widest = child;
        }
        at = widest;
    }
    return chain.join(QStringLiteral(" > "));
}
} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyPageFitsTheScreen_data();
    void everyPageFitsTheScreen();
    void rememberedGeometryOnlyWhereItFits();

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
};

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnjuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowfit"));
    QVERIFY2(screenNamed(QStringLiteral("laptop")) && screenNamed(QStringLiteral("small")),
             "the offscreen platform did not take the screens of the configuration");
    QCOMPARE(screenNamed(QStringLiteral("laptop"))->availableGeometry().size(), QSize(1366, 768));
    // Pages with content: branches, members, meetings, a dashboard with figures.
    m_testDb = std::make_unique<test::TestDatabase>(test::TestDatabase::Contents::Empty);
    demo::DemoOptions options;
    options.households = 60;
    QVERIFY2(demo::DemoGenerator(m_testDb->db()).generate(options), "demo data");
}

void TestWindowFit::init()
{
    QSettings().clear();
    m_testDb->logInAs(Role::Admin);
}

void TestWindowFit::everyPageFitsTheScreen_data()
{
    QTest::addColumn<QString>("screenName");
    QTest::addColumn<Role>("role");
    for (const QString& screen : {QStringLiteral("laptop"), QStringLiteral("small")}) {
        for (Role role : {Role::Admin, Role::Clerk, Role::Manager, Role::Secretary})
            QTest::addRow("%s %s", qPrintable(screen), qPrintable(Roles::label(role))) << screen << role;
    }
}

void TestWindowFit::everyPageFitsTheScreen()
{
    QFETCH(QString, screenName);
    QFETCH(Role, role);
    QScreen* screen = screenNamed(screenName);
    const QRect available = screen->availableGeometry();
    const QSize room = ScreenFit::room(screen);
    m_testDb->logInAs(role);

    MainWindow window(m_testDb->db());
    window.placeOn(screen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.screen(), screen);

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        const auto page = MainWindow::Page(row);
        if (!window.isPageOpen(page))
            continue;
        window.showPage(page);
        QCOMPARE(window.currentPage(), page);
        QCoreApplication::processEvents();
        const QString where = navigation->item(row)->text() + QStringLiteral(": ");
        // No page asks for more than the screen has: its minimum would push the window past the edge.
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(
            minimum.width() <= room.width() && minimum.height() <= room.height(),
            qPrintable(where + QStringLiteral("needs %1, the screen has %2; %3")
                                   .arg(sizeText(minimum), sizeText(room), widestChain(window.page(page)))));
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(where + QStringLiteral("window %1 at %2,%3 beyond the screen %4")
                                        .arg(sizeText(window.frameGeometry().size()))
                                        .arg(window.frameGeometry().x())
                                        .arg(window.frameGeometry().y())
                                        .arg(sizeText(available.size()))));
        QStatusBar* status = window.statusBar();
        QVERIFY(status->isVisible());
        const QRect statusOnScreen(status->mapToGlobal(QPoint(0, 0)), status->size());
        QVERIFY2(available.contains(statusOnScreen),
                 qPrintable(where + QStringLiteral("status bar off screen")));
    }
    window.close();
}

void TestWindowFit::rememberedGeometryOnlyWhereItFits()
{
    QScreen* laptop = screenNamed(QStringLiteral("laptop"));
    const QRect smaller(QPoint(100, 80), QSize(1200, 650));
    {
        MainWindow window(m_testDb->db());
        window.placeOn(laptop);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(smaller);
        QTRY_COMPARE(window.geometry(), smaller);
        window.close();
    }
    {
        MainWindow reopened(m_testDb->db());
        QCOMPARE(reopened.geometry(), smaller);
        // Then moved to a place no screen holds whole (as a geometry kept from a larger monitor).
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        reopened.setGeometry(QRect(QPoint(50, 40), QSize(1560, 960)));
        QTRY_COMPARE(reopened.geometry().size(), QSize(1560, 960));
        reopened.close();
    }
    MainWindow third(m_testDb->db());
    const QSize size = third.geometry().size();
    QVERIFY2(size.width() <= ScreenFit::room(laptop).width() &&
                 size.height() <= ScreenFit::room(laptop).height(),
             qPrintable(sizeText(size)));
    QVERIFY(ScreenFit::fits(third.geometry()));
}

int main(int argc, char** argv)
{
    // Before QApplication: the platform reads its screens when it starts.
    const QString config =
        QDir::temp().filePath(QStringLiteral("anju-tst_windowfit-screens-%1.json")
                                  .arg(QString::number(qint64(QCoreApplication::applicationPid()))));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write(ScreensConfig.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(config));
    }
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestWindowFit test;
    const int failed = QTest::qExec(&test, argc, argv);
    QFile::remove(config);
    return failed;
}

#include "tst_windowfit.moc"

// 帮助: the manual opens from the disk with F1 and follows its chapters with their pictures; a missing
// manual says where it was looked for; 关于 names the version, the licence and the libraries.

#include "TestDatabase.h"

#include "about/BuildInfo.h"
#include "help/AboutDialog.h"
#include "help/ManualLocation.h"
#include "help/ManualWindow.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace anju;

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void f1OpensTheManual();
    void chaptersAndPicturesAreFollowed();
    void missingManualSaysWhereItLooked();
    void everyPictureOfTheManualExists();
    void aboutNamesVersionLicenceAndLibraries();
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnjuTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
    qputenv("ANJU_MANUAL_DIR", ANJU_MANUAL_SOURCE_DIR);
}

void TestHelp::cleanup()
{
    qputenv("ANJU_MANUAL_DIR", ANJU_MANUAL_SOURCE_DIR);
}

void TestHelp::f1OpensTheManual()
{
    test::TestDatabase db;
    MainWindow window(db.db());
    auto* action = window.findChild<QAction*>(QStringLiteral("helpManual"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(!window.findChild<ManualWindow*>());
    action->trigger();
    auto* manual = window.findChild<ManualWindow*>();
    QVERIFY(manual);
    QVERIFY(manual->isVisible());
    QCOMPARE(manual->source().fileName(), QStringLiteral("index.md"));
    QVERIFY(manual->browser()->toPlainText().contains(QStringLiteral("安居 使用说明")));
    action->trigger(); // the same window again, not a second one
    QCOMPARE(window.findChildren<ManualWindow*>().size(), 1);
}

void TestHelp::chaptersAndPicturesAreFollowed()
{
    ManualWindow manual;
    // The contents link to one chapter per role.
    const QString contents = manual.browser()->toHtml();
    for (const char* chapter : {"clerk.md", "gridworker.md", "secretary.md", "manager.md", "admin.md"})
        QVERIFY2(contents.contains(QLatin1String(chapter)), chapter);
    manual.showChapter(QStringLiteral("clerk.md"));
    QCOMPARE(manual.source().fileName(), QStringLiteral("clerk.md"));
    QVERIFY(manual.browser()->toPlainText().contains(QStringLiteral("住户花名册")));
    // Shown as Markdown (a heading), not as its source text.
    QVERIFY(!manual.browser()->toPlainText().contains(QStringLiteral("# 录入员")));
    // Its pictures are found next to it, without a network.
    const QVariant picture = manual.browser()->loadResource(QTextDocument::ImageResource,
                                                            QUrl(QStringLiteral("images/clerk-roster.png")));
    QVERIFY(!picture.isNull());
    // A link between chapters, as a click follows it (relative, its type from the file name).
    manual.browser()->setSource(QUrl(QStringLiteral("secretary.md")));
    QCOMPARE(manual.source().fileName(), QStringLiteral("secretary.md"));
    QVERIFY(manual.browser()->toPlainText().contains(QStringLiteral("本月待办")));
    QVERIFY(!manual.browser()->toPlainText().contains(QStringLiteral("# 党务")));
    manual.browser()->backward();
    QCOMPARE(manual.source().fileName(), QStringLiteral("clerk.md"));
    // The grid worker's chapter (issue 17), reached from the household file's chapter.
    manual.browser()->setSource(QUrl(QStringLiteral("gridworker.md")));
    QCOMPARE(manual.source().fileName(), QStringLiteral("gridworker.md"));
    QVERIFY(manual.browser()->toPlainText().contains(QStringLiteral("三必到")));
    QVERIFY(!manual.browser()->toPlainText().contains(QStringLiteral("# 网格员")));
}

void TestHelp::missingManualSaysWhereItLooked()
{
    QTemporaryDir empty;
    qputenv("ANJU_MANUAL_DIR", empty.path().toUtf8());
    QCOMPARE(ManualLocation::directory(), QString());
    ManualWindow manual;
    QVERIFY(manual.source().isEmpty());
    const QString text = manual.browser()->toPlainText();
    QVERIFY2(text.contains(empty.path()), qPrintable(text));
}

void TestHelp::everyPictureOfTheManualExists()
{
    // The pictures come from anju-manual-shots (manual-images): a chapter naming one it does not take
    // would show a hole; a picture no chapter names is a leftover.
    const QDir manual(QStringLiteral(ANJU_MANUAL_SOURCE_DIR));
    const QRegularExpression picture(QStringLiteral(R"(\]\((images/[^)]+\.png)\))"));
    QSet<QString> named;
    const QStringList chapters = manual.entryList({QStringLiteral("*.md")});
    QVERIFY(chapters.size() >= 5);
    for (const QString& chapter : chapters) {
        QFile file(manual.filePath(chapter));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch& match : picture.globalMatch(text)) {
            named.insert(match.captured(1));
            QVERIFY2(QFileInfo::exists(manual.filePath(match.captured(1))),
                     qPrintable(chapter + QStringLiteral(": ") + match.captured(1)));
        }
    }
    QVERIFY(named.size() >= 10);
    const QStringList taken =
        QDir(manual.filePath(QStringLiteral("images"))).entryList({QStringLiteral("*.png")});
    for (const QString& file : taken) {
        QVERIFY2(named.contains(QStringLiteral("images/") + file), qPrintable(file));
    }
}

void TestHelp::aboutNamesVersionLicenceAndLibraries()
{
    test::TestDatabase db;
    AboutDialog about(db.db());
    const QString text = about.text();
    QVERIFY(text.contains(QStringLiteral(ANJU_VERSION)));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    for (const about::BuildInfo::Library& library : about::BuildInfo::libraries()) {
        QVERIFY(!library.version.isEmpty());
        QVERIFY2(text.contains(library.name.toHtmlEscaped()), qPrintable(library.name));
    }
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"

// The program's file dialogs next to an open database file: showing the folder must not drop the locks
// SQLite holds on the file (see FileDialog::make).

#include "TestDatabase.h"

#include "widgets/FileDialog.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace anju;

namespace {

// POSIX locks this process holds (Linux's /proc/locks: "1: POSIX ADVISORY READ PID MAJ:MIN:INODE …").
int ownPosixLocks()
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    int count = 0;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 4 && fields.at(1) == "POSIX" && fields.at(4) == pid)
            ++count;
    }
    return count;
}

} // namespace

class TestFileDialog : public QObject
{
    Q_OBJECT

private slots:
    void showingTheDatabasesFolderKeepsItsLocks()
    {
        test::TestDatabase test(test::TestDatabase::Contents::Empty, test::TestDatabase::Where::File);
        QSqlQuery q(test.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && q.next());
        const int held = ownPosixLocks();
        if (held < 0)
            QSKIP("No /proc/locks to read here.");
        QVERIFY2(held > 0, "an open WAL database holds a lock on its -shm file");

        const QString folder = QFileInfo(test.path()).absolutePath();
        const auto dialog = FileDialog::make(nullptr, QStringLiteral("走访表"), folder,
                                             QStringLiteral("PDF (*.pdf);;* (*)"), QFileDialog::AcceptSave);
        dialog->selectNameFilter(QStringLiteral("* (*)"));
        dialog->resize(900, 600);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        // The folder is listed (the database, its -wal and -shm), with icons and types asked for.
        const auto* view = dialog->findChild<QAbstractItemView*>(QStringLiteral("treeView"));
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount(view->rootIndex()) >= 3);
        QTest::qWait(1500); // the file model reads icons on a thread of its own
        QCOMPARE(ownPosixLocks(), held);
        // Still one connection's writes seen by the file (nothing dropped underneath it).
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE still_here (x INTEGER)")));
        dialog->reject();
    }

    // A save dialog opens in the suggested file's folder with its name filled in, as Qt's own did.
    void saveDialogProposesTheSuggestedName()
    {
        QTemporaryDir dir;
        const QString suggested = dir.filePath(QStringLiteral("走访表-2026-11.pdf"));
        const auto dialog = FileDialog::make(nullptr, QStringLiteral("走访表"), suggested,
                                             QStringLiteral("PDF (*.pdf)"), QFileDialog::AcceptSave);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(dir.path()).canonicalPath());
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(),
                 QStringLiteral("走访表-2026-11.pdf"));
        QCOMPARE(dialog->fileMode(), QFileDialog::AnyFile);
    }
};

QTEST_MAIN(TestFileDialog)
#include "tst_filedialog.moc"

#include "ProgramRun.h"
#include "Translations.h"
#include "XlsxBombs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using anju::test::XlsxBomb;

namespace {

// The bound docs/security.md states: anju-cli importing any .xlsx stays within 512 MiB of address
// space. The program itself (Qt, ICU, SQLite) needs about 190 MiB of it before reading a byte.
constexpr int AddressSpaceKiB = 512 * 1024;

} // namespace

// Workbooks built to exhaust memory (issue 14) are refused with a message, within a stated bound of
// address space, and a real roster of a few thousand rows still imports within the same bound.
class TestXlsxBombs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bombIsRefusedWithinTheBound_data();
    void bombIsRefusedWithinTheBound();
    void realRosterImportsWithinTheBound();

private:
    // anju-cli under `ulimit -v AddressSpaceKiB`, in English, as the demo databases' admin.
    test::ProgramRun runBounded(const QStringList& arguments) const;
    test::ProgramRun run(const QStringList& arguments) const;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_database;
};

test::ProgramRun TestXlsxBombs::run(const QStringList& arguments) const
{
    return test::runProgram(QStringLiteral(ANJU_CLI_PATH),
                            QStringList{QStringLiteral("--language"), QStringLiteral("en")} + arguments,
                            test::cliEnvironment(m_dir.path(), QStringLiteral("admin")));
}

test::ProgramRun TestXlsxBombs::runBounded(const QStringList& arguments) const
{
    // exec: the limit is the program's own, not a shell's around it.
    const QString script = QStringLiteral("ulimit -v %1 && exec \"$0\" \"$@\"").arg(AddressSpaceKiB);
    return test::runProgram(QStringLiteral("bash"),
                            QStringList{QStringLiteral("-c"), script, QStringLiteral(ANJU_CLI_PATH),
                                        QStringLiteral("--language"), QStringLiteral("en")} +
                                arguments,
                            test::cliEnvironment(m_dir.path(), QStringLiteral("admin")));
}

void TestXlsxBombs::initTestCase()
{
    QVERIFY(anju::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
    m_database = path(QStringLiteral("bombs.anju"));
    const test::ProgramRun made =
        run({QStringLiteral("--db"), m_database, QStringLiteral("demo"), QStringLiteral("--households"),
             QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    // The bound must not be so tight that the program cannot start: a plain listing runs within it.
    const test::ProgramRun listed =
        runBounded({QStringLiteral("--db"), m_database, QStringLiteral("household"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
}

void TestXlsxBombs::bombIsRefusedWithinTheBound_data()
{
    QTest::addColumn<int>("bomb");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("message");
    // Each unpacks to more than the bound (on main they crashed with std::bad_alloc or ran for minutes);
    // some are written smaller than make-xlsx-bomb writes them, to keep the test quick.
    const auto add = [](XlsxBomb bomb, double scale, const QString& message) {
        for (const auto& [kind, name] : test::allXlsxBombs()) {
            if (kind == bomb)
                QTest::newRow(qPrintable(name)) << int(bomb) << scale << message;
        }
    };
    add(XlsxBomb::ManyTinySharedStrings, 1, QStringLiteral("more than 8,388,608 different texts"));
    add(XlsxBomb::LongSharedStrings, 0.3, QStringLiteral("more than 67,108,864 characters together"));
    add(XlsxBomb::HugeCell, 1, QStringLiteral("Cell A1 holds more text than the 32,767 characters"));
    add(XlsxBomb::WhitespaceSheet, 0.3,
        QStringLiteral("more than 1,048,576 bytes of text, whitespace or tag"));
    add(XlsxBomb::WhitespaceInTag, 1, QStringLiteral("more than 1,048,576 bytes of text, whitespace or tag"));
    add(XlsxBomb::WideRow, 1, QStringLiteral("Row 1 holds more than 1,048,576 characters"));
    add(XlsxBomb::HugeStyles, 0.2, QStringLiteral("The part xl/styles.xml of the workbook unpacks to"));
    add(XlsxBomb::HugeWorkbook, 1, QStringLiteral("The part xl/workbook.xml of the workbook unpacks to"));
    add(XlsxBomb::HugeRelationships, 0.4,
        QStringLiteral("The part xl/_rels/workbook.xml.rels of the workbook unpacks to"));
    // Not a memory bomb (empty cells are never kept) but slow: the header is looked for among
    // non-empty rows, so all are read. Smaller here; what counts is that it stays within the bound.
    add(XlsxBomb::EmptyRows, 0.05, QStringLiteral("No sheet of the file looks like a household roster"));
    add(XlsxBomb::DeepNesting, 1, QStringLiteral("nests elements more than 256 deep"));
    add(XlsxBomb::EntityExpansion, 1, QStringLiteral("has a document type declaration"));
}

void TestXlsxBombs::bombIsRefusedWithinTheBound()
{
    QFETCH(int, bomb);
    QFETCH(double, scale);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("bomb-%1.xlsx").arg(bomb));
    QVERIFY(test::writeXlsxBomb(XlsxBomb(bomb), file, scale));
    const test::ProgramRun imported = runBounded(
        {QStringLiteral("--db"), m_database, QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    QFile::remove(file);
    // -1: killed by std::bad_alloc's abort, or by any other crash.
    QVERIFY2(imported.exitCode == 1,
             qPrintable(QStringLiteral("exit %1: %2").arg(imported.exitCode).arg(imported.err)));
    QVERIFY2(imported.err.contains(message), qPrintable(imported.err));
    QVERIFY2(!imported.err.contains(QStringLiteral("bad_alloc")), qPrintable(imported.err));
}

void TestXlsxBombs::realRosterImportsWithinTheBound()
{
    // A roster as the program exports it (the layout offices keep: household columns merged over the
    // members' rows), of 2,000 demo households, about 7,300 rows; imported into a database with the
    // same sites, where one household of the same seed is already registered and is skipped.
    const QString source = path(QStringLiteral("source.anju"));
    const test::ProgramRun made =
        run({QStringLiteral("--db"), source, QStringLiteral("demo"), QStringLiteral("--households"),
             QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString roster = path(QStringLiteral("roster.xlsx"));
    const test::ProgramRun exported = run({QStringLiteral("--db"), source, QStringLiteral("export"),
                                           QStringLiteral("roster"), QStringLiteral("-o"), roster});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    const test::ProgramRun imported =
        runBounded({QStringLiteral("--db"), m_database, QStringLiteral("import"), roster,
                    QStringLiteral("--skip-invalid")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    const test::ProgramRun listed = run({QStringLiteral("--db"), m_database, QStringLiteral("household"),
                                         QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count(QStringLiteral("\"number\"")), 2000);
}

QTEST_GUILESS_MAIN(TestXlsxBombs)
#include "tst_xlsxbombs.moc"

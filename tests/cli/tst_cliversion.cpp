// anju-cli --version: the project version on the first line (scripts and the package check read it), then
// the libraries it runs with.

#include "ProgramRun.h"

#include <QTemporaryDir>
#include <QTest>

class TestCliVersion : public QObject
{
    Q_OBJECT

private slots:
    void firstLineIsTheProjectVersion();
};

void TestCliVersion::firstLineIsTheProjectVersion()
{
    QTemporaryDir home;
    const anju::test::ProgramRun run =
        anju::test::runProgram(QStringLiteral(ANJU_CLI_PATH), {QStringLiteral("--version")},
                               anju::test::cliEnvironment(home.path(), QStringLiteral("nobody")));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3);
    QCOMPARE(lines.first(), QStringLiteral("anju-cli " ANJU_VERSION));
    for (const char* library : {"Qt ", "SQLite ", "libpq", "libsodium ", "libzip ", "libxlsxwriter "})
        QVERIFY2(run.out.contains(QLatin1String(library)), library);
    QVERIFY(run.out.contains(QStringLiteral("GPL-3.0-or-later")));
}

QTEST_GUILESS_MAIN(TestCliVersion)
#include "tst_cliversion.moc"

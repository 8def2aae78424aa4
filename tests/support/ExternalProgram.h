#pragma once

#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace anju::test {

// A program that a test runs to read back what Anju wrote (pdftotext, unzip). When it is missing the test
// fails naming the Debian package to install, never skips: a skipped check is a check that passes silently.
inline QString missingProgram(const QString& program, const QString& debianPackage)
{
    if (!QStandardPaths::findExecutable(program).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed: install the Debian package %2 (sudo apt-get install %2, or "
                          "./dev.sh deps)")
        .arg(program, debianPackage);
}

} // namespace anju::test

// Fails the calling test function when `program` is missing, with the package that provides it.
#define ANJU_REQUIRE_PROGRAM(program, debianPackage)                                                         \
    do {                                                                                                     \
        const QString anjuMissing =                                                                          \
            anju::test::missingProgram(QStringLiteral(program), QStringLiteral(debianPackage));              \
        QVERIFY2(anjuMissing.isEmpty(), qPrintable(anjuMissing));                                            \
    } while (false)

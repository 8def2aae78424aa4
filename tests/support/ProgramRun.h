#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace anju::test {

// What a program started by a test printed, and how it ended: exitCode stays -1 when it crashed or ran
// for over two minutes.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// This process's environment with the home, settings and data folders inside `home`, so that a test never
// reads or writes the user's own, UTF-8 text, and `user` logging in with the demo databases' password.
inline QProcessEnvironment cliEnvironment(const QString& home, const QString& user)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("ANJU_USER"), user);
    env.insert(QStringLiteral("ANJU_PASSWORD"), QStringLiteral("anju-demo"));
    return env;
}

inline ProgramRun runProgram(const QString& program, const QStringList& arguments,
                             const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProgramRun result;
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace anju::test

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// Reads the global options (--db, --language, --help, --version) wherever they stand and hands the rest
// to the command named on the command line.
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::Dispatcher)

public:
    // The value of --language, or an empty string; read before the translations are installed.
    static QString languageOption(const QStringList& arguments);
    // True when the command lays out documents and so needs a QGuiApplication (run off-screen).
    static bool needsGui(const QStringList& arguments);
    // Runs the command; returns the process exit code.
    static int run(const QStringList& arguments);

private:
    static QString generalHelp();
    // `anju-cli grid --help`: the general help's lines of that group, and where each one's options are.
    static QString groupHelp(const QString& command);
};

} // namespace anju::cli

#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace anju::cli {

// The options of one command, with its own --help, on top of QCommandLineParser.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::CommandParser)

public:
    // `usage` is the synopsis after "anju-cli", e.g. "[--db LOCATION] demo [--households N]".
    CommandParser(const QString& usage, const QString& description);

    QCommandLineParser& options() { return m_parser; }
    // Parses the arguments that follow the command words. Returns an exit code when the command must not
    // run: 0 after printing the help, 2 after printing a usage error.
    std::optional<int> parse(const QStringList& arguments);
    // Prints `message` and a pointer to --help to standard error; returns the usage-error exit code.
    int usageError(const QString& message) const;

private:
    QString helpText() const;

    QCommandLineParser m_parser;
    QString m_usage;
    QString m_description;
};

} // namespace anju::cli

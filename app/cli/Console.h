#pragma once

#include <QTextStream>

namespace anju::cli {

// What anju-cli returns to the shell.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// UTF-8 text streams on standard output (results) and standard error (messages, progress).
QTextStream& out();
QTextStream& err();

// Prints the message to standard error and returns the exit code, so commands can `return fail(...)`.
int fail(const QString& message, int exitCode = Failure);

} // namespace anju::cli

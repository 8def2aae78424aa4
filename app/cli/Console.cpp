#include "Console.h"

#include <cstdio>

namespace anju::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int exitCode)
{
    out().flush(); // keep what was printed before in order with the message
    err() << message << Qt::endl;
    return exitCode;
}

} // namespace anju::cli

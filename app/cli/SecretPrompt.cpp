#include "SecretPrompt.h"

#include "Console.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace anju::cli {

QString promptSecret(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    err() << prompt << Qt::flush;
    termios before{};
    tcgetattr(STDIN_FILENO, &before);
    termios silent = before;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &before);
    err() << Qt::endl;
    return QString::fromStdString(line);
}

} // namespace anju::cli

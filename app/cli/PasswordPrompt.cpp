#include "PasswordPrompt.h"

#include "Console.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace anju::cli {

std::optional<QString> promptPassword(const QString& prompt)
{
#ifdef Q_OS_WIN
    if (!_isatty(_fileno(stdin)))
        return std::nullopt;
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
#else
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
#endif
    err() << prompt << Qt::flush;
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    err() << Qt::endl;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

std::optional<QString> passwordFromEnvironmentOrPrompt(const QString& prompt)
{
    if (qEnvironmentVariableIsSet("ANJU_PASSWORD"))
        return qEnvironmentVariable("ANJU_PASSWORD");
    return promptPassword(prompt);
}

} // namespace anju::cli

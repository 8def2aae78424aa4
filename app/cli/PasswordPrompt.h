#pragma once

#include <QString>

#include <optional>

namespace anju::cli {

// The password from ANJU_PASSWORD, else typed at the terminal without echo; nullopt when there is neither
// (standard input is not a terminal and the variable is not set).
std::optional<QString> passwordFromEnvironmentOrPrompt(const QString& prompt);
// Typed at the terminal without echo, or nullopt when standard input is not a terminal.
std::optional<QString> promptPassword(const QString& prompt);

} // namespace anju::cli

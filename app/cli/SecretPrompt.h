#pragma once

#include <QString>

namespace anju::cli {

// Asks on the terminal for a secret (a password) without echoing it. Returns a null string when standard
// input is not a terminal, so scripts fail clearly instead of hanging.
QString promptSecret(const QString& prompt);

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli user list|add|update|password|unlock: the administrator manages the users.
class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::UserCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli server-login add NAME [--password-file F] | list: the administrator makes the PostgreSQL logins
// the desks connect with, in the database's desk group (ServerRoles).
class ServerLoginCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::ServerLoginCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

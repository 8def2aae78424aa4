#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli migrate --from FILE.sqlite --to postgresql://…: a single desk's file onto the shared server.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::MigrateCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli backup -o FILE: a copy of the database made while it stays in use.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::BackupCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli restore FILE: the database replaced by a checked backup, the present one kept aside.
class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::RestoreCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

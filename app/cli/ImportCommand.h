#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli import FILE: takes a household roster (.xlsx or .csv) into the database.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::ImportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

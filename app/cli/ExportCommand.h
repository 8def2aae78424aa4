#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli export roster -o FILE: the household roster as .xlsx (the office layout) or .csv.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::ExportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

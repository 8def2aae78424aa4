#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli report monthly --month YYYY-MM [--site CODE] -o FILE: the monthly summary as .pdf, .xlsx or
// .json (chosen by the file's extension).
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::ReportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

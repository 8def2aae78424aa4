#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli employment import FILE [--dry-run] [--json]: the office's employment sheet 就业台账, every row
// checked, nothing written when any row is bad.
class EmploymentImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::EmploymentImportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

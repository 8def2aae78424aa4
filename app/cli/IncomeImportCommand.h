#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli income import FILE [--month YYYY-MM] [--dry-run] [--json] [--rejected FILE.xlsx]: a month's
// income checks 月度收支核查 from the office's sheet.
class IncomeImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::IncomeImportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli training import FILE [--course ID] [--dry-run] [--json]: the office's attendance sheet, every row
// checked, nothing written when any row is bad, the same sheet imported twice changing nothing.
class TrainingImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::TrainingImportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

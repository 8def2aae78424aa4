#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli party import FILE [--dry-run] [--json]: a branch's Excel roster of members 党员花名册.
class PartyImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::PartyImportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli party export roster -o FILE: the members on the roll as a 党员花名册 (.xlsx).
class PartyExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::PartyExportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli check: the integrity check and the registry rules over the stored rows.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::CheckCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

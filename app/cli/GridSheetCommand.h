#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli grid sheet: the month's visit sheet of a worker or a building as a PDF to print (the same
// VisitSheetQuery and VisitSheetDocument as the window's).
class GridSheetCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::GridSheetCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

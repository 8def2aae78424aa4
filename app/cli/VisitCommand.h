#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// The grid worker's month on the command line: `grid visits` (the plan per worker), `grid findings`, and
// the write words `visit plan`, `visit attend`, `visit record` over the same core calls as the page.
class VisitCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::VisitCommand)

public:
    static int gridVisits(const CliContext& context, const QStringList& arguments);
    static int gridFindings(const CliContext& context, const QStringList& arguments);
    // `visit plan|attend|record …`
    static int run(const CliContext& context, QStringList arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// The monthly income check on the command line: `income flags` (the month's flagged households) and
// `income missing` (the active households with no check of the month), over the same core calls as the
// 帮扶 page. The words are a table (IncomeCommand.cpp, `subcommands`): another word, such as `income
// import`, is one line there.
class IncomeCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::IncomeCommand)

public:
    using Subcommand = int (*)(const CliContext& context, const QStringList& arguments);

    // `income WORD …`
    static int run(const CliContext& context, QStringList arguments);
    static int flags(const CliContext& context, const QStringList& arguments);
    static int missing(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// Employment 就业 on the command line: `employment list` (a page of jobs, filtered as the page filters them),
// `employment add` (one job), `employment end` and `employment import FILE`, over the same core calls as
// the page.
class EmploymentCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::EmploymentCommand)

public:
    static int run(const CliContext& context, QStringList arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int add(const CliContext& context, const QStringList& arguments);
    static int end(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

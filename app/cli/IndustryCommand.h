#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// Industry 产业帮扶 on the command line: `industry list` (the projects with their beneficiary households and
// people of a year), over the same core calls as the page.
class IndustryCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::IndustryCommand)

public:
    static int run(const CliContext& context, QStringList arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

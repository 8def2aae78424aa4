#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// `work findings`: the day's 应培尽培, public-post priority and idle-labour lists by name, over the same
// core call as the page.
class WorkFindingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::WorkFindingsCommand)

public:
    static int run(const CliContext& context, QStringList arguments);
};

} // namespace anju::cli

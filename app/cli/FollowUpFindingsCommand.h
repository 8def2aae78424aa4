#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// `followup findings`: the month's 应纳尽纳 and 应兜尽兜 lists by name, over the same core call as the page.
class FollowUpFindingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::FollowUpFindingsCommand)

public:
    static int run(const CliContext& context, QStringList arguments);
};

} // namespace anju::cli

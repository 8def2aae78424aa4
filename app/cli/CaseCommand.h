#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// Cases 网格事件 on the command line: `case list [--state S] [--overdue] [--json]`, and the write words
// `case receive`, `case act ID ACTION`, `case escalate` over the same core calls as the page.
class CaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::CaseCommand)

public:
    static int run(const CliContext& context, QStringList arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

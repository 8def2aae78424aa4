#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// Monitoring households 监测户 on the command line: `monitoring list` (filters as on the page),
// `monitoring show ID` (one case with its steps, objections, measures and risks) and `monitoring notice`
// (the 公示 board list of a site on a day, A4 PDF), over the same core calls as the page.
class MonitoringCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::MonitoringCommand)

public:
    // `monitoring list|show|notice …`
    static int run(const CliContext& context, QStringList arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int show(const CliContext& context, const QStringList& arguments);
    static int notice(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

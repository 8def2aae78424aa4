#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace anju::cli {

// anju-cli report monthly --month YYYY-MM [--site CODE] -o FILE: the monthly summary as .pdf, .xlsx or
// .json (chosen by the file's extension); anju-cli report unit [NAME]: the reporting unit 填报单位 kept
// in the settings, shown or saved.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::ReportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);

private:
    static int runUnit(const CliContext& context, const std::optional<QString>& name);
};

} // namespace anju::cli

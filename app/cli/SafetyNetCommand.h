#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// The safety net 兜底保障 on the command line: `safetynet list` (the enrolments on a day with the totals per
// scheme) and the write words `safetynet enrol|amount|end|exempt` over the same core calls as the page.
class SafetyNetCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::SafetyNetCommand)

public:
    static int run(const CliContext& context, QStringList arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int write(const CliContext& context, const QString& action, const QStringList& arguments);
};

} // namespace anju::cli

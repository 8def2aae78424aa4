#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli audit: the audit trail, filtered by user, dates, record type or household.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::AuditCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

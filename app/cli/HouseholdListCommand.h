#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli household list: the roster of households, as text or JSON, site by site.
class HouseholdListCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::HouseholdListCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

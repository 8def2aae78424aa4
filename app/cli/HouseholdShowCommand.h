#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli household show NUMBER: one household's file (一户一档) with its members and their history.
class HouseholdShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::HouseholdShowCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli init: creates the database or migrates it to the schema this program knows.
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::InitCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

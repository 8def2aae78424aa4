#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli demo: fills an empty database with made-up households for demonstrations and benchmarks.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::DemoCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

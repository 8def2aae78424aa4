#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli grid list|add|cover|check: the grids of the 网格 page on the command line, over the same core
// calls (GridRepository, GridService).
class GridCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::GridCommand)

public:
    // `action` is the word after "grid".
    static int run(const CliContext& context, const QString& action, const QStringList& arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int add(const CliContext& context, const QStringList& arguments);
    static int cover(const CliContext& context, const QStringList& arguments);
    static int check(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli search TEXT: persons by a name fragment, part of an ID number or phone, or household number.
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::SearchCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli validate-id ID...: checks resident ID numbers without a database.
class ValidateIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::ValidateIdCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace anju::cli

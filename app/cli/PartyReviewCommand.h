#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli party review --month YYYY-MM: the secretary's "本月待办" list, the same rows as the 党建 page.
class PartyReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::PartyReviewCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

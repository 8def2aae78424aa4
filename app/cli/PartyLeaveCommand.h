#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli party leave MEMBER --way WAY --date DATE --decision TEXT --meeting DATE: records that a member
// left the party, through the same PartyService::leave as the member's page.
class PartyLeaveCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::PartyLeaveCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli party reconcile [--json]: the residents whose 政治面貌 and party record disagree, the rows of
// the party review; with --person ID --from party|register, resolves one through PoliticalStatusSync:
// from the party record, the register's 政治面貌 is set (audited); from the register, what the secretary
// must record in the party records is said, and nothing is written (a register value has no dates).
class PartyReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::PartyReconcileCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli

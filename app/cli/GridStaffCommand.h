#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QCommandLineParser;

namespace anju {
class Database;
} // namespace anju

namespace anju::cli {

// anju-cli grid staff [add|end], grid pair, grid handover: who serves in a grid, pairings 结对帮扶 and
// handing a worker's grid or anyone's pairings over, through GridService, PairingHandover and their
// permission checks.
class GridStaffCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::GridStaffCommand)

public:
    // `grid staff [add|end] …`
    static int staff(const CliContext& context, QStringList arguments);
    static int pair(const CliContext& context, const QStringList& arguments);
    static int handover(const CliContext& context, const QStringList& arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int add(const CliContext& context, const QStringList& arguments);
    static int end(const CliContext& context, const QStringList& arguments);
    // 结对移交: the pairings alone (PairingHandover), once `handover` has read its options.
    static int handOverPairings(const Database& db, const QCommandLineParser& options, QDate date,
                                const QString& reason);
};

} // namespace anju::cli

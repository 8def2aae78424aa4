#pragma once

#include "domain/Violation.h"
#include "exchange/ImportTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// The move-in date 搬迁入住日期 of a roster that has no such column (many offices keep none): the clerk
// gives one date for its households, once, instead of the importer rejecting every household for lacking
// it. The window and the CLI ask the same question through this.
class MoveInDate
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::MoveInDate)

public:
    // Whether the mapping has no column for the date, so the date must be given.
    static bool isNeeded(const ColumnMapping& mapping);
    // Why the import cannot run as asked, or success: no column and no date given (one message, not one
    // per household), or a given date after `today`.
    static Outcome problem(const ColumnMapping& mapping, QDate given, QDate today);
    // The date to offer: the move-in date of the site (code or name) the households go to, if it has one.
    static QDate offeredFor(const Database& db, const QString& site);
};

} // namespace anju::exchange

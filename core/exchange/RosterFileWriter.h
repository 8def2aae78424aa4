#pragma once

#include "exchange/RosterRowsQuery.h"

#include <QDate>
#include <QString>

namespace anju::exchange {

// What stands above the roster's table in a file meant for people.
struct RosterHeading
{
    QString siteName;      // empty when the roster covers every site
    QString reportingUnit; // 填报单位
    QDate date;            // 填报日期
    QString notice;        // "holds personal information": the CSV's first line, the .xlsx's page header
};

struct RosterTotals
{
    qint64 households = 0;
    qint64 persons = 0;
};

// One file format of the roster export. The exporter hands over households in roster order; the writer
// writes to `path` (a temporary file the exporter moves into place only when everything succeeded).
class RosterFileWriter
{
public:
    virtual ~RosterFileWriter() = default;
    virtual bool open(const QString& path, const RosterHeading& heading) = 0;
    virtual bool write(const RosterHouseholdRows& household) = 0;
    // Writes what follows the table and finishes the file.
    virtual bool finish(const RosterTotals& totals) = 0;
    // Why a call failed (the reason only: the exporter names the file); empty when none did.
    virtual QString error() const = 0;
};

} // namespace anju::exchange

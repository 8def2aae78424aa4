#pragma once

#include "exchange/RosterFileWriter.h"

#include <QByteArray>
#include <QFile>

namespace anju::exchange {

// The roster as CSV for machines and for re-import: UTF-8 with BOM (so Excel reads the Chinese),
// CRLF line ends, RFC 4180 quoting, one header line and one line per person, household columns repeated
// on every member's line, no title or totals. Text a spreadsheet would run as a formula gets a leading '
// (FormulaGuard), which the CSV reader takes off again.
class CsvRosterWriter : public RosterFileWriter
{
public:
    bool open(const QString& path, const RosterHeading& heading) override;
    bool write(const RosterHouseholdRows& household) override;
    bool finish(const RosterTotals& totals) override;
    QString error() const override { return m_error; }

    // The field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break (and a tab or
    // a semicolon, which some spreadsheets split on).
    static QString quoted(const QString& field);

private:
    bool flush();
    void appendLine(const QStringList& fields);

    QFile m_file;
    QByteArray m_buffer;
    qint64 m_sequence = 0;
    QString m_error;
};

} // namespace anju::exchange

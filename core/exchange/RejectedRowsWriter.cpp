#include "exchange/RejectedRowsWriter.h"

#include "exchange/PartyRosterLayout.h"
#include "exchange/RosterLayout.h"
#include "exchange/TextTableXlsx.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

#include <xlsxwriter.h>

namespace anju::exchange {

namespace {

// Words of the file format offices exchange (like the roster's own headers), not of the user interface:
// Chinese whatever the language of the program.
const QString SheetName = QStringLiteral("错误行");
const QString RowHeader = QStringLiteral("原行号");
const QString ReasonHeader = QStringLiteral("错误原因");

bool isDateField(const QString& header)
{
    const std::optional<RosterField> field = RosterLayout::fieldForHeader(header);
    return field == RosterField::BirthDate || field == RosterField::RelocationDate ||
           field == RosterField::StateDate || PartyRosterLayout::isDateField(header);
}

// The reader gives a date-formatted cell as its Excel serial (31118). As text it would no longer read as
// a date, so the list shows the date itself, which the importer reads back as the same day.
QString dateText(const QString& text)
{
    static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(\\.\\d+)?$"));
    if (!serial.match(text).hasMatch())
        return text;
    const double value = text.toDouble();
    if (value < 1 || value >= 2958466)
        return text;
    const QDate day = QDate(1899, 12, 30).addDays(static_cast<qint64>(value));
    return day.isValid() ? day.toString(Qt::ISODate) : text;
}

} // namespace

Outcome RejectedRowsWriter::write(const QString& path, const QStringList& headers,
                                  const QList<RejectedRow>& rows)
{
    qsizetype columns = headers.size();
    for (const RejectedRow& row : rows)
        columns = std::max(columns, row.cells.size());
    if (columns + 2 > LXW_COL_MAX)
        return Outcome::failure(QLatin1String(Field::General),
                                tr("The rows have too many columns for a spreadsheet."));
    if (rows.size() + 1 > qsizetype(LXW_ROW_MAX))
        return Outcome::failure(QLatin1String(Field::General),
                                tr("There are too many rejected rows for one spreadsheet."));
    TextTable table;
    table.sheetName = SheetName;
    table.headers << RowHeader;
    QList<bool> dateColumns(columns, false);
    for (qsizetype c = 0; c < columns; ++c) {
        table.headers << headers.value(c);
        dateColumns[c] = isDateField(headers.value(c));
    }
    table.headers << ReasonHeader;
    table.noteColumns = {int(columns + 1)};
    table.frozenColumns = 1;
    for (const RejectedRow& row : rows) {
        QStringList cells{QString::number(row.row)};
        for (qsizetype c = 0; c < columns; ++c)
            cells << (dateColumns[c] ? dateText(row.cells.value(c)) : row.cells.value(c));
        cells << row.reason;
        table.rows << cells;
    }
    return TextTableXlsx::write(path, table);
}

} // namespace anju::exchange

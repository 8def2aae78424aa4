#include "exchange/RejectedRowsWriter.h"

#include "database/PrivateFile.h"
#include "exchange/RosterLayout.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

constexpr double MinWidth = 6;
constexpr double MaxWidth = 40;
constexpr double ReasonWidth = 60;

// Excel's character units: a Chinese character takes about two.
double displayWidth(const QString& text)
{
    double width = 0;
    double widest = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            widest = std::max(widest, width);
            width = 0;
            continue;
        }
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    }
    return std::max(widest, width);
}

bool isDateField(const QString& header)
{
    const std::optional<RosterField> field = RosterLayout::fieldForHeader(header);
    return field == RosterField::BirthDate || field == RosterField::RelocationDate ||
           field == RosterField::StateDate;
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

void writeText(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const QString& text, lxw_format* format)
{
    if (text.isEmpty())
        worksheet_write_blank(sheet, row, column, format);
    else
        worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format);
}

} // namespace

Outcome RejectedRowsWriter::write(const QString& path, const QStringList& headers,
                                  const QList<RejectedRow>& rows)
{
    const QString general = QLatin1String(Field::General);
    qsizetype columns = headers.size();
    for (const RejectedRow& row : rows)
        columns = std::max(columns, row.cells.size());
    if (columns + 2 > LXW_COL_MAX)
        return Outcome::failure(general, tr("The rows have too many columns for a spreadsheet."));
    if (rows.size() + 1 > qsizetype(LXW_ROW_MAX))
        return Outcome::failure(general, tr("There are too many rejected rows for one spreadsheet."));

    // Written beside the target and moved into place, so a failed write leaves no half file.
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Outcome::failure(
            general,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    // The rows hold ID numbers and phones: the file is its owner's only, from the start.
    if (const Outcome made = PrivateFile::create(partial); !made)
        return Outcome::failure(
            general,
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), made.summary()));
    const QByteArray tempFolder = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options = {};
    options.tmpdir = const_cast<char*>(tempFolder.constData());
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!workbook) {
        QFile::remove(partial);
        return Outcome::failure(general,
                                tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, SheetName.toUtf8().constData());
    if (!sheet) {
        lxw_workbook_free(workbook);
        QFile::remove(partial);
        return Outcome::failure(general,
                                tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
    }

    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@"); // stays text when the clerk edits the cell
    format_set_border(text, LXW_BORDER_THIN);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* reason = workbook_add_format(workbook);
    format_set_num_format(reason, "@");
    format_set_border(reason, LXW_BORDER_THIN);
    format_set_text_wrap(reason);
    format_set_align(reason, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_color(reason, 0xC00000);

    QList<double> widths(columns + 2, MinWidth);
    QList<bool> dateColumns(columns, false);
    writeText(sheet, 0, 0, RowHeader, header);
    widths[0] = std::max(MinWidth, displayWidth(RowHeader) + 2);
    for (qsizetype c = 0; c < columns; ++c) {
        const QString h = headers.value(c);
        writeText(sheet, 0, lxw_col_t(c + 1), h, header);
        widths[c + 1] = std::max(widths[c + 1], displayWidth(h) + 2);
        dateColumns[c] = isDateField(h);
    }
    const auto reasonColumn = lxw_col_t(columns + 1);
    writeText(sheet, 0, reasonColumn, ReasonHeader, header);

    lxw_row_t line = 1;
    for (const RejectedRow& row : rows) {
        writeText(sheet, line, 0, QString::number(row.row), text);
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = dateColumns[c] ? dateText(row.cells.value(c)) : row.cells.value(c);
            writeText(sheet, line, lxw_col_t(c + 1), cell, text);
            widths[c + 1] = std::max(widths[c + 1], displayWidth(cell) + 2);
        }
        writeText(sheet, line, reasonColumn, row.reason, reason);
        ++line;
    }
    for (qsizetype c = 0; c <= columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths[c], MaxWidth), nullptr);
    worksheet_set_column(sheet, reasonColumn, reasonColumn, ReasonWidth, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    if (line > 1) {
        // Digits kept as text on purpose (IDs, phones): no green warning triangles.
        const QByteArray range = QStringLiteral("A2:XFD%1").arg(line).toLatin1();
        worksheet_ignore_errors(sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range.constData());
    }

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Outcome::failure(
            general, tr("The file %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed))));
    }
    if (!PrivateFile::restrict(partial)) {
        QFile::remove(partial);
        return Outcome::failure(general,
                                tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return Outcome::failure(
            general,
            tr("The file %1 is in use; close it and save again.").arg(QDir::toNativeSeparators(path)));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Outcome::failure(general,
                                tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace anju::exchange

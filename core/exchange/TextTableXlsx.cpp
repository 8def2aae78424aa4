#include "exchange/TextTableXlsx.h"

#include "database/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <xlsxwriter.h>

namespace anju::exchange {

namespace {

constexpr double MinWidth = 6;
constexpr double MaxWidth = 40;
constexpr double NoteWidth = 60;

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

void writeText(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const QString& text, lxw_format* format)
{
    if (text.isEmpty())
        worksheet_write_blank(sheet, row, column, format);
    else
        worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format);
}

} // namespace

Outcome TextTableXlsx::write(const QString& path, const TextTable& table)
{
    const QString general = QLatin1String(Field::General);
    qsizetype columns = table.headers.size();
    for (const QStringList& row : table.rows)
        columns = std::max(columns, row.size());
    if (columns > LXW_COL_MAX)
        return Outcome::failure(general, tr("The rows have too many columns for a spreadsheet."));
    const lxw_row_t top = table.title.isEmpty() ? 0 : 1; // the header's row
    if (table.rows.size() + top + 1 > qsizetype(LXW_ROW_MAX))
        return Outcome::failure(general, tr("There are too many rows for one spreadsheet."));

    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Outcome::failure(
            general,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
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
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, table.sheetName.toUtf8().constData());
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
    lxw_format* note = workbook_add_format(workbook);
    format_set_num_format(note, "@");
    format_set_border(note, LXW_BORDER_THIN);
    format_set_text_wrap(note);
    format_set_align(note, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_color(note, 0xC00000);

    if (!table.title.isEmpty()) {
        lxw_format* title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 16);
        format_set_align(title, LXW_ALIGN_CENTER);
        worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(std::max<qsizetype>(columns, 1) - 1),
                              table.title.toUtf8().constData(), title);
    }
    QList<double> widths(columns, MinWidth);
    for (qsizetype c = 0; c < columns; ++c) {
        const QString h = table.headers.value(c);
        writeText(sheet, top, lxw_col_t(c), h, header);
        widths[c] = std::max(widths[c], displayWidth(h) + 2);
    }
    lxw_row_t line = top + 1;
    for (const QStringList& row : table.rows) {
        for (qsizetype c = 0; c < columns; ++c) {
            const bool isNote = table.noteColumns.contains(int(c));
            writeText(sheet, line, lxw_col_t(c), row.value(c), isNote ? note : text);
            if (!isNote)
                widths[c] = std::max(widths[c], displayWidth(row.value(c)) + 2);
        }
        ++line;
    }
    for (qsizetype c = 0; c < columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                             table.noteColumns.contains(int(c)) ? NoteWidth : std::min(widths[c], MaxWidth),
                             nullptr);
    worksheet_freeze_panes(sheet, top + 1, lxw_col_t(table.frozenColumns));
    if (line > top + 1) {
        // Digits kept as text on purpose (IDs, phones): no green warning triangles.
        const QByteArray range = QStringLiteral("A%1:XFD%2").arg(top + 2).arg(line).toLatin1();
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
